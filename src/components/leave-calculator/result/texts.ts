import { html, nothing, type TemplateResult } from 'lit';
import type { CoreMessages } from '../../../i18n/core/nl.js';
import type { LeaveMessages } from '../../../i18n/leave/nl.js';
import type { LeaveResultMessages } from '../../../i18n/leave/result/nl.js';
import type { LeaveRuleMessages } from '../../../i18n/leave/reasons/nl.js';
import type { HelpMessages } from '../../../i18n/help/nl.js';
import type { Formatters } from '../../../core/i18n/format.js';
import { externalLink } from '../../../core/flow/templates.js';
import type { Locale } from '../../../core/locale.js';
import type { LeaveFormOption } from '../../../rules/leave/index.js';
import type { SourceInfo } from '../../../rules/common/sources.js';

/** Everything the result templates read: the texts in the reader's language and the formatters. */
export interface LeaveTexts {
  /** The widget's texts plus the result namespace (loaded with the rules, from "Start" on). */
  t: LeaveMessages & LeaveResultMessages;
  c: CoreMessages;
  /** The rules' reason and note texts (a lazy namespace). */
  r: LeaveRuleMessages;
  fmt: Formatters;
  locale: Locale;
  /** The shared source texts ("publisher, date"; a lazy namespace). */
  h: HelpMessages;
  /** What a cited URL is: title, publisher, date (the lazy source catalogue). */
  source: (url: string) => SourceInfo;
}

export function money(x: LeaveTexts, n: number, status: LeaveFormOption['amountStatus']): string {
  const m = x.fmt.money(n);
  return status === 'estimated' ? x.t['amount.about'](m) : m;
}

/** The Flemish premium for a form: "maybe …" when the rules say to check, nothing when it does not apply. */
export function premiumText(x: LeaveTexts, f: LeaveFormOption): string | undefined {
  const p = f.premium;
  if (!p || p.available === false) return undefined;
  // A premium that must be checked and has no amount (e.g. weeks of leave for a hospitalised child).
  if (p.grossMonthly === null && p.available === 'check') return x.t['amount.premiumCheck'];
  if (p.grossMonthly === null || p.grossMonthly === 0) return undefined;
  const m = money(x, p.grossMonthly, p.amountStatus);
  return p.available === 'check' ? x.t['amount.maybe'](m) : m;
}

export function amountCell(x: LeaveTexts, f: LeaveFormOption): TemplateResult | string {
  const t = x.t;
  if (f.grossMonthly === null) return t['amount.unknownShort'];
  if (f.grossMonthly === 0 && f.amountNotes.includes('amount.unpaid')) return t['amount.unpaidShort'];
  const e = f.estimate;
  if (e) {
    // Say how the number shown was made: this form's amount on the table date (the part-timer's share
    // included), the index steps since, and the result, so the sum in the note gives the amount.
    const how = t['amount.estimateHow'](x.fmt.money(e.baseAmount), x.fmt.date(e.officialValidFrom), e.steps.length, `${x.fmt.number(e.stepPct)} %`, x.fmt.money(f.grossMonthly));
    return html`${money(x, f.grossMonthly, f.amountStatus)}<br /><span class="mz-meta">${how}${e.currentTableUrl
      ? html`. ${externalLink(x.c, e.currentTableUrl, t['amount.currentTable'])}` : nothing}</span>`;
  }
  // An undated source gets no "from <date>": its validFrom is only the earliest date it could apply.
  const when = f.amountNotes.includes('amount.undatedSource') ? t['amount.undated']
    : f.amountValidFrom ? t['amount.from'](x.fmt.date(f.amountValidFrom)) : '';
  return html`${money(x, f.grossMonthly, f.amountStatus)}${when ? html`<br /><span class="mz-meta">${when}</span>` : nothing}`;
}

export function monthsText(x: LeaveTexts, n: number | null): string {
  return n === null ? x.t['table.none'] : x.t.months(n);
}
