import { runContractSuite } from './contract.js';
import { testWidgetExamples } from '../helpers/test-widget/examples.js';

// Proves the contract suite on the internal example element (its negative controls live beside it).
runContractSuite(testWidgetExamples, { load: () => import('../helpers/test-widget/define.js') });
