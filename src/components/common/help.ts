/**
 * Help templates shared by the widgets: one look for a helpline, one "Need help now?" disclosure,
 * one way to send a reader on to a sibling widget (the contact list is in ./contact.ts). Not in the
 * core chunk (rollup.config.mjs keeps only src/core there): the widgets that use it share a chunk.
 *
 * Texts come in as parameters: a widget passes its own already-loaded messages or the shared help
 * texts (src/i18n/help), so a line never renders before its words. (Until the library has one
 * localize controller with several namespaces, each widget loads those texts itself.)
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { externalLink } from '../../core/flow/templates.js';
import type { Locale } from '../../core/locale.js';
import type { CoreMessages } from '../../i18n/core/nl.js';
import type { Helpline } from '../../data/help/helplines.js';
import { callButton, unbroken } from './call.js';

/**
 * One phone line: its name, its caution when it has one (1712: on working days), a large call
 * button (./call.ts), then an optional text (what the line is, its hours) and
 * its website. The caution comes with the line, so every widget shows it.
 */
export function helplineItem(
  h: Helpline,
  lang: Locale,
  call: (number: string) => string,
  more: { text?: unknown; website?: (name: string) => string; c?: CoreMessages } = {},
): TemplateResult {
  const name = h.name[lang] ?? h.name.nl;
  return html`<li class="line" part="helpline">
    <div class="line-head">
      <strong lang=${ifDefined(h.nameLang && !h.name[lang] && h.nameLang !== lang ? h.nameLang : undefined)}>${name}</strong>
      ${h.note ? html`<span class="line-note" part="helpline-note">${h.note[lang]}</span>` : nothing}
      ${callButton(h.number, call(unbroken(h.number)))}
    </div>
    ${more.text === undefined ? nothing : html`<p>${more.text}</p>`}
    ${h.website && more.website && more.c ? html`<p>${externalLink(more.c, h.website, more.website(name))}</p>` : nothing}
  </li>`;
}

/** The "Need help now?" disclosure every step shows (never printed). */
export function helpNow(o: { cls: string; summary: string; body: unknown; open?: boolean; onToggle?: (e: Event) => void }): TemplateResult {
  return html`<details class="${o.cls} mz-no-print" part="help-now" ?open=${o.open ?? false} @toggle=${o.onToggle}>
    <summary>${o.summary}</summary>
    ${o.body}
  </details>`;
}

/** A sibling widget in our own tree first (a partner may nest us in their component), then on the page. */
export function findSibling(host: HTMLElement, tag: string): HTMLElement | null {
  const root = host.getRootNode();
  return (root instanceof ShadowRoot ? root.querySelector<HTMLElement>(tag) : null) ?? host.ownerDocument.querySelector<HTMLElement>(tag);
}

/** Skip-link behaviour: scroll to the sibling and move focus into it (its heading when it has one). */
export function goToSibling(el: HTMLElement): void {
  el.scrollIntoView({ block: 'start' });
  const inner = el.shadowRoot?.querySelector<HTMLElement>('[data-step-heading], h2, button, a[href], input');
  const target = inner ?? el;
  if (target === el && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

/**
 * Onward to a sibling widget: on this page when it is there (a `#id` link, or a button that moves
 * focus there), else the partner's URL, else an official page, else nothing.
 * `before` runs on click, before focus moves (e.g. hand the finder its filters in memory).
 */
export function onwardLink(
  host: HTMLElement,
  o: { tag: string; label: string; note: string; c: CoreMessages; href?: string; fallback?: string; cls?: string; anchor?: boolean; before?: (el: HTMLElement) => void },
): TemplateResult | typeof nothing {
  const el = findSibling(host, o.tag);
  if (el) {
    if (el.id && o.anchor !== false) return html`<a href=${`#${el.id}`}>${o.label}</a> ${o.note}`;
    const go = () => {
      o.before?.(el);
      goToSibling(el);
    };
    return html`<button class=${o.cls ?? 'mz-button mz-button--link'} type="button" @click=${go}>${o.label} ${o.note}</button>`;
  }
  // Partner links are paths on this site (same tab) or absolute https: elsewhere (new window, said so).
  const href = o.href ?? o.fallback;
  if (!href) return nothing;
  return href.startsWith('/') ? html`<a href=${href}>${o.label}</a>` : externalLink(o.c, href, o.label);
}
