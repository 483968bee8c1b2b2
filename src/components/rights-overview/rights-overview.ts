import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { MantelkitElement } from '../../core/mantelkit-element.js';
import { createCatalog, createLazyCatalog } from '../../core/i18n/catalog.js';
import { isRecord, isoDateAttribute } from '../../core/partner-config.js';
import { StepFlowController } from '../../core/flow/step-flow.js';
import { lazyOnce } from '../../core/flow/lazy-once.js';
import { stepHeading } from '../../core/flow/templates.js';
import type { Issue } from '../../core/events.js';
// Only the small overlay check loads with the widget; the rules, their dated data and the result
// templates load on "Start" (the `rules` task).
import { rightsText, sanitiseRightsOverlay } from '../../rules/rights/overlay.js';
import type { RightsDeeper, RightsOverlay } from '../../rules/rights/index.js';
import { partnerUrl } from '../../rules/help/links.js';
import type { RightsMessages } from '../../i18n/rights/nl.js';
import type { RightsResultMessages } from '../../i18n/rights/result/nl.js';
import type { LeaveRuleMessages } from '../../i18n/leave/reasons/nl.js';
import { helpLineStyles } from '../common/help-styles.js';
import { findSibling, onwardLink } from '../common/help.js';
import { askAnswers } from '../common/hand-over.js';
import { helpTexts as helpCatalog } from '../common/help-texts.js';
import { rightsOverviewStyles } from './rights-overview.styles.js';
import { answersToSituation, carryOver, GIVERS, restoreRightsAnswers, type CarriedAnswers, type Giver, type RightsAnswers } from './rights-overview.answers.js';
import { rightsSteps, type RightsStepId } from './rights-overview.steps.js';
import { toResultView } from './result/view.js';

export type { RightsStepId } from './rights-overview.steps.js';

type RulesModule = typeof import('../../rules/rights/index.js');
/** One load per page, shared by every overview on it; a failed load (offline) is tried again next time. */
const loadRulesModule: () => Promise<RulesModule> = lazyOnce(() => import('../../rules/rights/index.js'));

type ResultModule = typeof import('./result/result.js');
const loadResultModule: () => Promise<ResultModule> = lazyOnce(() => import('./result/result.js'));

const catalog = createCatalog<RightsMessages>({
  nl: () => import('../../i18n/rights/nl.js'),
  fr: () => import('../../i18n/rights/fr.js'),
  en: () => import('../../i18n/rights/en.js'),
  de: () => import('../../i18n/rights/de.js'),
});

/** Item and reason texts: loaded with the rules, not with the widget (size). */
const resultCatalog = createLazyCatalog<RightsResultMessages>({
  nl: () => import('../../i18n/rights/result/nl.js'),
  fr: () => import('../../i18n/rights/result/fr.js'),
  en: () => import('../../i18n/rights/result/en.js'),
  de: () => import('../../i18n/rights/result/de.js'),
});

/** The leave calculator's reason texts, reused for the leave items. */
const leaveReasonsCatalog = createLazyCatalog<LeaveRuleMessages>({
  nl: () => import('../../i18n/leave/reasons/nl.js'),
  fr: () => import('../../i18n/leave/reasons/fr.js'),
  en: () => import('../../i18n/leave/reasons/en.js'),
  de: () => import('../../i18n/leave/reasons/de.js'),
});

const LINK_ATTRS: ReadonlyArray<[RightsDeeper, string]> = [
  ['recognition-quiz', 'recognition-quiz-url'], ['leave-calculator', 'leave-calculator-url'], ['association-finder', 'finder-url'],
];

