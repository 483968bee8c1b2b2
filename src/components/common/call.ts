/**
 * The one big call button for a crisis or help line: the overload check's urgent help, every shared
 * helpline (./help.ts), the finder's "in danger now?" strip and its urgent cards. Its own tiny
 * module, so the finder's first screen can show it without the rest of the help templates.
 */
import { css, html, type TemplateResult } from 'lit';
import { telUri } from '../../rules/help/links.js';

/** Non-breaking spaces keep "0800 32 123" on one line inside a button. */
export const unbroken = (n: string): string => n.replace(/ /g, '\u00a0');

/** A large `tel:` button (the one `telUri()`); `label` says whom you call ("Bel 112"). */
export function callButton(number: string, label: unknown): TemplateResult {
  // One span: the button is a flex box, and a label with a marked-up name ("<span lang>") would
  // otherwise fall apart into separate flex items.
  return html`<a class="mz-button tel" href=${telUri(number)}><span>${label}</span></a>`;
}

/**
 * At least 44 × 44 CSS px whatever the host's font size (the button's own 2.75em is 44 px only at
 * 16 px), so a child's thumb finds it; the number never breaks over two lines.
 */
export const callButtonStyles = css`
  a.mz-button.tel {
    display: inline-flex;
    min-block-size: max(44px, 2.75em);
    min-inline-size: max(44px, 2.75em);
    box-sizing: border-box;
  }
`;
