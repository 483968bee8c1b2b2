/**
 * Flemish incentive premium (aanmoedigingspremie): paid on top of some RVA leaves for a workplace in
 * Flanders, so it needs their results (thematic leaves and time credit). It also says which form of
 * each of those leaves carries how much premium. Data: src/data/leave/schemes/aanmoedigingspremie.ts.
 */
import { AANMOEDIGINGSPREMIE as AP, AP_PRIVATE, AP_SOCIAL_PROFIT } from '../../../data/leave/index.js';
import { newestValidOn } from '../../common/dated.js';
import { noAmount, nonNeg, round2, setAmount, tableAmount, type Amount } from '../engine/amounts.js';
import { FLEMISH_PUBLIC, FULL_TIME, PRIVATE, num, nz, type Ctx } from '../engine/context.js';
import { Verdict, baseDetails, emptyForm, schemeResult } from '../engine/verdict.js';
import type { LeaveForm, LeaveFormOption, LeaveNoteKey, LeaveSchemeResult } from '../types.js';

/** A form of a leave that can carry the premium; `sure` false: the premium is only a "check" there. */
interface Carrying { form: LeaveForm; sure: boolean }

/**
 * Which forms of which schemes can carry the premium (Vlaanderen.be, "Welke aanmoedigingspremie past
 * bij uw situatie?"): caregiver leave from 1 Sep 2020, no leave in weeks, time credit only FT or ½ and
 * only for some motives.
 *
 * One rule above all: the premium presupposes an RVA allowance (decision letter C62; Vlaanderen.be,
 * "Voorwaarden voor de aanmoedigingspremie in de privésector"). A form the RVA pays nothing for
 * (`allowance: false`) never carries it; one whose allowance is unsure (`'check'`) carries only a "check".
 */
function carryingForms(c: Ctx, r: LeaveSchemeResult): Carrying[] {
  if (r.available === false) return [];
  const paid = r.forms.filter((f) => f.allowance !== false);
  const carry = (forms: LeaveFormOption[]): Carrying[] => forms.map((f) => ({ form: f.form, sure: r.available === true && f.allowance === undefined }));
  switch (r.scheme) {
    case 'mantelzorgverlof':
      return c.ruleDate >= AP.mantelzorgFrom ? carry(paid) : [];
    case 'medischeBijstand':
    case 'palliatiefVerlof':
    case 'ouderschapsverlof':
      return carry(paid.filter((f) => f.form !== 'FT_WEEKS'));
    case 'tijdskredietZorg': {
      const age = num(c.s.caredFor?.ageYears);
      const pct = num(c.s.caredFor?.disabilityPct);
      const m = r.motive;
      const ok = m === 'reason.tkMotiveSeriouslyIll' || m === 'reason.tkMotivePalliative' || m === 'reason.tkMotiveSeriouslyIllMinor' ||
        (m === 'reason.tkMotiveChildUnder8' && age !== undefined && age <= AP.tkChildMaxAge) ||
        (m === 'reason.tkMotiveDisabledChild' && age !== undefined && age <= AP.tkDisabledChildMaxAge && (pct ?? 0) >= AP.tkDisabilityPctMin);
      return ok ? carry(paid.filter((f) => f.form === 'FT' || f.form === 'HALF')) : [];
    }
    default:
      return [];
  }
}

/**
 * Medical assistance in weeks for a hospitalised child: one undated secondary source names a premium
 * exception for 1–2 weeks (Sodalis, "Pas de prime d'encouragement flamande pour le congé parental 1/10e
 * ni pour le congé thématique à temps plein en semaines"); no official page confirms it. So: "check",
 * never an amount.
 */
const hospitalWeeks = (r: LeaveSchemeResult): boolean =>
  r.scheme === 'medischeBijstand' && r.available !== false && r.forms.some((f) => f.form === 'FT_WEEKS');

