import { html, type TemplateResult } from 'lit';
import type { Answers } from '../overload-check.answers.js';
import { isRedFlagStep, questionText, type OverloadStepId } from '../overload-check.steps.js';
import type { OverloadResultView } from './view.js';
import type { OverloadTexts } from './texts.js';

/** The answer to one question in words ("Skipped" when there is none). */
function answerText(x: OverloadTexts, v: OverloadResultView, a: Answers, id: OverloadStepId): string {
  const t = x.t;
  if (id === 'global') return a.global === null ? t['answer.skipped'] : x.r['answers.rating'](a.global);
  if (id === 'canShare') return a.canShare && a.canShare !== 'skip' ? t[`answer.${a.canShare}`] : t['answer.skipped'];
  if (id === 'careFor') return a.careFor.length ? x.fmt.list(a.careFor.map((c) => t[`careFor.${v.aud}.${c}`])) : t['answer.skipped'];
  if (isRedFlagStep(id)) {
    const f = a.redFlags[id];
    return f === undefined ? t['answer.skipped'] : f ? t['answer.yes'] : t['answer.no'];
  }
  const s = a.strain[id];
  return s && s !== 'skip' ? t[`answer.${s}`] : t['answer.skipped'];
}

/** The answers, only when the user ticked "print my answers too" (hidden by default). */
export function answersSummary(x: OverloadTexts, v: OverloadResultView, a: Answers, asked: readonly OverloadStepId[]): TemplateResult {
  return html`<section part="answers">
    <h3>${x.r['answers.title']}</h3>
    <dl class="answers">
      ${asked.map((id) => html`<dt>${questionText(x.t, v.aud, id)}</dt><dd>${answerText(x, v, a, id)}</dd>`)}
    </dl>
  </section>`;
}
