import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { MantelkitElement } from '../../core/mantelkit-element.js';
import { variant } from '../../core/i18n/localize.js';
import { enumAttribute, isRecord, todayIso } from '../../core/partner-config.js';
import { StepFlowController } from '../../core/flow/step-flow.js';
import { forgetButton, stepHeading } from '../../core/flow/templates.js';
import type { Issue } from '../../core/events.js';
import type { QuizMessages } from '../../i18n/quiz/nl.js';
import type { YoungMessages } from '../../i18n/quiz/young/nl.js';
import { catalog, helpCatalog, loadHelplines, resultCatalog, youngCatalog } from './recognition-quiz.i18n.js';
import { linesFor } from '../../rules/help/lines.js';
import { ONWARD_ELEMENTS, OFFICIAL_LINKS, type OnwardTarget, type QuizLocale } from '../../rules/quiz/links.js';
import { helpNow, onwardLink } from '../common/help.js';
import { giveAnswers } from '../common/hand-over.js';
import { quizStyles } from './recognition-quiz.styles.js';
import { helpLineStyles } from '../common/help-styles.js';
import { onPath, restoreQuizAnswers, type Question, type QuizAnswers } from './recognition-quiz.answers.js';
import { openItems, quizSteps, type QuizStepHost, type QuizStepId } from './recognition-quiz.steps.js';
import { answerList, checkPage, type AnswersHost } from './recognition-quiz.check.js';
import { parseLinks, parseSchoolContact, type PartnerLinks, type SchoolContact } from './recognition-quiz.partner.js';
import { ADULT_QUESTIONS, adultPath, adultTexts } from './adult/questions.js';
import { YOUNG_QUESTIONS, youngPath, youngTexts } from './young/questions.js';
import { assess, toResultView, type QuizRules } from './result/view.js';
import { lineList, type LinesState } from './result/lines.js';
import type { QuizTexts, ResultTexts } from './result/texts.js';

