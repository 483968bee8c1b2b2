import { runContractSuite } from '../../embedding/contract.js';
import { policyScanExamples } from '../../../examples/policy-scan.examples.js';

// Every named state × every language: axe (WCAG 2.2 AA), no request/cookie/storage, 320 px reflow,
// forced colours, hostile host CSS, double loading and bad partner JSON.
runContractSuite(policyScanExamples, { load: () => import('../../../src/components/policy-scan/define.js') });
