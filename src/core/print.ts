import { html, type TemplateResult } from 'lit';
import type { CoreMessages } from '../i18n/core/nl.js';

/**
 * Prints only one widget, not the whole host page: while printing, the page's body is hidden with
 * `visibility` (inherited into our shadow tree, so we can turn it back on for the widget) and the
 * widget is placed at the top of the sheet. A constructable stylesheet is used because strict CSPs
 * block inline <style> elements; it is removed after printing. Used on result screens only, so it is
 * kept out of the core chunk (rollup.config.mjs).
 */
const ATTR = 'data-mz-print-target';
let sheet: CSSStyleSheet | undefined;

function printSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`@media print {
      body * { visibility: hidden !important; }
      [${ATTR}], [${ATTR}] * { visibility: visible !important; }
      [${ATTR}] { position: absolute !important; inset: 0 auto auto 0 !important; inline-size: 100% !important; margin: 0 !important; }
    }`);
  }
  return sheet;
}

export function printWidget(host: Element): void {
  const doc = host.ownerDocument;
  const s = printSheet();
  const cleanup = () => {
    host.removeAttribute(ATTR);
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== s);
  };
  try {
    host.setAttribute(ATTR, '');
    if (!doc.adoptedStyleSheets.includes(s)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, s];
    doc.defaultView?.addEventListener('afterprint', cleanup, { once: true });
    doc.defaultView?.print();
  } catch {
    cleanup();
    window.print();
  }
}

/** The widget host that contains `node` (crossing our own shadow root). */
export function hostOf(node: Node): Element | undefined {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : undefined;
}

/** Print button for result screens: prints only this widget (see print.ts). */
export function printButton(c: CoreMessages): TemplateResult {
  const onClick = (e: Event) => {
    const host = hostOf(e.currentTarget as Node);
    if (host) printWidget(host);
    else window.print();
  };
  return html`<button class="mz-button mz-button--secondary" part="button button-print" type="button" @click=${onClick}>
    ${c['print.button']}
  </button>`;
}
