import { runContractSuite } from '../../embedding/contract.js';
import { leaveCalculatorExamples } from '../../../examples/leave-calculator.examples.js';

// The embedding contract in every example state (all four languages, axe, privacy, 320 px, bad input).
runContractSuite(leaveCalculatorExamples, { load: () => import('../../../src/components/leave-calculator/define.js') });
