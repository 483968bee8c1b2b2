/** Palliatief verlof: for someone in palliative care, any relation. Data: src/data/leave/schemes/palliatiefVerlof.ts. */
import { PALLIATIEF, SINGLE_PARENT } from '../../../data/leave/index.js';
import { rvaAmount, setAmount, withRvaTable } from '../engine/amounts.js';
import { has, isFullTime, nz, situationUnknown, type Ctx } from '../engine/context.js';
import { employeeGate } from '../engine/gates.js';
import { Verdict, baseDetails, counterForms, schemeResult } from '../engine/verdict.js';
import type { LeaveNoteKey, LeaveSchemeResult } from '../types.js';

export function palliatiefVerlof(c: Ctx): LeaveSchemeResult {
  const v = new Verdict();
  employeeGate(c, v);
  if (situationUnknown(c)) v.check('reason.situationUnknown');
  else if (has(c, 'terminal')) v.ok('reason.terminal');
  else v.fail('reason.notTerminal');
  v.ok('reason.noFamilyTieNeeded');
  const left = PALLIATIEF.maxMonths - nz(c.used.palliatiefThisPatientMonths);
  const partial = isFullTime(c);
  const forms = counterForms(v, left, [{ form: 'FT' }, { form: 'HALF', when: partial }, { form: 'ONE_FIFTH', when: partial }], (f, form) => {
    f.maxMonthsThisPerson = PALLIATIEF.maxMonths;
    setAmount(f, rvaAmount(c, form, SINGLE_PARENT.childAgeBelow));
  });
  const notes: LeaveNoteKey[] = ['note.palliativeExtensions', 'note.palliativeStart', 'note.partialNeedsFullTime', 'note.separateCounters'];
  if (c.regime === undefined) notes.push('note.regimeUnknown');
  return withRvaTable(c, schemeResult({
    scheme: 'palliatiefVerlof', verdict: v, forms, notes, ruleValidFrom: PALLIATIEF.validFrom, sources: PALLIATIEF.sources,
    details: baseDetails({ protection: 'leavePlus3Months' }),
  }));
}
