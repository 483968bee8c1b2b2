import { html, nothing, type TemplateResult } from 'lit';
import { forgetButton, stepHeading } from '../../../core/flow/templates.js';
import { resultActions } from '../../../core/flow/fields.js';
import { printButton } from '../../../core/print.js';
import { OVERLOAD_SOURCES } from '../../../rules/overload/services.js';
import { overloadSource } from '../../../rules/overload/sources.js';
import { sourceLink } from '../../common/source.js';
import type { Answers } from '../overload-check.answers.js';
import type { OverloadStepId } from '../overload-check.steps.js';
import { answersSummary } from './answers.js';
import { offer, referral, tip, type RefsHost } from './refs.js';
import type { OverloadTexts } from './texts.js';
import type { OverloadResultView } from './view.js';

/**
 * The result screen of `<mz-overload-check>`: a separate chunk with the scoring rules, loaded when
 * the user starts the check (a page where nobody starts downloads only the intro and the questions).
 */
export { computeResult, toResultView } from './view.js';

/** What the result needs besides the view model: the partner's links, the answers summary and the reader's actions. */
export interface OverloadResultHost extends RefsHost {
  remember: boolean;
  printAnswers: boolean;
  /** The answers and the questions asked, for the opt-in summary. */
  answers: Answers;
  asked: readonly OverloadStepId[];
  setPrintAnswers: (on: boolean) => void;
  /** Back to the first question with the answers kept. */
  change: () => void;
  restart: () => void;
  forget: () => void;
}

export const resultTitle = (x: OverloadTexts, v: OverloadResultView): string => x.r[`result.${v.aud}.${v.band}.title`];

export function overloadResult(x: OverloadTexts, v: OverloadResultView, h: OverloadResultHost): TemplateResult {
  const { t, r } = x;
  const band = v.band;
  const meaning = r[`result.${v.aud}.${band}.meaning`];

  if (band === 'urgent') {
    // Help first in DOM order and in focus: the focused heading is inside the help block, and
    // nothing (no score, no tips) comes before the numbers.
    return html`<section part="result" class="result result--urgent">
      <div class="mz-panel mz-panel--danger urgent" part="urgent-help" role="region" aria-labelledby="urgent-title">
        <h2 id="urgent-title" part="heading" data-step-heading tabindex="-1">${resultTitle(x, v)}</h2>
        <p class="danger-now">${t['help.danger']}</p>
        <ul class="lines">
          ${v.lines.map((id) => referral(x, v, h, id))}
        </ul>
        <p>${meaning}</p>
      </div>
      ${v.services.length || v.offers.length
        ? html`<h3>${r['where.more']}</h3>
            <ul class="refs">
              ${v.services.map((id) => referral(x, v, h, id))}${v.offers.map((o) => offer(x, o))}
            </ul>`
        : nothing}
      ${footer(x, v, h)}
    </section>`;
  }

  return html`<section part="result" class=${`result result--${band}`}>
    <div class=${`mz-panel band band--${band}`} part="band">
      ${stepHeading(resultTitle(x, v))}
      <p>${meaning}</p>
    </div>
    ${v.source || v.skipped > 0 ? html`<p>${v.source ? r[`source.${v.source}`] : ''} ${v.skipped > 0 ? r['source.skipped'](v.skipped) : nothing}</p>` : nothing}
    <p class="signal">${v.aud === 'young' ? t['signal.young'] : t.signal}</p>
    <h3>${r['actions.title']}</h3>
    <ul>
      ${r[`actions.${v.aud}.${band}`].map((text) => html`<li>${text}</li>`)}
    </ul>
    ${v.tips.length
      ? html`<section part="tips">
          <h3>${r['tips.title']}</h3>
          <ul>
            ${v.tips.map((k) => html`<li>${tip(r[k])}</li>`)}
          </ul>
        </section>`
      : nothing}
    <h3>${r['where.title']}</h3>
    ${v.offers.length
      ? html`<h4>${r['where.partner']}</h4>
          <ul class="refs">
            ${v.offers.map((o) => offer(x, o))}
          </ul>`
      : nothing}
    <ul class="refs">
      ${v.referrals.map((id) => referral(x, v, h, id))}
    </ul>
    ${footer(x, v, h)}
  </section>`;
}

function footer(x: OverloadTexts, v: OverloadResultView, h: OverloadResultHost): TemplateResult {
  const { r, c } = x;
  // Young readers get the basis in their own words, without the version line and the note on the thresholds (adult notes).
  const young = v.aud === 'young';
  return html`<p><strong>${r.again}</strong></p>
    ${young ? nothing : html`<p class="mz-meta" part="figures">${r['rules.date'](v.rulesVersion, x.fmt.date(v.rulesValidFrom))}</p>`}
    <details class="mz-meta" part="basis">
      <summary>${r['rules.basis']}</summary>
      <p>${r['rules.basisText']}${young ? nothing : html` ${r['rules.provisional']}`}</p>
      <ul class="basis-list">
        ${OVERLOAD_SOURCES.map((s) => html`<li>${sourceLink(c, x.h, x.locale, s, overloadSource(s))}</li>`)}
      </ul>
    </details>
    ${h.printAnswers ? answersSummary(x, v, h.answers, h.asked) : nothing}
    <p class="print-opt mz-no-print">
      <input id="print-answers" type="checkbox" .checked=${h.printAnswers} @change=${(e: Event) => h.setPrintAnswers((e.target as HTMLInputElement).checked)} /><label
        for="print-answers"
        >${c['print.includeAnswers']}</label
      >
    </p>
    ${resultActions([
      { name: 'change', label: x.t.changeAnswers, onClick: h.change, variant: 'secondary' },
      { name: 'restart', label: c['step.restart'], onClick: h.restart, variant: 'link' },
    ], printButton(c))}
    ${forgetButton(c, h.remember, h.forget)}`;
}
