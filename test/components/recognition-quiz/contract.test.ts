import { runContractSuite } from '../../embedding/contract.js';
import { recognitionQuizExamples } from '../../../src/components/recognition-quiz/recognition-quiz.examples.js';

runContractSuite(recognitionQuizExamples, { load: () => import('../../../src/components/recognition-quiz/define.js') });
