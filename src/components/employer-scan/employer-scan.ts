import { createCatalog } from '../../core/i18n/catalog.js';
import { lazyOnce } from '../../core/flow/lazy-once.js';
import { EMPLOYER_SCAN_VERSION } from '../../rules/scans/employer.js';
import type { EmployerScanMessages } from '../../i18n/employer-scan/nl.js';
import { ScanElement } from '../scan-common/scan-element.js';
import type { ScanTexts } from '../scan-common/types.js';
import { EMPLOYER_GROUPS } from './employer-scan.answers.js';
import { scanTexts } from '../scan-common/texts.js';

const catalog = createCatalog<EmployerScanMessages>({
  nl: () => import('../../i18n/employer-scan/nl.js'),
  fr: () => import('../../i18n/employer-scan/fr.js'),
  en: () => import('../../i18n/employer-scan/en.js'),
  de: () => import('../../i18n/employer-scan/de.js'),
});

/** One load per page; a failed load (offline) is tried again next time. */
const loadModule = lazyOnce(() => import('./result/index.js'));
const loadResult = () => loadModule().then((m) => m.employerScanModule);

/**
 * `<mz-employer-scan>`: a self-scan for HR staff and managers: how caregiver-friendly is our
 * organisation? Twenty statements in seven themes, one theme per screen. Result: a profile per
 * theme (bars with a text alternative and a data table), what the law already guarantees (obeying
 * it earns no credit), and one concrete action per gap with its source, e.g. embedding
 * `<mz-leave-calculator>` with the organisation's own extra leave. Scoring lives in
 * `mantelkit/rules` (`scoreEmployerScan`). No answer leaves the browser.
 *
 * @tag mz-employer-scan
 * @summary How caregiver-friendly is our organisation? A self-scan for HR with one action per gap.
 * @fires mz-ready - `{ widget, version }` after the first render
 * @fires mz-step - `{ step, total }`: 0 intro (also on restart), 1…7 the themes, 8 the result
 * @fires mz-complete - `{ widget: 'employer-scan', outcome: { levels: { awareness, leaveInfo, … } } }` (levels only, never answers)
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
 * @csspart statement - one statement with its four answers
 * @csspart result - the result screen
 * @csspart figures - the date and the question set's version
 * @csspart partner - the partner's own practices and contacts (first on the result)
 * @csspart partner-practices - the partner's own practices
 * @csspart partner-contacts - the partner's own contacts
 * @csspart strongest - the strongest theme
 * @csspart weakest - the weakest theme
 * @csspart extremes - the strongest and weakest theme
 * @csspart chart - the profile bars (one image with a text alternative)
 * @csspart table - the profile as a data table
 * @csspart items - the actions list; each action is `item`
 * @csspart item - one action with its source
 * @csspart extra - what the law already guarantees
 * @csspart exports - print, copy and the downloads
 */
export class MzEmployerScan extends ScanElement<EmployerScanMessages> {
  protected readonly widgetName = 'employer-scan';
  protected get catalog() {
    return catalog;
  }

  constructor() {
    super({ tag: 'mz-employer-scan', groups: EMPLOYER_GROUPS, version: EMPLOYER_SCAN_VERSION, load: loadResult });
  }

  protected scanTexts(): ScanTexts {
    return scanTexts(this.t, 'theme');
  }
}
