import { html, nothing, type TemplateResult } from 'lit';
import type { CoreMessages } from '../../../i18n/core/nl.js';
import type { LeaveMessages } from '../../../i18n/leave/nl.js';
import type { LeaveRuleMessages } from '../../../i18n/leave/reasons/nl.js';
import type { Formatters } from '../../../core/i18n/format.js';
import type { Locale } from '../../../core/locale.js';
import type { LeaveFormOption } from '../../../rules/leave/index.js';

/** Everything the result templates read: the texts in the reader's language and the formatters. */
export interface LeaveTexts {
  t: LeaveMessages;
  c: CoreMessages;
  /** The rules' reason and note texts (a lazy namespace). */
  r: LeaveRuleMessages;
  fmt: Formatters;
  locale: Locale;
}

export function money(x: LeaveTexts, n: number, status: LeaveFormOption['amountStatus']): string {
  const m = x.fmt.money(n);
  return status === 'estimated' ? x.t['amount.about'](m) : m;
}

/** The Flemish premium for a form: "maybe …" when the rules say to check, nothing when it does not apply. */
export function premiumText(x: LeaveTexts, f: LeaveFormOption): string | undefined {
  const p = f.premium;
  if (!p || p.grossMonthly === null || p.grossMonthly === 0 || p.available === false) return undefined;
  const m = money(x, p.grossMonthly, p.amountStatus);
  return p.available === 'check' ? x.t['amount.maybe'](m) : m;
}

export function amountCell(x: LeaveTexts, f: LeaveFormOption): TemplateResult | string {
  const t = x.t;
  if (f.grossMonthly === null) return t['amount.unknownShort'];
  if (f.grossMonthly === 0 && f.amountNotes.includes('amount.unpaid')) return t['amount.unpaidShort'];
  // An undated source gets no "from <date>": its validFrom is only the earliest date it could apply.
  const when = f.amountNotes.includes('amount.undatedSource') ? t['amount.undated']
    : f.amountValidFrom ? t['amount.from'](x.fmt.date(f.amountValidFrom)) : '';
  return html`${money(x, f.grossMonthly, f.amountStatus)}${when ? html`<br /><span class="mz-meta">${when}</span>` : nothing}`;
}

export function monthsText(x: LeaveTexts, n: number | null): string {
  return n === null ? x.t['table.none'] : x.t.months(n);
}
