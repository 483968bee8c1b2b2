/**
 * Tijdskrediet met motief (zorg), private sector: the care motive, seniority and employer size decide.
 * Data: src/data/leave/schemes/tijdskredietZorg.ts.
 */
import { MINOR_AGE_BELOW, TIJDSKREDIET as TK } from '../../../data/leave/index.js';
import { FULL_TIME, PRIVATE, allowsHalfFrom, has, isFullTime, num, nz, seriouslyIll, situationUnknown, type Ctx } from '../engine/context.js';
import { setAmount } from '../engine/amounts.js';
import { Verdict, baseDetails, counterForms, schemeResult } from '../engine/verdict.js';
import { bloodDegree, inLawDegree, isChildLike, isHousehold, isPartnerLike } from '../relations.js';
import type { LeaveAvailability, LeaveForm, LeaveNoteKey, LeaveReasonKey, LeaveSchemeResult } from '../types.js';

/** The care motive (FOD WASO, "Tijdskrediet met motief"), or a verdict when none fits. */
function careMotive(c: Ctx, v: Verdict): LeaveReasonKey | undefined {
  const cf = c.s.caredFor;
  const rel = cf?.relation;
  const age = num(cf?.ageYears);
  const pct = num(cf?.disabilityPct);
  if (has(c, 'terminal')) return 'reason.tkMotivePalliative';
  if (rel === 'child' && age !== undefined && age < TK.childAgeBelow) return 'reason.tkMotiveChildUnder8';
  if (isChildLike(rel) && age !== undefined && age < TK.disabledChildAgeBelow && (pct !== undefined ? pct >= TK.disabilityPctMin : has(c, 'disabled'))) {
    if (pct === undefined) v.check('reason.disabilityPctUnknown');
    return 'reason.tkMotiveDisabledChild';
  }
  if (isChildLike(rel) && age !== undefined && age < MINOR_AGE_BELOW && seriouslyIll(c)) return 'reason.tkMotiveSeriouslyIllMinor';
  // Family line for "seriously ill household or family member": as private-sector medical assistance.
  // A partner who does not live with the worker is neither surely household nor family: ask.
  const hh = isHousehold(cf);
  const partnerApart = isPartnerLike(rel) && hh === false;
  const family = hh === true || (bloodDegree(rel) ?? 9) <= 2 || inLawDegree(rel) === 1 || partnerApart;
  if (situationUnknown(c)) { v.check('reason.situationUnknown'); return undefined; }
  if (partnerApart && (seriouslyIll(c) || has(c, 'dependent', 'disabled'))) v.check('reason.partnerNotLivingTogetherCheck');
  if (rel === undefined && seriouslyIll(c)) { v.check('reason.relationUnknown'); return undefined; }
  if (family && seriouslyIll(c)) return 'reason.tkMotiveSeriouslyIll';
  if (family && has(c, 'dependent', 'disabled')) { v.check('reason.doctorDecidesSeriousIllness'); return 'reason.tkMotiveSeriouslyIll'; }
  v.fail('reason.tkNoMotive');
  return undefined;
}

/**
 * Does the RVA pay an allowance for this form (requests from 1 Feb 2023, FOD WASO)? false: the leave
 * stays a right but unpaid, so the Flemish premium (which needs an RVA allowance) cannot follow either.
 * 'check': it depends on a fact we were not given. undefined: an allowance as usual.
 */
function allowance(c: Ctx, form: LeaveForm, motive: LeaveReasonKey | undefined): LeaveAvailability | undefined {
  if (c.ruleDate < TK.reform2023.validFrom) return undefined;
  const child = motive === 'reason.tkMotiveChildUnder8';
  const age = num(c.s.caredFor?.ageYears);
  const seniority = num(c.s.seniorityMonths);
  const past = num(c.s.regimePastYear);
  let out: LeaveAvailability | undefined;
  const unsure = (): void => { if (out === undefined) out = 'check'; };
  if (child && c.ruleDate >= TK.childMotiveAllowanceSeniority.validFrom) {
    if (seniority === undefined) unsure();
    else if (seniority < TK.childMotiveAllowanceSeniority.months) out = false;
  }
  if (form === 'FT' && child && age !== undefined && age >= TK.reform2023.childMotiveFtBeforeAge) out = false;
  if (form === 'HALF') {
    if ((c.regime !== undefined && c.regime < FULL_TIME) || (past !== undefined && past < FULL_TIME)) out = false;
    else if (c.regime === undefined) unsure();
  }
  return out;
}

