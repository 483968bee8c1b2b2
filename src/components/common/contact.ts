/**
 * One contact list (phone, e-mail, website), for the finder's cards (associations, helplines and
 * partner offers) and the scans' partner block, and the one partner-website link (also the overload
 * check's offers). Its own small module: those widgets need only these templates.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { externalLink } from '../../core/flow/templates.js';
import type { CoreMessages } from '../../i18n/core/nl.js';
import { telUri } from '../../rules/help/links.js';
import { callButton, unbroken } from './call.js';

/**
 * A partner's website as the URL policy left it (rules/help/links.ts): a path is on the page's own
 * site and opens in the same tab; another site opens in a new window and says so.
 */
export function websiteLink(c: CoreMessages, url: string, text: string): TemplateResult {
  return url.startsWith('/') ? html`<a href=${url}>${text}</a>` : externalLink(c, url, text);
}

/** Phone, e-mail and website of an association or a partner offer, as one list; `big`: the phone as the shared call button (urgent help). */
export function contactBlock(
  x: { phone?: string; email?: string; website?: string },
  m: { c: CoreMessages; call: (phone: string) => string; mail?: (email: string) => string; website: (url: string) => string; big?: boolean },
): TemplateResult | typeof nothing {
  if (!x.phone && !x.email && !x.website) return nothing;
  return html`<ul class="contact">
    ${x.phone
      ? html`<li>${m.big ? callButton(x.phone, m.call(unbroken(x.phone))) : html`<a href=${telUri(x.phone)}>${m.call(x.phone)}</a>`}</li>`
      : nothing}
    ${x.email ? html`<li><a href=${`mailto:${x.email}`}>${m.mail ? m.mail(x.email) : x.email}</a></li>` : nothing}
    ${x.website ? html`<li>${websiteLink(m.c, x.website, m.website(x.website))}</li>` : nothing}
  </ul>`;
}