/**
 * `<mz-rights-overview>`: "Waar heb ik recht op?" Every right and support for a caregiver and the
 * person they care for, in one overview: whether it fits (yes / check / no, with why), the amount with
 * its date and source, where to apply and what to bring, and the widget that goes deeper.
 * Anonymous: nothing leaves the browser.
 *
 * @tag mz-rights-overview
 * @summary What am I, and the person I care for, entitled to? One dated, sourced overview.
 * @attr as-of - ISO date the rules and amounts apply on (default: today)
 * @attr recognition-quiz-url - where <mz-recognition-quiz> lives when it is not on this page (https: or a path on your site)
 * @attr leave-calculator-url - where <mz-leave-calculator> lives when it is not on this page
 * @attr finder-url - where <mz-association-finder> lives when it is not on this page
 * @attr lang - nl | fr | en | de (else the closest ancestor's lang, else nl)
 * @attr remember - keep progress in sessionStorage until the tab closes
 * @attr src - URL of the municipality's partner JSON (premiums, contact point, highlights; only fetched when set)
 * @fires mz-ready - `{ widget, version }`
 * @fires mz-step - `{ step, total }`: 0 intro, 1…total the questions, total + 1 the overview (also on restart)
 * @fires mz-complete - `{ widget: 'rights-overview', outcome: { items: string[] } }` (ids of the items that fit or are worth a check; no answers)
 * @fires mz-error - `{ code, message }`
 * @csspart hand-over - the offer to take over answers from a recognition quiz or overload check on this page
 * @csspart hand-over-note - what was taken over (on the questions, until the overview shows)
 * @csspart button-hand-over - the button that takes those answers over
 * @csspart help-now - the "Need help now?" disclosure
 * @csspart root - the widget's box (core)
 * @csspart heading - each step's heading (core)
 * @csspart progress - "question N of M" (core)
 * @csspart actions - a row of buttons (core)
 * @csspart button - every button; also `button-start`, `button-hand-over`, `button-next`, `button-skip`, `button-back`, `button-print`, `button-copy`, `button-change`, `button-restart`
 * @csspart notice - a configuration notice (core)
 * @csspart count - the overview's count line
 * @csspart group - a group; also `group-caregiver` ("for you") and `group-caredFor` ("for the person you care for")
 * @csspart item - one item card; also `item-yes`, `item-check`
 * @csspart badge - an item's fit (yes / check)
 * @csspart amount - an item's amount and its valid-from date
 * @csspart deeper - the link to the widget that goes deeper
 * @csspart local - the municipality's contact point
 * @csspart help - helplines and associations
 * @csspart helpline - one phone line
 * @csspart figures - the date the rules and amounts apply on
 */
export class MzRightsOverview extends MantelkitElement<RightsMessages> {
  static override styles = [...MantelkitElement.styles, helpLineStyles, rightsOverviewStyles];
  protected readonly widgetName = 'rights-overview';
  protected get catalog() {
    return catalog;
  }

  @property({ attribute: 'as-of' }) asOf: string | null = null;
  @property({ attribute: 'recognition-quiz-url' }) recognitionQuizUrl: string | null = null;
  @property({ attribute: 'leave-calculator-url' }) leaveCalculatorUrl: string | null = null;
  @property({ attribute: 'finder-url' }) finderUrl: string | null = null;

  @state() private overlay: RightsOverlay | null = null;
  private date = '';
  /** Answers a quiz or overload check on this page offers (memory only; see common/hand-over.ts). */
  @state() private offers: Array<{ from: Giver; answers: CarriedAnswers; key: string }> = [];
  /** What the reader took over, shown on the questions until the overview shows. */
  @state() private carried: { from: Giver[]; answers: CarriedAnswers } | undefined;
  private taken = new Set<string>();
  private links: Partial<Record<RightsDeeper, string>> = {};

