import { html, nothing, type TemplateResult } from 'lit';
import { forgetButton, stepHeading } from '../../../core/flow/templates.js';
import { resultActions } from '../../../core/flow/fields.js';
import { printButton } from '../../../core/print.js';
import type { LeaveOverlay } from '../../../rules/leave/index.js';
import type { LeaveResultView } from './view.js';
import type { LeaveTexts } from './texts.js';
import { schemeCard } from './scheme.js';
import { askHrPanel, summaryCard } from './summary.js';
// The source catalogue travels in this lazy chunk: only the result cites sources.
export { leaveSource } from '../../../rules/leave/sources.js';
import { comparePanel, employerPanel, letterPanel, type LetterState } from './panels.js';

/** What the result needs besides the view model: the employer overlay, links and the reader's actions. */
export interface LeaveResultHost {
  overlay: LeaveOverlay | null;
  quizLink: TemplateResult | typeof nothing;
  letter: LetterState;
  remember: boolean;
  change: () => void;
  restart: () => void;
  forget: () => void;
}

/** The result screen: the answer first (summary), what fits, the employer's extras, what to check, comparison, what does not fit, a letter. */
export function leaveResult(x: LeaveTexts, v: LeaveResultView, h: LeaveResultHost): TemplateResult {
  const { t, c } = x;
  return html`${stepHeading(c['step.result'])}
    <p part="count">${t['result.summary'](v.yes.length, v.check.length)}</p>
    ${summaryCard(x, v.summary)}
    ${askHrPanel(x, v.askHr)}
    <p class="mz-meta" part="figures">${c['figures.asOf'](x.fmt.date(v.asOf))} ${t['figures.note']}</p>
    ${v.yes.length ? html`<section class="mz-group mz-group--yes" part="group group-yes">
      <h3>${t['group.yes']}</h3>
      ${v.yes.map((r) => schemeCard(x, r, v.best[r.scheme]))}
    </section>` : nothing}
    ${employerPanel(x, h.overlay)}
    ${v.check.length ? html`<section class="mz-group mz-group--check" part="group group-check">
      <h3>${t['group.check']}</h3>
      ${v.check.map((r) => schemeCard(x, r, v.best[r.scheme]))}
    </section>` : nothing}
    ${v.recognition ? html`<section class="mz-panel">
      <h3>${t['recognition.title']}</h3>
      <ul>${v.recognition.map((k) => html`<li>${x.r[k]}</li>`)}</ul>${h.quizLink}</section>` : nothing}
    ${comparePanel(x, v.compare)}
    ${v.no.length ? html`<section class="mz-group mz-group--no mz-no-print" part="group group-no">
      <h3>${t['group.no']}</h3>
      <details><summary>${t['group.no.summary']}</summary>
        <ul class="mz-no-list">${v.no.map((r) => html`<li><strong>${t[`scheme.${r.scheme}`]}</strong>${t['sep.colon']}${r.reasons.map((k) => x.r[k]).join(' ')}</li>`)}</ul>
      </details>
    </section>` : nothing}
    ${letterPanel(x, v, h.letter)}
    <p class="mz-meta">${t.privacy}</p>
    ${resultActions([
      { name: 'change', label: t.changeAnswers, onClick: h.change, variant: 'secondary' },
      { name: 'restart', label: c['step.restart'], onClick: h.restart, variant: 'link' },
    ], printButton(c))}
    ${forgetButton(c, h.remember, h.forget)}`;
}
