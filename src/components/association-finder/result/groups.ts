import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { externalLink } from '../../../core/flow/templates.js';
import { resultActions } from '../../../core/flow/fields.js';
import type { Formatters } from '../../../core/i18n/format.js';
import type { Locale } from '../../../core/locale.js';
import type { CoreMessages } from '../../../i18n/core/nl.js';
import type { ContactField, FinderMessages } from '../../../i18n/finder/nl.js';
import type { HelpMessages } from '../../../i18n/help/nl.js';
import { SOCIALE_KAART_URL, ZG_LIST } from '../../../rules/finder/ui.js';
import type { FinderContactSource, FinderItem } from '../../../rules/finder/index.js';
import type { SourceInfo } from '../../../rules/common/sources.js';
import { contactBlock } from '../../common/contact.js';
import { sourceDate, sourceLink } from '../../common/source.js';
import { hostOf, type CardView, type ResultView } from './view.js';

/** What the result templates read from the element. */
export interface ResultHost {
  t: FinderMessages;
  c: CoreMessages;
  /** The shared help texts (the source line's "publisher, date"). */
  h: HelpMessages;
  fmt: Formatters;
  /** What a cited URL is: title, publisher, the page's own date (the finder's source catalogue). */
  source: (url: string) => SourceInfo;
  locale: Locale;
  /** "Show everything" when the "only what fits" filter leaves nothing. */
  showAll: () => void;
  /** The guided result shows the rest after its best matches ("show all (N)"). */
  expanded: boolean;
  showRest: () => void;
  /** The page's URL: a partner's path on its own site gets a readable label. */
  base?: string;
}

/** The result groups (urgent, premium, local, associations, helplines, services) of a result view. */
export function finderGroups(x: ResultHost, r: ResultView): TemplateResult {
  const t = x.t;
  return html`<p class="count">${t['result.count'](r.count)}</p>
    ${r.urgent.length
      ? html`<section class="group mz-panel mz-panel--danger" part="group group-urgent">
          <h3>${t['group.urgent']}</h3>
          <p>${t['group.urgent.intro']}</p>
          ${cards(x, r.urgent)}
        </section>`
      : nothing}
    ${r.premium ? premium(x, r) : nothing}
    ${r.local.length
      ? html`<section class="group" part="group group-local"><h3>${t['group.local']}</h3>${cards(x, r.local)}</section>`
      : nothing}
    ${r.best.length ? best(x, r) : nothing}
    ${r.best.length && !x.expanded ? nothing : rest(x, r)}`;
}

/** The best matches first, then one button for the rest (which moves focus to the first card it shows). */
function best(x: ResultHost, r: ResultView): TemplateResult {
  const t = x.t;
  return html`<section class="group" part="group group-best">
      <h3>${t['group.best']}</h3>
      ${cards(x, r.best)}
    </section>
    ${x.expanded ? nothing : resultActions([{ name: 'show-more', label: t['result.showAll'](r.count), onClick: x.showRest, variant: 'secondary' }])}`;
}

/** The groups: everything (the list, or a guided result with nothing to rank), or the rest after the best matches. */
function rest(x: ResultHost, r: ResultView): TemplateResult {
  const t = x.t;
  const empty = r.empty;
  // After "show all" the first card shown can take focus (not in the tab order).
  const focusable = r.best.length > 0;
  return html`${empty
      ? html`<div class="mz-panel" part="empty">
          <h3>${t['empty.title']}</h3>
          <p>${t['empty.body']}</p>
          ${resultActions([{ name: 'show-all', label: t['empty.showAll'], onClick: x.showAll, variant: 'secondary' }])}
        </div>`
      : nothing}
    ${r.associations.length
      ? html`<section class="group" part="group group-associations">
          <h3>${t['group.associations']}</h3>
          <p class="join"><strong>${t['join.several']}</strong></p>
          ${x.locale !== 'nl' ? html`<p>${t['associations.inDutch']}</p>` : nothing}
          ${cards(x, r.associations, focusable)}
          <p class="mz-meta">${t['associations.official']} ${externalLink(x.c, ZG_LIST, t['associations.officialLink'])}</p>
        </section>`
      : nothing}
    ${r.helplines.length
      ? html`<section class="group" part="group group-helplines"><h3>${t['group.helplines']}</h3>${cards(x, r.helplines, focusable)}</section>`
      : nothing}
    ${r.services.length || !empty
      ? html`<section class="group" part="group group-services">
          <h3>${t['group.services']}</h3>
          <p>${t['socialeKaart.text']} ${externalLink(x.c, SOCIALE_KAART_URL, t['socialeKaart.link'])}</p>
          ${cards(x, r.services, focusable)}
        </section>`
      : nothing}`;
}

function premium(x: ResultHost, r: ResultView): TemplateResult {
  const p = r.premium!;
  const t = x.t;
  const amount = x.fmt.money(p.amount);
  return html`<section class="mz-panel mz-panel--success" part="premium">
    <h3>${t['premium.title']}</h3>
    <p class="premium-amount">${t[`premium.amount.${p.period}`](amount)}</p>
    ${p.conditions ? html`<p>${p.conditions}</p>` : nothing}
    <p class="mz-meta" part="figures">${t['premium.from'](x.fmt.date(p.validFrom))}</p>
    ${p.url ? html`<p>${ownOrExternal(x.c, p.url, t['premium.more'])}</p>` : nothing}
  </section>`;
}

