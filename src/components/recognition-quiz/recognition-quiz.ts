import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { MantelkitElement } from '../../core/mantelkit-element.js';
import { createCatalog } from '../../core/i18n/catalog.js';
import { enumAttribute, isRecord, todayIso } from '../../core/partner-config.js';
import { resolveLocale, type Locale } from '../../core/locale.js';
import { RememberStore } from '../../core/remember.js';
import { externalLink, forgetButton, progressText, stepActions, stepHeading } from '../../core/step-flow.js';
import type { Issue } from '../../core/events.js';
import nl, { type QuizMessages } from '../../i18n/quiz/nl.js';
import type { YoungMessages } from '../../i18n/quiz/young/nl.js';
import type { Helpline, HelplineId } from '../../data/help/helplines.js';
import { linesFor, type Dial } from '../../rules/help/lines.js';
import { telUri } from '../../rules/help/links.js';
import { helplineItem, helpNow, onwardLink } from '../common/help.js';
import helpNl, { type HelpMessages } from '../../i18n/help/nl.js';
import {
  LEARN_MORE_LINKS, OFFICIAL_LINKS, ONWARD_ELEMENTS, YOUNG_SERVICE_LINKS,
  type OnwardTarget, type QuizLocale, type YoungService,
} from '../../rules/quiz/links.js';
import {
  FEDERAL_RECOGNITION, RECOGNITION_SOURCE_BY_LOCALE, assessRecognition, recognitionActions, type RecognitionActionKey, type RecognitionAnswers,
} from '../../rules/quiz/recognition.js';
import type { YoungCarerAnswers, YoungCarerResult } from '../../rules/quiz/young.js';
import { recognitionQuestionsThatMatter, youngQuestionsThatMatter } from '../../rules/quiz/path.js';
import { quizStyles } from './recognition-quiz.styles.js';
import { ADULT_QUESTIONS, toRecognitionAnswers, type FormAnswers, type Question } from './recognition-quiz.answers.js';
import { parseLinks, parseSchoolContact, type PartnerLinks, type SchoolContact } from './recognition-quiz.partner.js';

const catalog = createCatalog<QuizMessages>(nl, {
  fr: () => import('../../i18n/quiz/fr.js'),
  en: () => import('../../i18n/quiz/en.js'),
  de: () => import('../../i18n/quiz/de.js'),
});

/**
 * The school version's messages are a separate chunk per language, loaded only when
 * audience="young" (half the text; keeps the adult widget within its size budget). Dutch is the
 * fallback when a language chunk fails, as for the main catalog.
 */
const youngLoaders: Record<Locale, () => Promise<{ default: YoungMessages }>> = {
  nl: () => import('../../i18n/quiz/young/nl.js'),
  fr: () => import('../../i18n/quiz/young/fr.js'),
  en: () => import('../../i18n/quiz/young/en.js'),
  de: () => import('../../i18n/quiz/young/de.js'),
};
const youngLoaded = new Map<Locale, YoungMessages>();
async function loadYoung(locale: Locale): Promise<void> {
  if (youngLoaded.has(locale)) return;
  try {
    youngLoaded.set(locale, (await youngLoaders[locale]()).default);
  } catch {
    if (locale !== 'nl') await loadYoung('nl');
  }
}

/**
 * The project-wide helpline table (read through src/rules/quiz/helplines.ts) is a chunk of its own, loaded on demand: before
 * the first render of the school version (its urgent routing must never wait), and for adults when
 * they open "Need help now?". Until it is there, the adult disclosure shows 112 from the catalog.
 */
let helplines: Readonly<Record<HelplineId, Helpline>> | undefined;
let helplinesLoading: Promise<void> | undefined;
function loadHelplines(): Promise<void> {
  helplinesLoading ??= import('../../rules/quiz/helplines.js').then(
    (m) => {
      helplines = m.HELPLINES;
    },
    () => {
      helplinesLoading = undefined; // allow a retry on the next open
    },
  );
  return helplinesLoading;
}

/** The shared help texts (call button, website label); Dutch is bundled, the others are tiny chunks. */
const helpLoaded = new Map<Locale, HelpMessages>([['nl', helpNl]]);
/** Offline or blocked: Dutch words, the numbers still work. */
const loadHelpMessages = (l: Locale): Promise<unknown> =>
  helpLoaded.has(l)
    ? Promise.resolve()
    : (l === 'fr' ? import('../../i18n/help/fr.js') : l === 'en' ? import('../../i18n/help/en.js') : import('../../i18n/help/de.js')).then(
        (m) => helpLoaded.set(l, m.default),
        () => helpLoaded.set(l, helpNl),
      );

