/**
 * One way to show a source: its title as the link, then publisher and the page's own date,
 * "Verlof voor mantelzorg (RVA, maart 2024)". The title keeps the page's language and says so
 * with `lang`, so a screen reader reads a French title in French inside a Dutch widget.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { intlTag, type Locale } from '../../core/locale.js';
import type { CoreMessages } from '../../i18n/core/nl.js';
import type { HelpMessages } from '../../i18n/help/nl.js';
import type { SourceInfo } from '../../rules/common/sources.js';

const PRECISION: Readonly<Record<'day' | 'month' | 'year', Intl.DateTimeFormatOptions>> = {
  day: { dateStyle: 'long', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};
/** One formatter per language and precision: a result lists dozens of sources, each render. */
const formats = new Map<string, Intl.DateTimeFormat>();

/** A source date as precise as the page states it: "2023", "maart 2023" or "12 maart 2023". */
export function sourceDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || Number.isNaN(y)) return date;
  const day = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const precision = d ? 'day' : m ? 'month' : 'year';
  const key = `${locale}|${precision}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(intlTag(locale), PRECISION[precision])));
  return format.format(day);
}

export function sourceLink(c: CoreMessages, h: HelpMessages, locale: Locale, url: string, info: SourceInfo): TemplateResult {
  return html`<a href=${url} target="_blank" rel="noopener noreferrer" lang=${ifDefined(info.lang === locale ? undefined : info.lang)}>${info.title}</a><span class="mz-visually-hidden"> ${c['link.newWindow']}</span>
    (${h['source.meta'](info.publisher, info.date === null ? null : sourceDate(info.date, locale))})`;
}
