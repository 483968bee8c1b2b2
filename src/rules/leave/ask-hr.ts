/**
 * "Ask your HR, here is what to ask": public employers set part of the care-leave rules in their own
 * statute or work rules, and no public source gives the RVA amounts for their staff. Instead of a
 * guess, the result lists the few concrete questions that close exactly those gaps. Pure and public
 * (`mantelkit/rules`), so an HR portal can show the same list.
 */
import type { LeaveResult, LeaveSituation, LeaveStatus } from './types.js';

export type LeaveHrQuestion =
  | 'hr.amount'
  | 'hr.statute'
  | 'hr.days'
  | 'hr.zorgkrediet'
  | 'hr.notice'
  | 'hr.balance';

/** Statuses whose employer is a public administration (its own statute or work rules apply). */
export const LEAVE_PUBLIC_STATUSES: readonly LeaveStatus[] = ['contractualPublic', 'federalStatutory', 'flemishGovernment', 'educationFlemish', 'localGovernment'];

/** The questions for this worker, most useful first; empty outside the public sector. */
export function leaveHrQuestions(situation: LeaveSituation | null | undefined, result: LeaveResult): LeaveHrQuestion[] {
  const status = situation?.status;
  if (!status || !LEAVE_PUBLIC_STATUSES.includes(status)) return [];
  const fits = result.schemes.filter((s) => s.available !== false);
  const has = (id: string): boolean => fits.some((s) => s.scheme === id);
  const out: LeaveHrQuestion[] = [];
  if (fits.some((s) => s.forms.some((f) => f.amountNotes.includes('amount.publicSectorUnknown')))) out.push('hr.amount');
  if (has('vlaamsZorgkrediet')) out.push('hr.zorgkrediet');
  out.push('hr.statute');
  if (fits.some((s) => (s.scheme === 'zorgverlof' || s.scheme === 'dwingendeRedenen') && s.available === 'check')) out.push('hr.days');
  out.push('hr.notice', 'hr.balance');
  return out;
}
