import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MantelkitElement } from '../../core/mantelkit-element.js';
import { createCatalog } from '../../core/i18n/catalog.js';
import { enumAttribute, isRecord, isoDateAttribute } from '../../core/partner-config.js';
import { RememberStore } from '../../core/remember.js';
import { externalLink, forgetButton, progressText, stepActions, stepHeading } from '../../core/step-flow.js';
import { printButton } from '../../core/print.js';
import type { Issue } from '../../core/events.js';
// Only the small overlay helpers load with the widget; the rules and their dated data load on "Start"
// (see loadRules), so a page that only shows the intro downloads the questions, not the tables.
import { leaveLocalized, safeHttpsUrl, sanitiseLeaveOverlay } from '../../rules/leave/overlay.js';
import { telUri } from '../../rules/help/links.js';
import type {
  LeaveAvailability, LeaveCareSituation, LeaveFormOption, LeaveHousehold, LeaveOverlay, LeaveRecognition, LeaveRegion,
  LeaveRelation, LeaveResult, LeaveSchemeResult, LeaveSituation, LeaveStatus,
} from '../../rules/leave/index.js';
import nl, { type LeaveMessages } from '../../i18n/leave/nl.js';
import type { LeaveRuleMessages } from '../../i18n/leave/reasons/nl.js';
import type { Locale } from '../../core/locale.js';
import { leaveCalculatorStyles } from './leave-calculator.styles.js';

type RulesModule = typeof import('../../rules/leave/index.js');
let rulesModule: RulesModule | undefined;
let rulesLoading: Promise<RulesModule> | undefined;
/** One load per page, shared by every calculator on it. */
function loadRulesModule(): Promise<RulesModule> {
  rulesLoading ??= import('../../rules/leave/index.js').then((m) => (rulesModule = m));
  return rulesLoading;
}

/** The rules' reason/note texts per language: loaded with the rules, not with the widget (size). */
const RULE_TEXTS: Record<Locale, () => Promise<{ default: LeaveRuleMessages }>> = {
  nl: () => import('../../i18n/leave/reasons/nl.js'),
  fr: () => import('../../i18n/leave/reasons/fr.js'),
  en: () => import('../../i18n/leave/reasons/en.js'),
  de: () => import('../../i18n/leave/reasons/de.js'),
};
const ruleTexts = new Map<Locale, LeaveRuleMessages>();
const ruleTextsLoading = new Map<Locale, Promise<LeaveRuleMessages>>();
function loadRuleTexts(locale: Locale): Promise<LeaveRuleMessages> {
  let p = ruleTextsLoading.get(locale);
  if (!p) {
    p = RULE_TEXTS[locale]().then((m) => {
      ruleTexts.set(locale, m.default);
      return m.default;
    });
    // A language chunk that fails must not block the result: Dutch is the fallback (as for the catalog).
    if (locale !== 'nl') p = p.catch(() => loadRuleTexts('nl'));
    ruleTextsLoading.set(locale, p);
  }
  return p;
}

/** Shown only if the texts are missing entirely (never in practice: Dutch is the fallback). */
const EMPTY_RULE_TEXTS = new Proxy({} as LeaveRuleMessages, { get: () => '' });

const catalog = createCatalog<LeaveMessages>(nl, {
  fr: () => import('../../i18n/leave/fr.js'),
  en: () => import('../../i18n/leave/en.js'),
  de: () => import('../../i18n/leave/de.js'),
});

export const LEAVE_STATUSES: readonly LeaveStatus[] = ['privateEmployee', 'socialProfitEmployee', 'contractualPublic', 'federalStatutory',
  'flemishGovernment', 'educationFlemish', 'localGovernment', 'selfEmployed'];
export const LEAVE_REGIONS: readonly LeaveRegion[] = ['flanders', 'brussels', 'wallonia'];
const REGIMES = ['1', '0.8', '0.75', '0.5'] as const;
/** The relations offered in the question (a short list people recognise; the rules know more). */
const RELATIONS = ['spouse', 'partner', 'child', 'fosterChild', 'parent', 'parentInLaw', 'sibling', 'grandparent', 'grandchild',
  'siblingInLaw', 'aunt', 'friend', 'neighbour', 'other'] as const satisfies readonly LeaveRelation[];
type UiRelation = (typeof RELATIONS)[number];
const SITUATIONS: readonly LeaveCareSituation[] = ['dependent', 'seriouslyIll', 'terminal', 'hospitalisedMinor', 'disabled'];
const HOUSEHOLDS: readonly LeaveHousehold[] = ['withPartner', 'aloneWithChildren', 'alone'];
const RECOGNITIONS: readonly LeaveRecognition[] = ['socialRights', 'general', 'none'];
const USED = ['mzFT', 'mzPartial', 'mzCareerFT', 'mzCareerPartial', 'mb', 'tk', 'ap', 'zorgDays', 'dwingendDays'] as const;
type UsedKey = (typeof USED)[number];

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

export type LeaveStepId = 'status' | 'region' | 'regime' | 'relation' | 'age' | 'situation' | 'household' | 'recognition' | 'used';

