/**
 * Verlof voor medische bijstand (medical assistance leave): a seriously ill household or family member.
 * Data: src/data/leave/schemes/medischeBijstand.ts.
 */
import { COVERAGE_FROM, MEDISCHE_BIJSTAND as MB, SINGLE_PARENT } from '../../../data/leave/index.js';
import { rvaAmount, setAmount, withRvaTable } from '../engine/amounts.js';
import { PRIVATE, PUBLIC_ADMIN, allowsHalfFrom, has, isFullTime, num, nz, sourcesFor, type Ctx } from '../engine/context.js';
import { employeeGate, seriousIllnessGate } from '../engine/gates.js';
import { Verdict, baseDetails, counterForms, emptyForm, schemeResult } from '../engine/verdict.js';
import { bloodDegree, inLawDegree, isChildLike, isHousehold, isOwnChild, isPartnerLike } from '../relations.js';
import type { LeaveAvailability, LeaveNoteKey, LeaveSchemeResult } from '../types.js';

/**
 * Family line: household, relatives to the 2nd degree, in-laws to the 1st (to the 2nd in the federal
 * and Flemish administrations: Vlaanderen.be, "Verlof voor medische bijstand").
 */
function familyGate(c: Ctx, v: Verdict): void {
  const cf = c.s.caredFor;
  const rel = cf?.relation;
  const hh = isHousehold(cf);
  if (hh === true) { v.ok('reason.familyOrHousehold'); return; }
  if (rel === undefined) { v.check('reason.relationUnknown'); return; }
  const b = bloodDegree(rel);
  const l = inLawDegree(rel);
  if (b !== undefined && b <= 2) v.ok('reason.familyOrHousehold');
  else if (isPartnerLike(rel)) v.check('reason.partnerNotLivingTogetherCheck');
  else if (l === 1) v.ok('reason.familyOrHousehold');
  else if (l === 2) {
    if (c.status && PUBLIC_ADMIN.includes(c.status)) v.ok('reason.familyOrHousehold');
    else if (c.status === undefined || c.status === 'contractualPublic') v.check('reason.inLawSecondDegreeCheck');
    else v.fail('reason.notCloseEnoughFamily');
  } else if (rel === 'fosterChild' && hh === undefined) v.check('reason.relationUnknown');
  else if (rel === 'neighbour') v.fail('reason.neighbourNotFamily');
  else if (rel === 'friend') v.fail('reason.friendNotFamily');
  else v.fail('reason.notCloseEnoughFamily');
}

export function medischeBijstand(c: Ctx): LeaveSchemeResult {
  const v = new Verdict();
  employeeGate(c, v);
  familyGate(c, v);
  seriousIllnessGate(c, v);
  const notes: LeaveNoteKey[] = ['note.separateCounters', 'note.checkBalanceBreakAtWork'];
  const cf = c.s.caredFor;
  const childAge = num(cf?.ageYears);
  const doubled = c.s.household === 'aloneWithChildren' && isOwnChild(cf?.relation) && childAge !== undefined && childAge <= MB.doubledChildMaxAge;
  if (doubled) v.ok('reason.doubledSingleParentChild');
  const maxFT = doubled ? MB.doubledFT : MB.perPatientFT;
  const maxPartial = doubled ? MB.doubledPartial : MB.perPatientPartial;
  const u = c.used.medischeBijstandThisPatient;
  const usedEq = nz(u?.FT) + nz(u?.partial) / 2;
  const leftFT = maxFT - usedEq;
  const headcount = num(c.s.employerHeadcount);
  const small = headcount !== undefined && headcount < MB.reductionRightFromHeadcount;
  const rows = [{ form: 'FT' }, { form: 'HALF', when: allowsHalfFrom(c, MB.halfMinRegime), factor: 2 }, { form: 'ONE_FIFTH', when: isFullTime(c), factor: 2 }] as const;
  const forms = counterForms(v, leftFT, rows, (f, form) => {
    f.maxMonthsThisPerson = form === 'FT' ? maxFT : maxPartial;
    if (form !== 'FT' && small) f.needsEmployerAgreement = true;
    setAmount(f, rvaAmount(c, form, SINGLE_PARENT.childAgeBelow));
  });
  // Hospitalised minor child: 1 week, renewable once, for parents or 2nd-degree relatives (CSC).
  const rel = cf?.relation;
  if (has(c, 'hospitalisedMinor') && childAge !== undefined && childAge < MB.hospitalisedChild.childAgeBelow &&
      (isChildLike(rel) || rel === 'grandchild' || rel === 'sibling')) {
    const w = emptyForm('FT_WEEKS');
    w.maxWeeks = MB.hospitalisedChild.weeks * (1 + MB.hospitalisedChild.renewals);
    setAmount(w, rvaAmount(c, 'FT_WEEKS', SINGLE_PARENT.childAgeBelow));
    forms.push(w);
    v.ok('reason.hospitalisedChildWeeks');
  }
  if (c.regime === undefined) notes.push('note.regimeUnknown');
  notes.push('note.halfNeedsThreeQuarters');
  if (small || headcount === undefined) notes.push('note.smallEmployerReductionNeedsAgreement');
  if (headcount === undefined || headcount < MB.refuseAfterUseBelowHeadcount) notes.push('note.smallEmployerMayRefuseAfterUse');
  if (c.ruleDate >= MB.shorterPeriodsFrom && (c.status === undefined || PRIVATE.includes(c.status) || c.status === 'localGovernment')) {
    notes.push('note.shorterPeriodsWithAgreement');
  }
  // Under 50 workers: after 6 months FT or 12 months reduction (mixable, 1 FT = 2 partial) the employer may refuse.
  let employerMayRefuse: LeaveAvailability = false;
  if (usedEq >= MB.refuseAfterFT) employerMayRefuse = headcount === undefined ? 'check' : headcount < MB.refuseAfterUseBelowHeadcount;
  const details = baseDetails({ perRequestMonths: { ...MB.perRequestMonths }, protection: 'leavePlus3Months', employerMayRefuse });
  // The 7 days come from the private-sector rules (CSC); for Flemish government staff the department sets the notice.
  if (c.status !== 'flemishGovernment') details.noticeDaysMin = MB.noticeDaysMin;
  return withRvaTable(c, schemeResult({
    scheme: 'medischeBijstand', verdict: v, forms, notes, ruleValidFrom: COVERAGE_FROM,
    sources: [...sourcesFor(c, MB.sources, MB.publicSources), ...(forms.some((f) => f.form === 'FT_WEEKS') ? MB.hospitalisedChild.sources : [])], details,
  }));
}
