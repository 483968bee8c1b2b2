import { runContractSuite } from '../../embedding/contract.js';
import { overloadCheckExamples } from '../../../examples/overload-check.examples.js';

// Every named state × every language: axe (WCAG 2.2 AA), no request/cookie/storage, 320 px reflow,
// hostile host CSS, double loading, bad attributes and bad partner JSON.
runContractSuite(overloadCheckExamples, { load: () => import('../../../src/components/overload-check/define.js') });
