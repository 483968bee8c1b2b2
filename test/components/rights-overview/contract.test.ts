import { runContractSuite } from '../../embedding/contract.js';
import { rightsOverviewExamples } from '../../../examples/rights-overview.examples.js';

// The embedding contract in every example state (all four languages, axe, privacy, 320 px, bad input).
runContractSuite(rightsOverviewExamples, { load: () => import('../../../src/components/rights-overview/define.js') });
