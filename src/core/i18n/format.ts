import { intlTag, type Locale } from '../locale.js';
import { plural, type PluralForms } from './plural.js';

export interface Formatters {
  readonly locale: Locale;
  /** € amount, cents only when needed: "€ 1.234,56" (nl-BE). */
  money(amount: number): string;
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** An ISO date (YYYY-MM-DD) as a long date: "1 maart 2026". Invalid input is returned as is. */
  date(iso: string): string;
  plural(n: number, forms: PluralForms): string;
  /** "a, b en c" */
  list(items: string[]): string;
}

const cache = new Map<Locale, Formatters>();

export function formatters(locale: Locale): Formatters {
  const hit = cache.get(locale);
  if (hit) return hit;
  const tag = intlTag(locale);
  const euro = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const euroRound = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  // Dates are calendar days: format in UTC so no time zone shifts a day.
  const longDate = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const list = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
  const f: Formatters = {
    locale,
    money: (amount) => (Number.isInteger(amount) ? euroRound : euro).format(amount),
    number: (n, options) => new Intl.NumberFormat(tag, options).format(n),
    date: (iso) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      if (!m) return iso;
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      if (Number.isNaN(d.getTime())) return iso;
      // French writes the first of the month as "1er" (Intl gives "1").
      return locale === 'fr' && m[3] === '01' ? longDate.format(d).replace(/^1 /, '1er ') : longDate.format(d);
    },
    plural: (n, forms) => plural(locale, n, forms),
    list: (items) => list.format(items),
  };
  cache.set(locale, f);
  return f;
}
