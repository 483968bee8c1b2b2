import { html, nothing, type TemplateResult } from 'lit';
import { forgetButton } from '../../../core/flow/templates.js';
import { resultActions } from '../../../core/flow/fields.js';
import type { ResultTexts } from './texts.js';

/** The result's reader actions and state (the print button arrives with its own chunk). */
export interface FooterHost {
  date: string;
  includeAnswers: boolean;
  setIncludeAnswers: (on: boolean) => void;
  /** The answers on the path, as the check page shows them. */
  answers: () => TemplateResult;
  printButton: TemplateResult | undefined;
  remember: boolean;
  restart: () => void;
  back: () => void;
  forget: () => void;
}

/** Date, the print opt-in for the answers, print / restart / back, and (with `remember`) forget. */
export function resultFooter(x: ResultTexts, h: FooterHost): TemplateResult {
  const { t, c } = x;
  return html`<p class="mz-meta">${t['result.signal']} ${t['result.madeOn'](x.fmt.date(h.date))}</p>
    <div class="q-print mz-no-print" part="print-options">
      <label class="mz-choice q-include">
        <input type="checkbox" .checked=${h.includeAnswers} @change=${(e: Event) => h.setIncludeAnswers((e.target as HTMLInputElement).checked)} />
        <span>${c['print.includeAnswers']}<small>${t['print.includeHint']}</small></span>
      </label>
      ${resultActions([
        { name: 'restart', label: c['step.restart'], onClick: h.restart, variant: 'secondary' },
        { name: 'back', label: c['step.back'], onClick: h.back, variant: 'link' },
      ], h.printButton)}
    </div>
    ${h.includeAnswers
      ? html`<section class="q-answers-print" part="answers" aria-labelledby="answers-title">
          <h3 id="answers-title">${t['answers.title']}</h3>
          ${h.answers()}
        </section>`
      : nothing}
    ${forgetButton(c, h.remember, h.forget)}`;
}
