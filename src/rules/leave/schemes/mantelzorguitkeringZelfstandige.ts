/**
 * Mantelzorguitkering for the self-employed: a flat monthly allowance from the social insurance fund.
 * Data: src/data/leave/schemes/mantelzorguitkeringZelfstandige.ts (rules and amounts table).
 */
import { SELF_EMPLOYED, ZELFSTANDIGE } from '../../../data/leave/index.js';
import { newestValidOn } from '../../common/dated.js';
import { round2, setAmount, tableAmount } from '../engine/amounts.js';
import { has, num, nz, seriouslyIll, situationUnknown, type Ctx } from '../engine/context.js';
import { Verdict, baseDetails, counterForms, schemeResult } from '../engine/verdict.js';
import { isFamilyToSecondDegree, isHousehold } from '../relations.js';
import type { LeaveNoteKey, LeaveReasonKey, LeaveSchemeResult } from '../types.js';

/** The care motive (RSVZ/INASTI FAQ), or a verdict when none fits. */
function careMotive(c: Ctx, v: Verdict): LeaveReasonKey | undefined {
  const cf = c.s.caredFor;
  const rel = cf?.relation;
  const age = num(cf?.ageYears);
  const pct = num(cf?.disabilityPct);
  let motive: LeaveReasonKey | undefined;
  const family = isFamilyToSecondDegree(cf);
  const disabledChild = rel === 'child' && (pct !== undefined ? pct >= ZELFSTANDIGE.disabilityPctMin : has(c, 'disabled'));
  if (disabledChild && age !== undefined && age < ZELFSTANDIGE.disabledChildAgeBelow) {
    motive = 'reason.selfMotiveDisabledChild';
    if (pct === undefined) v.check('reason.disabilityPctUnknown');
  } else if (disabledChild && age !== undefined && age < ZELFSTANDIGE.integrationAllowanceAgeBelow) {
    // 18–25 only with an integration allowance: we do not ask, so the fund must say.
    motive = 'reason.selfMotiveDisabledChild';
    v.check('reason.disabilityPctUnknown');
  } else if (situationUnknown(c)) v.check('reason.situationUnknown');
  else if (rel === undefined && isHousehold(cf) !== true) v.check('reason.relationUnknown');
  else if (family && seriouslyIll(c)) motive = 'reason.selfMotiveFamily';
  else if (family && has(c, 'dependent', 'disabled')) { motive = 'reason.selfMotiveFamily'; v.check('reason.doctorDecidesSeriousIllness'); }
  else v.fail('reason.selfNoMotive');
  // Family means a spouse or legal cohabitant, or someone at the same address (UCM, "Aidant proche
  // indépendant: quelles aides"): an unmarried partner who lives elsewhere may not count.
  if (motive && rel === 'partner' && isHousehold(cf) !== true) v.check('reason.partnerNotLivingTogetherCheck');
  return motive;
}

export function mantelzorguitkeringZelfstandige(c: Ctx): LeaveSchemeResult {
  const v = new Verdict();
  if (c.status === undefined) v.check('reason.statusUnknown');
  else if (c.status !== 'selfEmployed') v.fail('reason.selfEmployedOnly');
  if (c.ruleDate < ZELFSTANDIGE.validFrom) v.fail('reason.notYetInForce');
  const motive = careMotive(c, v);
  if (motive) v.ok(motive);
  const left = ZELFSTANDIGE.careerMaxMonths - nz(c.used.mantelzorguitkeringMonths);
  const t = newestValidOn(SELF_EMPLOYED, c.asOf);
  const forms = counterForms(v, left, [{ form: 'FULL' }, { form: 'PARTIAL' }], (f, form) => {
    f.careerMaxMonths = ZELFSTANDIGE.careerMaxMonths;
    if (!t) { f.amountNotes = ['amount.noTableForDate']; return; }
    // Flat amounts: the self-employed allowance is not pro rata to a work regime. The partial one is half
    // of the full one where the table does not give it. No payer's own page gives an amount, so every
    // amount is an estimate with "check with your social insurance fund".
    const full = t.amounts.FULL;
    const given = t.amounts[form];
    const derived = form === 'PARTIAL' && given === null && full !== null;
    const base = derived ? round2(full * ZELFSTANDIGE.partialShareOfFull) : given;
    if (base === null) return;
    const a = tableAmount(c, t, form, base, t.validFrom, derived ? ['amount.selfPartialHalf'] : []);
    setAmount(f, { ...a, status: 'estimated', notes: [...a.notes, 'amount.selfCheckFund'] });
  });
  const notes: LeaveNoteKey[] = ['note.selfContributions', 'note.selfExemption', 'note.selfNotWithRva'];
  return schemeResult({
    scheme: 'mantelzorguitkeringZelfstandige', verdict: v, forms, notes, ruleValidFrom: ZELFSTANDIGE.validFrom,
    sources: [...ZELFSTANDIGE.sources, ...(t?.sources ?? []), ...ZELFSTANDIGE.partialShareSources],
    details: baseDetails({ perRequestMonths: { min: ZELFSTANDIGE.minMonths, max: ZELFSTANDIGE.perRequestMaxMonths }, protection: 'notApplicable' }),
    motive, ratesTable: t?.id ?? null,
  });
}
