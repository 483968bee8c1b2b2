/**
 * Verlof om dwingende redenen (CAO 45): 10 days a year (pro rata for part-timers), unpaid. Zorgverlof is
 * taken from the same days, so this scheme needs the zorgverlof result. Data: src/data/leave/schemes/dwingendeRedenen.ts.
 */
import { DWINGENDE_REDENEN, ZORGVERLOF } from '../../../data/leave/index.js';
import { setAmount } from '../engine/amounts.js';
import { FULL_TIME, PRIVATE, num, nz, type Ctx } from '../engine/context.js';
import { Verdict, baseDetails, emptyForm, schemeResult } from '../engine/verdict.js';
import { bloodDegree, inLawDegree, isHousehold, isPartnerLike } from '../relations.js';
import type { LeaveNoteKey, LeaveSchemeResult } from '../types.js';

const round1 = (x: number): number => Math.round(x * 10) / 10;
/** 10 working days for a full-time job; pro rata for part-timers (CAO 45). */
const daysPerYear = (c: Ctx): number => round1(DWINGENDE_REDENEN.daysPerYear * (c.regime ?? 1));

/** Zorgverlof and dwingende redenen share one pot of 10 days a year; what is left of each before this request. */
export function dayPots(c: Ctx): { zorgLeft: number; dwingendLeftBefore: number } {
  const usedZ = nz(c.used.zorgverlofDaysThisYear);
  const usedD = nz(c.used.dwingendeRedenenDaysThisYear);
  const dwingendLeftBefore = Math.max(0, round1(daysPerYear(c) - usedZ - usedD));
  // Federal civil servants' congé d'aidant (BOSA) is their own 5 days; CAO 45's 10 days do not apply to them.
  if (c.status === 'federalStatutory') return { zorgLeft: Math.max(0, ZORGVERLOF.daysPerYear - usedZ), dwingendLeftBefore };
  return { zorgLeft: Math.max(0, Math.min(ZORGVERLOF.daysPerYear - usedZ, dwingendLeftBefore)), dwingendLeftBefore };
}

export function dwingendeRedenen(c: Ctx, zorgverlof: LeaveSchemeResult): LeaveSchemeResult {
  // Days the zorgverlof grants come out of this pot first.
  const zorgGranted = zorgverlof.available !== false ? zorgverlof.forms[0]?.daysGranted ?? 0 : 0;
  const v = new Verdict();
  if (c.status === undefined) v.check('reason.statusUnknown');
  else if (c.status === 'selfEmployed') v.fail('reason.employeesOnly');
  else if (!PRIVATE.includes(c.status)) v.check('reason.publicSectorDwingendCheck');
  const cf = c.s.caredFor;
  const rel = cf?.relation;
  const named = DWINGENDE_REDENEN.namedRelativeMaxDegree;
  if (isHousehold(cf) === true || (bloodDegree(rel) ?? 9) <= named || (inLawDegree(rel) ?? 9) <= named) v.ok('reason.familyOrHousehold');
  else if (isPartnerLike(rel)) v.check('reason.partnerNotLivingTogetherCheck');
  // Not named in CAO 45 but its list is open: the employer judges whether it is urgent and unforeseen.
  else if ((bloodDegree(rel) ?? 9) <= 2 || (inLawDegree(rel) ?? 9) <= 2) v.check('reason.dwingendCloseRelativeCheck');
  else if (rel === undefined) v.check('reason.relationUnknown');
  else if (rel === 'neighbour') v.fail('reason.neighbourNotFamily');
  else if (rel === 'friend') v.fail('reason.friendNotFamily');
  else v.fail('reason.notCloseEnoughFamily');
  const { dwingendLeftBefore } = dayPots(c);
  const afterZorg = Math.max(0, dwingendLeftBefore - zorgGranted);
  const f = emptyForm('DAYS');
  f.maxDays = daysPerYear(c);
  const need = num(c.s.daysNeeded);
  // Days the zorgverlof already covers come out of this pot; only the rest is asked here.
  const granted = need === undefined || zorgGranted > 0 ? undefined : Math.min(need, afterZorg);
  if (granted !== undefined) f.daysGranted = granted;
  f.remainingDays = afterZorg - (granted ?? 0);
  setAmount(f, { gross: 0, status: 'official', notes: ['amount.unpaid'], validFrom: DWINGENDE_REDENEN.validFrom, tableId: null });
  if (dwingendLeftBefore <= 0) v.fail('reason.dwingendNoDaysLeft');
  else v.ok('reason.dwingendDaysLeft');
  const notes: LeaveNoteKey[] = ['note.dwingendUnforeseen', 'note.unpaidUnlessAgreed'];
  // Federal civil servants' zorgverlof is their own 5 days (BOSA), not taken from these days.
  if (c.status !== 'federalStatutory') notes.push('note.zorgverlofFromDwingend');
  if (c.regime !== undefined && c.regime < FULL_TIME) notes.push('note.dwingendPartTimeProRata');
  return schemeResult({
    scheme: 'dwingendeRedenen', verdict: v, forms: [f], notes, ruleValidFrom: DWINGENDE_REDENEN.validFrom,
    sources: DWINGENDE_REDENEN.sources, details: baseDetails({ paid: false }),
  });
}
