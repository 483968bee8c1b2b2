import { intlTag, type Locale } from '../locale.js';

export interface PluralForms {
  zero?: string;
  one: string;
  other: string;
}

const rules = new Map<Locale, Intl.PluralRules>();
const numbers = new Map<Locale, Intl.NumberFormat>();

/** Picks the plural form for `n` with Intl.PluralRules; `#` in the form becomes the formatted number. */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  let pr = rules.get(locale);
  if (!pr) rules.set(locale, (pr = new Intl.PluralRules(intlTag(locale))));
  let nf = numbers.get(locale);
  if (!nf) numbers.set(locale, (nf = new Intl.NumberFormat(intlTag(locale))));
  const form = n === 0 && forms.zero !== undefined ? forms.zero : pr.select(n) === 'one' ? forms.one : forms.other;
  return form.replace(/#/g, nf.format(n));
}