export const AUDIENCES = ['adult', 'young'] as const;
export type Audience = (typeof AUDIENCES)[number];
type Phase = 'intro' | 'question' | 'check' | 'result';

type YoungModule = typeof import('./young.js');
type PrintModule = typeof import('../../core/print.js');
/**
 * Chunks the first screen does not need: the school version's questions and rules (only for
 * audience="young") and the print button (only on the result screen). Loaded in scheduleUpdate, so
 * `updateComplete` covers them; a failed load is retried on the next update.
 */
let youngModule: YoungModule | undefined;
let youngLoading: Promise<void> | undefined;
function loadYoungModule(): Promise<void> {
  youngLoading ??= import('./young.js').then(
    (m) => {
      youngModule = m;
    },
    () => {
      youngLoading = undefined;
    },
  );
  return youngLoading;
}
let printModule: PrintModule | undefined;
let printLoading: Promise<void> | undefined;
function loadPrint(): Promise<void> {
  printLoading ??= import('../../core/print.js').then(
    (m) => {
      printModule = m;
    },
    () => {
      printLoading = undefined; // offline: the result shows without a print button
    },
  );
  return printLoading;
}

interface Saved {
  audience: Audience;
  phase: Phase;
  index: number;
  answers: FormAnswers;
}

/**
 * "Am I a caregiver?" — recognise what you do in a few anonymous questions and see what follows
 * (federal recognition, leave, support). `audience="young"` is the school version for pupils of
 * about 10 to 25, with urgent help first when a red-flag question is answered "yes".
 *
 * Answers never leave the browser: events carry only `{ widget, outcome }` and nothing is stored
 * unless the partner sets `remember` (ignored for `audience="young"`: school computers are shared).
 *
 * @tag mz-recognition-quiz
 * @attr audience - `adult` (default) or `young`.
 * @attr remember - keep progress in sessionStorage until the tab closes (adult only).
 * @attr src - URL of partner JSON (else a child `<script type="application/json">`).
 * @attr lang - `nl` | `fr` | `en` | `de` (else the closest ancestor's `lang`, else `nl`).
 * @fires mz-ready - `{ widget, version }` after the first render.
 * @fires mz-step - `{ step, total }`: 0 = intro, 1…total = question, total + 1 = check page or result.
 * @fires mz-complete - `{ widget: 'recognition-quiz', outcome }` on the result; never any answer.
 * @fires mz-error - `{ code, message }` for a bad attribute or bad partner JSON.
 * @csspart root - the widget box
 * @csspart progress - "question N of M"
 * @csspart heading - the step heading (receives focus on each step)
 * @csspart question - the fieldset of a question
 * @csspart hint - the hint with examples under a question
 * @csspart choices - the list of options
 * @csspart choice - one option (label with its native input)
 * @csspart field-error - the "choose an answer" message
 * @csspart actions - a row of buttons
 * @csspart button - every button (plus button-start, button-next, button-back, button-check, button-change, button-result, button-print, button-restart, button-forget)
 * @csspart answers - the answers (check page, and the print sheet when opted in)
 * @csspart result - the result
 * @csspart reasons - the "why" list
 * @csspart next-steps - the 2–4 next steps
 * @csspart hint50 - the social-rights hint at 50+ hours a month
 * @csspart recognition - what the federal recognition asks and gives
 * @csspart figures - date and source of the recognition rules
 * @csspart bring - what to bring to the health fund
 * @csspart urgent - urgent help (young, red flag)
 * @csspart school-contact - the school's own contact point (young, partner JSON)
 * @csspart load - the load message (young)
 * @csspart print-options - the "include my answers" opt-in and the print button
 * @csspart help-now - the "need help now?" disclosure
 * @csspart notice - configuration notices
 */
export class MzRecognitionQuiz extends MantelkitElement<QuizMessages> {
  static override styles = [...MantelkitElement.styles, quizStyles];
  protected readonly widgetName = 'recognition-quiz';
  protected get catalog() {
    return catalog;
  }

  /** `adult` (default) or `young` (school version). @attr audience */
  @property() audience: string | null = null;

