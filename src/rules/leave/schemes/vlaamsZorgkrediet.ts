/**
 * Vlaams zorgkrediet: Flemish government, Flemish education and local government in Flanders, for a
 * care motive. Data: src/data/leave/schemes/vlaamsZorgkrediet.ts (rules and allowance table).
 */
import { ZORGKREDIET as ZK, ZORGKREDIET_RATES } from '../../../data/leave/index.js';
import { newestValidOn } from '../../common/dated.js';
import { applyTableStatus, proRata, setAmount } from '../engine/amounts.js';
import { FLEMISH_PUBLIC, allowsHalfFrom, has, isFullTime, isPartTime, num, nz, seriouslyIll, situationUnknown, type Ctx } from '../engine/context.js';
import { Verdict, baseDetails, counterForms, schemeResult } from '../engine/verdict.js';
import { isChildLike, isFamilyToSecondDegree, isHousehold } from '../relations.js';
import type { LeaveNoteKey, LeaveReasonKey, LeaveSchemeResult } from '../types.js';

/** The care motive (Departement WSE, "Vlaams zorgkrediet: motieven"), or a verdict when none fits. */
function careMotive(c: Ctx, v: Verdict): LeaveReasonKey | undefined {
  const cf = c.s.caredFor;
  const rel = cf?.relation;
  const age = num(cf?.ageYears);
  const pct = num(cf?.disabilityPct);
  let motive: LeaveReasonKey | undefined;
  // A partner who is neither married nor legally cohabiting and lives elsewhere is not surely family: ask.
  const partnerApart = rel === 'partner' && isHousehold(cf) === false;
  const family = isFamilyToSecondDegree(cf);
  if (partnerApart && (seriouslyIll(c) || has(c, 'dependent', 'disabled'))) v.check('reason.partnerNotLivingTogetherCheck');
  if (isChildLike(rel) && age !== undefined && age <= ZK.childAgeMax) motive = 'reason.zkMotiveChild';
  else if (has(c, 'terminal')) motive = 'reason.zkMotivePalliative';
  else if (isChildLike(rel) && (pct !== undefined ? pct >= ZK.disabilityPctMin : has(c, 'disabled'))) {
    motive = 'reason.zkMotiveDisabledChild';
    if (pct === undefined) v.check('reason.disabilityPctUnknown');
  } else if (situationUnknown(c)) v.check('reason.situationUnknown');
  else if (rel === undefined) v.check('reason.relationUnknown');
  else if (family && seriouslyIll(c)) motive = 'reason.zkMotiveSeriouslyIll';
  else if (family && has(c, 'dependent', 'disabled')) { motive = 'reason.zkMotiveSeriouslyIll'; v.check('reason.doctorDecidesSeriousIllness'); }
  else v.fail('reason.zkNoMotive');
  return motive;
}

export function vlaamsZorgkrediet(c: Ctx): LeaveSchemeResult {
  const v = new Verdict();
  if (c.status === undefined) v.check('reason.statusUnknown');
  else if (!FLEMISH_PUBLIC.includes(c.status)) v.fail('reason.flemishPublicOnly');
  else if (c.status === 'localGovernment') {
    if (c.s.workplaceRegion === undefined) v.check('reason.apRegionUnknown');
    else if (c.s.workplaceRegion !== 'flanders') v.fail('reason.localGovernmentOutsideFlanders');
  }
  const motive = careMotive(c, v);
  if (motive) v.ok(motive);
  const leftFT = ZK.careerMaxMonths.FT - nz(c.used.vlaamsZorgkredietFTMonths);
  const t = newestValidOn(ZORGKREDIET_RATES, c.asOf);
  const single = c.s.household === 'aloneWithChildren';
  const max = ZK.careerMaxMonths;
  const rows = [
    { form: 'FT' }, { form: 'HALF', when: allowsHalfFrom(c, ZK.halfMinRegimeAssumed), factor: max.HALF / max.FT },
    { form: 'ONE_FIFTH', when: isFullTime(c), factor: max.ONE_FIFTH / max.FT },
  ] as const;
  const forms = counterForms(v, leftFT, rows, (f, form) => {
    f.careerMaxMonths = max[form];
    if (!t) { f.amountNotes = ['amount.noTableForDate']; return; }
    if (form === 'FT') {
      const base = t.amounts.FT;
      if (base !== null) setAmount(f, applyTableStatus(t, 'FT', c.asOf, proRata(c, 'FT', base, [], t.validFrom, t)));
    } else if (isPartTime(c)) {
      f.amountNotes = ['amount.partTimePartialUnknown'];
    } else {
      const key = form === 'HALF' ? (single ? 'HALF_singleParent' : 'HALF') : single ? 'ONE_FIFTH_singleParent' : 'ONE_FIFTH';
      const base = t.amounts[key];
      if (base !== null) setAmount(f, applyTableStatus(t, key, c.asOf, proRata(c, form, base, single ? ['amount.singleParentApplied'] : [], t.validFrom, t)));
    }
  });
  const notes: LeaveNoteKey[] = ['note.zkRightExceptions', 'note.zkNotWithThematic', 'note.zkPerRequest', 'note.zkHalfRuleAssumed', 'note.separateCounters'];
  if (c.regime === undefined) notes.push('note.regimeUnknown');
  return schemeResult({
    scheme: 'vlaamsZorgkrediet', verdict: v, forms, notes, ruleValidFrom: ZK.validFrom, sources: [...ZK.sources, ...(t?.sources ?? [])],
    details: baseDetails({ perRequestMonths: { ...ZK.perRequestMonths }, employerMayRefuse: ZK.employerMayRefuse, protection: 'notStated' }),
    motive, ratesTable: t?.id ?? null,
  });
}
