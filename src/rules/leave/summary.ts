/**
 * "Which leave suits me best?": the schemes that fit, ranked for the summary at the top of a result.
 * Paid leave whose amount we know comes first, then paid leave whose amount no source gives (time
 * credit: its months are many, but a promise without a figure must not top one with a figure), then
 * unpaid leave. Within each: most paid time (in full-time months, so 3 months full-time equals 6
 * months half-time), then the fewest open conditions, then the order of the schemes in the result.
 * Pure and public (`mantelkit/rules`), so an HR portal can show the same answer.
 */
import type { LeaveForm, LeaveFormOption, LeaveResult, LeaveSchemeId, LeaveSchemeResult } from './types.js';

/** How much of a full-time job a form stops (1 = all of it). */
const SHARE: Readonly<Record<LeaveForm, number>> = { FT: 1, FULL: 1, FT_WEEKS: 1, DAYS: 1, HALF: 0.5, PARTIAL: 0.5, ONE_FIFTH: 0.2, ONE_TENTH: 0.1 };
/** Average weeks and working days per month, to compare weeks and days with months. */
const WEEKS_PER_MONTH = 52 / 12;
const WORKDAYS_PER_MONTH = 21.67;

export interface LeaveRankedOption {
  scheme: LeaveSchemeId;
  /** true: fits; 'check': fits if a condition is met (the summary says so). */
  available: true | 'check';
  /** The form that gives the most paid time (the first such form on a tie: full-time before partial). */
  form: LeaveFormOption;
  /** Paid time left in that form, in full-time months; 0 for unpaid leave or a form without allowance. */
  paidMonthsFullTime: number;
  /** Open conditions: "check" verdict, employer agreement needed, allowance not sure. */
  conditions: number;
}

/** Time left in a form, in full-time months (null caps count as unknown: 0, so they do not win on a guess). */
function timeFullTime(f: LeaveFormOption): number {
  const share = SHARE[f.form];
  if (f.form === 'FT_WEEKS') return (f.maxWeeks ?? 0) / WEEKS_PER_MONTH;
  if (f.form === 'DAYS') return (f.remainingDays ?? f.maxDays ?? 0) / WORKDAYS_PER_MONTH;
  return (f.remainingMonths ?? 0) * share;
}

function paidTime(s: LeaveSchemeResult, f: LeaveFormOption): number {
  return s.details.paid && f.allowance !== false ? timeFullTime(f) : 0;
}

/** 0: paid with a known amount; 1: paid, amount unknown; 2: unpaid (or no allowance). */
function tier(s: LeaveSchemeResult, f: LeaveFormOption): number {
  if (paidTime(s, f) <= 0 || f.grossMonthly === 0) return 2;
  return f.grossMonthly === null ? 1 : 0;
}

function conditions(s: LeaveSchemeResult, f: LeaveFormOption): number {
  return (s.available === 'check' ? 1 : 0) + (f.needsEmployerAgreement ? 1 : 0) + (f.allowance === 'check' ? 1 : 0);
}

/**
 * The schemes that fit (available or "check"), best first. The Flemish premium is not a leave (it
 * comes on top of a form, as `form.premium`), so it is never ranked on its own.
 */
export function rankLeaveOptions(result: LeaveResult): LeaveRankedOption[] {
  const ranked: Array<LeaveRankedOption & { order: number; time: number; tier: number }> = [];
  result.schemes.forEach((s, order) => {
    if (s.available === false || s.scheme === 'aanmoedigingspremie' || !s.forms.length) return;
    // The best form of the scheme, by the same order as the schemes (the first one on a tie: full-time before partial).
    const better = (f: LeaveFormOption, b: LeaveFormOption): boolean => {
      const d = tier(s, f) - tier(s, b) || paidTime(s, b) - paidTime(s, f);
      return Math.abs(d) > 1e-9 ? d < 0 : conditions(s, f) < conditions(s, b);
    };
    let best: LeaveFormOption | undefined;
    for (const f of s.forms) if (!best || better(f, best)) best = f;
    if (!best) return;
    ranked.push({
      scheme: s.scheme, available: s.available, form: best, paidMonthsFullTime: Math.round(paidTime(s, best) * 100) / 100,
      conditions: conditions(s, best), order, time: timeFullTime(best), tier: tier(s, best),
    });
  });
  ranked.sort((a, b) => a.tier - b.tier || b.paidMonthsFullTime - a.paidMonthsFullTime || a.conditions - b.conditions || b.time - a.time || a.order - b.order);
  return ranked.map(({ order: _o, time: _t, tier: _k, ...r }) => r);
}