  @state() private phase: Phase = 'intro';
  @state() private index = 0;
  @state() private answers: FormAnswers = {};
  @state() private fieldError = false;
  @state() private includeAnswers = false;
  @state() private returnToCheck = false;
  @state() private partnerLinks: PartnerLinks = {};
  @state() private schoolContact: SchoolContact | undefined;
  /** Result date, fixed when the result is shown (printed on the sheet). */
  private resultDate = '';
  private store = new RememberStore<Saved>('recognition-quiz', () => this.remember && this.mode === 'adult');

  /** The validated audience. */
  private get mode(): Audience {
    return this.audience === 'young' ? 'young' : 'adult';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.restore();
  }

  /** Loads the school version's messages before rendering it (no flash of keys). */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.mode === 'young') {
      await Promise.all([loadYoung(resolveLocale(this)), loadYoungModule(), loadHelplines(), loadHelpMessages(resolveLocale(this))]);
    }
    if (this.phase === 'result') await loadPrint();
    await super.scheduleUpdate();
  }

  /** The school version's questions and rules (loaded before any young render). */
  private get yr(): YoungModule {
    if (!youngModule) throw new Error('young rules unavailable');
    return youngModule;
  }

  /** Young messages in the current language (Dutch if that chunk failed). */
  private get y(): YoungMessages {
    const m = youngLoaded.get(this.locale) ?? youngLoaded.get('nl');
    if (!m) throw new Error('young messages unavailable');
    return m;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('audience')) {
      this.addIssues(enumAttribute('audience', this.audience, AUDIENCES, 'adult').issues);
      // Switching audience mid-way would mix two question sets: start again.
      if (changed.get('audience') !== undefined) this.resetState();
    }
    if (changed.has('remember')) this.restore();
  }

  protected override applyPartnerConfig(value: unknown): Issue[] {
    if (!isRecord(value)) return [{ code: 'bad-config', detail: '(root)' }];
    const issues: Issue[] = [];
    if (value.links !== undefined) {
      const r = parseLinks(value.links);
      if (r.value) this.partnerLinks = r.value;
      issues.push(...r.issues);
    }
    if (value.schoolContact !== undefined) {
      const r = parseSchoolContact(value.schoolContact);
      this.schoolContact = r.value;
      issues.push(...r.issues);
    }
    return issues;
  }

  // ---------------------------------------------------------------- state and flow

  private restore(): void {
    const saved = this.store.load();
    if (!saved || saved.audience !== this.mode || typeof saved.index !== 'number' || !isRecord(saved.answers)) return;
    this.answers = saved.answers;
    this.phase = saved.phase === 'result' || saved.phase === 'check' || saved.phase === 'question' ? saved.phase : 'intro';
    this.index = Math.max(0, Math.min(saved.index, this.path().length - 1));
    if (this.phase === 'result') this.resultDate = todayIso();
  }

  private save(): void {
    if (!this.store.save({ audience: this.mode, phase: this.phase, index: this.index, answers: this.answers })) {
      this.reportIssue('storage-unavailable');
    }
  }

  private resetState(): void {
    this.phase = 'intro';
    this.index = 0;
    this.answers = {};
    this.fieldError = false;
    this.includeAnswers = false;
    this.returnToCheck = false;
  }

  private get allQuestions(): readonly Question[] {
    return this.mode === 'young' ? this.yr.YOUNG_QUESTIONS : ADULT_QUESTIONS;
  }

  /**
   * The questions on the current path: the rules stop the questions as soon as the outcome can no
   * longer change (src/rules/quiz/path.ts).
   */
  private path(): readonly Question[] {
    return this.mode === 'adult'
      ? recognitionQuestionsThatMatter(this.allQuestions, this.answers)
      : youngQuestionsThatMatter(this.allQuestions, this.answers);
  }

  /** Events use the longest path as `total`, so the numbers never hint at an answer. */
  private stepEvent(step: number): void {
    this.emit('mz-step', { step, total: this.allQuestions.length });
  }

  private start(): void {
    this.phase = 'question';
    this.index = 0;
    this.fieldError = false;
    this.afterMove(1);
  }

  private afterMove(step: number): void {
    this.save();
    this.stepEvent(step);
    this.focusStep();
  }

  private submit(e: Event, toCheck: boolean): void {
    e.preventDefault();
    const form = e.target instanceof HTMLFormElement ? e.target : (e.currentTarget as HTMLElement).closest('form');
    const q = this.path()[this.index];
    if (!form || !q) return;
    const values = new FormData(form).getAll(q.id).filter((x): x is string => typeof x === 'string' && q.options.includes(x));
    if (!q.multi && values.length === 0) {
      this.fieldError = true;
      this.announce(this.msg(this.mode === 'young' ? 'y.error.chooseOne' : 'error.chooseOne'));
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('fieldset input')?.focus());
      return;
    }
    this.fieldError = false;
    this.answers = { ...this.answers, [q.id]: q.multi ? values : values[0] };
    const path = this.path();
    // A changed answer can open questions that were skipped before: ask those before the check page.
    const missing = path.findIndex((p) => this.answers[p.id] === undefined);
    if ((toCheck || this.returnToCheck) && missing !== -1) {
      this.index = missing;
      this.returnToCheck = true;
      this.afterMove(missing + 1);
    } else if (toCheck || this.returnToCheck) {
      this.showCheck();
    } else if (this.index + 1 < path.length) {
      this.index += 1;
      this.afterMove(this.index + 1);
    } else {
      this.showResult();
    }
  }

  private back(): void {
    this.fieldError = false;
    if (this.phase === 'result' || this.phase === 'check') {
      this.phase = 'question';
      this.index = this.path().length - 1;
    } else if (this.index > 0) {
      this.index -= 1;
    } else {
      this.phase = 'intro';
      this.save();
      this.stepEvent(0);
      this.focusStep();
      return;
    }
    this.returnToCheck = false;
    this.afterMove(this.index + 1);
  }

  private showCheck(): void {
    this.phase = 'check';
    this.returnToCheck = false;
    this.afterMove(this.allQuestions.length + 1);
  }

  private change(i: number): void {
    this.phase = 'question';
    this.index = i;
    this.returnToCheck = true;
    this.afterMove(i + 1);
  }

  private showResult(): void {
    this.phase = 'result';
    this.returnToCheck = false;
    this.resultDate = todayIso();
    this.save();
    this.stepEvent(this.allQuestions.length + 1);
    // Only the outcome leaves the widget: never an answer, a score or a flag.
    this.emit('mz-complete', { widget: 'recognition-quiz', outcome: this.outcome() });
    this.focusStep();
  }

  private restart(): void {
    // Nothing is saved after a restart: an empty store already means "start at the intro".
    this.store.clear();
    this.resetState();
    this.stepEvent(0);
    this.focusStep();
  }

  // ---------------------------------------------------------------- answers → rules

  /** Only the answers on the current path: going back and changing an early answer can make later
   *  questions moot, and their old answers must not count (e.g. an impact answer after "no need"). */
  private onPath(): Record<string, unknown> {
    const ids = new Set(this.path().map((q) => q.id));
    return Object.fromEntries(Object.entries(this.answers).filter(([k]) => ids.has(k)));
  }

  private adultAnswers(): RecognitionAnswers {
    return toRecognitionAnswers(this.onPath());
  }

  private youngAnswers(): YoungCarerAnswers {
    return this.yr.toYoungAnswers(this.onPath());
  }

  private outcome(): string {
    return this.mode === 'young' ? this.yr.assessYoungCarer(this.youngAnswers()).outcome : assessRecognition(this.adultAnswers()).outcome;
  }

  // ---------------------------------------------------------------- messages

  private get loc(): QuizLocale {
    return this.locale;
  }

  /** A catalog string by computed key (question and option keys); tests prove every key exists. */
  private msg(key: string): string {
    const source: object = key.startsWith('y') ? this.y : this.t;
    const m = (source as Record<string, unknown>)[key];
    return typeof m === 'string' ? m : key;
  }

  private legend(q: Question): string {
    return this.msg(this.mode === 'young' ? `y.q.${q.id}.legend` : `q.${q.id}.legend`);
  }

  private hint(q: Question): string {
    return this.msg(this.mode === 'young' ? `y.q.${q.id}.hint` : `q.${q.id}.hint`);
  }

  private optionLabel(q: Question, value: string): string {
    if (this.mode === 'adult') return this.msg(`opt.${q.id}.${value}`);
    if (q.options === this.yr.SCALE_OPTIONS) return this.msg(`y.scale.${value}`);
    if (q.options === this.yr.YES_NO) return this.msg(`y.opt.${value}`);
    return this.msg(`y.opt.${q.id}.${value}`);
  }

  private optionHint(q: Question, value: string): string | undefined {
    if (this.mode !== 'adult' || q.id !== 'tasks') return undefined;
    return this.msg(`opt.tasks.${value}.hint`);
  }

  /** One answer as text; several as a list (labels are sentence-case, so they do not join into one sentence). */
  private answerText(q: Question): TemplateResult | string {
    const v2 = this.answers[q.id];
    const list = v2 === undefined ? [] : Array.isArray(v2) ? v2 : [v2 as string];
    if (!list.length) return this.msg('check.none');
    if (list.length === 1) return this.optionLabel(q, list[0]);
    return html`<ul class="q-answer-list">${list.map((x) => html`<li>${this.optionLabel(q, x)}</li>`)}</ul>`;
  }

  // ---------------------------------------------------------------- render

  /** Results (for the young: urgent help) come first: a configuration notice goes below them. */
  protected override noticesAfterContent(): boolean {
    return this.phase === 'result';
  }

  protected renderContent(): TemplateResult {
    const body =
      this.phase === 'question' ? this.renderQuestion()
        : this.phase === 'check' ? this.renderCheck()
          : this.phase === 'result' ? this.renderResult()
            : this.renderIntro();
    return html`${body}${this.renderHelpNow()}`;
  }

  private renderIntro(): TemplateResult {
    const y = this.mode === 'young';
    const t = this.t;
    const yt = y ? this.y : undefined;
    return html`<div class="q-intro">
      ${stepHeading(yt ? yt['y.title'] : t.title)}
      <p>${yt ? yt['y.intro.lead'] : t['intro.lead']}</p>
      <ul class="q-facts">
        <li>${yt ? yt['y.intro.time'] : t['intro.time']}</li>
        <li>${yt ? yt['y.intro.anonymous'] : this.c['privacy.note']}</li>
        <li>${yt ? yt['y.intro.notATest'] : t['intro.notATest']}</li>
      </ul>
      <div class="mz-actions" part="actions">
        <button class="mz-button" part="button button-start" type="button" @click=${() => this.start()}>
          ${yt ? yt['y.intro.start'] : t['intro.start']}
        </button>
      </div>
      ${forgetButton(this.c, this.remember && !y, () => this.forget())}
    </div>`;
  }

  private forget(): void {
    this.restart();
    this.announce(this.c['remember.forgotten']);
  }

  private renderQuestion(): TemplateResult {
    const path = this.path();
    const q = path[Math.min(this.index, path.length - 1)];
    const last = this.index >= path.length - 1;
    const current = this.answers[q.id];
    const selected = new Set(current === undefined ? [] : Array.isArray(current) ? current : [current as string]);
    const hintId = `hint-${q.id}`;
    const errId = `err-${q.id}`;
    const errorText = this.msg(this.mode === 'young' ? 'y.error.chooseOne' : 'error.chooseOne');
    // keyed(): a fresh form per question, so a checked radio never leaks into the next question.
    return html`${keyed(`${this.mode}-${q.id}`, html`<form novalidate @submit=${(e: Event) => this.submit(e, false)}>
      ${progressText(this.c, this.index + 1, path.length)}
      <fieldset part="question" aria-describedby=${this.fieldError ? `${hintId} ${errId}` : hintId}>
        <legend>${stepHeading(this.legend(q))}</legend>
        <p class="q-hint" part="hint" id=${hintId}>${this.hint(q)}</p>
        ${this.fieldError ? html`<p class="q-field-error" part="field-error" id=${errId}>${errorText}</p>` : nothing}
        <div class="mz-choices" part="choices">
          ${q.options.map((value) => {
            const optHint = this.optionHint(q, value);
            return html`<label class="mz-choice" part="choice">
              <input type=${q.multi ? 'checkbox' : 'radio'} name=${q.id} value=${value} ?checked=${selected.has(value)}
                aria-invalid=${this.fieldError ? 'true' : 'false'} />
              <span>${this.optionLabel(q, value)}${optHint ? html`<small>${optHint}</small>` : nothing}</span>
            </label>`;
          })}
        </div>
      </fieldset>
      ${stepActions(this.c, {
        next: () => undefined,
        nextLabel: last || this.returnToCheck ? this.t['nav.showResult'] : undefined,
        back: () => this.back(),
      })}
      ${last && !this.returnToCheck
        ? html`<p class="q-check-first"><button class="mz-button mz-button--link" part="button button-check" type="submit"
            @click=${(e: Event) => this.submit(e, true)}>${this.t['nav.checkFirst']}</button></p>`
        : nothing}
    </form>`)}`;
  }

  private renderCheck(): TemplateResult {
    const path = this.path();
    return html`${stepHeading(this.t['check.title'])}
      <p>${this.t['check.lead']}</p>
      <dl class="q-answers" part="answers">
        ${path.map((q, i) => html`<div class="q-answer">
          <dt>${this.legend(q)}</dt>
          <dd><div>${this.answerText(q)}</div>
            <button class="mz-button mz-button--link" part="button button-change" type="button" @click=${() => this.change(i)}>
              ${this.c['step.change']}<span class="mz-visually-hidden">: ${this.legend(q)}</span>
            </button>
          </dd>
        </div>`)}
      </dl>
      <div class="mz-actions" part="actions">
        <button class="mz-button" part="button button-result" type="button" @click=${() => this.showResult()}>${this.t['nav.showResult']}</button>
        <button class="mz-button mz-button--link" part="button button-back" type="button" @click=${() => this.back()}>${this.c['step.back']}</button>
      </div>`;
  }

  private renderResult(): TemplateResult {
    return this.mode === 'young' ? this.renderYoungResult() : this.renderAdultResult();
  }

  // ---- adult result

  private renderAdultResult(): TemplateResult {
    const t = this.t;
    const answers = this.adultAnswers();
    const r = assessRecognition(answers);
    const taskCount = new Set(answers.tasks ?? []).size;
    const caring = r.outcome === 'caregiver_intensive' || r.outcome === 'caregiver' || r.outcome === 'occasional';
    return html`<div class="q-result" part="result" data-outcome=${r.outcome}>
      <p class="q-print-only q-sheet-title">${caring ? t['print.sheetTitle'] : t['print.sheetTitleTalk']}</p>
      ${stepHeading(t[`outcome.${r.outcome}.title`])}
      <p class="q-lead">${t[`outcome.${r.outcome}.body`]}</p>
      ${r.flags.needUnsure && r.outcome !== 'not_now' ? html`<p>${t['result.needUnsure']}</p>` : nothing}
      <h3>${t['result.whyTitle']}</h3>
      <ul part="reasons">
        ${r.reasons.map((k) => html`<li>${k === 'reason.tasks' ? t['reason.tasks'](taskCount) : t[k]}</li>`)}
      </ul>
      <h3>${t['result.actionsTitle']}</h3>
      <ol class="q-steps" part="next-steps">${recognitionActions(r).map((a) => html`<li>${this.renderAction(a)}</li>`)}</ol>
      ${r.flags.mayQualifySocialRights ? html`<div class="mz-panel" part="hint50"><p>${t['rec.hint50']}</p></div>` : nothing}
      ${caring ? this.renderRecognition() : nothing}
      ${r.flags.mayQualifySocialRights ? this.renderBring() : nothing}
      ${this.renderResultFooter()}
    </div>`;
  }

  private renderAction(a: RecognitionActionKey): TemplateResult {
    const t = this.t;
    const text2 = t[a];
    switch (a) {
      case 'action.overloadCheck': return html`${text2} ${this.onwardLink('overloadCheck', t['link.overloadCheck'])}`;
      case 'action.leave': return html`${text2} ${this.onwardLink('leaveCalculator', t['link.leaveCalculator'])}`;
      case 'action.finder':
      case 'action.finderForPerson': return html`${text2} ${this.onwardLink('finder', t['link.finder'])}`;
      case 'action.learnMore': return html`${text2} ${externalLink(this.c, LEARN_MORE_LINKS[this.loc], t['link.learnMore'])}`;
      default: return html`${text2}`;
    }
  }

  /** Same page when the sibling widget is there, else the partner's URL, else an official site. */
  private onwardLink(target: OnwardTarget, label: string): TemplateResult | typeof nothing {
    return onwardLink(this, {
      tag: ONWARD_ELEMENTS[target], label, note: this.t['link.onThisPage'], c: this.c, cls: 'mz-button mz-button--link q-inline',
      href: this.partnerLinks[target], fallback: OFFICIAL_LINKS[target][this.loc],
    });
  }

  private renderRecognition(): TemplateResult {
    const t = this.t;
    const f = FEDERAL_RECOGNITION;
    const source = RECOGNITION_SOURCE_BY_LOCALE[this.loc];
    return html`<section class="q-rec" part="recognition" aria-labelledby="rec-title">
      <h3 id="rec-title">${t['rec.title']}</h3>
      <p>${t['rec.intro'](this.fmt.date(f.validFrom))}</p>
      <div class="q-rec-grid">
        <div class="mz-card">
          <h4>${t['rec.general.title']}</h4>
          <p><strong>${t['rec.asks']}</strong> ${t['rec.general.asks']}</p>
          <p><strong>${t['rec.gives']}</strong> ${t['rec.general.gives']}</p>
        </div>
        <div class="mz-card">
          <h4>${t['rec.social.title']}</h4>
          <p><strong>${t['rec.asks']}</strong> ${t['rec.social.asks'](f.socialRights.minHoursPerMonth, f.socialRights.minHoursPerYear)}</p>
          <p><strong>${t['rec.gives']}</strong> ${t['rec.social.gives'](f.leave.maxMonthsFullTimePerPerson, f.leave.maxMonthsPartTimePerPerson, this.fmt.date(f.leave.validFrom), f.socialRights.validityYears)}</p>
        </div>
      </div>
      <p>${t['rec.check']}</p>
      <p class="mz-meta" part="figures">${t['rec.meta'](this.fmt.date(f.validFrom), this.fmt.date(f.checkedOn))}
        ${t['rec.source']}: ${externalLink(this.c, source.url, source.label)};
        ${t['rec.leaveSource']}: ${externalLink(this.c, OFFICIAL_LINKS.leaveCalculator[this.loc], new URL(OFFICIAL_LINKS.leaveCalculator[this.loc]).host.replace(/^www\./, ''))}</p>
    </section>`;
  }

  private renderBring(): TemplateResult {
    const t = this.t;
    return html`<section class="mz-panel q-bring" part="bring" aria-labelledby="bring-title">
      <h3 id="bring-title">${t['bring.title']}</h3>
      <ul>
        <li>${t['bring.statement']}</li>
        <li>${t['bring.ids']}</li>
        <li>${t['bring.professional']}</li>
        <li>${t['bring.proof']}</li>
        <li>${t['bring.hours']}</li>
      </ul>
      <p>${t['bring.check']}</p>
    </section>`;
  }

  // ---- young result

  private renderYoungResult(): TemplateResult {
    const t = this.y;
    const answers = this.youngAnswers();
    const r: YoungCarerResult = this.yr.assessYoungCarer(answers);
    const refs = this.yr.youngCarerReferrals(r, answers, this.loc);
    const urgent = r.outcome === 'urgent';
    return html`<div class="q-result" part="result" data-outcome=${r.outcome}>
      <p class="q-print-only q-sheet-title">${t['y.print.sheetTitle']}</p>
      ${stepHeading(t[`y.outcome.${r.outcome}.title`])}
      <p class="q-lead">${t[`y.outcome.${r.outcome}.body`]}</p>
      ${urgent
        ? html`<section class="mz-panel mz-panel--danger" part="urgent" aria-labelledby="urgent-title">
            <h3 id="urgent-title">${t['y.urgentTitle']}</h3>
            ${this.renderLines(refs.helplines, true)}
          </section>`
        : nothing}
      ${this.renderSchoolContact()}
      ${r.load ? html`<p class="mz-panel" part="load">${t[`y.load.${r.load}`]}</p>` : nothing}
      ${r.reasons.includes('yreason.good') ? html`<p>${t['y.good']}</p>` : nothing}
      <h3>${t['y.result.whyTitle']}</h3>
      <ul part="reasons">${r.reasons.filter((k) => k !== 'yreason.good').map((k) => html`<li>${t[k]}</li>`)}</ul>
      <h3>${t['y.helpTitle']}</h3>
      <ul class="q-services" part="next-steps">
        ${this.youngServices(refs.services).map((s) => html`<li>${this.renderService(s)}</li>`)}
        ${urgent ? nothing : this.lineItems(refs.helplines, true)}
      </ul>
      ${this.renderResultFooter()}
    </div>`;
  }

  /** Services that exist in this language (school and GP exist everywhere; the rest need a URL). */
  private youngServices(list: readonly YoungService[]): YoungService[] {
    return list.filter((s) => s === 'school' || s === 'gp' || YOUNG_SERVICE_LINKS[s][this.loc] !== undefined);
  }

  private renderService(s: YoungService): TemplateResult {
    const label = this.y[`yservice.${s}`];
    const url = YOUNG_SERVICE_LINKS[s][this.loc];
    return url ? externalLink(this.c, url, label) : html`${label}`;
  }

  private renderSchoolContact(): TemplateResult | typeof nothing {
    const sc = this.schoolContact;
    if (this.mode !== 'young' || !sc) return nothing;
    const textValue = typeof sc.text === 'string' ? sc.text : sc.text[this.loc] ?? sc.text.nl ?? Object.values(sc.text).find((x) => x) ?? '';
    return html`<section class="mz-card q-school" part="school-contact" aria-labelledby="school-title">
      <h3 id="school-title">${this.y['y.schoolContactTitle']}</h3>
      <p>${textValue}</p>
      ${sc.phone ? html`<p><a href=${telUri(sc.phone)}>${sc.phone}</a></p>` : nothing}
      ${sc.url ? html`<p><a href=${sc.url}>${sc.url.replace(/^(mailto:|tel:|https?:\/\/)/i, '')}</a></p>` : nothing}
    </section>`;
  }

  // ---- helplines

  private renderLines(ids: readonly HelplineId[], young: boolean): TemplateResult {
    const items = this.lineItems(ids, young);
    return items ? html`<ul class="q-lines lines">${items}</ul>` : html`<p>${this.t['help.emergency']}</p>`;
  }

  /** The shared helpline look (name, big call button, what it is, website); undefined until loaded. */
  private lineItems(ids: readonly HelplineId[], young: boolean): TemplateResult[] | undefined {
    const table = helplines;
    const m = helpLoaded.get(this.loc);
    if (!table || !m) return undefined;
    return ids.map((id) => {
      const h = table[id];
      // Young texts name the line and get its number from the table (never a number in the catalog).
      const yline = young ? (this.y as Record<string, unknown>)[`yline.${id}`] : undefined;
      const text = typeof yline === 'function' ? (yline as (no: Dial) => string)((x) => table[x].number) : h.description[this.loc];
      return helplineItem(h, this.loc, m.call, { text, c: this.c, website: m.website });
    });
  }

  private renderHelpNow(): TemplateResult | typeof nothing {
    // The urgent result already shows these lines first.
    if (this.phase === 'result' && this.mode === 'young' && this.outcome() === 'urgent') return nothing;
    const y = this.mode === 'young';
    const onToggle = (e: Event) => {
      const loc = this.loc;
      if ((e.target as HTMLDetailsElement).open && (!helplines || !helpLoaded.get(loc))) {
        void Promise.all([loadHelplines(), loadHelpMessages(loc)]).then(() => this.requestUpdate());
      }
    };
    return helpNow({
      cls: 'q-help-now',
      onToggle,
      summary: this.msg(y ? 'y.help.summary' : 'help.summary'),
      body: html`<p>${this.msg(y ? 'y.help.lead' : 'help.lead')}</p>
        ${this.renderLines(linesFor('helpNow', this.mode, this.loc), y)}`,
    });
  }

  // ---- footer: date, print opt-in, answers, restart

  private renderResultFooter(): TemplateResult {
    const t = this.t;
    const y = this.mode === 'young';
    const signal = y ? this.y['y.result.signal'] : t['result.signal'];
    return html`<p class="mz-meta">${signal} ${t['result.madeOn'](this.fmt.date(this.resultDate || todayIso()))}</p>
      <div class="q-print mz-no-print" part="print-options">
        <label class="mz-choice q-include">
          <input type="checkbox" .checked=${this.includeAnswers}
            @change=${(e: Event) => { this.includeAnswers = (e.target as HTMLInputElement).checked; }} />
          <span>${this.c['print.includeAnswers']}<small>${y ? this.y['y.print.includeHint'] : t['print.includeHint']}</small></span>
        </label>
        <div class="mz-actions" part="actions">
          ${printModule ? printModule.printButton(this.c) : nothing}
          <button class="mz-button mz-button--secondary" part="button button-restart" type="button" @click=${() => this.restart()}>
            ${this.c['step.restart']}
          </button>
          <button class="mz-button mz-button--link" part="button button-back" type="button" @click=${() => this.back()}>${this.c['step.back']}</button>
        </div>
      </div>
      ${this.includeAnswers
        ? html`<section class="q-answers-print" part="answers" aria-labelledby="answers-title">
            <h3 id="answers-title">${t['answers.title']}</h3>
            <dl class="q-answers">${this.path().map((q) => html`<div class="q-answer"><dt>${this.legend(q)}</dt><dd>${this.answerText(q)}</dd></div>`)}</dl>
          </section>`
        : nothing}
      ${forgetButton(this.c, this.remember && !y, () => this.forget())}`;
  }
}
