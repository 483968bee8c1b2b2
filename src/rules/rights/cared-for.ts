/**
 * The items for the person cared for: the Flemish care budgets and their Brussels counterparts, the
 * Groeipakket supplements, the federal disability allowances and the increased reimbursement
 * (pointers), and the incontinence forfait. One function per item, each a small verdict: an unknown
 * fact gives "check", never a guess, and every verdict carries its reasons.
 */
import {
  APA_BRUSSELS, BRUSSELS_AFFILIATION, CHILD_SUPPLEMENT_MAX_AGE, DISABILITY_ALLOWANCES, DISABILITY_MAX_AGE, DISABILITY_MIN_AGE,
  INCONTINENCE_FORFAIT, ONDERSTEUNINGSTOESLAG, OUDEREN_MIN_AGE, SUPPLEMENT_BRUSSELS, VERHOOGDE_TEGEMOETKOMING, ZORGBUDGET_HANDICAP,
  ZORGBUDGET_OUDEREN, ZORGBUDGET_ZWAAR, ZORGBUDGET_ZWAAR_RULES, ZORGBUDGET_ZWAAR_UNCONFIRMED_FROM, ZORGTOESLAG_FLANDERS,
  type RightsAmount,
} from '../../data/rights/index.js';
import { newestValidOn } from '../common/dated.js';
import type { LeaveReasonKey } from '../leave/types.js';
import type { RightsAmountView, RightsCaredFor, RightsItemId, RightsReasonKey } from './types.js';

export type Fits = true | false | 'check';

/** An item before its sources are described (URLs only). */
export interface Draft {
  id: RightsItemId;
  for: 'caregiver' | 'caredFor';
  fits: Fits;
  reasons: Array<RightsReasonKey | LeaveReasonKey>;
  amount: RightsAmountView | null;
  sources: readonly string[];
  /** A municipal premium from the overlay: its id, name, conditions and page. */
  premiumId?: string;
  name?: string;
  conditions?: string;
  url?: string;
}

/** The weaker of two verdicts: no beats check beats yes. */
export const weaker = (a: Fits, b: Fits): Fits => (a === false || b === false ? false : a === 'check' || b === 'check' ? 'check' : true);

/** The amount on `asOf` from a dated list; `unconfirmedFrom`: from then on the newest figure is "about". */
export function amountOn(list: readonly RightsAmount[], asOf: string, unconfirmedFrom?: string): RightsAmountView | null {
  const a = newestValidOn(list, asOf);
  if (!a) return null;
  const newest = list.every((x) => x.validFrom <= a.validFrom);
  const status = a.status === 'official' && unconfirmedFrom && newest && asOf >= unconfirmedFrom ? 'estimated' : a.status;
  return { value: a.amount, per: a.per, validFrom: a.validFrom, status, ...(a.upTo ? { upTo: true } : {}) };
}

const sourcesOn = (list: readonly RightsAmount[], asOf: string, fallback: readonly string[]): readonly string[] =>
  newestValidOn(list, asOf)?.sources ?? fallback;

/** Wallonia has its own system (AVIQ) for the regional items: not ours to judge. */
function regional(p: RightsCaredFor, reasons: RightsReasonKey[]): Fits {
  if (p.livesIn === 'wallonia') { reasons.push('why.walloniaOwnSystem'); return false; }
  if (p.livesIn === undefined) { reasons.push('why.regionUnknown'); return 'check'; }
  return true;
}

export function zorgbudgetZwaar(p: RightsCaredFor, asOf: string): Draft {
  const reasons: RightsReasonKey[] = [];
  let fits = regional(p, reasons);
  if (fits !== false) {
    if (p.livesIn === 'brussels') { reasons.push('why.brusselsOnlyIfAffiliated'); fits = 'check'; }
    if (p.inCareHome) {
      reasons.push(p.livesIn === 'brussels' ? 'why.brusselsCareHomeApply' : 'why.careHomeAutomatic');
    } else if (p.needLevel === 'some') { reasons.push('why.needTooLowHeavy'); fits = false; }
    else if (p.needLevel === undefined) { reasons.push('why.needUnknown'); fits = weaker(fits, 'check'); }
    else { reasons.push('why.needsAttestHeavy'); fits = weaker(fits, 'check'); }
  }
  const amount = amountOn(ZORGBUDGET_ZWAAR, asOf, ZORGBUDGET_ZWAAR_UNCONFIRMED_FROM);
  if (amount?.status === 'estimated') reasons.push('why.amountUnconfirmed');
  const extra = p.livesIn === 'brussels' ? BRUSSELS_AFFILIATION.sources : ZORGBUDGET_ZWAAR_RULES.sources;
  return { id: 'zorgbudgetZwaarZorgbehoevenden', for: 'caredFor', fits, reasons, amount, sources: [...sourcesOn(ZORGBUDGET_ZWAAR, asOf, []), ...extra] };
}

