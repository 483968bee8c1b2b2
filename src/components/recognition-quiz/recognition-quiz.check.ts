import { html, type TemplateResult } from 'lit';
import { stepHeading } from '../../core/flow/templates.js';
import { resultActions } from '../../core/flow/fields.js';
import type { Question, QuizAnswers } from './recognition-quiz.answers.js';
import type { QuestionTexts } from './recognition-quiz.steps.js';
import type { QuizTexts } from './result/texts.js';

/** The answers on the path and their words (typed per audience), for the check page and the print sheet. */
export interface AnswersHost {
  path: readonly Question[];
  answers: QuizAnswers;
  words: (q: Question) => QuestionTexts;
}

/** One answer as text; several as a list (labels are sentence-case, so they do not join into one sentence). */
function answerText(x: QuizTexts, h: AnswersHost, q: Question): TemplateResult | string {
  const w = h.words(q);
  // A grouped screen: each row with its answer.
  if (q.items) {
    return html`<ul class="q-answer-list">${q.items.map((id) => {
      const a = h.answers[id];
      return html`<li>${w.item?.(id) ?? id}: ${typeof a === 'string' ? w.label(a) : x.t['check.none']}</li>`;
    })}</ul>`;
  }
  const v = h.answers[q.id];
  const list = v === undefined ? [] : typeof v === 'string' ? [v] : v;
  if (!list.length) return x.t['check.none'];
  if (list.length === 1) return w.label(list[0]);
  return html`<ul class="q-answer-list">${list.map((s) => html`<li>${w.label(s)}</li>`)}</ul>`;
}

/** The answers as printed (opt-in). */
export function answerList(x: QuizTexts, h: AnswersHost): TemplateResult {
  return html`<dl class="q-answers">${h.path.map((q) => html`<div class="q-answer"><dt>${h.words(q).legend}</dt><dd>${answerText(x, h, q)}</dd></div>`)}</dl>`;
}

/** "Check your answers": each answer with its own "change" button, then the result or back. */
export function checkPage(x: QuizTexts, h: AnswersHost & { change: (q: Question) => void; result: () => void; back: () => void }): TemplateResult {
  const { t, c } = x;
  return html`${stepHeading(t['check.title'])}
    <p>${t['check.lead']}</p>
    <dl class="q-answers" part="answers">
      ${h.path.map((q) => html`<div class="q-answer">
        <dt>${h.words(q).legend}</dt>
        <dd><div>${answerText(x, h, q)}</div>
          <button class="mz-button mz-button--link" part="button button-change" type="button" @click=${() => h.change(q)}>
            ${c['step.change']}<span class="mz-visually-hidden">: ${h.words(q).legend}</span>
          </button>
        </dd>
      </div>`)}
    </dl>
    ${resultActions([
      { name: 'result', label: t['nav.showResult'], onClick: h.result },
      { name: 'back', label: c['step.back'], onClick: h.back, variant: 'link' },
    ])}`;
}
