import { runContractSuite } from '../../embedding/contract.js';
import { hingeMomentExamples } from '../../../examples/hinge-moment.examples.js';

// The embedding contract in every example state (all four languages, axe, privacy, 320 px, bad input).
runContractSuite(hingeMomentExamples, { load: () => import('../../../src/components/hinge-moment/define.js') });