function premiumAmount(c: Ctx, form: LeaveForm, fromThematic: boolean): Amount {
  if (c.status === 'socialProfitEmployee') {
    const t = newestValidOn(AP_SOCIAL_PROFIT, c.asOf);
    if (!t) return noAmount('amount.noTableForDate');
    // Verso gives social-profit premiums for thematic leave only; nothing for time credit.
    if (!fromThematic) return noAmount('amount.apNotInSource', t.id);
    if (form !== 'FT' && form !== 'HALF' && form !== 'ONE_FIFTH' && form !== 'ONE_TENTH') return noAmount('amount.apNotInSource', t.id);
    if (form === 'ONE_TENTH' && c.asOf < t.oneTenthValidFrom) return noAmount('amount.noTableForDate', t.id);
    return tableAmount(c, t, form, t.amounts[form]);
  }
  const t = newestValidOn(AP_PRIVATE, c.asOf);
  if (!t) return noAmount('amount.noTableForDate');
  // The private table depends on how much one worked in the year before the leave.
  const past = num(c.s.regimePastYear) ?? c.regime;
  const notes: LeaveNoteKey[] = num(c.s.regimePastYear) === undefined ? ['note.apAssumesSameRegime'] : [];
  if (past === undefined) return noAmount('note.apAssumesSameRegime', t.id);
  const fullNow = c.regime === undefined || c.regime >= FULL_TIME;
  let key: 'FT_from75' | 'HALF_from75' | 'FT_from50' | 'FT_from20to50' | 'ONE_FIFTH_thematicOnly' | 'ONE_TENTH' | undefined;
  if (form === 'FT') key = past >= AP.from75 ? 'FT_from75' : past >= AP.from50 ? 'FT_from50' : past >= AP.from20 ? 'FT_from20to50' : undefined;
  else if (form === 'HALF') key = past >= AP.from75 ? 'HALF_from75' : undefined;
  else if (form === 'ONE_FIFTH') key = fromThematic && past >= AP.from75 && fullNow ? 'ONE_FIFTH_thematicOnly' : undefined;
  else if (form === 'ONE_TENTH') key = past >= AP.from75 && fullNow && c.asOf >= t.oneTenthValidFrom ? 'ONE_TENTH' : undefined;
  const notInSource: Amount = { gross: null, status: 'unknown', notes: [...notes, 'amount.apNotInSource'], validFrom: null, tableId: t.id };
  if (!key) return notInSource;
  let gross = t.amounts[key];
  if (gross === null) return notInSource;
  const alone = c.s.household === 'alone' || (c.s.household === 'aloneWithChildren' && c.s.childrenWithChildBenefit === true);
  const supplement = t.amounts.aloneSupplement;
  if (alone && supplement !== null) { gross = round2(gross + supplement); notes.push('note.apAloneSupplement'); }
  else if (c.s.household === 'aloneWithChildren') notes.push('note.apAloneSupplementIfChildBenefit');
  return tableAmount(c, t, key, gross, key === 'ONE_TENTH' ? t.oneTenthValidFrom : t.validFrom, notes);
}

