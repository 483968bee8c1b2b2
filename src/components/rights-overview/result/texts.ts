import type { CoreMessages } from '../../../i18n/core/nl.js';
import type { HelpMessages } from '../../../i18n/help/nl.js';
import type { LeaveRuleMessages } from '../../../i18n/leave/reasons/nl.js';
import type { RightsMessages } from '../../../i18n/rights/nl.js';
import type { RightsResultMessages } from '../../../i18n/rights/result/nl.js';
import type { Formatters } from '../../../core/i18n/format.js';
import type { Locale } from '../../../core/locale.js';
import type { RightsAmountView, RightsItem } from '../../../rules/rights/index.js';

/** Everything the result templates read: the texts in the reader's language and the formatters. */
export interface RightsTexts {
  t: RightsMessages;
  c: CoreMessages;
  /** Item and reason texts (a lazy namespace). */
  r: RightsResultMessages;
  /** The leave calculator's reason texts, for the leave items (a lazy namespace, reused). */
  lr: LeaveRuleMessages;
  h: HelpMessages;
  fmt: Formatters;
  locale: Locale;
}

type Kind = 'item' | 'what' | 'where' | 'bring';

/** An item's text of one kind; an id the catalog does not know (a newer rules version) gets none. */
export function itemText(x: RightsTexts, kind: Kind, id: string): string {
  const key = `${kind}.${id}`;
  return Object.prototype.hasOwnProperty.call(x.r, key) ? (x.r as unknown as Record<string, string>)[key] ?? '' : '';
}

export const itemName = (x: RightsTexts, i: RightsItem): string => i.name ?? (itemText(x, 'item', i.id) || i.id);

/** A reason key: ours (`why.*`) or the leave calculator's (`reason.*`). */
export function reasonText(x: RightsTexts, key: string): string {
  const own = x.r as unknown as Record<string, string>;
  const leave = x.lr as unknown as Record<string, string>;
  if (Object.prototype.hasOwnProperty.call(own, key)) return own[key] ?? '';
  return Object.prototype.hasOwnProperty.call(leave, key) ? leave[key] ?? '' : '';
}

/** "about €683 a month, up to", "€140 per maand": the amount as one phrase. */
export function amountText(x: RightsTexts, a: RightsAmountView): string {
  let m = x.fmt.money(a.value);
  if (a.upTo) m = x.t['amount.upTo'](m);
  else if (a.status === 'estimated') m = x.t['amount.about'](m);
  return a.per === 'month' ? x.t['amount.perMonth'](m) : a.per === 'year' ? x.t['amount.perYear'](m) : x.t['amount.once'](m);
}

export const fitsLabel = (x: RightsTexts, f: RightsItem['fits']): string => (f === true ? x.t['fits.yes'] : f === 'check' ? x.t['fits.check'] : x.t['fits.no']);
