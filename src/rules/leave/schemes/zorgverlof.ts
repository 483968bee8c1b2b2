/**
 * Zorgverlof: 5 unpaid days a year for a seriously ill close relative, taken from the days of dwingende
 * redenen (federal civil servants have their own version). Data: src/data/leave/schemes/zorgverlof.ts.
 */
import { ZORGVERLOF } from '../../../data/leave/index.js';
import { setAmount } from '../engine/amounts.js';
import { num, type Ctx } from '../engine/context.js';
import { seriousIllnessGate } from '../engine/gates.js';
import { Verdict, baseDetails, emptyForm, schemeResult } from '../engine/verdict.js';
import { bloodDegree, inLawDegree, isHousehold, isSpouseOrLegal } from '../relations.js';
import { dayPots } from './dwingendeRedenen.js';
import type { LeaveNoteKey, LeaveSchemeResult } from '../types.js';

export function zorgverlof(c: Ctx): LeaveSchemeResult {
  const v = new Verdict();
  const notes: LeaveNoteKey[] = ['note.zorgverlofFromDwingend', 'note.zorgverlofDoctorCertificate', 'note.unpaidUnlessAgreed'];
  const details = baseDetails({ paid: false, protection: 'yesPeriodUnknown' });
  let federal = false;
  let validFrom: string = ZORGVERLOF.validFrom;
  let sources: readonly string[] = ZORGVERLOF.sources;
  if (c.ruleDate < ZORGVERLOF.validFrom) {
    v.fail('reason.notYetInForce');
    return schemeResult({ scheme: 'zorgverlof', verdict: v, forms: [], notes, ruleValidFrom: validFrom, sources, details });
  }
  if (c.status === undefined) v.check('reason.statusUnknown');
  else if (c.status === 'selfEmployed') v.fail('reason.employeesOnly');
  else if (c.status === 'federalStatutory') {
    if (c.ruleDate < ZORGVERLOF.federalValidFrom) v.fail('reason.federalZorgverlofNotYet');
    else { v.ok('reason.federalZorgverlofOwnVersion'); federal = true; }
    validFrom = ZORGVERLOF.federalValidFrom;
    sources = ZORGVERLOF.federalSources;
  } else if (c.status === 'flemishGovernment' || c.status === 'educationFlemish' || c.status === 'localGovernment') {
    v.check('reason.statutoryZorgverlofUnchecked');
  }
  const cf = c.s.caredFor;
  const rel = cf?.relation;
  const hh = isHousehold(cf);
  if (hh === true) v.ok('reason.familyOrHousehold');
  else if (rel === undefined) v.check('reason.relationUnknown');
  else if (bloodDegree(rel) === 1) v.ok('reason.familyOrHousehold');
  else if (isSpouseOrLegal(rel)) {
    // Federal civil servants: household and own parents/children only (BOSA).
    if (federal) v.check('reason.partnerNotLivingTogetherCheck'); else v.ok('reason.familyOrHousehold');
  } else if (inLawDegree(rel) === 1 && !federal) v.check('reason.inLawZorgverlofCheck');
  else if (rel === 'neighbour') v.fail('reason.neighbourNotFamily');
  else if (rel === 'friend') v.fail('reason.friendNotFamily');
  else v.fail('reason.notCloseEnoughFamily');
  seriousIllnessGate(c, v);
  const { zorgLeft } = dayPots(c);
  const f = emptyForm('DAYS');
  f.maxDays = ZORGVERLOF.daysPerYear;
  const need = num(c.s.daysNeeded);
  const granted = need === undefined ? undefined : Math.min(need, zorgLeft);
  if (granted !== undefined) f.daysGranted = granted;
  f.remainingDays = zorgLeft - (granted ?? 0);
  // Unpaid by law (Trends, "Comment l'idée d'un congé d'aidant rémunéré a fini aux oubliettes"); an employer
  // or sector agreement may pay, which the overlay can say.
  setAmount(f, { gross: 0, status: 'official', notes: ['amount.unpaid'], validFrom, tableId: null });
  // Federal civil servants' congé d'aidant is their own 5 days (BOSA): it does not share CAO 45's 10 days.
  const shown = federal ? notes.filter((n) => n !== 'note.zorgverlofFromDwingend') : notes;
  if (zorgLeft <= 0) v.fail('reason.zorgverlofNoDaysLeft');
  else v.ok('reason.zorgverlofDaysLeft');
  return schemeResult({ scheme: 'zorgverlof', verdict: v, forms: [f], notes: shown, ruleValidFrom: validFrom, sources, details });
}