/** The premium, given the results of the leaves that can carry it (thematic leaves and time credit). */
export function aanmoedigingspremie(c: Ctx, carriers: readonly LeaveSchemeResult[]): LeaveSchemeResult {
  const v = new Verdict();
  const notes: LeaveNoteKey[] = ['note.apWholeMonths', 'note.apNoWeeks', 'note.apWorked12Months', 'note.apTkOnlyFtHalf', 'note.apCurrentUnconfirmed'];
  if (c.status === undefined) v.check('reason.statusUnknown');
  else if (!PRIVATE.includes(c.status)) v.fail(c.status === 'selfEmployed' ? 'reason.apNeedsRvaLeave' : 'reason.apNotPublicSector');
  // The workplace decides, not the home address.
  const region = c.s.workplaceRegion;
  if (region === undefined) v.check('reason.apRegionUnknown');
  else if (region === 'brussels' && c.status === 'socialProfitEmployee') v.check('reason.apSocialProfitBrussels');
  else if (region !== 'flanders') v.fail('reason.apFlemishRegionOnly');
  // Which leave forms carry the premium, and whether any of those leaves is a sure "yes".
  const qualifying = new Map<LeaveForm, { thematic: boolean; sure: boolean }>();
  for (const r of carriers) {
    for (const { form, sure } of carryingForms(c, r)) {
      const prev = qualifying.get(form);
      const thematic = r.scheme !== 'tijdskredietZorg';
      qualifying.set(form, { thematic: (prev?.thematic ?? false) || thematic, sure: (prev?.sure ?? false) || sure });
    }
  }
  if (carriers.some(hospitalWeeks)) notes.push('note.apHospitalisedChildWeeksCheck');
  const anySure = [...qualifying.values()].some((q) => q.sure);
  if (qualifying.size === 0) v.fail('reason.apNeedsRvaLeave');
  else if (!anySure) v.check('reason.apOnlyWithCheckLeave');
  else v.ok('reason.apWithRvaLeave');
  // Social profit: our sources name the premium for thematic leave only, not for time credit.
  if (c.status === 'socialProfitEmployee' && qualifying.size > 0 && ![...qualifying.values()].some((q) => q.thematic)) {
    v.check('reason.apSocialProfitTkCheck');
  }
  const seniority = num(c.s.seniorityMonths);
  if (seniority !== undefined && seniority < AP.workedBeforeMonths) v.check('reason.seniorityTooShort');
  const left = AP.careerCapMonths - nz(c.used.aanmoedigingspremieMonths);
  if (left <= 0) v.fail('reason.apCapUsed');
  const forms: LeaveFormOption[] = [];
  let tableId: string | null = null;
  for (const form of ['FT', 'HALF', 'ONE_FIFTH', 'ONE_TENTH'] as const) {
    const q = qualifying.get(form);
    if (!q) continue;
    const f = emptyForm(form);
    f.careerMaxMonths = AP.careerCapMonths;
    f.remainingMonths = nonNeg(left);
    const a = premiumAmount(c, form, q.thematic);
    setAmount(f, a);
    tableId = a.tableId ?? tableId;
    forms.push(f);
  }
  if (v.value !== false && forms.length > 0 && forms.every((f) => f.grossMonthly === null) && c.status === 'privateEmployee') {
    v.fail('reason.apWorkedTooLittle');
  }
  notes.push(c.status === 'socialProfitEmployee' ? 'note.apDeadlineSocialProfit' : 'note.apDeadlinePrivate');
  const sources = [...AP.sources, ...AP.mantelzorgSources, ...(c.status === 'socialProfitEmployee' ? AP_SOCIAL_PROFIT[0]?.sources ?? [] : AP_PRIVATE[0]?.sources ?? [])];
  if (c.status && FLEMISH_PUBLIC.includes(c.status)) sources.push(...AP.publicSources);
  if (notes.includes('note.apHospitalisedChildWeeksCheck')) sources.push(...AP.hospitalWeeksSources);
  return schemeResult({
    scheme: 'aanmoedigingspremie', verdict: v, forms, notes, ruleValidFrom: AP.mantelzorgFrom, sources,
    details: baseDetails({ protection: 'notApplicable' }), ratesTable: tableId,
  });
}

/**
 * A carrier leave with the premium on each of its forms that carries it, for the comparison table.
 * Time credit's amount is recomputed as non-thematic (its 1/5 never carries the premium).
 */
export function withPremium(c: Ctx, premium: LeaveSchemeResult, r: LeaveSchemeResult): LeaveSchemeResult {
  if (premium.available === false) return r;
  const carries = new Map(carryingForms(c, r).map((x) => [x.form, x.sure]));
  const weeks = hospitalWeeks(r);
  const forms = r.forms.map((f): LeaveFormOption => {
    if (weeks && f.form === 'FT_WEEKS') return { ...f, premium: { grossMonthly: null, amountStatus: 'unknown', available: 'check' } };
    const p = premium.forms.find((x) => x.form === f.form);
    const sure = carries.get(f.form);
    if (!p || sure === undefined) return f;
    const amount = r.scheme === 'tijdskredietZorg' ? premiumAmount(c, f.form, false) : { gross: p.grossMonthly, status: p.amountStatus };
    const available = premium.available === true && !sure ? 'check' : premium.available;
    return { ...f, premium: { grossMonthly: amount.gross, amountStatus: amount.gross === null ? 'unknown' : amount.status, available } };
  });
  return { ...r, forms, notes: weeks ? [...r.notes, 'note.apHospitalisedChildWeeksCheck'] : r.notes };
}