/** Answers as the widget keeps them (never sent anywhere; only in sessionStorage with `remember`). */
interface Answers {
  status?: LeaveStatus;
  region?: LeaveRegion;
  regime?: (typeof REGIMES)[number];
  relation?: UiRelation;
  livesWithMe?: boolean;
  age?: number;
  situation?: LeaveCareSituation[];
  disability66?: boolean;
  household?: LeaveHousehold;
  recognition?: LeaveRecognition;
  hours?: number;
  used?: Partial<Record<UsedKey, number>>;
}

type View = 'intro' | 'result' | number;

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
 * @fires mz-step - `{ step, total }`
 * @fires mz-complete - `{ widget: 'leave-calculator', outcome: { schemes: string[] } }` (ids of schemes that fit; no answers)
 * @fires mz-error - `{ code, message }`
 * @csspart root - the widget's box (core)
 * @csspart heading - each step's heading (core)
 * @csspart progress - "question N of M" (core)
 * @csspart actions - a row of buttons (core)
 * @csspart button - every button; also `button-start`, `button-next`, `button-skip`, `button-back`, `button-print`, `button-copy`, `button-change`, `button-restart`
 * @csspart notice - a configuration notice (core)
 * @csspart figures - the date and sources of the figures
 * @csspart group - a result group; also `group-yes`, `group-check`, `group-no`
 * @csspart scheme - one scheme card
 * @csspart compare - the comparison table
 * @csspart employer - the employer's own extras
 * @csspart letter - the notice-letter draft
 */
export class MzLeaveCalculator extends MantelkitElement<LeaveMessages> {
  static override styles = [...MantelkitElement.styles, leaveCalculatorStyles];
  protected readonly widgetName = 'leave-calculator';
  protected get catalog() {
    return catalog;
  }

  @property() status: string | null = null;
  @property({ attribute: 'workplace-region' }) workplaceRegion: string | null = null;
  @property({ attribute: 'as-of' }) asOf: string | null = null;
  @property({ attribute: 'recognition-href' }) recognitionHref: string | null = null;

  @state() private view: View = 'intro';
  @state() private answers: Answers = {};
  @state() private overlay: LeaveOverlay | null = null;
  @state() private letterChoice = '';
  @state() private letterStart = '';
  @state() private letterEnd = '';
  @state() private fieldError: string | null = null;

