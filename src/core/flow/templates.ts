import { html, nothing, type TemplateResult } from 'lit';
import type { CoreMessages } from '../../i18n/core/nl.js';

/**
 * Small templates every multi-step widget shares, so steps look and behave the same everywhere.
 * They only render; the widget owns its state.
 */

/** "Question 2 of 6" above a step's heading. */
export function progressText(c: CoreMessages, step: number, total: number): TemplateResult {
  return html`<p class="mz-progress" part="progress">${c['step.progress'](step, total)}</p>`;
}

/** A step heading that receives focus on step change (StepFlowController moves focus to it). */
export function stepHeading(text: string, level: 2 | 3 = 2): TemplateResult {
  return level === 2
    ? html`<h2 part="heading" data-step-heading tabindex="-1">${text}</h2>`
    : html`<h3 part="heading" data-step-heading tabindex="-1">${text}</h3>`;
}

export interface StepActions {
  back?: () => void;
  next?: () => void;
  skip?: () => void;
  /** Label for the main button when it is not "Next" (e.g. "Show my result"). */
  nextLabel?: string;
}

/** Back / next / skip row. "Next" is a submit button so Enter in the form moves on. */
export function stepActions(c: CoreMessages, a: StepActions): TemplateResult {
  return html`<div class="mz-actions" part="actions">
    ${a.next ? html`<button class="mz-button" part="button button-next" type="submit">${a.nextLabel ?? c['step.next']}</button>` : nothing}
    ${a.skip ? html`<button class="mz-button mz-button--secondary" part="button button-skip" type="button" @click=${a.skip}>${c['step.skip']}</button>` : nothing}
    ${a.back ? html`<button class="mz-button mz-button--link" part="button button-back" type="button" @click=${a.back}>${c['step.back']}</button>` : nothing}
  </div>`;
}

/** The visible "forget my answers" action, shown only when `remember` is on. */
export function forgetButton(c: CoreMessages, remember: boolean, onForget: () => void): TemplateResult | typeof nothing {
  if (!remember) return nothing;
  return html`<p class="mz-meta mz-no-print" part="remember">
    ${c['remember.note']}
    <button class="mz-button mz-button--link" part="button button-forget" type="button" @click=${onForget}>${c['remember.forget']}</button>
  </p>`;
}

/** An external link that says it opens a new window. */
export function externalLink(c: CoreMessages, href: string, text: string): TemplateResult {
  return html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}<span class="mz-visually-hidden"> ${c['link.newWindow']}</span></a>`;
}
