/**
 * One way to copy a text the widget shows (the leave letter): the button, then a confirmation that
 * appears next to it and stays until the text changes, also sent to the widget's live region by the
 * caller. When the clipboard is denied (permissions, an old browser, an iframe without
 * clipboard-write) the text is selected instead, and the line says it is selected (copy it with the keyboard).
 * Its own small module: only widgets with something to copy load it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';

export type CopyOutcome = 'copied' | 'selected';

/** Copies `field`'s text; on failure focuses and selects it so the reader can copy it. Nothing leaves the device. */
export async function copyField(field: HTMLTextAreaElement | HTMLInputElement): Promise<CopyOutcome> {
  try {
    await navigator.clipboard.writeText(field.value);
    return 'copied';
  } catch {
    field.focus();
    field.select();
    return 'selected';
  }
}

/** The copy button with its visible confirmation line (`part="copy-status"`), empty until a copy was tried. */
export function copyButton(o: { label: string; status: string | undefined; onCopy: () => void }): TemplateResult {
  return html`<div class="mz-actions mz-copy mz-no-print">
    <button class="mz-button mz-button--secondary" part="button button-copy" type="button" @click=${o.onCopy}>${o.label}</button>
    ${o.status ? html`<p class="mz-copy-status" part="copy-status">${o.status}</p>` : nothing}
  </div>`;
}

/** The confirmation sits next to the button (below it when the row wraps), in the text colour. */
export const copyStyles = css`
  .mz-copy {
    align-items: center;
  }
  .mz-copy-status {
    margin: 0;
    font-weight: 600;
  }
`;
