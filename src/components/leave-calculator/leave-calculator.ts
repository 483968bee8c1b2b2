import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { MantelkitElement } from '../../core/mantelkit-element.js';
import { createCatalog, createLazyCatalog } from '../../core/i18n/catalog.js';
import { enumAttribute, isRecord, isoDateAttribute } from '../../core/partner-config.js';
import { StepFlowController } from '../../core/flow/step-flow.js';
import { lazyOnce } from '../../core/flow/lazy-once.js';
import { externalLink, stepHeading } from '../../core/flow/templates.js';
import type { Issue } from '../../core/events.js';
// Only the small overlay helpers load with the widget; the rules and their dated data load on "Start"
// (the `rules` task), so a page that only shows the intro downloads the questions, not the tables.
import { leaveLocalized, sanitiseLeaveOverlay } from '../../rules/leave/overlay.js';
import { partnerUrl } from '../../rules/help/links.js';
import type { LeaveOverlay, LeaveRegion, LeaveSchemeId, LeaveStatus } from '../../rules/leave/index.js';
import type { LeaveMessages } from '../../i18n/leave/nl.js';
import type { LeaveRuleMessages } from '../../i18n/leave/reasons/nl.js';
import type { LeaveResultMessages } from '../../i18n/leave/result/nl.js';
import { leaveCalculatorStyles } from './leave-calculator.styles.js';
import { answersToSituation, effectiveStatus, LEAVE_REGIONS, LEAVE_STATUSES, restoreLeaveAnswers, type LeaveAnswers, type LeaveFixed } from './leave-calculator.answers.js';
import { leaveSteps, type LeaveStepHost, type LeaveStepId } from './leave-calculator.steps.js';
import { toResultView } from './result/view.js';
import type { LetterState } from './result/panels.js';
import { helpTexts as helpCatalog } from '../common/help-texts.js';
import { copyField, copyStyles } from '../common/copy.js';

export { LEAVE_REGIONS, LEAVE_STATUSES } from './leave-calculator.answers.js';
export type { LeaveStepId } from './leave-calculator.steps.js';

type RulesModule = typeof import('../../rules/leave/index.js');
/** One load per page, shared by every calculator on it; a failed load (offline) is tried again next time. */
const loadRulesModule: () => Promise<RulesModule> = lazyOnce(() => import('../../rules/leave/index.js'));

type ResultModule = typeof import('./result/result.js');
/**
 * The result templates (summary, cards, tables, letter) and the source catalogue (titles, publishers,
 * dates): one lazy chunk loaded with the rules, not in the widget entry.
 */
const loadResultModule: () => Promise<ResultModule> = lazyOnce(() => import('./result/result.js'));

const catalog = createCatalog<LeaveMessages>({
  nl: () => import('../../i18n/leave/nl.js'),
  fr: () => import('../../i18n/leave/fr.js'),
  en: () => import('../../i18n/leave/en.js'),
  de: () => import('../../i18n/leave/de.js'),
});

/** The rules' reason/note texts: loaded with the rules, not with the widget (size). */
const reasonsCatalog = createLazyCatalog<LeaveRuleMessages>({
  nl: () => import('../../i18n/leave/reasons/nl.js'),
  fr: () => import('../../i18n/leave/reasons/fr.js'),
  en: () => import('../../i18n/leave/reasons/en.js'),
  de: () => import('../../i18n/leave/reasons/de.js'),
});

/** The result's own texts (cards, tables, comparison, letter): loaded with the rules, not with the first screen (size). */
const resultCatalog = createLazyCatalog<LeaveResultMessages>({
  nl: () => import('../../i18n/leave/result/nl.js'),
  fr: () => import('../../i18n/leave/result/fr.js'),
  en: () => import('../../i18n/leave/result/en.js'),
  de: () => import('../../i18n/leave/result/de.js'),
});

