/**
 * The result screen both scans share (a lazy chunk, loaded on "Start"): the partner's own block
 * first, the profile as bars with a text alternative and as a data table, strongest and weakest,
 * one action or practice per gap with its sources, an optional extra list, and the actions row
 * (print, copy, CSV/JSON download, change, restart).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { resultActions } from '../../core/flow/fields.js';
import { forgetButton, stepHeading } from '../../core/flow/templates.js';
import { printButton } from '../../core/print.js';
import { pickText, type ContactLang } from '../../rules/help/contact.js';
import { contactBlock } from '../common/contact.js';
import { sourceLink } from '../common/source.js';
import type { PartnerOffer } from '../../rules/help/offers.js';
import type { ScanGroupView, ScanResultHost, ScanResultTexts, ScanView } from './types.js';

export type { ScanView } from './types.js';

const levelText = (x: ScanResultTexts, g: ScanGroupView): string => x.s[`level.${g.level}`];

/** The profile as plain text: the chart's text alternative and the copied summary use it. */
export function profileText(x: ScanResultTexts, view: ScanView): string {
  return view.groups.map((g) => x.s['profile.part'](g.label, g.score, g.max, levelText(x, g))).join('; ');
}

function sources(x: ScanResultTexts, host: ScanResultHost, urls: readonly string[]): TemplateResult | typeof nothing {
  if (!urls.length) return nothing;
  return html`<p class="mz-meta">${x.s.sources} ${urls.map((u, i) => html`${i ? '; ' : ''}${sourceLink(x.c, x.h, x.locale, u, host.source(u))}`)}</p>`;
}

function partnerBlock(x: ScanResultTexts, host: ScanResultHost): TemplateResult | typeof nothing {
  const p = host.partner;
  if (!p.practices.length && !p.offers.length) return nothing;
  const lang = x.locale as ContactLang;
  const name = p.name === undefined ? '' : pickText(p.name, lang);
  const offer = (o: PartnerOffer): TemplateResult => {
    const title = pickText(o.name, lang);
    return html`<li>
      <h4>${title}</h4>
      ${o.description ? html`<p>${pickText(o.description, lang)}</p>` : nothing}
      ${contactBlock(o, { c: x.c, call: x.s['partner.call'], website: () => x.s['partner.website'](title) })}
    </li>`;
  };
  return html`<section class="partner mz-panel" part="partner">
    <h3>${name ? x.s['partner.title'](name) : x.s['partner.anonymous']}</h3>
    ${p.practices.length ? html`<h4>${x.s['partner.practices']}</h4><ul class="items" part="partner-practices">${p.practices.map(offer)}</ul>` : nothing}
    ${p.offers.length ? html`<h4>${x.s['partner.contacts']}</h4><ul class="items" part="partner-contacts">${p.offers.map(offer)}</ul>` : nothing}
  </section>`;
}

/** Bars (plain SVG: attributes only, so a strict CSP allows them; hidden from assistive technology) inside one image with the profile as its text. */
function chart(x: ScanResultTexts, view: ScanView): TemplateResult {
  return html`<div class="chart" part="chart" role="img" aria-label=${x.s['profile.alt'](profileText(x, view))}>
    <ul class="bars" aria-hidden="true">
      ${view.groups.map((g) => html`<li data-group=${g.id} data-level=${g.level}>
        <span class="bar-label"><span>${g.label}</span><span>${x.s['table.of'](g.score, g.max)} · ${levelText(x, g)}</span></span>
        <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false"><rect class="bar-track" width="100" height="10"></rect><rect class="bar-fill" width=${g.max ? Math.round((100 * g.score) / g.max) : 0} height="10"></rect></svg>
      </li>`)}
    </ul>
  </div>`;
}

function table(x: ScanResultTexts, view: ScanView): TemplateResult {
  return html`<div class="table-wrap"><table part="table">
    <caption>${x.s['table.caption']}</caption>
    <thead><tr><th scope="col">${x.s['table.group']}</th><th scope="col">${x.s['table.score']}</th><th scope="col">${x.s['table.answered']}</th><th scope="col">${x.s['table.level']}</th></tr></thead>
    <tbody>${view.groups.map((g) => html`<tr data-group=${g.id}><th scope="row">${g.label}</th><td>${x.s['table.of'](g.score, g.max)}</td><td>${x.s['table.of'](g.answered, g.total)}</td><td>${levelText(x, g)}</td></tr>`)}</tbody>
  </table></div>`;
}

