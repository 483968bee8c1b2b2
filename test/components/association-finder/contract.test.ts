import { runContractSuite } from '../../embedding/contract.js';
import { associationFinderExamples } from '../../../examples/association-finder.examples.js';

runContractSuite(associationFinderExamples, { load: () => import('../../../src/components/association-finder/define.js') });