  private readonly stepHost = (() => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- object getters cannot be arrows
    const el = this;
    return { get t() { return el.t; } };
  })();

  /** Questions, position, back/next/skip, focus, `mz-step`, `remember`. */
  private readonly flow = new StepFlowController<RightsAnswers, RightsStepId>(this, {
    key: 'rights-overview',
    steps: rightsSteps(this.stepHost),
    initial: () => ({}),
    remember: () => this.remember,
    restore: restoreRightsAnswers,
    announce: (text) => this.announce(text),
    onView: (view) => {
      if (view === 'intro') this.taken.clear();
      if (view === 'intro' || view === 'result') this.carried = undefined;
      if (view !== 'result') return;
      void this.rules.taskComplete.then(() => {
        const res = this.result;
        if (!res) return;
        const v = toResultView(res);
        this.flow.complete('rights-overview', v.outcome, this.t.complete(v.outcome.items.length));
      }, () => undefined);
    },
  });

  private readonly texts = this.l10n.use(resultCatalog, () => this.flow.view !== 'intro');
  private readonly leaveReasons = this.l10n.use(leaveReasonsCatalog, () => this.flow.view !== 'intro');
  private readonly help = this.l10n.use(helpCatalog, () => this.flow.view !== 'intro');
  private resultModule: ResultModule | undefined;

  /** The rules chunk and its texts in the reader's language, from "Start" on. */
  private readonly rules = new Task(this, {
    task: async ([started]: readonly [boolean, string]) => {
      if (!started) return initialState;
      const [m, , , , view] = await Promise.all([loadRulesModule(), this.l10n.load(this.texts), this.l10n.load(this.leaveReasons), this.l10n.load(this.help), loadResultModule()]);
      this.resultModule = view;
      return m;
    },
    args: () => [this.flow.view !== 'intro', this.locale] as const,
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('asOf') || !this.date) {
      const r = isoDateAttribute('as-of', this.asOf);
      this.date = r.value;
      this.addIssues(r.issues);
    }
    for (const [key, attr] of LINK_ATTRS) {
      const prop = key === 'recognition-quiz' ? 'recognitionQuizUrl' : key === 'leave-calculator' ? 'leaveCalculatorUrl' : 'finderUrl';
      if (!changed.has(prop)) continue;
      const value = this[prop];
      const url = value ? partnerUrl(value, document.baseURI)?.url : undefined;
      this.links = { ...this.links, [key]: url };
      if (value && !url) this.reportIssue('bad-attribute', attr);
    }
  }

  /** A quiz or overload check on this page may finish (or load) before or after us: ask again on their events. */
  private readonly refreshOffers = (): void => {
    const next: typeof this.offers = [];
    for (const w of GIVERS) {
      const el = findSibling(this, `mz-${w}`);
      const c = el ? carryOver(askAnswers(el)) : undefined;
      if (c) next.push({ ...c, key: `${c.from}:${JSON.stringify(c.answers)}` });
    }
    if (next.map((o) => o.key).join() !== this.offers.map((o) => o.key).join()) this.offers = next;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of ['mz-ready', 'mz-step', 'mz-complete']) this.ownerDocument.addEventListener(type, this.refreshOffers);
    this.refreshOffers();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of ['mz-ready', 'mz-step', 'mz-complete']) this.ownerDocument.removeEventListener(type, this.refreshOffers);
  }

  /** Takes over one widget's answers (they overwrite the same questions here), says what, and starts. */
  private take(offered: { from: Giver }): void {
    // Ask again: the other widget may have been restarted or removed since the offer showed.
    this.refreshOffers();
    const o = this.offers.find((x) => x.from === offered.from);
    if (!o) return;
    this.flow.answers = { ...this.flow.answers, ...o.answers };
    this.taken.add(o.key);
    const answers = { ...this.carried?.answers, ...o.answers };
    this.carried = { from: [...(this.carried?.from ?? []), o.from], answers };
    if (this.flow.view === 'intro') this.flow.start();
    else this.requestUpdate();
    this.announce(`${this.t['handOver.carried']} ${this.carriedLines(answers).join(', ')}.`);
  }

  private carriedLines(a: CarriedAnswers): string[] {
    const t = this.t;
    const lines: string[] = [];
    if (a.relation) lines.push(t[`relation.${a.relation}`]);
    if (a.need) lines.push(t[`need.${a.need}`]);
    if (a.hours !== undefined) lines.push(t['handOver.hours'](a.hours));
    return lines;
  }

  private renderHandOver(): TemplateResult {
    const t = this.t;
    const open = this.offers.filter((o) => !this.taken.has(o.key));
    const c = this.carried;
    return html`${c && this.flow.step
      ? html`<div class="mz-panel hand-over" part="hand-over-note"><p>${t['handOver.carried']}</p><ul>${this.carriedLines(c.answers).map((l) => html`<li>${l}</li>`)}</ul></div>`
      : nothing}
      ${open.map((o) => html`<div class="mz-panel hand-over mz-no-print" part="hand-over">
        <p>${t[`handOver.offer.${o.from}`]}</p>
        <button class="mz-button mz-button--secondary" part="button button-hand-over" type="button" @click=${() => this.take(o)}>${t[`handOver.use.${o.from}`]}</button>
      </div>`)}`;
  }

  /** `updateComplete` also waits for the rules task, so tests and partners see the finished state. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.rules.taskComplete.catch(() => undefined);
    return (await super.getUpdateComplete()) && done;
  }

  /** Partner JSON: the municipality overlay, checked by the same sanitiser `mantelkit/rules` users get. */
  protected override applyPartnerConfig(value: unknown): Issue[] {
    if (!isRecord(value)) return [{ code: 'bad-config', detail: '(root)' }];
    const r = sanitiseRightsOverlay(value);
    this.overlay = r.overlay;
    return r.problems.map((p) => ({ code: 'bad-config', detail: p.path }));
  }

  private get result() {
    return this.rules.value?.rightsOverviewSync(answersToSituation(this.flow.answers), { asOf: this.date, lang: this.locale, overlay: this.overlay ?? undefined });
  }

  protected renderContent(): TemplateResult {
    const flow = this.flow;
    if (flow.view === 'intro') return this.renderIntro();
    if (flow.step) return html`${flow.renderStep(this.c, this.t.showResult)}${this.renderHandOver()}`;
    return this.renderResult();
  }

  private renderIntro(): TemplateResult {
    const t = this.t;
    const name = this.overlay?.municipality ? rightsText(this.overlay.municipality, this.locale) : '';
    return html`${stepHeading(t.title)}
      <p>${t.intro}</p>
      ${name ? html`<p>${t.fromMunicipality(name)}</p>` : nothing}
      <p class="mz-meta">${t.privacy}</p>
      ${this.renderHandOver()}
      <div class="mz-actions" part="actions">
        <button class="mz-button" part="button button-start" type="button" @click=${() => this.flow.start()}>${t.start}</button>
      </div>`;
  }

  private renderResult(): TemplateResult {
    if (this.rules.status === TaskStatus.ERROR) throw new Error('rights rules chunk could not be loaded');
    const res = this.result;
    const r = this.l10n.ready(this.texts);
    const lr = this.l10n.ready(this.leaveReasons);
    const h = this.l10n.ready(this.help);
    const view = this.resultModule;
    if (!res || !r || !lr || !h || !view) return html`${stepHeading(this.c['step.result'])}<p>${this.t.loading}</p>`;
    const x = { t: this.t, c: this.c, r, lr, h, fmt: this.fmt, locale: this.locale };
    const v = toResultView(res);
    return view.rightsResult(x, v, {
      el: this,
      links: this.links,
      dementia: this.flow.answers.need === 'constant',
      young: (this.flow.answers.myAge ?? 99) < 18,
      remember: this.remember,
      change: () => this.flow.last(),
      restart: () => this.flow.restart(),
      forget: () => this.flow.forget(this.c['remember.forgotten']),
      copy: () => void this.copy(view.overviewText(x, v)),
      onward: onwardLink,
    });
  }

  private async copy(text: string): Promise<void> {
    try {
      // Clipboard only: the text stays on this device.
      await navigator.clipboard.writeText(text);
      this.announce(this.t.copied);
    } catch {
      this.announce(this.t.copyFailed);
    }
  }
}
