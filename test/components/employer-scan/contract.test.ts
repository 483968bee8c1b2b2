import { runContractSuite } from '../../embedding/contract.js';
import { employerScanExamples } from '../../../examples/employer-scan.examples.js';

// Every named state × every language: axe (WCAG 2.2 AA), no request/cookie/storage, 320 px reflow,
// forced colours, hostile host CSS, double loading and bad partner JSON.
runContractSuite(employerScanExamples, { load: () => import('../../../src/components/employer-scan/define.js') });
