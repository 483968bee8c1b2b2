import { runContractSuite } from './contract.js';
import { testWidgetExamples } from '../helpers/test-widget/examples.js';

// Proves the contract suite on the internal example element (foundation issue, item 5).
runContractSuite(testWidgetExamples, { load: () => import('../helpers/test-widget/define.js') });
