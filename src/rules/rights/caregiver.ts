/**
 * The items for the caregiver: the federal recognition (general, with social rights), the leaves and
 * the Flemish premium (straight from leaveOptions() and rankLeaveOptions(): the leave calculator's own
 * rules, not a copy) and the municipal caregiver premium (the partner overlay).
 */
import { MUNICIPAL_PREMIUM } from '../../data/rights/index.js';
import { leaveOptions } from '../leave/leave-options.js';
import { rankLeaveOptions } from '../leave/summary.js';
import type { LeaveResult, LeaveSchemeId, LeaveSituation } from '../leave/types.js';
import { weaker, type Draft, type Fits } from './cared-for.js';
import { rightsText } from './overlay.js';
import type { RightsAmountView, RightsLang, RightsPremium, RightsReasonKey, RightsSituation } from './types.js';

/** The leave calculator's situation, its gaps filled from the overview's answers (its own answers win). */
export function leaveSituation(s: RightsSituation): LeaveSituation {
  const g = s.caregiver ?? {};
  const p = s.caredFor ?? {};
  const w: LeaveSituation = { ...(g.work ?? {}) };
  if (w.household === undefined && g.household) w.household = g.household;
  if (w.caregiverHoursPerMonth === undefined && g.hoursPerMonth !== undefined) w.caregiverHoursPerMonth = g.hoursPerMonth;
  if (w.age === undefined && g.ageYears !== undefined) w.age = g.ageYears;
  const cf = { ...(w.caredFor ?? {}) };
  if (cf.relation === undefined && p.relation) cf.relation = p.relation;
  if (cf.ageYears === undefined && p.ageYears !== undefined) cf.ageYears = p.ageYears;
  if (cf.situation === undefined && p.situation) cf.situation = p.situation;
  if (Object.keys(cf).length) w.caredFor = cf;
  return w;
}

/** leaveOptions(), with its input errors named from the overview's root (`caregiver.work.status: …`). */
export function leaveFor(s: RightsSituation, asOf: string): LeaveResult {
  try {
    return leaveOptions(leaveSituation(s), { asOf });
  } catch (e) {
    if (e instanceof RangeError) throw new RangeError(`caregiver.work.${e.message.replace(/^\(root\): /, '')}`);
    if (e instanceof TypeError) throw new TypeError(`caregiver.work.${e.message.replace(/^\(root\): /, '')}`);
    throw e;
  }
}

export function recognitionItems(leave: LeaveResult, s: RightsSituation): Draft[] {
  const r = leave.recognition;
  const hours = s.caregiver?.hoursPerMonth ?? s.caregiver?.work?.caregiverHoursPerMonth;
  const general: RightsReasonKey[] = [r.general === true ? 'why.recognised' : 'why.recognitionAsk'];
  const social: RightsReasonKey[] = r.socialRights === true ? ['why.recognised']
    : r.socialRights === false ? ['why.recognitionHoursTooFew']
    : [hours === undefined ? 'why.hoursUnknown' : 'why.recognitionHoursEnough'];
  return [
    { id: 'recognitionGeneral', for: 'caregiver', fits: r.general, reasons: general, amount: null, sources: r.sources },
    { id: 'recognitionSocialRights', for: 'caregiver', fits: r.socialRights, reasons: social, amount: null, sources: r.sources },
  ];
}

const LEAVE_ITEMS = ['mantelzorgverlof', 'medischeBijstand', 'palliatiefVerlof', 'aanmoedigingspremie'] as const satisfies readonly LeaveSchemeId[];

/** The leave items, from the leave rules' own verdicts, amounts and sources. */
export function leaveItems(leave: LeaveResult, s: RightsSituation): Draft[] {
  const g = s.caregiver ?? {};
  const notWorking = g.working === false;
  const young = g.working !== true && g.ageYears !== undefined && g.ageYears < 18;
  const ranked = rankLeaveOptions(leave);
  return LEAVE_ITEMS.map((id) => {
    const scheme = leave.schemes.find((x) => x.scheme === id);
    const sources = scheme?.sources ?? [];
    if (!scheme || notWorking || young) {
      return { id, for: 'caregiver', fits: false, reasons: [young ? 'why.youngCarerNoLeave' : 'why.notWorking'], amount: null, sources };
    }
    const best = ranked.find((o) => o.scheme === id)?.form ?? scheme.forms.find((f) => f.grossMonthly !== null);
    const amount: RightsAmountView | null = best && best.grossMonthly !== null && best.grossMonthly > 0 && best.amountValidFrom
      ? { value: best.grossMonthly, per: 'month', validFrom: best.amountValidFrom, status: best.amountStatus }
      : null;
    return { id, for: 'caregiver', fits: scheme.available, reasons: [...scheme.reasons], amount, sources };
  });
}

/** The municipal premium: a pointer without partner data, else one item per premium of the overlay. */
export function premiumItems(premiums: readonly RightsPremium[] | undefined, s: RightsSituation, zorgbudget: Fits, lang: RightsLang): Draft[] {
  if (!premiums?.length) {
    return [{ id: 'municipalPremium', for: 'caregiver', fits: 'check', reasons: ['why.premiumAskMunicipality'], amount: null, sources: MUNICIPAL_PREMIUM.sources }];
  }
  const age = s.caredFor?.ageYears;
  return premiums.map((p) => {
    const reasons: RightsReasonKey[] = ['why.premiumLocal'];
    let fits: Fits = true;
    if (p.minAgeCaredFor !== undefined) {
      if (age === undefined) { reasons.push('why.ageUnknown'); fits = 'check'; }
      else if (age < p.minAgeCaredFor) { reasons.push('why.premiumAgeTooLow'); fits = false; }
      else reasons.push('why.premiumAgeOk');
    }
    if (p.zorgbudget === 'excluded') {
      if (zorgbudget === true) { reasons.push('why.premiumNotWithZorgbudget'); fits = false; }
      else if (zorgbudget === 'check') { reasons.push('why.premiumNotWithZorgbudgetCheck'); fits = weaker(fits, 'check'); }
    } else if (p.zorgbudget === 'required') {
      if (zorgbudget === true) reasons.push('why.premiumWithZorgbudget');
      else if (zorgbudget === 'check') { reasons.push('why.premiumNeedsZorgbudgetCheck'); fits = weaker(fits, 'check'); }
      else { reasons.push('why.premiumNeedsZorgbudget'); fits = false; }
    }
    if (fits === true) reasons.push('why.premiumConditionsMet');
    const item: Draft = {
      id: 'municipalPremium', for: p.for ?? 'caregiver', fits, reasons,
      amount: { value: p.amount, per: p.per, validFrom: p.validFrom, status: 'official' },
      sources: [p.url], premiumId: p.id, name: rightsText(p.name, lang), url: p.url,
    };
    if (p.conditions) item.conditions = rightsText(p.conditions, lang);
    return item;
  });
}