export function tijdskredietZorg(c: Ctx): LeaveSchemeResult {
  const v = new Verdict();
  if (c.status === undefined) v.check('reason.statusUnknown');
  else if (!PRIVATE.includes(c.status)) v.fail('reason.privateSectorOnly');
  const motive = careMotive(c, v);
  if (motive) v.ok(motive);
  const seniority = num(c.s.seniorityMonths);
  if (seniority === undefined) v.ok('reason.seniorityUnknown');
  else if (seniority < TK.seniorityMonths) v.fail('reason.seniorityTooShort');
  const headcount = num(c.s.employerHeadcount);
  let employerMayRefuse: LeaveAvailability = false;
  if (headcount === undefined) employerMayRefuse = 'check';
  else if (headcount <= TK.notARightUpToHeadcount) { employerMayRefuse = true; v.check('reason.tkSmallEmployer'); }
  // Not proportional: a month of 1/5 uses a whole month of the counter.
  const left = TK.careerMaxMonths - nz(c.used.tijdskredietZorgMonths);
  const rows = [{ form: 'FT' }, { form: 'HALF', when: allowsHalfFrom(c, TK.halfMinRegime) }, { form: 'ONE_FIFTH', when: isFullTime(c) }] as const;
  const forms = counterForms(v, left, rows, (f, form) => {
    f.careerMaxMonths = TK.careerMaxMonths;
    f.amountNotes = ['amount.tkNotInSource'];
    const a = allowance(c, form, motive);
    if (a !== undefined) f.allowance = a;
    if (a === false) {
      // A right without allowance: unpaid, as the source says (not an unknown amount).
      const from = motive === 'reason.tkMotiveChildUnder8' && c.ruleDate >= TK.childMotiveAllowanceSeniority.validFrom
        ? TK.childMotiveAllowanceSeniority.validFrom : TK.reform2023.validFrom;
      setAmount(f, { gross: 0, status: 'official', notes: ['amount.unpaid', 'amount.tkNoAllowance'], validFrom: from, tableId: null });
    }
    if (employerMayRefuse === true) f.needsEmployerAgreement = true;
  });
  const notes: LeaveNoteKey[] = ['note.tkNotProportional', 'note.halfNeedsThreeQuarters', 'note.separateCounters', 'note.checkBalanceBreakAtWork'];
  if (c.regime === undefined) notes.push('note.regimeUnknown');
  let validFrom: string = TK.validFrom;
  if (c.ruleDate >= TK.reform2023.validFrom) {
    notes.push('note.tkAllowanceNeedsFullTimeYear');
    validFrom = TK.reform2023.validFrom;
    if (motive === 'reason.tkMotiveChildUnder8') notes.push('note.tkChildMotive48', 'note.tkChildFtBefore5');
  }
  if (motive === 'reason.tkMotiveChildUnder8' && c.ruleDate >= TK.childMotiveAllowanceSeniority.validFrom) {
    notes.push('note.tkChildSeniority36');
    validFrom = TK.childMotiveAllowanceSeniority.validFrom;
  }
  if (motive === 'reason.tkMotivePalliative') notes.push('note.tkAfterPalliativeNotice');
  if (c.ruleDate >= TK.cao1037.validFrom) notes.push('note.tkCao1037Unchecked');
  // More than 20 workers: 3 months' notice; up to 20: 6; unknown: between the two.
  const large = headcount !== undefined && headcount > TK.longNoticeUpToHeadcount;
  const details = baseDetails({
    noticeMonthsMin: large || headcount === undefined ? TK.noticeMonthsLarge : TK.noticeMonthsSmall,
    noticeMonthsMax: large ? TK.noticeMonthsLarge : TK.noticeMonthsSmall,
    employerMayRefuse, protection: 'notStated', seniorityMonthsRequired: TK.seniorityMonths,
  });
  const sources = [
    ...TK.sources, ...(c.ruleDate >= TK.reform2023.validFrom ? TK.reform2023.sources : []), ...(c.ruleDate >= TK.cao1037.validFrom ? TK.cao1037.sources : []),
  ];
  return schemeResult({ scheme: 'tijdskredietZorg', verdict: v, forms, notes, ruleValidFrom: validFrom, sources, details, motive });
}
