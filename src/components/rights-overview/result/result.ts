import { html, nothing, type TemplateResult } from 'lit';
import { forgetButton, stepHeading } from '../../../core/flow/templates.js';
import { resultActions } from '../../../core/flow/fields.js';
import { printButton } from '../../../core/print.js';
import type { RightsItem } from '../../../rules/rights/index.js';
import { rightsHelplines } from '../../../rules/rights/help.js';
import { callButton } from '../../common/call.js';
import { helplineItem, type onwardLink } from '../../common/help.js';
import { sourceLink } from '../../common/source.js';
import type { RightsGroupView, RightsResultView } from './view.js';
import { amountText, fitsLabel, itemName, itemText, reasonText, type RightsTexts } from './texts.js';

/** What the result needs besides the view model: the host element (sibling widgets), links and actions. */
export interface RightsResultHost {
  el: HTMLElement;
  links: { 'recognition-quiz'?: string; 'leave-calculator'?: string; 'association-finder'?: string };
  dementia: boolean;
  /** A young carer (under 18): the youth line first. */
  young: boolean;
  remember: boolean;
  change: () => void;
  restart: () => void;
  forget: () => void;
  copy: () => void;
  /** The shared onward-link template, handed in by the element (it loads with the widget, so the help chunk stays one chunk). */
  onward: typeof onwardLink;
}

const FIT_PART = { true: 'yes', check: 'check', false: 'no' } as const;

function deeper(x: RightsTexts, i: RightsItem, h: RightsResultHost): TemplateResult | typeof nothing {
  if (!i.deeper) return nothing;
  const link = h.onward(h.el, { tag: `mz-${i.deeper}`, label: x.t[`deeper.${i.deeper}`], note: x.t['deeper.onPage'], c: x.c, href: h.links[i.deeper], anchor: false });
  return link === nothing ? nothing : html`<p class="deeper" part="deeper">${link}</p>`;
}

/** One item: name and fit first, one sentence, the amount with its date; the why, where, what to bring and sources folded. */
function itemCard(x: RightsTexts, i: RightsItem, h: RightsResultHost): TemplateResult {
  const fit = FIT_PART[String(i.fits) as keyof typeof FIT_PART];
  const what = itemText(x, 'what', i.id);
  return html`<li class="item item--${fit}" part=${`item item-${fit}`} data-item=${i.id} data-fits=${String(i.fits)}>
    <h4><span class="name">${itemName(x, i)}</span> <span class="badge badge--${fit}" part="badge">${fitsLabel(x, i.fits)}</span></h4>
    ${what ? html`<p>${i.highlighted ? html`<strong class="highlight">${x.t.highlighted}.</strong> ` : nothing}${what}</p>` : nothing}
    ${i.amount ? html`<p class="amount" part="amount"><strong>${amountText(x, i.amount)}</strong> <span class="mz-meta">${x.t['amount.from'](x.fmt.date(i.amount.validFrom))}</span></p>` : nothing}
    <details class="more">
      <summary>${x.t.details}</summary>
      <h5>${x.t.why}</h5>
      <ul>${i.reasons.map((k) => html`<li>${reasonText(x, k)}</li>`)}</ul>
      ${i.amount || i.id.startsWith('recognition') ? nothing : html`<p>${x.t['amount.none']}</p>`}
      ${i.conditions ? html`<h5>${x.t.conditions}</h5><p>${i.conditions}</p>` : nothing}
      <h5>${x.t.where}</h5><p>${itemText(x, 'where', i.id)}</p>
      <h5>${x.t.bring}</h5><p>${itemText(x, 'bring', i.id)}</p>
      <h5>${x.t.sources}</h5>
      <ul class="sources">${i.sources.map((s) => html`<li>${sourceLink(x.c, x.h, x.locale, s.url, { title: s.title, publisher: s.publisher ?? '', date: s.date ?? null, lang: s.lang ?? 'nl' })}</li>`)}</ul>
      ${deeper(x, i, h)}
    </details>
  </li>`;
}

