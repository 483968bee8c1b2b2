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
// Building an Intl formatter loads its locale data (up to ~150 ms on a slow phone): each one is built
// once per language and options, on first use, not when a catalog imports `formatters` (the step flow
// warms them in idle time after the first render, see step-flow.ts).
const made = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
const once = <T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T => {
  let f = made.get(key) as T | undefined;
  if (!f) made.set(key, (f = make()));
  return f;
};

export function formatters(locale: Locale): Formatters {
  const hit = cache.get(locale);
  if (hit) return hit;
  const tag = intlTag(locale);
  const num = (options?: Intl.NumberFormatOptions) => once(tag + JSON.stringify(options), () => new Intl.NumberFormat(tag, options));
  const f: Formatters = {
    locale,
    money: (amount) =>
      num(Number.isInteger(amount) ? { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 } : { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount),
    number: (n, options) => num(options).format(n),
    date: (iso) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      if (!m) return iso;
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      if (Number.isNaN(d.getTime())) return iso;
      // Dates are calendar days: format in UTC so no time zone shifts a day.
      const s = once(tag + 'd', () => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' })).format(d);
      // French writes the first of the month as "1er" (Intl gives "1").
      return locale === 'fr' && m[3] === '01' ? s.replace(/^1 /, '1er ') : s;
    },
    plural: (n, forms) => plural(locale, n, forms),
    list: (items) => once(tag + 'l', () => new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' })).format(items),
  };
  cache.set(locale, f);
  return f;
}