export function zorgbudgetOuderen(p: RightsCaredFor, asOf: string): Draft {
  const reasons: RightsReasonKey[] = [];
  let fits: Fits = true;
  if (p.ageYears !== undefined && p.ageYears < OUDEREN_MIN_AGE) { reasons.push('why.under65'); fits = false; }
  else {
    fits = regional(p, reasons);
    if (p.ageYears === undefined) { reasons.push('why.ageUnknown'); fits = weaker(fits, 'check'); }
    if (fits !== false) {
      if (p.livesIn === 'brussels') reasons.push('why.brusselsApa');
      reasons.push(p.inCareHome && p.livesIn !== 'brussels' ? 'why.careHomeCategory4' : 'why.incomeAndNeedTested');
      fits = weaker(fits, 'check');
    }
  }
  const list = p.livesIn === 'brussels' ? APA_BRUSSELS : ZORGBUDGET_OUDEREN;
  return { id: 'zorgbudgetOuderen', for: 'caredFor', fits, reasons, amount: amountOn(list, asOf), sources: sourcesOn(list, asOf, list[0]?.sources ?? []) };
}

const isChild = (p: RightsCaredFor): boolean => p.ageYears !== undefined && p.ageYears < CHILD_SUPPLEMENT_MAX_AGE;

export function zorgbudgetHandicap(p: RightsCaredFor, asOf: string): Draft {
  const reasons: RightsReasonKey[] = [];
  let fits = regional(p, reasons);
  let list = ZORGBUDGET_HANDICAP;
  if (fits !== false && isChild(p)) {
    // Since 2023 a child's budget is the Groeipakket's ondersteuningstoeslag (Flanders only).
    if (p.livesIn === 'brussels') { reasons.push('why.childBrusselsSupplementInstead'); fits = false; }
    else { list = ONDERSTEUNINGSTOESLAG; reasons.push('why.childSupportSupplement'); fits = weaker(fits, 'check'); }
  } else if (fits !== false) {
    if (p.livesIn === 'brussels') reasons.push('why.brusselsOnlyIfAffiliated');
    if (p.disabilityRecognised === false) { reasons.push('why.closedGroupsNoRecognition'); fits = false; }
    else { reasons.push('why.closedGroups'); fits = weaker(fits, 'check'); }
  }
  return { id: 'zorgbudgetHandicap', for: 'caredFor', fits, reasons, amount: amountOn(list, asOf), sources: sourcesOn(list, asOf, list[0]?.sources ?? []) };
}

export function zorgtoeslag(p: RightsCaredFor): Draft {
  const reasons: RightsReasonKey[] = [];
  let fits: Fits;
  if (p.ageYears !== undefined && !isChild(p)) { reasons.push('why.childOver21'); fits = false; }
  else {
    fits = regional(p, reasons);
    if (p.ageYears === undefined) { reasons.push('why.ageUnknown'); fits = weaker(fits, 'check'); }
    if (fits !== false) {
      if (p.disabilityRecognised) reasons.push('why.disabilityRecognisedAlready');
      reasons.push('why.childSupportNeedTested');
      fits = weaker(fits, 'check');
    }
  }
  const sources = p.livesIn === 'brussels' ? SUPPLEMENT_BRUSSELS.sources : ZORGTOESLAG_FLANDERS.sources;
  return { id: 'zorgtoeslag', for: 'caredFor', fits, reasons, amount: null, sources };
}

export function disabilityAllowances(p: RightsCaredFor): Draft {
  const reasons: RightsReasonKey[] = [];
  let fits: Fits = 'check';
  const age = p.ageYears;
  if (age !== undefined && age >= DISABILITY_MAX_AGE) { reasons.push('why.allowanceBefore65'); fits = false; }
  else if (age !== undefined && age < DISABILITY_MIN_AGE - 1) { reasons.push('why.allowanceFrom18'); fits = false; }
  else {
    if (age === undefined) reasons.push('why.ageUnknown');
    else if (age < DISABILITY_MIN_AGE) reasons.push('why.applyFrom17');
    if (p.disabilityRecognised) reasons.push('why.disabilityRecognisedAlready');
    reasons.push('why.allowanceTested');
  }
  return { id: 'disabilityAllowances', for: 'caredFor', fits, reasons, amount: null, sources: DISABILITY_ALLOWANCES.sources };
}

export function verhoogdeTegemoetkoming(p: RightsCaredFor): Draft {
  const reasons: RightsReasonKey[] = [];
  if (p.disabilityRecognised) reasons.push('why.vtAutomaticWithAllowance');
  if (p.ageYears !== undefined && p.ageYears >= OUDEREN_MIN_AGE) reasons.push('why.vtWithOuderenBudget');
  reasons.push('why.vtIncomeTest');
  return { id: 'verhoogdeTegemoetkoming', for: 'caredFor', fits: 'check', reasons, amount: null, sources: VERHOOGDE_TEGEMOETKOMING.sources };
}

export function incontinentieforfait(p: RightsCaredFor, asOf: string): Draft {
  const reasons: RightsReasonKey[] = [];
  let fits: Fits = 'check';
  if (p.inCareHome) { reasons.push('why.notInCareHome'); fits = false; }
  else if (p.needLevel === 'some') { reasons.push('why.needTooLowHeavy'); fits = false; }
  else {
    if (p.needLevel === undefined) reasons.push('why.needUnknown');
    reasons.push('why.incontinenceHeavy');
  }
  const amount = amountOn(INCONTINENCE_FORFAIT, asOf);
  return { id: 'incontinentieforfait', for: 'caredFor', fits, reasons, amount, sources: sourcesOn(INCONTINENCE_FORFAIT, asOf, INCONTINENCE_FORFAIT[0]?.sources ?? []) };
}
