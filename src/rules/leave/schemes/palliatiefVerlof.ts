/** Palliatief verlof: for someone in palliative care, any relation. Data: src/data/leave/schemes/palliatiefVerlof.ts. */
import { PALLIATIEF, SINGLE_PARENT } from '../../../data/leave/index.js';
import { rvaAmount, setAmount, withRvaTable } from '../engine/amounts.js';
import { allowsHalfFrom, has, isFullTime, nz, situationUnknown, sourcesFor, type Ctx } from '../engine/context.js';
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
  // ½ from a 3/4 job, 1/5 only from a full-time job (law of 5 March 2017; Besox 2017-05-02).
  const rows = [{ form: 'FT' }, { form: 'HALF', when: allowsHalfFrom(c, PALLIATIEF.halfMinRegime) }, { form: 'ONE_FIFTH', when: isFullTime(c) }] as const;
  const forms = counterForms(v, left, rows, (f, form) => {
    f.maxMonthsThisPerson = PALLIATIEF.maxMonths;
    setAmount(f, rvaAmount(c, form, SINGLE_PARENT.childAgeBelow));
  });
  const notes: LeaveNoteKey[] = ['note.palliativeExtensions', 'note.palliativeStart', 'note.halfNeedsThreeQuarters', 'note.separateCounters'];
  if (c.regime === undefined) notes.push('note.regimeUnknown');
  return withRvaTable(c, schemeResult({
    scheme: 'palliatiefVerlof', verdict: v, forms, notes, ruleValidFrom: PALLIATIEF.validFrom, sources: sourcesFor(c, PALLIATIEF.sources, PALLIATIEF.publicSources),
    details: baseDetails({ protection: 'leavePlus3Months' }),
  }));
}