  private fixedStatus: LeaveStatus | undefined;
  private fixedRegion: LeaveRegion | undefined;
  private date = '';
  private readonly store = new RememberStore<{ view: View; answers: Answers }>('leave-calculator', () => this.remember);

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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
    const saved = this.store.load();
    if (saved && isRecord(saved.answers)) {
      this.answers = saved.answers;
      this.view = saved.view;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.view !== 'intro') this.loadRules();
    if (changed.has('status')) {
      const r = enumAttribute('status', this.status, LEAVE_STATUSES, undefined);
      this.fixedStatus = r.value;
      this.addIssues(r.issues);
    }
    if (changed.has('workplaceRegion')) {
      const r = enumAttribute('workplace-region', this.workplaceRegion, LEAVE_REGIONS, undefined);
      this.fixedRegion = r.value;
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

  /**
   * Partner JSON: the employer overlay. Checked by the same pure sanitiser `mantelkit/rules` users get
   * (no schema library in this chunk); each bad record is dropped with its own notice and `mz-error`.
   */
  protected override applyPartnerConfig(value: unknown): Issue[] {
    if (!isRecord(value)) return [{ code: 'bad-config', detail: '(root)' }];
    const r = sanitiseLeaveOverlay(value);
    this.overlay = r.overlay;
    return r.problems.map((p) => ({ code: 'bad-config', detail: p.path }));
  }

  // ------------------------------------------------------------------ steps

  private get effectiveStatus(): LeaveStatus | undefined {
    return this.fixedStatus ?? this.answers.status;
  }

  /** The questions still to ask: pre-filled ones and ones that cannot matter are left out. */
  private get steps(): LeaveStepId[] {
    const self = this.effectiveStatus === 'selfEmployed';
    const steps: LeaveStepId[] = [];
    if (!this.fixedStatus) steps.push('status');
    if (!this.fixedRegion && !self) steps.push('region');
    if (!self) steps.push('regime');
    steps.push('relation', 'age', 'situation', 'household');
    if (!self) steps.push('recognition', 'used');
    return steps;
  }

  private go(view: View): void {
    this.view = view;
    this.fieldError = null;
    this.store.save({ view, answers: this.answers });
    const total = this.steps.length;
    this.emit('mz-step', { step: view === 'intro' ? 0 : view === 'result' ? total + 1 : view + 1, total });
    this.focusStep();
    if (view === 'result') {
      // The rules chunk started loading on "Start"; wait for it if the answers were very quick.
      void loadRulesModule().then(() => {
        const res = this.result;
        if (!res || this.view !== 'result') return;
        const schemes = res.schemes.filter((s) => s.available === true).map((s) => s.scheme);
        this.announce(this.t['result.summary'](schemes.length, res.schemes.filter((s) => s.available === 'check').length));
        this.emit('mz-complete', { widget: 'leave-calculator', outcome: { schemes } });
      }, () => undefined);
    }
  }

  private next(): void {
    const i = typeof this.view === 'number' ? this.view : -1;
    // Answers can change the list (self-employed skips questions): recompute before moving on.
    this.go(i + 1 >= this.steps.length ? 'result' : i + 1);
  }

  private set<K extends keyof Answers>(key: K, value: Answers[K]): void {
    this.answers = { ...this.answers, [key]: value };
  }

  /** The answers in the rules' shape (LeaveSituation). */
  private get situation(): LeaveSituation {
    const a = this.answers;
    const s: LeaveSituation = {};
    const status = this.effectiveStatus;
    if (status) s.status = status;
    const region = this.fixedRegion ?? a.region;
    if (region) s.workplaceRegion = region;
    if (a.regime) s.workRegime = Number(a.regime);
    if (a.household) {
      s.household = a.household;
      // The question says "with child benefit", so answering it states both.
      if (a.household === 'aloneWithChildren') s.childrenWithChildBenefit = true;
    }
    if (a.relation || a.age !== undefined || a.situation || a.livesWithMe !== undefined) {
      s.caredFor = {};
      if (a.relation) s.caredFor.relation = a.relation;
      if (a.age !== undefined) s.caredFor.ageYears = a.age;
      if (a.situation) s.caredFor.situation = a.situation;
      if (a.disability66) s.caredFor.disabilityPct = 66;
      if (a.livesWithMe !== undefined) s.caredFor.livesWithWorker = a.livesWithMe;
    }
    if (a.recognition) s.recognition = a.recognition;
    if (a.hours !== undefined) s.caregiverHoursPerMonth = a.hours;
    const u = a.used;
    if (u) {
      s.used = {
        mantelzorgverlofThisPerson: { FT: u.mzFT, partial: u.mzPartial },
        // The career total includes this person: never less than what was used for them.
        mantelzorgverlofCareer: { FT: maxDefined(u.mzCareerFT, u.mzFT), partial: maxDefined(u.mzCareerPartial, u.mzPartial) },
        medischeBijstandThisPatient: { FT: u.mb },
        tijdskredietZorgMonths: u.tk,
        aanmoedigingspremieMonths: u.ap,
        zorgverlofDaysThisYear: u.zorgDays,
        dwingendeRedenenDaysThisYear: u.dwingendDays,
      };
    }
    return s;
  }

  private get result(): LeaveResult | undefined {
    return rulesModule?.leaveOptions(this.situation, { asOf: this.date, overlay: this.overlay ?? undefined });
  }

  private rulesPending: Promise<unknown> | undefined;
  @state() private rulesFailed = false;

  /** Rule texts in the current language (Dutch while another language loads). */
  private get r(): LeaveRuleMessages {
    return ruleTexts.get(this.locale) ?? ruleTexts.get('nl') ?? EMPTY_RULE_TEXTS;
  }

  /** Starts loading the rules and their texts in this language (once each); re-renders when they are there. */
  private loadRules(): void {
    const locale = this.locale;
    if (rulesModule && ruleTexts.has(locale)) return;
    if (this.rulesPending) return;
    this.rulesPending = Promise.all([loadRulesModule(), loadRuleTexts(locale)]).then(
      () => { this.rulesPending = undefined; this.requestUpdate(); },
      () => { this.rulesPending = undefined; this.rulesFailed = true; },
    );
  }

  private get rulesReady(): boolean {
    return !!rulesModule && ruleTexts.has(this.locale);
  }

  /** `updateComplete` also waits for the rules chunk and its texts, so tests and partners see the finished state. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let i = 0; i < 3 && this.rulesPending; i++) {
      await this.rulesPending.catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  // ------------------------------------------------------------------ render

  protected renderContent(): TemplateResult {
    if (this.view === 'intro') return this.renderIntro();
    if (this.view === 'result') return this.renderResult();
    const step = this.steps[this.view];
    if (!step) return this.renderResult();
    return this.renderStep(step, this.view);
  }

  private renderIntro(): TemplateResult {
    const t = this.t;
    const name = leaveLocalized(this.overlay?.employerName, this.locale);
    return html`${stepHeading(t.title)}
      <p>${t.intro}</p>
      ${name ? html`<p>${t.fromEmployer(name)}</p>` : nothing}
      <p class="mz-meta">${t.privacy}</p>
      <div class="mz-actions" part="actions">
        <button class="mz-button" part="button button-start" type="button" @click=${() => { this.loadRules(); this.go(0); }}>${t.start}</button>
      </div>`;
  }

  private radios<T extends string>(name: string, values: readonly T[], label: (v: T) => string, current: T | undefined, pick: (v: T) => void): TemplateResult {
    return html`<div class="mz-choices">
      ${values.map((val) => html`<label class="mz-choice"><input type="radio" name=${name} .value=${String(val)} .checked=${current === val}
        @change=${() => pick(val)} />${label(val)}</label>`)}
    </div>`;
  }

  private numberField(id: string, label: string, value: number | undefined, onValue: (n: number | undefined) => void, hint?: string): TemplateResult {
    const invalid = this.fieldError === id;
    return html`<p class="mz-field">
      <label for=${id}>${label}</label>
      ${hint ? html`<span class="mz-hint" id=${`${id}-hint`}>${hint}</span>` : nothing}
      <input id=${id} name=${id} type="number" inputmode="numeric" min="0" max="999" step="1" .value=${value === undefined ? '' : String(value)}
        aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? `${id}-error` : hint ? `${id}-hint` : nothing}
        @input=${(e: Event) => {
          const raw = (e.target as HTMLInputElement).value.trim();
          const n = raw === '' ? undefined : Number(raw);
          if (n !== undefined && (!Number.isFinite(n) || n < 0)) { this.fieldError = id; return; }
          if (this.fieldError === id) this.fieldError = null;
          onValue(n);
        }} />
      ${invalid ? html`<span class="mz-field-error" id=${`${id}-error`}>${this.t['error.number']}</span>` : nothing}
    </p>`;
  }

  private renderStep(step: LeaveStepId, index: number): TemplateResult {
    const t = this.t;
    const c = this.c;
    const a = this.answers;
    const total = this.steps.length;
    const onSubmit = (e: Event): void => {
      e.preventDefault();
      if (this.fieldError) {
        this.renderRoot.querySelector<HTMLInputElement>(`#${this.fieldError}`)?.focus();
        return;
      }
      this.next();
    };
    const isLast = index === total - 1;
    const actions = stepActions(c, {
      next: () => undefined,
      nextLabel: isLast ? t.showResult : undefined,
      skip: () => { this.clearStep(step); this.next(); },
      back: () => this.go(index === 0 ? 'intro' : index - 1),
    });
    let body: TemplateResult;
    switch (step) {
      case 'status':
        body = this.fieldset(t['q.status'], t['q.status.hint'],
          this.radios('status', LEAVE_STATUSES, (s) => t[`status.${s}`], a.status, (s) => this.set('status', s)));
        break;
      case 'region':
        body = this.fieldset(t['q.region'], t['q.region.hint'],
          this.radios('region', LEAVE_REGIONS, (r) => t[`region.${r}`], a.region, (r) => this.set('region', r)));
        break;
      case 'regime':
        body = this.fieldset(t['q.regime'], undefined,
          this.radios('regime', REGIMES, (r) => t[`regime.${r}`], a.regime, (r) => this.set('regime', r)));
        break;
      case 'relation':
        body = this.fieldset(t['q.relation'], undefined, html`
          ${this.radios('relation', RELATIONS, (r) => t[`relation.${r}`], a.relation, (r) => this.set('relation', r))}
          <p class="mz-field mz-extra"><label class="mz-choice"><input type="checkbox" name="livesWithMe" .checked=${a.livesWithMe === true}
            @change=${(e: Event) => this.set('livesWithMe', (e.target as HTMLInputElement).checked)} />${t['q.livesWithMe']}</label></p>`);
        break;
      case 'age':
        body = html`${stepHeading(t['q.age'])}${this.numberField('mz-leave-age', t['q.age.label'], a.age, (n) => this.set('age', n), t['q.age.hint'])}`;
        break;
      case 'situation': {
        const chosen = new Set(a.situation ?? []);
        const toggle = (s: LeaveCareSituation, on: boolean): void => {
          const next = new Set(chosen);
          if (on) next.add(s); else next.delete(s);
          this.set('situation', SITUATIONS.filter((x) => next.has(x)));
        };
        body = this.fieldset(t['q.situation'], t['q.situation.hint'], html`<div class="mz-choices">
          ${SITUATIONS.map((s) => html`<label class="mz-choice"><input type="checkbox" name="situation" .value=${s} .checked=${chosen.has(s)}
            @change=${(e: Event) => toggle(s, (e.target as HTMLInputElement).checked)} />${t[`situation.${s}`]}</label>`)}
          <label class="mz-choice"><input type="checkbox" name="disability66" .checked=${a.disability66 === true}
            @change=${(e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              this.set('disability66', on);
              if (on) toggle('disabled', true);
            }} />${t['situation.disability66']}</label>
        </div>`);
        break;
      }
      case 'household':
        body = this.fieldset(t['q.household'], undefined,
          this.radios('household', HOUSEHOLDS, (h) => t[`household.${h}`], a.household, (h) => this.set('household', h)));
        break;
      case 'recognition':
        body = html`${this.fieldset(t['q.recognition'], t['q.recognition.hint'],
          this.radios('recognition', RECOGNITIONS, (r) => t[`recognition.${r}`], a.recognition, (r) => this.set('recognition', r)))}
          ${this.quizLink()}
          ${a.recognition !== 'socialRights' ? this.numberField('mz-leave-hours', t['q.hours.label'], a.hours, (n) => this.set('hours', n), t['q.hours']) : nothing}`;
        break;
      case 'used': {
        const used = a.used ?? {};
        body = html`${stepHeading(t['q.used'])}
          <p class="mz-hint">${t['q.used.hint']} ${rulesModule ? externalLink(c, rulesModule.LEAVE_BALANCE_URL, t['used.breakAtWork']) : nothing}</p>
          ${USED.map((k) => this.numberField(`mz-leave-used-${k}`, t[`used.${k}`], used[k], (n) => this.set('used', { ...(this.answers.used ?? {}), [k]: n })))}`;
        break;
      }
    }
    return html`<form novalidate data-step=${step} @submit=${onSubmit}>
      ${progressText(c, index + 1, total)}
      ${body}
      ${actions}
    </form>`;
  }

  private fieldset(legend: string, hint: string | undefined, content: TemplateResult): TemplateResult {
    return html`<fieldset>
      <legend>${stepHeading(legend)}</legend>
      ${hint ? html`<p class="mz-hint">${hint}</p>` : nothing}
      ${content}
    </fieldset>`;
  }

  private quizLink(): TemplateResult | typeof nothing {
    // Without a configured link, point to a recognition quiz on the same page when there is one.
    const onPage = document.querySelector('mz-recognition-quiz[id]')?.id;
    const href = this.recognitionHref ? quizHref(this.recognitionHref) : onPage ? `#${onPage}` : undefined;
    if (!href) return nothing;
    if (href.startsWith('#')) return html`<p><a href=${href}>${this.t['recognition.quizLink']}</a></p>`;
    return html`<p>${externalLink(this.c, href, this.t['recognition.quizLink'])}</p>`;
  }

  private clearStep(step: LeaveStepId): void {
    const a = { ...this.answers };
    if (step === 'relation') { delete a.relation; delete a.livesWithMe; }
    else if (step === 'situation') { delete a.situation; delete a.disability66; }
    else if (step === 'recognition') { delete a.recognition; delete a.hours; }
    else delete a[step];
    this.answers = a;
    this.fieldError = null;
  }

  // ------------------------------------------------------------------ result

  /** The Flemish premium for a form: "maybe …" when the rules say to check, nothing when it does not apply. */
  private premiumText(f: LeaveFormOption): string | undefined {
    const p = f.premium;
    if (!p || p.grossMonthly === null || p.grossMonthly === 0 || p.available === false) return undefined;
    const m = this.money(p.grossMonthly, p.amountStatus);
    return p.available === 'check' ? this.t['amount.maybe'](m) : m;
  }

  private money(n: number, status: LeaveFormOption['amountStatus']): string {
    const m = this.fmt.money(n);
    return status === 'estimated' ? this.t['amount.about'](m) : m;
  }

  private amountCell(f: LeaveFormOption): TemplateResult | string {
    const t = this.t;
    if (f.grossMonthly === null) return t['amount.unknownShort'];
    if (f.grossMonthly === 0 && f.amountNotes.includes('amount.unpaid')) return t['amount.unpaidShort'];
    // An undated source gets no "from <date>": its validFrom is only the earliest date it could apply.
    const when = f.amountNotes.includes('amount.undatedSource') ? t['amount.undated']
      : f.amountValidFrom ? t['amount.from'](this.fmt.date(f.amountValidFrom)) : '';
    return html`${this.money(f.grossMonthly, f.amountStatus)}${when ? html`<br /><span class="mz-meta">${when}</span>` : nothing}`;
  }

  private monthsText(n: number | null): string {
    return n === null ? this.t['table.none'] : this.t.months(n);
  }

  private renderForms(r: LeaveSchemeResult): TemplateResult | typeof nothing {
    const t = this.t;
    if (!r.forms.length) return nothing;
    if (r.forms.every((f) => f.form === 'DAYS')) {
      const f = r.forms[0];
      return html`<p>${t['form.DAYS']}${t['sep.colon']}${t.days(f.maxDays ?? 0)}${t['sep.dot']}${this.amountCell(f)}</p>
        ${f.daysGranted !== undefined ? html`<p>${t.daysGranted(f.daysGranted)}</p>` : nothing}
        ${f.remainingDays !== undefined ? html`<p>${t.daysLeft(f.remainingDays)}</p>` : nothing}`;
    }
    const anyPremium = r.forms.some((f) => f.premium);
    const name = t[`scheme.${r.scheme}`];
    const careerOnly = r.scheme === 'aanmoedigingspremie' || r.scheme === 'tijdskredietZorg' || r.scheme === 'vlaamsZorgkrediet' || r.scheme === 'mantelzorguitkeringZelfstandige';
    const maxHead = careerOnly ? t['table.career'] : t['table.months'];
    const max = (f: LeaveFormOption): string => (f.maxWeeks !== undefined ? t.weeks(f.maxWeeks) : this.monthsText(f.maxMonthsThisPerson ?? f.careerMaxMonths));
    const left = (f: LeaveFormOption): string => (f.maxWeeks !== undefined ? t['table.none'] : this.monthsText(f.remainingMonths));
    const premium = (f: LeaveFormOption): string => this.premiumText(f) ?? t['table.none'];
    const formName = (f: LeaveFormOption): TemplateResult => html`${t[`form.${f.form}`]}${f.needsEmployerAgreement ? html`<br /><span class="mz-meta">${t['amount.needsAgreement']}</span>` : nothing}`;
    // Two layouts of the same facts; a container query shows one (display:none hides the other from everyone),
    // so a 320 px screen gets a list instead of a table that has to scroll sideways.
    return html`<div class="mz-forms-wide mz-table-wrap" tabindex="0" role="region" aria-label=${t['table.caption'](name)}>
      <table>
        <caption class="mz-visually-hidden">${t['table.caption'](name)}</caption>
        <thead><tr>
          <th scope="col">${t['table.form']}</th>
          <th scope="col">${maxHead}</th>
          <th scope="col">${t['table.left']}</th>
          <th scope="col">${t['table.gross']}</th>
          ${anyPremium ? html`<th scope="col">${t['table.premium']}</th>` : nothing}
        </tr></thead>
        <tbody>${r.forms.map((f) => html`<tr>
          <th scope="row">${formName(f)}</th>
          <td>${max(f)}</td>
          <td>${left(f)}</td>
          <td>${this.amountCell(f)}</td>
          ${anyPremium ? html`<td>${premium(f)}</td>` : nothing}
        </tr>`)}</tbody>
      </table>
    </div>
    <ul class="mz-forms-narrow" aria-label=${t['table.caption'](name)}>${r.forms.map((f) => html`<li>
      <strong>${formName(f)}</strong>
      <dl>
        <dt>${maxHead}</dt><dd>${max(f)}</dd>
        <dt>${t['table.left']}</dt><dd>${left(f)}</dd>
        <dt>${t['table.gross']}</dt><dd>${this.amountCell(f)}</dd>
        ${anyPremium ? html`<dt>${t['table.premium']}</dt><dd>${premium(f)}</dd>` : nothing}
      </dl>
    </li>`)}</ul>`;
  }

  private amountNotes(r: LeaveSchemeResult): string[] {
    const keys = new Set(r.forms.flatMap((f) => f.amountNotes));
    return [...keys].map((k) => this.r[k]);
  }

  private renderScheme(r: LeaveSchemeResult): TemplateResult {
    const t = this.t;
    const d = r.details;
    const notice = d.noticeDaysMin !== undefined ? t['detail.noticeDays'](d.noticeDaysMin)
      : d.noticeMonthsMin !== undefined ? t['detail.noticeMonths'](d.noticeMonthsMin, d.noticeMonthsMax ?? d.noticeMonthsMin) : t['detail.noticeNone'];
    const refuse = (x: LeaveAvailability): string => (x === true ? t['refuse.yes'] : x === false ? t['refuse.no'] : t['refuse.check']);
    const notes = [...r.notes.map((k) => this.r[k]), ...this.amountNotes(r)];
    return html`<article class="mz-card mz-scheme" part="scheme" data-scheme=${r.scheme}>
      <h4>${t[`scheme.${r.scheme}`]}</h4>
      <ul class="mz-reasons">${r.reasons.map((k) => html`<li>${this.r[k]}</li>`)}</ul>
      ${this.renderForms(r)}
      ${r.details.perRequestMonths ? html`<p>${t['detail.perRequest'](r.details.perRequestMonths.min, r.details.perRequestMonths.max)}</p>` : nothing}
      <dl class="mz-details">
        ${r.scheme !== 'aanmoedigingspremie' && r.scheme !== 'mantelzorguitkeringZelfstandige' ? html`
          <dt>${t['detail.notice']}</dt><dd>${notice}</dd>
          <dt>${t['detail.refuse']}</dt><dd>${refuse(d.employerMayRefuse)}</dd>
          <dt>${t['detail.protection']}</dt><dd>${t[`protection.${d.protection}`]}</dd>` : nothing}
        ${d.seniorityMonthsRequired !== undefined ? html`<dt>${t.why}</dt><dd>${t['detail.seniority'](d.seniorityMonthsRequired)}</dd>` : nothing}
        <dt>${t['detail.apply']}</dt><dd>${t[`apply.${r.scheme}`]}</dd>
      </dl>
      ${notes.length ? html`<details><summary>${t['detail.notes']}</summary><ul>${[...new Set(notes)].map((n) => html`<li>${n}</li>`)}</ul></details>` : nothing}
      ${this.sourcesLine(r)}
    </article>`;
  }

  private sourcesLine(r: LeaveSchemeResult): TemplateResult {
    const c = this.c;
    // validFrom of an undated amounts table is only the earliest date it could apply: do not present it as the amounts' date.
    const undated = r.forms.some((f) => f.amountNotes.includes('amount.undatedSource'));
    return html`<p class="mz-meta" part="figures">${this.t[undated ? 'detail.figuresUndated' : 'detail.figures'](this.fmt.date(r.validFrom))}
      ${this.t['detail.sources']}${this.t['sep.colon']}${r.sources.map((s, i) => html`${i ? this.t['sep.comma'] : ''}${externalLink(c, s, hostOf(s, this.t['sep.colon']))}`)}</p>`;
  }

  private renderCompare(fit: LeaveSchemeResult[]): TemplateResult | typeof nothing {
    const t = this.t;
    const rows = fit.filter((r) => r.forms.length && r.scheme !== 'aanmoedigingspremie');
    if (rows.length < 2) return nothing;
    const ftAmount = (r: LeaveSchemeResult): string => {
      const f = r.forms.find((x) => x.form === 'FT' || x.form === 'FULL') ?? r.forms[0];
      if (!f || f.grossMonthly === null) return t['amount.unknownShort'];
      if (f.grossMonthly === 0) return t['amount.unpaidShort'];
      const premium = this.premiumText(f);
      return premium ? `${this.money(f.grossMonthly, f.amountStatus)} + ${premium}` : this.money(f.grossMonthly, f.amountStatus);
    };
    const max = (r: LeaveSchemeResult): string => {
      const f = r.forms[0];
      if (!f) return t['table.none'];
      if (f.maxDays !== undefined) return t.days(f.maxDays);
      return this.monthsText(f.maxMonthsThisPerson ?? f.careerMaxMonths);
    };
    return html`<section part="compare">
      <h3>${t['compare.title']}</h3>
      <div class="mz-table-wrap" tabindex="0" role="region" aria-label=${t['compare.caption']}>
        <table>
          <caption class="mz-visually-hidden">${t['compare.caption']}</caption>
          <thead><tr><th scope="col">${t['compare.scheme']}</th><th scope="col">${t['compare.status']}</th><th scope="col">${t['compare.forms']}</th>
            <th scope="col">${t['compare.max']}</th><th scope="col">${t['compare.gross']}</th></tr></thead>
          <tbody>${rows.map((r) => html`<tr>
            <th scope="row">${t[`scheme.${r.scheme}`]}</th>
            <td>${r.available === true ? t['compare.yes'] : t['compare.check']}</td>
            <td>${this.fmt.list(r.forms.map((f) => t[`form.${f.form}`]))}</td>
            <td>${max(r)}</td>
            <td>${ftAmount(r)}</td>
          </tr>`)}</tbody>
        </table>
      </div>
      <p class="mz-meta">${t['compare.note']}</p>
    </section>`;
  }

  private renderEmployer(): TemplateResult | typeof nothing {
    const o = this.overlay;
    if (!o) return nothing;
    const t = this.t;
    const c = this.c;
    const name = leaveLocalized(o.employerName, this.locale);
    const extras = o.extraLeave ?? [];
    return html`<section class="mz-panel mz-employer" part="employer">
      <h3>${t['employer.title']}</h3>
      <p><strong class="mz-badge">${t['employer.badge']}</strong></p>
      ${extras.length ? html`<p>${name ? t['employer.intro'](name) : t['employer.introNoName']}</p>
        <ul>${extras.map((x) => html`<li><strong>${leaveLocalized(x.name, this.locale)}</strong>
          ${x.days !== undefined ? html`${t['sep.dot']}${t.days(x.days)}` : nothing}${x.months !== undefined ? html`${t['sep.dot']}${t.months(x.months)}` : nothing}${t['sep.dot']}${t[`employer.paid.${x.paid}`]}
          ${x.description ? html`<br />${leaveLocalized(x.description, this.locale)}` : nothing}
          ${x.url ? html`<br />${externalLink(c, x.url, t['employer.more'])}` : nothing}</li>`)}</ul>` : nothing}
      ${o.hrContact ? html`<p>${t['employer.hr']}${t['sep.colon']}${o.hrContact.name ?? ''}
        ${o.hrContact.email ? html` <a href=${`mailto:${o.hrContact.email}`}>${o.hrContact.email}</a>` : nothing}
        ${o.hrContact.phone ? html` <a href=${telUri(o.hrContact.phone)}>${o.hrContact.phone}</a>` : nothing}
        ${o.hrContact.url ? html` ${externalLink(c, o.hrContact.url, t['employer.more'])}` : nothing}</p>` : nothing}
      ${o.intranetUrl ? html`<p>${externalLink(c, o.intranetUrl, t['employer.intranet'])}</p>` : nothing}
    </section>`;
  }

  private letterOptions(fit: LeaveSchemeResult[]): Array<{ value: string; label: string; scheme: string; form: string }> {
    const t = this.t;
    // The premium is not asked from the employer, and the self-employed have no employer to write to.
    return fit.filter((r) => r.scheme !== 'aanmoedigingspremie' && r.scheme !== 'mantelzorguitkeringZelfstandige').flatMap((r) => r.forms.map((f) => ({
      value: `${r.scheme}|${f.form}`,
      label: `${t[`scheme.${r.scheme}`]}${t['sep.colon']}${t[`form.${f.form}`]}`,
      scheme: t[`scheme.${r.scheme}`],
      form: t[`form.${f.form}`],
    })));
  }

  private renderLetter(fit: LeaveSchemeResult[]): TemplateResult | typeof nothing {
    const t = this.t;
    const options = this.letterOptions(fit);
    if (!options.length) return nothing;
    const chosen = options.find((o) => o.value === this.letterChoice) ?? options[0];
    const dateText = (iso: string): string => (iso ? this.fmt.date(iso) : t['letter.datePlaceholder']);
    const text = t['letter.body'](chosen.scheme, chosen.form, dateText(this.letterStart), dateText(this.letterEnd));
    return html`<section class="mz-letter" part="letter">
      <h3>${t['letter.title']}</h3>
      <p>${t['letter.intro']}</p>
      <p class="mz-field mz-no-print"><label for="mz-leave-letter-choice">${t['letter.choose']}</label>
        <select id="mz-leave-letter-choice" @input=${(e: Event) => { this.letterChoice = (e.target as HTMLSelectElement).value; }}>
          ${options.map((o) => html`<option .value=${o.value} ?selected=${o.value === chosen.value}>${o.label}</option>`)}
        </select></p>
      <div class="mz-letter-dates mz-no-print">
        <p class="mz-field"><label for="mz-leave-letter-start">${t['letter.start']}</label>
          <input id="mz-leave-letter-start" type="date" .value=${this.letterStart} @change=${(e: Event) => { this.letterStart = (e.target as HTMLInputElement).value; }} /></p>
        <p class="mz-field"><label for="mz-leave-letter-end">${t['letter.end']}</label>
          <input id="mz-leave-letter-end" type="date" .value=${this.letterEnd} @change=${(e: Event) => { this.letterEnd = (e.target as HTMLInputElement).value; }} /></p>
      </div>
      <p class="mz-field"><label for="mz-leave-letter-text">${t['letter.text']}</label>
        <textarea id="mz-leave-letter-text" rows="11" .value=${text}></textarea></p>
      <div class="mz-actions mz-no-print"><button class="mz-button mz-button--secondary" part="button button-copy" type="button" @click=${() => void this.copyLetter()}>${t['letter.copy']}</button></div>
    </section>`;
  }

  private async copyLetter(): Promise<void> {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#mz-leave-letter-text');
    if (!area) return;
    try {
      // Clipboard only: the text stays on this device.
      await navigator.clipboard.writeText(area.value);
      this.announce(this.t['letter.copied']);
    } catch {
      area.focus();
      area.select();
      this.announce(this.t['letter.copyFailed']);
    }
  }

  private renderResult(): TemplateResult {
    const t = this.t;
    const c = this.c;
    const res = this.rulesReady ? this.result : undefined;
    if (!res) {
      // Offline or a blocked chunk: say so plainly (the guard shows the core error box).
      if (this.rulesFailed) throw new Error('leave rules chunk could not be loaded');
      return html`${stepHeading(c['step.result'])}<p>${t.loading}</p>`;
    }
    const shown = res.schemes;
    const yes = shown.filter((s) => s.available === true);
    const check = shown.filter((s) => s.available === 'check');
    const no = shown.filter((s) => s.available === false);
    const rec = res.recognition;
    const total = this.steps.length;
    return html`${stepHeading(c['step.result'])}
      <p>${t['result.summary'](yes.length, check.length)}</p>
      <p class="mz-meta" part="figures">${c['figures.asOf'](this.fmt.date(res.asOf))} ${t['figures.note']}</p>
      ${yes.length ? html`<section class="mz-group mz-group--yes" part="group group-yes">
        <h3>${t['group.yes']}</h3>
        ${yes.map((r) => this.renderScheme(r))}
      </section>` : nothing}
      ${this.renderEmployer()}
      ${check.length ? html`<section class="mz-group mz-group--check" part="group group-check">
        <h3>${t['group.check']}</h3>
        ${check.map((r) => this.renderScheme(r))}
      </section>` : nothing}
      ${rec.socialRights !== true && this.effectiveStatus !== 'selfEmployed' ? html`<section class="mz-panel">
        <h3>${t['recognition.title']}</h3>
        <ul>${rec.reasons.map((k) => html`<li>${this.r[k]}</li>`)}</ul>${this.quizLink()}</section>` : nothing}
      ${this.renderCompare([...yes, ...check])}
      ${no.length ? html`<section class="mz-group mz-group--no mz-no-print" part="group group-no">
        <h3>${t['group.no']}</h3>
        <details><summary>${t['group.no.summary']}</summary>
          <ul class="mz-no-list">${no.map((r) => html`<li><strong>${t[`scheme.${r.scheme}`]}</strong>${t['sep.colon']}${r.reasons.map((k) => this.r[k]).join(' ')}</li>`)}</ul>
        </details>
      </section>` : nothing}
      ${this.renderLetter(yes.length ? [...yes, ...check] : check)}
      <p class="mz-meta">${t.privacy}</p>
      <div class="mz-actions" part="actions">
        ${printButton(c)}
        <button class="mz-button mz-button--secondary" part="button button-change" type="button" @click=${() => this.go(Math.max(0, total - 1))}>${t.changeAnswers}</button>
        <button class="mz-button mz-button--link" part="button button-restart" type="button" @click=${() => { this.answers = {}; this.go('intro'); }}>${c['step.restart']}</button>
      </div>
      ${forgetButton(c, this.remember, () => { this.answers = {}; this.go('intro'); this.store.clear(); this.announce(c['remember.forgotten']); })}`;
  }
}

/** A same-page anchor, or an https URL (relative ones resolved against the page); anything else is refused. */
function quizHref(href: string): string | undefined {
  if (/^#[\w-]+$/.test(href)) return href;
  try {
    return safeHttpsUrl(new URL(href, document.baseURI).href);
  } catch {
    return undefined;
  }
}

/**
 * Link text for a source: the site plus the last words of the page address, so several pages of one
 * site (vlaanderen.be, rva.be) are told apart without printing whole URLs.
 */
function hostOf(url: string, colon: string): string {
  try {
    const u = new URL(url);
    const host = u.host.replace(/^www\./, '');
    const segment = u.pathname.split('/').filter(Boolean).at(-1) ?? '';
    const last = decodeURIComponent(segment).replace(/\.[a-z]+$/i, '').replace(/[-_]+/g, ' ');
    const words = last.length > 60 ? `${last.slice(0, 59).trimEnd()}…` : last;
    return words ? `${host}${colon}${words}` : host;
  } catch {
    return url;
  }
}