/** A partner's path on its own site stays in the tab; another site opens in a new window and says so. */
function ownOrExternal(c: CoreMessages, href: string, text: string): TemplateResult {
  return href.startsWith('/') ? html`<a href=${href}>${text}</a>` : externalLink(c, href, text);
}

function cards(x: ResultHost, items: readonly CardView[], focusable = false): TemplateResult {
  return html`<ul class="cards">
    ${items.map((i) => html`<li>${card(x, i, focusable)}</li>`)}
  </ul>`;
}

function card(x: ResultHost, v: CardView, focusable = false): TemplateResult {
  const i = v.item;
  const t = x.t;
  const c = x.c;
  const badges: TemplateResult[] = [];
  if (i.kind === 'association') {
    badges.push(html`<span class="badge ${i.recognised ? 'badge--ok' : ''}" part="badge">${i.recognised ? t['badge.recognised'] : t['badge.notRecognised']}</span>`);
  }
  if (i.highlight) badges.push(html`<span class="badge badge--fund" part="badge">${i.highlight === 'autoMember' ? t['badge.autoMember'] : t['badge.linked']}</span>`);
  // Language notes are facts about the card, not reasons it fits: shown as a badge.
  for (const k of v.langs) badges.push(html`<span class="badge badge--lang" part="badge">${t[k]}</span>`);
  // "For every caregiver" and "free membership" hold for all six: the group intro says it once.
  const { why, urgent } = v;
  return html`<article class="mz-card card ${i.highlight ? 'card--highlight' : ''}" part="card" data-id=${i.id} tabindex=${ifDefined(focusable ? '-1' : undefined)}>
    <h4 lang=${ifDefined(i.nameLang)}>${i.name}</h4>
    ${badges.length ? html`<p class="badges">${badges}</p>` : nothing}
    ${i.affiliation ? html`<p class="affiliation">${i.affiliation}</p>` : nothing}
    ${i.description ? html`<p>${i.description}</p>` : nothing}
    ${i.hours ? html`<p>${i.kind === 'helpline' ? i.hours : t['card.hours'](i.hours)}</p>` : nothing}
    ${i.address ? html`<p>${t['card.address'](i.address)}</p>` : nothing}
    ${why.length
      ? html`<p class="why-label"><strong>${t['card.why']}</strong></p>
          <ul class="why">
            ${why.map((k) => html`<li>${t[k]}</li>`)}
          </ul>`
      : nothing}
    ${contactBlock(i, { c, call: t['card.call'], mail: t['card.mail'], website: (url) => t['card.website'](hostOf(url, x.base)), big: urgent })}
    ${freshness(x, i)}
  </article>`;
}

/** A source as people read it: a catalogued page as a link, a document without an address as its title. */
function cited(x: ResultHost, s: FinderContactSource): TemplateResult {
  if (typeof s === 'string') return sourceLink(x.c, x.h, x.locale, s, x.source(s));
  return html`<cite lang=${ifDefined(s.lang === x.locale ? undefined : s.lang)}>${s.title}</cite>
    (${x.h['source.meta'](s.publisher, s.date === null ? null : sourceDate(s.date, x.locale))})`;
}

/** "December 2026": we say in which month we compared, next to the source's own date. */
const month = (x: ResultHost, date: string): string => sourceDate(date.slice(0, 7), x.locale);

/**
 * What was checked, against which source, when that source dates from and when we compared: per
 * contact line (grouped by source), then the card's texts. Never a bare "checked on" date.
 */
function freshness(x: ResultHost, i: FinderItem): TemplateResult | typeof nothing {
  const t = x.t;
  const lines: TemplateResult[] = [];
  const contact = i.contact;
  if (contact) {
    const bySource = new Map<string, { source: FinderContactSource; fields: ContactField[] }>();
    for (const f of ['phone', 'email', 'website'] as const) {
      const s = contact[f];
      if (!s || !i[f]) continue;
      const key = typeof s === 'string' ? s : s.title;
      const entry = bySource.get(key) ?? bySource.set(key, { source: s, fields: [] }).get(key)!;
      entry.fields.push(f);
    }
    for (const { source, fields } of bySource.values()) lines.push(t['card.contactSource'](t['card.fields'](fields), cited(x, source)));
    if (bySource.size) lines.push(html`${t['card.contactChecked'](month(x, contact.checked))}`);
  }
  if (i.lastChecked && i.sources[0]) lines.push(t['card.textSource'](cited(x, i.sources[0]), month(x, i.lastChecked)));
  // Folded under one short summary: the facts stay one click away (and on paper), the list gets much shorter on a phone.
  return lines.length
    ? html`<details class="sources mz-meta">
        <summary>${t['card.sources']}</summary>
        <p class="mz-meta" part="figures">${lines.map((l) => html`<span class="source-line">${l}</span> `)}</p>
      </details>`
    : nothing;
}