/**
 * `<mz-leave-calculator>`: which leave a worker can take to care for someone, in which forms, for how
 * long, and the gross allowance plus the Flemish premium, with the date and source of every figure.
 * Anonymous: no name, no salary; nothing leaves the browser.
 *
 * @tag mz-leave-calculator
 * @summary Which leave can I take to care for someone, how long, and what do I get? Dated and sourced.
 * @attr status - fixes the work status and skips that question: privateEmployee | socialProfitEmployee |
 *   contractualPublic | federalStatutory | flemishGovernment | educationFlemish | localGovernment | selfEmployed
 * @attr workplace-region - fixes the workplace region and skips that question: flanders | brussels | wallonia
 * @attr as-of - ISO date the rules and amounts apply on (default: today)
 * @attr recognition-href - link to a page with <mz-recognition-quiz> ("am I a caregiver?")
 * @attr lang - nl | fr | en | de (else the closest ancestor's lang, else nl)
 * @attr remember - keep progress in sessionStorage until the tab closes
 * @attr src - URL of the employer's partner JSON (only fetched when set)
 * @fires mz-ready - `{ widget, version }`
 * @fires mz-step - `{ step, total }`: 0 intro, 1…total the questions that apply, total + 1 the result (also on restart)
 * @fires mz-complete - `{ widget: 'leave-calculator', outcome: { schemes: string[] } }` (ids of schemes that fit; no answers)
 * @fires mz-error - `{ code, message }`
 * @csspart root - the widget's box (core)
 * @csspart heading - each step's heading (core)
 * @csspart progress - "question N of M" (core)
 * @csspart actions - a row of buttons (core)
 * @csspart button - every button; also `button-start`, `button-next`, `button-skip`, `button-back`, `button-print`, `button-copy`, `button-change`, `button-restart`
 * @csspart copy-status - the line next to "copy the letter" that says it was copied (or that the text is selected to copy by hand)
 * @csspart notice - a configuration notice (core)
 * @csspart figures - the date and sources of the figures
 * @csspart count - the result's count line (how many schemes fit, how many to ask about)
 * @csspart summary - the answer first: the best one or two options, or plainly that nothing fits
 * @csspart ask-hr - public-sector statuses: the concrete questions to ask the HR department
 * @csspart group - a result group; also `group-yes`, `group-check`, `group-no`
 * @csspart scheme - one scheme card
 * @csspart compare - the comparison table
 * @csspart employer - the employer's own extras
 * @csspart letter - the notice-letter draft
 */
export class MzLeaveCalculator extends MantelkitElement<LeaveMessages> {
  static override styles = [...MantelkitElement.styles, leaveCalculatorStyles, copyStyles];
  protected readonly widgetName = 'leave-calculator';
  protected get catalog() {
    return catalog;
  }

  @property() status: string | null = null;
  @property({ attribute: 'workplace-region' }) workplaceRegion: string | null = null;
  @property({ attribute: 'as-of' }) asOf: string | null = null;
  @property({ attribute: 'recognition-href' }) recognitionHref: string | null = null;

  @state() private overlay: LeaveOverlay | null = null;
  @state() private letterChoice = '';
  /** What the last "copy the letter" did, shown next to the button until the letter changes. */
  @state() private copyStatus: string | undefined;
  @state() private letterStart = '';
  @state() private letterEnd = '';

  private fixed: LeaveFixed = {};
  private date = '';

