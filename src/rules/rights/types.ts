/**
 * Public types of `rightsOverview()` (`mantelkit/rules`). Names carry a `Rights` prefix because
 * src/rules/index.ts re-exports every widget's rules into one namespace.
 */
import type { LeaveCareSituation, LeaveHousehold, LeaveReasonKey, LeaveRelation, LeaveSituation } from '../leave/types.js';

export type RightsRegion = 'flanders' | 'brussels' | 'wallonia';
export type RightsNeedLevel = 'some' | 'daily' | 'constant';
export type RightsLang = 'nl' | 'fr' | 'en' | 'de';

export interface RightsCaregiver {
  ageYears?: number;
  livesIn?: RightsRegion;
  hoursPerMonth?: number;
  household?: LeaveHousehold;
  /** false: no paid work now (retired, student, at home): the leaves do not apply. Absent: not answered. */
  working?: boolean;
  /** The leave calculator's input, for the leave items; the fields above fill its gaps. */
  work?: LeaveSituation;
}

export interface RightsCaredFor {
  relation?: LeaveRelation;
  ageYears?: number;
  livesIn?: RightsRegion;
  /** Everyday words for the official criteria: some help, help every day, help day and night. */
  needLevel?: RightsNeedLevel;
  inCareHome?: boolean;
  disabilityRecognised?: boolean;
  /** The leave calculator's words (seriously ill, terminal …), for the leave items. */
  situation?: LeaveCareSituation[];
}

export interface RightsSituation {
  caregiver?: RightsCaregiver;
  caredFor?: RightsCaredFor;
}

export type RightsItemId =
  | 'recognitionGeneral' | 'recognitionSocialRights' | 'mantelzorgverlof' | 'medischeBijstand' | 'palliatiefVerlof'
  | 'aanmoedigingspremie' | 'zorgbudgetZwaarZorgbehoevenden' | 'zorgbudgetOuderen' | 'zorgbudgetHandicap'
  | 'municipalPremium' | 'disabilityAllowances' | 'verhoogdeTegemoetkoming' | 'zorgtoeslag' | 'incontinentieforfait';

/** Why an item fits, needs a check or does not apply (catalog keys of src/i18n/rights/reasons). */
export type RightsReasonKey =
  | 'why.regionUnknown' | 'why.walloniaOwnSystem' | 'why.brusselsOnlyIfAffiliated' | 'why.careHomeAutomatic'
  | 'why.brusselsCareHomeApply' | 'why.needsAttestHeavy' | 'why.needTooLowHeavy' | 'why.needUnknown'
  | 'why.under65' | 'why.ageUnknown' | 'why.incomeAndNeedTested' | 'why.careHomeCategory4' | 'why.brusselsApa'
  | 'why.childSupportSupplement' | 'why.childBrusselsSupplementInstead' | 'why.closedGroups' | 'why.closedGroupsNoRecognition'
  | 'why.childOver21' | 'why.childSupportNeedTested' | 'why.allowanceFrom18' | 'why.applyFrom17' | 'why.allowanceBefore65'
  | 'why.allowanceTested' | 'why.disabilityRecognisedAlready' | 'why.vtAutomaticWithAllowance' | 'why.vtWithOuderenBudget'
  | 'why.vtIncomeTest' | 'why.notInCareHome' | 'why.incontinenceHeavy' | 'why.recognised' | 'why.recognitionAsk'
  | 'why.recognitionHoursTooFew' | 'why.recognitionHoursEnough' | 'why.hoursUnknown' | 'why.notWorking' | 'why.youngCarerNoLeave'
  | 'why.premiumAskMunicipality' | 'why.premiumLocal' | 'why.premiumAgeTooLow' | 'why.premiumNotWithZorgbudget'
  | 'why.premiumNotWithZorgbudgetCheck' | 'why.premiumWithZorgbudget' | 'why.premiumNeedsZorgbudgetCheck'
  | 'why.premiumNeedsZorgbudget' | 'why.premiumConditionsMet' | 'why.premiumAgeOk' | 'why.amountUnconfirmed';

export interface RightsAmountView {
  value: number;
  per: 'month' | 'year' | 'once';
  validFrom: string;
  status: 'official' | 'estimated' | 'unknown';
  /** A maximum (income-tested or by category): the real amount can be lower. */
  upTo?: boolean;
}

export interface RightsSource {
  title: string;
  url: string;
  /** The page's own date (YYYY, YYYY-MM or YYYY-MM-DD); absent when the page shows none. */
  date?: string;
  publisher?: string;
  lang?: RightsLang;
}

/** The widget that explains an item in depth. */
export type RightsDeeper = 'recognition-quiz' | 'leave-calculator' | 'association-finder';

export interface RightsItem {
  id: RightsItemId | (string & {});
  for: 'caregiver' | 'caredFor';
  fits: true | false | 'check';
  /** Catalog keys: this widget's `why.*` keys, and the leave calculator's `reason.*` keys for the leave items. */
  reasons: Array<RightsReasonKey | LeaveReasonKey>;
  amount: RightsAmountView | null;
  sources: RightsSource[];
  deeper?: RightsDeeper;
  /** The partner (municipality) asks to show this item first. */
  highlighted?: boolean;
  /** For a municipal premium from the overlay: its own id, name, conditions and page, in `lang`. */
  premiumId?: string;
  name?: string;
  conditions?: string;
  url?: string;
}

export interface RightsOverviewResult {
  asOf: string;
  dataVersion: string;
  items: RightsItem[];
  /** The municipality's name and contact point from the overlay, sanitised. */
  local: RightsLocal | null;
}

export interface RightsLocal {
  municipality?: string;
  contact?: { name?: string; phone?: string; email?: string; url?: string; address?: string; hours?: string };
}

export type RightsLocalText = string | Partial<Record<RightsLang, string>>;

/** A municipal caregiver premium as a partner describes it (validated by sanitiseRightsOverlay). */
export interface RightsPremium {
  id: string;
  name: RightsLocalText;
  amount: number;
  per: 'month' | 'year' | 'once';
  validFrom: string;
  /** The municipality's page about it: the source and where to apply. */
  url: string;
  for?: 'caregiver' | 'caredFor';
  conditions?: RightsLocalText;
  minAgeCaredFor?: number;
  /** The Flemish zorgbudget voor zwaar zorgbehoevenden: `required` for this premium, or `excluded` with it. */
  zorgbudget?: 'required' | 'excluded';
}

export interface RightsOverlay {
  municipality?: RightsLocalText;
  premiums?: RightsPremium[];
  contact?: { name?: string; phone?: string; email?: string; url?: string; address?: RightsLocalText; hours?: RightsLocalText };
  highlight?: RightsItemId[];
}

export interface RightsOverviewOptions {
  /** ISO date the figures should apply on; default: today (Brussels time). */
  asOf?: string;
  /** Language of the overlay texts in the result (name, conditions); default nl. */
  lang?: RightsLang;
  /** The municipality's partner data: sanitised (bad parts dropped), never thrown on. */
  overlay?: unknown;
}