function group(x: RightsTexts, g: RightsGroupView, h: RightsResultHost): TemplateResult {
  return html`<section class="mz-group" part=${`group group-${g.for}`} data-group=${g.for}>
    <h3>${x.t[`group.${g.for}`]}</h3>
    <ul class="items">${g.items.map((i) => itemCard(x, i, h))}</ul>
    ${g.no.length ? html`<details class="no">
      <summary>${x.t['group.no'](g.no.length)}</summary>
      <ul>${g.no.map((i) => html`<li data-item=${i.id} data-fits="false"><strong>${itemName(x, i)}</strong>${' '}${i.reasons.map((k) => reasonText(x, k)).join(' ')}</li>`)}</ul>
    </details>` : nothing}
  </section>`;
}

function local(x: RightsTexts, v: RightsResultView): TemplateResult | typeof nothing {
  const l = v.local;
  if (!l?.contact) return nothing;
  const c = l.contact;
  return html`<section class="mz-panel" part="local">
    <h3>${c.name ? x.t['local.title'](c.name) : x.t['local.titleNoName']}</h3>
    ${c.address ? html`<p>${c.address}</p>` : nothing}
    ${c.hours ? html`<p>${c.hours}</p>` : nothing}
    ${c.phone ? html`<p>${callButton(c.phone, x.t['local.call'](c.phone))}</p>` : nothing}
    ${c.email ? html`<p><a href=${`mailto:${c.email}`}>${c.email}</a></p>` : nothing}
    ${c.url ? html`<p><a href=${c.url} target="_blank" rel="noopener noreferrer">${x.t['local.website']}<span class="mz-visually-hidden"> ${x.c['link.newWindow']}</span></a></p>` : nothing}
  </section>`;
}

function help(x: RightsTexts, h: RightsResultHost): TemplateResult {
  const lines = rightsHelplines(x.locale, { dementia: h.dementia, young: h.young });
  const finder = h.onward(h.el, { tag: 'mz-association-finder', label: x.t['help.finder'], note: x.t['deeper.onPage'], c: x.c, href: h.links['association-finder'], anchor: false });
  return html`<section class="mz-panel mz-no-print" part="help">
    <h3>${x.t['help.title']}</h3>
    <p>${x.t['help.text']}</p>
    <ul class="lines">${lines.map((l) => helplineItem(l, x.locale, x.t['help.call']))}</ul>
    ${finder === nothing ? nothing : html`<p>${finder}</p>`}
  </section>`;
}

/** The overview as plain text, for "copy my overview" (name, fit, amount, where to ask). */
export function overviewText(x: RightsTexts, v: RightsResultView): string {
  const lines = [x.t['mine.title'], x.c['figures.asOf'](x.fmt.date(v.asOf)), ''];
  for (const g of v.groups) {
    lines.push(x.t[`group.${g.for}`]);
    for (const i of g.items) {
      lines.push(`- ${itemName(x, i)}: ${fitsLabel(x, i.fits)}${i.amount ? ` (${amountText(x, i.amount)}, ${x.t['amount.from'](x.fmt.date(i.amount.validFrom))})` : ''}`);
      const where = itemText(x, 'where', i.id);
      if (where) lines.push(`  ${x.t.where}: ${where}`);
    }
    lines.push('');
  }
  return lines.join('\n').trim();
}

/** The result screen: the count, the two groups, the local contact point, help, then the actions. */
export function rightsResult(x: RightsTexts, v: RightsResultView, h: RightsResultHost): TemplateResult {
  const { t, c } = x;
  return html`${stepHeading(c['step.result'])}
    <p part="count">${t['result.count'](v.yes, v.check)}</p>
    ${v.groups.map((g) => group(x, g, h))}
    ${local(x, v)}
    <p class="mz-meta" part="figures">${c['figures.asOf'](x.fmt.date(v.asOf))}</p>
    ${help(x, h)}
    <p class="mz-meta">${t.privacy}</p>
    ${resultActions([
      { name: 'copy', label: t.copy, onClick: h.copy, variant: 'secondary' },
      { name: 'change', label: t.change, onClick: h.change, variant: 'secondary' },
      { name: 'restart', label: c['step.restart'], onClick: h.restart, variant: 'link' },
    ], printButton(c))}
    ${forgetButton(c, h.remember, h.forget)}`;
}