  /** What the step table reads, as live getters (the texts change with the language). */
  private readonly stepHost: LeaveStepHost = (() => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- object getters cannot be arrows
    const el = this;
    return {
      get t() { return el.t; },
      get c() { return el.c; },
      get fixed() { return el.fixed; },
      get balanceUrl() { return el.rules.value?.LEAVE_BALANCE_URL; },
      inPlay: (a) => el.inPlay(a),
      quizLink: () => el.quizLink(),
    };
  })();

  /** Questions, position, back/next/skip, focus, `mz-step`, `remember`. */
  private readonly flow = new StepFlowController<LeaveAnswers, LeaveStepId>(this, {
    key: 'leave-calculator',
    steps: leaveSteps(this.stepHost),
    initial: () => ({}),
    remember: () => this.remember,
    restore: restoreLeaveAnswers,
    announce: (text) => this.announce(text),
    onView: (view) => {
      if (view !== 'result') return;
      // The rules started loading on "Start"; wait for them if the answers were very quick.
      void this.rules.taskComplete.then(() => {
        const res = this.result;
        const rt = this.l10n.ready(this.resultNs);
        if (!res || !rt) return;
        const v = toResultView(res, this.selfEmployed);
        this.flow.complete('leave-calculator', v.outcome, rt['result.summary'](v.yes.length, v.check.length));
      }, () => undefined);
    },
  });

  /** The rules' reason texts: a lazy namespace, needed from the first question on. */
  private readonly reasons = this.l10n.use(reasonsCatalog, () => this.flow.view !== 'intro');

  /** The result's texts: same condition as the rules (and loaded by their task), so the result waits no longer than before. */
  private readonly resultNs = this.l10n.use(resultCatalog, () => this.flow.view !== 'intro');

  /** The source texts, loaded with the rules (the result's source lines need them). */
  private readonly help = this.l10n.use(helpCatalog, () => this.flow.view !== 'intro');

  /** The result templates and source catalogue, set when the rules task has loaded them. */
  private resultModule: ResultModule | undefined;

  /** The rules chunk and its texts in the reader's language, from "Start" on. */
  private readonly rules = new Task(this, {
    task: async ([started]: readonly [boolean, string]) => {
      if (!started) return initialState;
      const [m, , , , view] = await Promise.all([loadRulesModule(), this.l10n.load(this.reasons), this.l10n.load(this.resultNs), this.l10n.load(this.help), loadResultModule()]);
      this.resultModule = view;
      return m;
    },
    args: () => [this.flow.view !== 'intro', this.locale] as const,
  });

  /** Closed <details> do not print: open them for the print, and restore afterwards. */
  private readonly beforePrint = (): void => {
    this.reopen = [...this.renderRoot.querySelectorAll('details')].filter((d) => !d.open);
    for (const d of this.reopen) d.open = true;
  };
  private readonly afterPrint = (): void => {
    for (const d of this.reopen) d.open = false;
    this.reopen = [];
  };
  private reopen: HTMLDetailsElement[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('status')) {
      const r = enumAttribute<LeaveStatus>('status', this.status, LEAVE_STATUSES, undefined);
      this.fixed = { ...this.fixed, status: r.value };
      this.addIssues(r.issues);
    }
    if (changed.has('workplaceRegion')) {
      const r = enumAttribute<LeaveRegion>('workplace-region', this.workplaceRegion, LEAVE_REGIONS, undefined);
      this.fixed = { ...this.fixed, region: r.value };
      this.addIssues(r.issues);
    }
    if (changed.has('asOf') || !this.date) {
      const r = isoDateAttribute('as-of', this.asOf);
      this.date = r.value;
      this.addIssues(r.issues);
    }
    if (changed.has('recognitionHref') && this.recognitionHref && !quizHref(this.recognitionHref)) {
      this.reportIssue('bad-attribute', 'recognition-href');
    }
  }

  /** `updateComplete` also waits for the rules task, so tests and partners see the finished state. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.rules.taskComplete.catch(() => undefined);
    return (await super.getUpdateComplete()) && done;
  }

  /**
   * Partner JSON: the employer overlay. Checked by the same pure sanitiser `mantelkit/rules` users get
   * (no schema library in this chunk); each bad record is dropped with its own notice and `mz-error`.
   */
  protected override applyPartnerConfig(value: unknown): Issue[] {
    if (!isRecord(value)) return [{ code: 'bad-config', detail: '(root)' }];
    // Links may be https, or paths on this page's own origin (the one partner-URL policy).
    const r = sanitiseLeaveOverlay(value, document.baseURI);
    this.overlay = r.overlay;
    return r.problems.map((p) => ({ code: 'bad-config', detail: p.path }));
  }

  private get selfEmployed(): boolean {
    return effectiveStatus(this.flow.answers, this.fixed) === 'selfEmployed';
  }

  /** The answers in the rules' shape (see leave-calculator.answers.ts). */
  private get situation() {
    return answersToSituation(this.flow.answers, this.fixed);
  }

  /**
   * The schemes that may fit these answers, leaving the used counters aside: the "already used" step asks
   * only their counters. Caregiver leave needs the recognition with social rights, so without it its
   * counters do not matter.
   */
  private inPlay(a: LeaveAnswers): readonly LeaveSchemeId[] | undefined {
    const res = this.rules.value?.leaveOptions(answersToSituation({ ...a, usedAny: 'no' }, this.fixed), { asOf: this.date });
    return res?.schemes
      .filter((s) => s.available !== false && (s.scheme !== 'mantelzorgverlof' || a.recognition === 'socialRights'))
      .map((s) => s.scheme);
  }

  private get result() {
    return this.rules.value?.leaveOptions(this.situation, { asOf: this.date, overlay: this.overlay ?? undefined });
  }

  // ------------------------------------------------------------------ render

  protected renderContent(): TemplateResult {
    const flow = this.flow;
    if (flow.view === 'intro') return this.renderIntro();
    if (flow.step) return flow.renderStep(this.c, this.t.showResult);
    return this.renderResult();
  }

  private renderIntro(): TemplateResult {
    const t = this.t;
    const name = leaveLocalized(this.overlay?.employerName, this.locale);
    return html`${stepHeading(t.title)}
      <p>${t.intro}</p>
      ${name ? html`<p>${t.fromEmployer(name)}</p>` : nothing}
      <p class="mz-meta">${t.privacy}</p>
      <div class="mz-actions" part="actions">
        <button class="mz-button" part="button button-start" type="button" @click=${() => this.flow.start()}>${t.start}</button>
      </div>`;
  }

  private renderResult(): TemplateResult {
    const c = this.c;
    // Offline or a blocked chunk: say so plainly (the guard shows the core error box).
    if (this.rules.status === TaskStatus.ERROR) throw new Error('leave rules chunk could not be loaded');
    const res = this.result;
    const r = this.l10n.ready(this.reasons);
    const rt = this.l10n.ready(this.resultNs);
    const h = this.l10n.ready(this.help);
    const view = this.resultModule;
    const rank = this.rules.value?.rankLeaveOptions;
    const askHr = this.rules.value?.leaveHrQuestions;
    if (!res || !r || !rt || !h || !view || !rank || !askHr) return html`${stepHeading(c['step.result'])}<p>${this.t.loading}</p>`;
    const letter: LetterState = {
      choice: this.letterChoice,
      start: this.letterStart,
      end: this.letterEnd,
      set: (p) => {
        this.copyStatus = undefined;
        if (p.choice !== undefined) this.letterChoice = p.choice;
        if (p.start !== undefined) this.letterStart = p.start;
        if (p.end !== undefined) this.letterEnd = p.end;
      },
      copy: () => void this.copyLetter(),
      copyStatus: this.copyStatus,
    };
    return view.leaveResult({ t: { ...this.t, ...rt }, c, r, h, source: view.leaveSource, fmt: this.fmt, locale: this.locale }, toResultView(res, this.selfEmployed, rank(res), askHr(this.situation, res)), {
      overlay: this.overlay,
      quizLink: this.quizLink(),
      letter,
      remember: this.remember,
      change: () => this.flow.last(),
      restart: () => this.flow.restart(),
      forget: () => this.flow.forget(c['remember.forgotten']),
    });
  }

  private quizLink(): TemplateResult | typeof nothing {
    // Without a configured link, point to a recognition quiz on the same page when there is one.
    const onPage = document.querySelector('mz-recognition-quiz[id]')?.id;
    const href = this.recognitionHref ? quizHref(this.recognitionHref) : onPage ? `#${onPage}` : undefined;
    if (!href) return nothing;
    if (/^[#/]/.test(href)) return html`<p><a href=${href}>${this.t['recognition.quizLink']}</a></p>`;
    return html`<p>${externalLink(this.c, href, this.t['recognition.quizLink'])}</p>`;
  }

  private async copyLetter(): Promise<void> {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#mz-leave-letter-text');
    const rt = this.l10n.ready(this.resultNs);
    if (!area || !rt) return;
    // Clipboard only (the text stays on this device); seen next to the button and announced.
    this.copyStatus = rt[(await copyField(area)) === 'copied' ? 'letter.copied' : 'letter.copyFailed'];
    this.announce(this.copyStatus);
  }
}

/** `https:` or a path on this page's own origin (the one partner-URL policy); anything else is refused. */
function quizHref(href: string): string | undefined {
  return partnerUrl(href, document.baseURI)?.url;
}
