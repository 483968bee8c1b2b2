import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { StepContext, StepDef } from '../../core/flow/step-flow.js';
import { stepHeading } from '../../core/flow/templates.js';
import type { QuizMessages } from '../../i18n/quiz/nl.js';
import type { YoungMessages } from '../../i18n/quiz/young/nl.js';
import type { Question, QuizAnswers } from './recognition-quiz.answers.js';
import { ADULT_QUESTIONS, adultPath, adultTexts, type AdultQuestionId } from './adult/questions.js';
import { YOUNG_QUESTIONS, youngPath, youngTexts, type YoungQuestionId } from './young/questions.js';

export type QuizStepId = AdultQuestionId | YoungQuestionId;
type Ctx = StepContext<QuizAnswers, QuizStepId>;

/** A question's words: legend, hint with examples, option labels and (tasks) option hints. */
export interface QuestionTexts {
  legend: string;
  hint: string;
  label: (value: string) => string;
  optionHint?: (value: string) => string;
  /** A grouped screen's row: what the item asks ("Koken, afwassen of poetsen"). */
  item?: (id: string) => string;
}

/** What the step templates read from the element, as live getters. */
export interface QuizStepHost {
  readonly young: boolean;
  readonly t: QuizMessages;
  /** The school version's own texts (loaded before any young render). */
  readonly y: YoungMessages;
  /** "Choose an answer" is showing. */
  readonly fieldError: boolean;
}

/** The rows of a grouped screen that still need an answer. */
export const openItems = (q: Question, answers: QuizAnswers): readonly string[] => (q.items ?? []).filter((id) => answers[id] === undefined);

/**
 * One question as a fieldset (its own parts: the quiz's public contract predates the shared
 * fields): legend = step heading, hint with examples, the error tied to the group, native inputs.
 * keyed(): a fresh fieldset per question, so a checked radio never leaks into the next question.
 */
export function question(q: Question, x: QuestionTexts, ctx: Ctx, error: string | undefined): TemplateResult {
  const current = ctx.answers[q.id];
  const selected = current === undefined ? [] : typeof current === 'string' ? [current] : current;
  const hintId = `hint-${q.id}`;
  const errId = `err-${q.id}`;
  const change = (value: string, on: boolean): void => {
    if (!q.multi) return ctx.flow.set(q.id, value);
    const now = new Set(ctx.flow.answers[q.id] ?? []);
    if (on) now.add(value);
    else now.delete(value);
    ctx.flow.set(q.id, q.options.filter((o) => now.has(o)));
  };
  return html`${keyed(q.id, html`<fieldset part="question" aria-describedby=${error ? `${hintId} ${errId}` : hintId}>
    <legend>${stepHeading(x.legend)}</legend>
    <p class="q-hint" part="hint" id=${hintId}>${x.hint}</p>
    ${error ? html`<p class="q-field-error" part="field-error" id=${errId}>${error}</p>` : nothing}
    <div class="mz-choices" part="choices">
      ${q.options.map((value) => {
        const optHint = x.optionHint?.(value);
        return html`<label class="mz-choice" part="choice">
          <input type=${q.multi ? 'checkbox' : 'radio'} name=${q.id} value=${value} .checked=${selected.includes(value)}
            aria-invalid=${error ? 'true' : 'false'} @change=${(e: Event) => change(value, (e.target as HTMLInputElement).checked)} />
          <span>${x.label(value)}${optHint ? html`<small>${optHint}</small>` : nothing}</span>
        </label>`;
      })}
    </div>
  </fieldset>`)}`;
}

/**
 * A grouped screen (young scales): the heading and hint, then one fieldset per row with its own
 * legend (the item) and native radios, described by the screen's hint so each row says what its
 * answers mean; a row left open shows the error in its own group.
 */
export function groupQuestion(q: Question, x: QuestionTexts, ctx: Ctx, error: string | undefined): TemplateResult {
  const hintId = `hint-${q.id}`;
  const open = error ? openItems(q, ctx.answers) : [];
  return html`${keyed(q.id, html`<div class="q-group" part="question">
    ${stepHeading(x.legend)}
    <p class="q-hint" part="hint" id=${hintId}>${x.hint}</p>
    ${(q.items ?? []).map((id) => {
      const errId = `err-${id}`;
      const bad = open.includes(id);
      return html`<fieldset class="q-row" aria-describedby=${bad ? `${hintId} ${errId}` : hintId}>
        <legend>${x.item?.(id) ?? id}</legend>
        ${bad ? html`<p class="q-field-error" part="field-error" id=${errId}>${error}</p>` : nothing}
        <div class="q-scale" part="choices">
          ${q.options.map((value) => html`<label class="mz-choice" part="choice">
            <input type="radio" name=${id} value=${value} .checked=${ctx.answers[id] === value} aria-invalid=${bad ? 'true' : 'false'}
              @change=${() => ctx.flow.set(id, value)} />
            <span>${x.label(value)}</span>
          </label>`)}
        </div>
      </fieldset>`;
    })}
  </div>`)}`;
}

/**
 * Both audiences' questions in one table; `when` keeps the reader's audience and the questions that
 * still matter (src/rules/quiz/path.ts). No "Skip": every question needs an answer (an empty
 * multi-choice counts as "none of these"), checked by the element before the flow moves on.
 */
export function quizSteps(h: QuizStepHost): StepDef<QuizAnswers, QuizStepId>[] {
  const error = (): string | undefined => (h.fieldError ? h.t['error.chooseOne'] : undefined);
  return [
    ...ADULT_QUESTIONS.map((q) => ({
      id: q.id,
      required: true,
      when: (a: QuizAnswers) => !h.young && adultPath(a).includes(q),
      render: (ctx: Ctx) => question(q, adultTexts(h.t, q), ctx, error()),
    })),
    ...YOUNG_QUESTIONS.map((q) => ({
      id: q.id,
      required: true,
      when: (a: QuizAnswers) => h.young && youngPath(a).includes(q),
      render: (ctx: Ctx) => ('items' in q ? groupQuestion : question)(q, youngTexts(h.y, q), ctx, error()),
    })),
  ];
}
