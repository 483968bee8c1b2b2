import { createCatalog } from '../../core/i18n/catalog.js';
import { lazyOnce } from '../../core/flow/lazy-once.js';
import { POLICY_SCAN_VERSION } from '../../rules/scans/policy.js';
import type { PolicyScanMessages } from '../../i18n/policy-scan/nl.js';
import { ScanElement } from '../scan-common/scan-element.js';
import type { ScanTexts } from '../scan-common/types.js';
import { POLICY_GROUPS } from './policy-scan.answers.js';
import { scanTexts } from '../scan-common/texts.js';

const catalog = createCatalog<PolicyScanMessages>({
  nl: () => import('../../i18n/policy-scan/nl.js'),
  fr: () => import('../../i18n/policy-scan/fr.js'),
  en: () => import('../../i18n/policy-scan/en.js'),
  de: () => import('../../i18n/policy-scan/de.js'),
});

/** One load per page; a failed load (offline) is tried again next time. */
const loadModule = lazyOnce(() => import('./result/index.js'));
const loadResult = () => loadModule().then((m) => m.policyScanModule);

/**
 * `<mz-policy-scan>`: a self-scan of local caregiver policy on the four pillars (find and reach,
 * strengthen, relieve, connect) for municipalities, public social welfare centres and care regions.
 * Result: a profile per pillar (bars with a text alternative and a data table), the strongest and
 * weakest pillar, and per gap one or two practices from Flemish municipalities with their source.
 * Scoring lives in `mantelkit/rules` (`scorePolicyScan`). No answer leaves the browser.
 *
 * @tag mz-policy-scan
 * @summary How caregiver-friendly is our local policy? A four-pillar self-scan with Flemish practices.
 * @fires mz-ready - `{ widget, version }` after the first render
 * @fires mz-step - `{ step, total }`: 0 intro (also on restart), 1…4 the pillars, 5 the result
 * @fires mz-complete - `{ widget: 'policy-scan', outcome: { levels: { find, strengthen, relieve, connect } } }` (levels only, never answers)
 * @fires mz-error - `{ code, message }` for bad partner JSON (a notice is shown too)
 * @csspart root - the widget box (core)
 * @csspart notice - notices (core); also config-notice
 * @csspart live - the polite live region (core)
 * @csspart progress - "Question n of m" (core)
 * @csspart heading - the heading of each screen (core)
 * @csspart actions - a row of buttons (core)
 * @csspart button - every button; also button-start, button-next, button-skip, button-back, button-print, button-copy, button-csv, button-json, button-change, button-restart, button-forget
 * @csspart remember - the "forget my answers" line (core, with `remember`)
 * @csspart intro - the intro screen
 * @csspart scale-help - the disclosure that explains the four answers on each screen
 * @csspart statement - one question with its four answers
 * @csspart result - the result screen
 * @csspart figures - the date and the question set's version
 * @csspart partner - the partner's own practices and contacts (first on the result)
 * @csspart partner-practices - the partner's own practices
 * @csspart partner-contacts - the partner's own contacts
 * @csspart strongest - the strongest pillar
 * @csspart weakest - the weakest pillar
 * @csspart extra - an extra list under the practices (not drawn by the policy scan today; shared with the employer scan)
 * @csspart chart - the profile bars (one image with a text alternative)
 * @csspart table - the profile as a data table
 * @csspart extremes - the strongest and weakest pillar
 * @csspart items - the practices list; each practice is `item`
 * @csspart item - one practice with its source
 * @csspart exports - print, copy and the downloads
 */
export class MzPolicyScan extends ScanElement<PolicyScanMessages> {
  protected readonly widgetName = 'policy-scan';
  protected get catalog() {
    return catalog;
  }

  constructor() {
    super({ tag: 'mz-policy-scan', groups: POLICY_GROUPS, version: POLICY_SCAN_VERSION, load: loadResult });
  }

  protected scanTexts(): ScanTexts {
    return scanTexts(this.t, 'pillar');
  }
}
