/** Ouderschapsverlof (parental leave): own or adopted child under 12 (21 with a disability). Data: src/data/leave/schemes/ouderschapsverlof.ts. */
import { OUDERSCHAP } from '../../../data/leave/index.js';
import { rvaAmount, setAmount, withRvaTable } from '../engine/amounts.js';
import { PRIVATE, has, isFullTime, num, nz, type Ctx } from '../engine/context.js';
import { employeeGate } from '../engine/gates.js';
import { Verdict, baseDetails, counterForms, schemeResult } from '../engine/verdict.js';
import type { LeaveNoteKey, LeaveSchemeResult } from '../types.js';

export function ouderschapsverlof(c: Ctx): LeaveSchemeResult {
  const v = new Verdict();
  employeeGate(c, v);
  const cf = c.s.caredFor;
  const rel = cf?.relation;
  if (rel === undefined) v.check('reason.relationUnknown');
  else if (rel === 'child') { /* own or adopted child: fine */ }
  else if (rel === 'fosterChild' && c.ruleDate >= OUDERSCHAP.fosterFrom) v.check('reason.fosterChildCheck');
  else v.fail('reason.notOwnChild');
  const age = num(cf?.ageYears);
  const pct = num(cf?.disabilityPct);
  const disabledStated = has(c, 'disabled');
  // The single-parent amount follows the parental age limits, not the general 18.
  let singleBelow: number = OUDERSCHAP.childAgeBelow;
  if (age === undefined) v.check('reason.childAgeUnknown');
  else if (age < OUDERSCHAP.childAgeBelow) v.ok('reason.childUnderLimit');
  else if (age < OUDERSCHAP.disabledChildAgeBelow && pct !== undefined && pct >= OUDERSCHAP.disabilityPctMin) {
    v.ok('reason.disabledChildUnderLimit');
    singleBelow = OUDERSCHAP.disabledChildAgeBelow;
  } else if (age < OUDERSCHAP.disabledChildAgeBelow && pct === undefined && disabledStated) {
    v.check('reason.disabilityPctUnknown');
    singleBelow = OUDERSCHAP.disabledChildAgeBelow;
  } else v.fail('reason.childTooOld');
  const seniority = num(c.s.seniorityMonths);
  if (seniority === undefined) v.ok('reason.seniorityUnknown');
  else if (seniority < OUDERSCHAP.seniorityMonths) v.fail('reason.seniorityTooShort');
  const leftFT = OUDERSCHAP.maxMonths.FT - nz(c.used.ouderschapsverlofThisChildFTMonths);
  const max = OUDERSCHAP.maxMonths;
  const partial = isFullTime(c);
  const rows = [
    { form: 'FT' }, { form: 'HALF', when: partial, factor: max.HALF / max.FT },
    { form: 'ONE_FIFTH', when: partial, factor: max.ONE_FIFTH / max.FT }, { form: 'ONE_TENTH', when: partial, factor: max.ONE_TENTH / max.FT },
  ] as const;
  const forms = counterForms(v, leftFT, rows, (f, form) => {
    f.maxMonthsThisPerson = max[form];
    if (form === 'ONE_TENTH') f.needsEmployerAgreement = true;
    setAmount(f, rvaAmount(c, form, singleBelow));
  });
  const notes: LeaveNoteKey[] = ['note.partialNeedsFullTime', 'note.parentalOneTenthAgreement', 'note.separateCounters', 'note.checkBalanceBreakAtWork'];
  if (c.regime === undefined) notes.push('note.regimeUnknown');
  // Weeks instead of months, with the employer's agreement (private sector rules): no Flemish premium then.
  const weeks = c.ruleDate >= OUDERSCHAP.weeksFrom && (c.status === undefined || PRIVATE.includes(c.status) || c.status === 'localGovernment');
  if (weeks) notes.push('note.shorterPeriodsWithAgreement');
  // The 4th month is paid only for children born or adopted after 8 March 2012 (oz.be), which matters for older disabled children.
  if (age !== undefined && Number(c.asOf.slice(0, 4)) - Math.floor(age) - 1 <= Number(OUDERSCHAP.fourthMonthPaidBornAfter.slice(0, 4))) {
    notes.push('note.parentalFourthMonthBornBefore2012');
  }
  const details = baseDetails({
    noticeMonthsMin: OUDERSCHAP.noticeMonths.min, noticeMonthsMax: OUDERSCHAP.noticeMonths.max,
    protection: 'leavePlus3Months', seniorityMonthsRequired: OUDERSCHAP.seniorityMonths,
  });
  return withRvaTable(c, schemeResult({
    scheme: 'ouderschapsverlof', verdict: v, forms, notes, ruleValidFrom: OUDERSCHAP.validFrom,
    sources: [...OUDERSCHAP.sources, ...(rel === 'fosterChild' ? OUDERSCHAP.fosterSources : []), ...(weeks ? OUDERSCHAP.weeksSources : [])], details,
  }));
}
