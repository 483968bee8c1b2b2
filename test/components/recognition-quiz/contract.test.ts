import { runContractSuite } from '../../embedding/contract.js';
import { recognitionQuizExamples } from '../../../examples/recognition-quiz.examples.js';

runContractSuite(recognitionQuizExamples, { load: () => import('../../../src/components/recognition-quiz/define.js') });
