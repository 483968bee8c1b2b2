/**
 * Verlof voor mantelzorg (caregiver leave): needs the recognition with social rights; any relation.
 * Data: src/data/leave/schemes/mantelzorgverlof.ts (limits shared with the quiz in src/data/recognition.ts).
 */
import { MANTELZORGVERLOF as MZ, RECOGNITION, SINGLE_PARENT } from '../../../data/leave/index.js';
import { newestValidOn } from '../../common/dated.js';
import { rvaAmount, setAmount, withRvaTable } from '../engine/amounts.js';
import { isFullTime, num, nz, type Ctx } from '../engine/context.js';
import { maxDate } from '../engine/dates.js';
import { employeeGate } from '../engine/gates.js';
import { Verdict, baseDetails, counterForms, schemeResult } from '../engine/verdict.js';
import { bloodDegree, inLawDegree, isPartnerLike } from '../relations.js';
import type { LeaveFormOption, LeaveNoteKey, LeaveSchemeResult } from '../types.js';

export function mantelzorgverlof(c: Ctx): LeaveSchemeResult {
  const v = new Verdict();
  const notes: LeaveNoteKey[] = ['note.mantelzorgPerNotice', 'note.recognitionValidOneYear', 'note.checkBalanceBreakAtWork'];
  const details = baseDetails({ noticeDaysMin: MZ.noticeDaysMin, blockMonths: { ...MZ.blockMonths }, protection: 'yesPeriodUnknown' });
  const base = { scheme: 'mantelzorgverlof', verdict: v, notes, details } as const;
  if (c.ruleDate < MZ.startsOn) {
    v.fail('reason.notYetInForce');
    return withRvaTable(c, schemeResult({ ...base, forms: [], ruleValidFrom: MZ.startsOn, sources: MZ.sources }));
  }
  employeeGate(c, v);
  const rel = c.s.caredFor?.relation;
  const rec = c.s.recognition;
  // Not (yet) recognised, or "don't know": the recognition can be asked at one's own health fund at any
  // time and the leave follows it (RVA T164; Samana, "Erkenning als mantelzorger"). So that is "check, and
  // here is how", not a no, unless the stated hours are below the threshold.
  const hours = num(c.s.caregiverHoursPerMonth);
  if (rec === 'socialRights') v.ok('reason.hasSocialRightsRecognition');
  else if (hours !== undefined && hours < RECOGNITION.socialRightsHoursPerMonth) v.fail('reason.needsSocialRightsRecognition');
  else {
    v.check('reason.needsSocialRightsRecognition');
    v.check(hours === undefined ? 'reason.recognitionCouldBePossible' : 'reason.askRecognitionAtHealthFund');
  }
  if (rel && bloodDegree(rel) === undefined && inLawDegree(rel) === undefined && !isPartnerLike(rel)) v.ok('reason.noFamilyTieNeeded');

  // The limits changed for notices from 1 Sep 2021: the request date picks the version.
  const lim = newestValidOn(MZ.limits, c.ruleDate);
  if (lim && lim.validFrom < '2021-09-01') notes.push('note.mantelzorgOldRule');
  let forms: LeaveFormOption[] = [];
  if (lim) {
    const limits = lim.value;
    // Full-time and part-time months share one counter: 1 FT month = 2 part-time months.
    const u = c.used;
    const personEq = nz(u.mantelzorgverlofThisPerson?.FT) + nz(u.mantelzorgverlofThisPerson?.partial) / 2;
    const careerEq = Math.max(personEq, nz(u.mantelzorgverlofCareer?.FT) + nz(u.mantelzorgverlofCareer?.partial) / 2);
    const leftPersonFT = limits.perPersonFT - personEq;
    const leftFT = limits.careerFT === null ? leftPersonFT : Math.min(leftPersonFT, limits.careerFT - careerEq);
    const partial = isFullTime(c);
    forms = counterForms(v, leftFT, [{ form: 'FT' }, { form: 'HALF', when: partial, factor: 2 }, { form: 'ONE_FIFTH', when: partial, factor: 2 }], (f, form) => {
      f.maxMonthsThisPerson = form === 'FT' ? limits.perPersonFT : limits.perPersonPartial;
      f.careerMaxMonths = form === 'FT' ? limits.careerFT : limits.careerPartial;
      setAmount(f, rvaAmount(c, form, SINGLE_PARENT.childAgeBelow));
    });
  }
  if (c.regime === undefined) notes.push('note.regimeUnknown');
  notes.push('note.partialNeedsFullTime', 'note.separateCounters');
  return withRvaTable(c, schemeResult({
    ...base, forms, ruleValidFrom: maxDate(MZ.startsOn, lim?.validFrom), sources: [...MZ.sources, ...(lim?.sources ?? [])],
  }));
}