export const AUDIENCES = ['adult', 'young'] as const;
export type Audience = (typeof AUDIENCES)[number];


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
 * @fires mz-step - `{ step, total }`: 0 = intro, 1… = the questions on the path, total + 1 = check page or result (also on restart); `total` is the longest path (8 adult, 7 young screens), so it never hints at an answer.
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
  static override styles = [...MantelkitElement.styles, helpLineStyles, quizStyles];
  protected readonly widgetName = 'recognition-quiz';
  protected get catalog() {
    return catalog;
  }

  /** `adult` (default) or `young` (school version). @attr audience */
  @property() audience: string | null = null;

  @state() private fieldError = false;
  @state() private includeAnswers = false;
  @state() private helpOpen = false;
  @state() private partnerLinks: PartnerLinks = {};
  @state() private schoolContact: SchoolContact | undefined;
  /** Reviewing from the check page: "Next" goes to the first open question, else back to the check page. */
  private reviewing = false;
  private reviewMove = false;
  /** Result date, fixed when the result is shown (printed on the sheet). */
  private resultDate = '';

  /** The validated audience. */
  private get young(): boolean {
    return this.audience === 'young';
  }

  /** What the step table reads, as live getters. */
  private readonly stepHost: QuizStepHost = (() => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- object getters cannot be arrows
    const el = this;
    return {
      get young() { return el.young; },
      get t() { return el.t; },
      get y() { return el.y; },
      get fieldError() { return el.fieldError; },
    };
  })();

  /** Questions, position, back/next, focus, `mz-step` (stable total), `remember` (adult only). */
  private readonly flow = new StepFlowController<QuizAnswers, QuizStepId>(this, {
    key: 'recognition-quiz',
    steps: quizSteps(this.stepHost),
    initial: () => ({}),
    // School computers are shared: the young version never stores anything.
    remember: () => this.remember && !this.young,
    restore: (v) => restoreQuizAnswers(v, ADULT_QUESTIONS),
    announce: (text) => this.announce(text),
    fixedTotal: () => this.questions.length,
    onView: (view) => {
      this.reviewing = this.reviewMove && view !== 'check';
      this.fieldError = false;
      if (view !== 'result') return;
      this.resultDate = todayIso();
      // The rules started loading on "Start"; wait for them if the answers were very quick.
      // Only the outcome leaves the widget: never an answer, a score or a flag.
      void this.rules.taskComplete.then(() => {
        const v = this.view();
        if (v) this.flow.complete('recognition-quiz', v.outcome, '');
      }, () => undefined);
    },
  });

  /** Young wording waits like the main catalog (no adult flash); help texts for the young at once, for adults when opened or on the result (its source line). */
  private readonly youngTexts = this.l10n.use(youngCatalog, () => this.young, true);
  private readonly helpTexts = this.l10n.use(helpCatalog, () => this.young || this.helpOpen || this.flow.view === 'result');
  /** Result and print texts: from "Start" on, with the rules chunk, so the result waits no longer than before and the first screen never loads them. */
  private readonly resultNs = this.l10n.use(resultCatalog, () => this.flow.view !== 'intro');

  /** The rules chunk of the audience, from "Start" on (the school version's at once: its help must not wait). */
  private readonly rules = new Task(this, {
    task: async ([load, young]: readonly [boolean, boolean]): Promise<QuizRules | typeof initialState> => {
      if (!load) return initialState;
      return young ? { young: await import('./young/index.js') } : { adult: await import('./adult/index.js') };
    },
    args: () => [this.young || this.flow.view !== 'intro', this.young] as const,
  });

  /** The helpline table: for the school version at once, for adults when "Need help now?" opens. */
  private readonly helplines = new Task(this, {
    task: async ([need]: readonly [boolean]) => (need ? loadHelplines() : initialState),
    args: () => [this.young || this.helpOpen] as const,
  });

  /** The print button, only on the result (offline: the result shows without it). */
  private readonly print = new Task(this, {
    task: async ([result]: readonly [boolean]) => (result ? import('../../core/print.js') : initialState),
    args: () => [this.flow.view === 'result'] as const,
  });

  /** The school version's texts (waited for before any young render). */
  private get y(): YoungMessages {
    const y = this.l10n.ready(this.youngTexts);
    if (!y) throw new Error('young messages unavailable');
    return y;
  }

  /** The widget's texts, with the school version's wording over them for audience="young". */
  protected override get t(): QuizMessages {
    return variant(super.t, this.young ? this.l10n.ready(this.youngTexts) : undefined);
  }

  private get loc(): QuizLocale {
    return this.locale;
  }

  private get texts(): QuizTexts {
    return { t: this.t, c: this.c, fmt: this.fmt, locale: this.loc };
  }

  /** The texts with the result namespace (young wording over it too), once loaded. */
  private get resultTexts(): ResultTexts | undefined {
    const r = this.l10n.ready(this.resultNs);
    if (!r) return undefined;
    return { ...this.texts, t: { ...this.t, ...variant(r, this.young ? this.l10n.ready(this.youngTexts) : undefined) } };
  }

  /**
   * A rights overview on this page may take over, on its own user's click, how often and how many
   * hours you help and (school version) who you help: in memory only, once the result shows.
   */
  private readonly handOver = giveAnswers(this, () => {
    if (this.flow.view !== 'result') return undefined;
    const a = onPath(this.flow.answers, this.path);
    return { widget: 'recognition-quiz', audience: this.young ? 'young' : 'adult', answers: { frequency: a.frequency, hours: a.hours, who: a.who } };
  });

  /** All questions of the audience (the longest path: `mz-step` total). */
  private get questions(): readonly Question[] {
    return this.young ? YOUNG_QUESTIONS : ADULT_QUESTIONS;
  }

  /** The questions on the current path (the rules stop as soon as the outcome can no longer change). */
  private get path(): readonly Question[] {
    return this.young ? youngPath(this.flow.answers) : adultPath(this.flow.answers);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('audience')) {
      this.addIssues(enumAttribute('audience', this.audience, AUDIENCES, 'adult').issues);
      // Switching audience mid-way would mix two question sets: start again.
      if (changed.get('audience') !== undefined) {
        this.flow.answers = {};
        this.flow.view = 'intro';
        this.includeAnswers = false;
        this.reviewing = false;
      }
    }
  }

  /** `updateComplete` also waits for the rule, line and print chunks, so tests and partners see the finished state. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await Promise.all([this.rules, this.helplines, this.print].map((task) => task.taskComplete.catch(() => undefined)));
    // The result texts load beside the rules, not within the update: wait for a load in flight too.
    await Promise.all([...this.resultNs.pending.values()].map((p) => p.catch(() => undefined)));
    return (await super.getUpdateComplete()) && done;
  }

  protected override applyPartnerConfig(value: unknown): Issue[] {
    if (!isRecord(value)) return [{ code: 'bad-config', detail: '(root)' }];
    const issues: Issue[] = [];
    if (value.links !== undefined) {
      const r = parseLinks(value.links, document.baseURI);
      if (r.value) this.partnerLinks = r.value;
      issues.push(...r.issues);
    }
    if (value.schoolContact !== undefined) {
      const r = parseSchoolContact(value.schoolContact, document.baseURI);
      this.schoolContact = r.value;
      issues.push(...r.issues);
    }
    return issues;
  }

  // ---------------------------------------------------------------- moving on

  /** A move of the check page's own: "change" and "check first" (see `reviewing`). */
  private review(view: QuizStepId | 'check'): void {
    this.reviewMove = true;
    this.flow.go(view);
    this.reviewMove = false;
  }

  /**
   * Before the flow moves on (capture phase, so it runs before the form's own handler): a single
   * choice needs an answer (error tied to the group, announced); an empty multi-choice counts as
   * "none of these"; while reviewing, the first open question comes next, else the check page.
   * Returns false when the reader must answer first.
   */
  private ready(e?: Event): boolean {
    const id = this.flow.step?.id;
    const q = this.questions.find((x) => x.id === id);
    const open = q ? openItems(q, this.flow.answers) : [];
    if (!q || (q.items ? !open.length : this.flow.answers[q.id] !== undefined)) return true;
    if (q.multi) {
      this.flow.set(q.id, []);
      return true;
    }
    e?.preventDefault();
    e?.stopPropagation();
    this.fieldError = true;
    this.announce(this.t['error.chooseOne']);
    // The first open row of a grouped screen, else the question's first option.
    const first = open.length ? `input[name="${open[0]}"]` : 'fieldset input';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(first)?.focus());
    return false;
  }

  private readonly beforeSubmit = {
    handleEvent: (e: Event): void => {
      if (!this.ready(e) || !this.reviewing) return;
      e.preventDefault();
      e.stopPropagation();
      this.toCheck();
    },
    capture: true,
  };

  /** The first open question on the path, else the check page. */
  private toCheck(): void {
    const open = this.path.find((q) => this.flow.answers[q.id] === undefined);
    this.review((open?.id as QuizStepId | undefined) ?? 'check');
  }

  // ---------------------------------------------------------------- the rules' answer

  private view() {
    const rules = this.rules.value;
    // Right after an audience switch the other audience's rules may still be there.
    if (!rules || (rules.young !== undefined) !== this.young) return undefined;
    return toResultView(assess(rules, onPath(this.flow.answers, this.path), this.loc));
  }

  // ---------------------------------------------------------------- render

  /** Results (for the young: urgent help) come first: a configuration notice goes below them. */
  protected override noticesAfterContent(): boolean {
    return this.flow.view === 'result';
  }

  protected renderContent(): TemplateResult {
    const flow = this.flow;
    let body: TemplateResult;
    if (flow.view === 'intro') body = this.renderIntro();
    else if (flow.step) body = this.renderQuestion();
    else if (flow.view === 'check') body = this.renderCheck();
    else body = this.renderResult();
    return html`${body}${this.renderHelpNow()}`;
  }

  private renderIntro(): TemplateResult {
    const t = this.t;
    return html`<div class="q-intro">
      ${stepHeading(t.title)}
      <p>${t['intro.lead']}</p>
      <ul class="q-facts">
        <li>${t['intro.time']}</li>
        <li>${this.young ? this.y['intro.anonymous'] : this.c['privacy.note']}</li>
        <li>${t['intro.notATest']}</li>
      </ul>
      <div class="mz-actions" part="actions">
        <button class="mz-button" part="button button-start" type="button" @click=${() => this.flow.start()}>${t['intro.start']}</button>
      </div>
      ${forgetButton(this.c, this.remember && !this.young, () => this.forget())}
    </div>`;
  }

  private renderQuestion(): TemplateResult {
    const path = this.path;
    const last = path[path.length - 1]?.id === this.flow.step?.id;
    return html`<div @submit=${this.beforeSubmit}>
      ${this.flow.renderStep(this.c, this.t['nav.showResult'])}
      ${last && !this.reviewing
        ? html`<p class="q-check-first"><button class="mz-button mz-button--link" part="button button-check" type="button"
            @click=${() => this.ready() && this.toCheck()}>${this.t['nav.checkFirst']}</button></p>`
        : nothing}
    </div>`;
  }

  /** The path, the answers and their typed words (check page, print sheet). */
  private get answered(): AnswersHost {
    return {
      path: this.path,
      answers: this.flow.answers,
      words: (q) => (this.young ? youngTexts(this.y, q as (typeof YOUNG_QUESTIONS)[number]) : adultTexts(this.t, q as (typeof ADULT_QUESTIONS)[number])),
    };
  }

  private renderCheck(): TemplateResult {
    return checkPage(this.texts, {
      ...this.answered,
      change: (q) => this.review(q.id as QuizStepId),
      result: () => this.flow.go('result'),
      back: () => this.flow.back(),
    });
  }

  private get lines(): LinesState {
    const table = this.helplines.value;
    return { table, help: this.l10n.ready(this.helpTexts), young: this.young ? this.y : undefined };
  }

  private renderResult(): TemplateResult {
    // Offline or a blocked chunk: say so plainly (the guard shows the core error box).
    if (this.rules.status === TaskStatus.ERROR) throw new Error('quiz rules chunk could not be loaded');
    const v = this.view();
    const rules = this.rules.value;
    const x = this.resultTexts;
    if (!v || !rules || !x) return html`${stepHeading(this.c['step.result'])}`;
    const print = this.print.value;
    const footer = (rules.adult ?? rules.young).resultFooter(x, {
      date: this.resultDate || todayIso(),
      includeAnswers: this.includeAnswers,
      setIncludeAnswers: (on) => {
        this.includeAnswers = on;
      },
      answers: () => answerList(x, this.answered),
      printButton: print?.printButton(this.c),
      remember: this.remember && !this.young,
      restart: () => this.flow.restart(),
      back: () => this.flow.back(),
      forget: () => this.forget(),
    });
    if (v.audience === 'young' && rules.young) {
      return rules.young.youngResult(x, v, { y: this.y, lines: this.lines, schoolContact: this.schoolContact, footer });
    }
    if (v.audience === 'adult' && rules.adult) {
      return rules.adult.adultResult(x, v, { rules: rules.adult, help: this.l10n.ready(this.helpTexts), onward: (target, label) => this.onwardLink(target, label, x.t['link.onThisPage']), footer });
    }
    return html`${stepHeading(this.c['step.result'])}`;
  }

  /** Same page when the sibling widget is there, else the partner's URL, else an official site. */
  private onwardLink(target: OnwardTarget, label: string, note: string): TemplateResult | typeof nothing {
    return onwardLink(this, {
      tag: ONWARD_ELEMENTS[target], label, note, c: this.c, cls: 'mz-button mz-button--link q-inline',
      href: this.partnerLinks[target], fallback: OFFICIAL_LINKS[target][this.loc],
    });
  }

  private forget(): void {
    this.flow.forget(this.c['remember.forgotten']);
  }

  private renderHelpNow(): TemplateResult | typeof nothing {
    // The urgent result already shows these lines first.
    if (this.flow.view === 'result' && this.young && this.view()?.outcome === 'urgent') return nothing;
    return helpNow({
      cls: 'q-help-now',
      onToggle: (e: Event) => {
        if ((e.target as HTMLDetailsElement).open) this.helpOpen = true;
      },
      summary: this.t['help.summary'],
      body: html`<p>${this.t['help.lead']}</p>
        ${lineList(this.texts, linesFor('helpNow', this.young ? 'young' : 'adult', this.loc), this.lines)}`,
    });
  }
}
