import { runScanSuite } from './scan-suite.js';
import { POLICY_PILLAR_IDS, POLICY_QUESTIONS, POLICY_SCAN_VERSION } from '../../../src/rules/scans/index.js';
import nl from '../../../src/i18n/policy-scan/nl.js';
import fr from '../../../src/i18n/policy-scan/fr.js';
import en from '../../../src/i18n/policy-scan/en.js';
import de from '../../../src/i18n/policy-scan/de.js';

runScanSuite({
  tag: 'mz-policy-scan',
  widget: 'policy-scan',
  load: () => import('../../../src/components/policy-scan/define.js'),
  groups: POLICY_PILLAR_IDS.map((id) => ({ id, questions: POLICY_QUESTIONS.filter((q) => q.pillar === id).map((q) => q.id) })),
  version: POLICY_SCAN_VERSION,
  resultTitle: { nl: nl.resultTitle, fr: fr.resultTitle, en: en.resultTitle, de: de.resultTitle },
});