function extremes(x: ScanResultTexts, view: ScanView): TemplateResult | typeof nothing {
  if (view.strongest === undefined && view.weakest === undefined) return nothing;
  if (!view.strongest || !view.weakest) return view.groups.some((g) => g.answered) ? html`<p part="extremes">${x.s.even}</p>` : nothing;
  return html`<p part="extremes" class="extremes"><span part="strongest">${x.s.strongest(view.strongest)}</span> <span part="weakest">${x.s.weakest(view.weakest)}</span></p>`;
}

function items(x: ScanResultTexts, view: ScanView, host: ScanResultHost): TemplateResult {
  const answered = view.groups.some((g) => g.answered);
  return html`<h3>${x.x.itemsTitle}</h3>
    ${!answered ? html`<p>${x.s.allSkipped}</p>` : !view.items.length ? html`<p>${x.s.noGaps}</p>` : html`<p>${x.x.itemsIntro}</p>
      <ol class="items" part="items">
        ${view.items.map((it) => html`<li part="item" data-item=${it.id}>
          <h4>${it.title}</h4>
          <p class="mz-meta">${it.who ? `${it.who} · ` : ''}${it.group}</p>
          <p>${it.text}</p>
          ${it.widget ? html`<p>${x.s.widget(it.widget)}</p>` : nothing}
          ${sources(x, host, it.sources)}
        </li>`)}
      </ol>`}`;
}

function extra(x: ScanResultTexts, view: ScanView, host: ScanResultHost): TemplateResult | typeof nothing {
  const e = view.extra;
  if (!e) return nothing;
  return html`<section part="extra">
    <h3>${e.title}</h3>
    <p>${e.intro}</p>
    <ul class="items">${e.entries.map((en) => html`<li><p>${en.text}</p>${sources(x, host, en.sources)}</li>`)}</ul>
  </section>`;
}

/** The result as plain text, for the clipboard (a team meeting, a policy note). */
export function resultText(x: ScanResultTexts, view: ScanView, date: string): string {
  const lines = [x.x.resultTitle, x.s.meta(x.fmt.date(date), view.version), '', `${x.s['profile.title']}:`, ...view.groups.map((g) => `- ${x.s['profile.part'](g.label, g.score, g.max, levelText(x, g))}`)];
  if (view.strongest && view.weakest) lines.push('', x.s.strongest(view.strongest), x.s.weakest(view.weakest));
  if (view.items.length) lines.push('', `${x.x.itemsTitle}:`, ...view.items.map((it) => `- ${it.title}${it.who ? ` (${it.who})` : ''}: ${it.text}${it.sources.length ? ` ${it.sources.join(' ')}` : ''}`));
  lines.push('', x.s.thresholds);
  return lines.join('\n');
}

export function scanResult(x: ScanResultTexts, view: ScanView, host: ScanResultHost): TemplateResult {
  const answered = view.groups.reduce((n, g) => n + g.answered, 0);
  const total = view.groups.reduce((n, g) => n + g.total, 0);
  const levels = view.groups.map((g) => g.level).join(' ');
  return html`<section part="result" class="result" data-levels=${levels} data-answered=${answered}>
    ${stepHeading(x.x.resultTitle)}
    <p class="mz-meta" part="figures">${x.s.meta(x.fmt.date(host.date), view.version)} ${x.s.answered(answered, total)}</p>
    ${partnerBlock(x, host)}
    <h3>${x.s['profile.title']}</h3>
    ${chart(x, view)} ${table(x, view)} ${extremes(x, view)}
    <p class="mz-meta">${x.s.thresholds}</p>
    ${items(x, view, host)} ${extra(x, view, host)}
    <section class="exports" part="exports">
      <h3>${x.s['export.title']}</h3>
      <p class="mz-meta">${x.s['export.note']}</p>
      ${resultActions(
        [
          { name: 'copy', label: x.s.copy, onClick: () => host.copy(resultText(x, view, host.date)), variant: 'secondary' },
          { name: 'csv', label: x.s['export.csv'], onClick: () => host.download('csv'), variant: 'secondary' },
          { name: 'json', label: x.s['export.json'], onClick: () => host.download('json'), variant: 'secondary' },
        ],
        printButton(x.c),
      )}
    </section>
    ${resultActions([
      { name: 'change', label: x.s.change, onClick: host.change, variant: 'secondary' },
      { name: 'restart', label: x.c['step.restart'], onClick: host.restart, variant: 'link' },
    ])}
    ${forgetButton(x.c, host.remember, host.forget)}
  </section>`;
}
