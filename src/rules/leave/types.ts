/**
 * Public types of the leave rules (`mantelkit/rules`). Names carry a `Leave` prefix because
 * src/rules/index.ts re-exports every widget's rules into one namespace.
 */

export type LeaveStatus =
  | 'privateEmployee'
  | 'socialProfitEmployee'
  | 'contractualPublic'
  | 'federalStatutory'
  | 'flemishGovernment'
  | 'educationFlemish'
  | 'localGovernment'
  | 'selfEmployed';

export type LeaveRegion = 'flanders' | 'brussels' | 'wallonia';
export type LeaveHousehold = 'withPartner' | 'aloneWithChildren' | 'alone';
export type LeaveRecognition = 'none' | 'general' | 'socialRights';
export type LeaveCareSituation = 'dependent' | 'seriouslyIll' | 'terminal' | 'hospitalisedMinor' | 'disabled';

/** Who the worker cares for, seen from the worker ("mother" = the worker's mother). */
export type LeaveRelation =
  | 'spouse'
  | 'legalCohabitant'
  | 'partner'
  | 'child'
  | 'fosterChild'
  | 'stepchild'
  | 'parent'
  | 'mother'
  | 'father'
  | 'sibling'
  | 'grandparent'
  | 'grandchild'
  | 'parentInLaw'
  | 'motherInLaw'
  | 'fatherInLaw'
  | 'stepParent'
  | 'childInLaw'
  | 'siblingInLaw'
  | 'grandparentInLaw'
  | 'aunt'
  | 'uncle'
  | 'niece'
  | 'nephew'
  | 'cousin'
  | 'friend'
  | 'neighbour'
  | 'other';

export type LeaveForm = 'FT' | 'HALF' | 'ONE_FIFTH' | 'ONE_TENTH' | 'FT_WEEKS' | 'DAYS' | 'FULL' | 'PARTIAL';

export type LeaveSchemeId =
  | 'mantelzorgverlof'
  | 'medischeBijstand'
  | 'palliatiefVerlof'
  | 'ouderschapsverlof'
  | 'tijdskredietZorg'
  | 'zorgverlof'
  | 'dwingendeRedenen'
  | 'aanmoedigingspremie'
  | 'vlaamsZorgkrediet'
  | 'mantelzorguitkeringZelfstandige';

/** Months or days already used. Full-time and part-time months are counted separately where the law mixes them. */
export interface LeaveUsed {
  mantelzorgverlofThisPerson?: { FT?: number; partial?: number };
  mantelzorgverlofCareer?: { FT?: number; partial?: number };
  medischeBijstandThisPatient?: { FT?: number; partial?: number };
  palliatiefThisPatientMonths?: number;
  /** In full-time months (1 FT month = 2 half-time = 5 one-fifth = 10 one-tenth months). */
  ouderschapsverlofThisChildFTMonths?: number;
  tijdskredietZorgMonths?: number;
  /** In full-time months (1 FT = 2 ½ = 5 × 1/5). */
  vlaamsZorgkredietFTMonths?: number;
  aanmoedigingspremieMonths?: number;
  zorgverlofDaysThisYear?: number;
  dwingendeRedenenDaysThisYear?: number;
  mantelzorguitkeringMonths?: number;
}

export interface LeaveCaredFor {
  relation?: LeaveRelation;
  ageYears?: number;
  situation?: LeaveCareSituation[];
  disabilityPct?: number;
  livesWithWorker?: boolean;
}

/**
 * The worker's situation: exactly the `input` shape of leave-cases.json. Every field is optional,
 * because the widget lets people skip questions; unknown facts lead to "check", never to a guess.
 */
export interface LeaveSituation {
  status?: LeaveStatus;
  workplaceRegion?: LeaveRegion;
  /** Fraction of a full-time job now (1 = full-time). */
  workRegime?: number;
  /** Fraction worked in the year before the interruption (Flemish premium). */
  regimePastYear?: number;
  seniorityMonths?: number;
  employerHeadcount?: number;
  age?: number;
  household?: LeaveHousehold;
  childrenWithChildBenefit?: boolean;
  caredFor?: LeaveCaredFor;
  recognition?: LeaveRecognition;
  caregiverHoursPerMonth?: number;
  used?: LeaveUsed;
  requestedForm?: LeaveForm;
  requestedMonths?: number;
  daysNeeded?: number;
  employerAgrees?: boolean;
  /** Date the request is made to the employer (ISO); rules that changed "for requests from" use it. */
  requestDate?: string;
}

export type LeaveAvailability = true | false | 'check';

/**
 * official: the figure as the source gives it, for this date.
 * estimated: a sourced figure we know is outdated (indexed since) or undated or doubtful: show "about".
 * unknown: no source gives it (grossMonthly is null): point to the RVA or the payer.
 */
export type LeaveAmountStatus = 'official' | 'estimated' | 'unknown';

/**
 * An amount estimated from an older official table plus the dated 2 % social-benefit index steps since
 * (official × 1.02ⁿ, rounded to the cent): enough for the UI to say how it was made.
 */
export interface LeaveAmountEstimate {
  method: 'indexSteps';
  /** The official gross monthly amount the estimate starts from (full-time basis, before pro rata). */
  officialAmount: number;
  /**
   * The shown form's amount on `officialValidFrom`: `officialAmount`, pro rata for a part-timer who
   * stops fully. baseAmount × (1 + stepPct/100)ⁿ ≈ the form's grossMonthly (within two cents: each figure
   * is rounded to the cent), so a note
   * built from it describes the number shown.
   */
  baseAmount: number;
  /** Date that official amount applies from (its table's date). */
  officialValidFrom: string;
  /** Dates of the index steps added, oldest first (n = steps.length). */
  steps: string[];
  /** Size of each step, in per cent. */
  stepPct: number;
  /** Page of the current official table, to check the real amount. */
  currentTableUrl: string | null;
}

export type LeaveReasonKey =
  | 'reason.beforeCoverage'
  | 'reason.notYetInForce'
  | 'reason.statusUnknown'
  | 'reason.employeesOnly'
  | 'reason.selfEmployedOnly'
  | 'reason.privateSectorOnly'
  | 'reason.flemishPublicOnly'
  | 'reason.localGovernmentOutsideFlanders'
  | 'reason.statutoryZorgverlofUnchecked'
  | 'reason.federalZorgverlofNotYet'
  | 'reason.federalZorgverlofOwnVersion'
  | 'reason.publicSectorDwingendCheck'
  | 'reason.needsSocialRightsRecognition'
  | 'reason.hasSocialRightsRecognition'
  | 'reason.recognitionCouldBePossible'
  | 'reason.askRecognitionAtHealthFund'
  | 'reason.noFamilyTieNeeded'
  | 'reason.relationUnknown'
  | 'reason.neighbourNotFamily'
  | 'reason.friendNotFamily'
  | 'reason.notCloseEnoughFamily'
  | 'reason.familyOrHousehold'
  | 'reason.inLawSecondDegreeCheck'
  | 'reason.partnerNotLivingTogetherCheck'
  | 'reason.inLawZorgverlofCheck'
  | 'reason.situationUnknown'
  | 'reason.seriouslyIll'
  | 'reason.notSeriouslyIll'
  | 'reason.doctorDecidesSeriousIllness'
  | 'reason.terminal'
  | 'reason.notTerminal'
  | 'reason.hospitalisedChildWeeks'
  | 'reason.doubledSingleParentChild'
  | 'reason.notOwnChild'
  | 'reason.childAgeUnknown'
  | 'reason.childTooOld'
  | 'reason.childUnderLimit'
  | 'reason.disabledChildUnderLimit'
  | 'reason.disabilityPctUnknown'
  | 'reason.fosterChildCheck'
  | 'reason.seniorityTooShort'
  | 'reason.seniorityUnknown'
  | 'reason.tkMotiveSeriouslyIll'
  | 'reason.tkMotivePalliative'
  | 'reason.tkMotiveChildUnder8'
  | 'reason.tkMotiveDisabledChild'
  | 'reason.tkMotiveSeriouslyIllMinor'
  | 'reason.tkNoMotive'
  | 'reason.tkSmallEmployer'
  | 'reason.zorgverlofDaysLeft'
  | 'reason.zorgverlofNoDaysLeft'
  | 'reason.dwingendDaysLeft'
  | 'reason.dwingendNoDaysLeft'
  | 'reason.dwingendCloseRelativeCheck'
  | 'reason.zkMotiveChild'
  | 'reason.zkMotiveSeriouslyIll'
  | 'reason.zkMotivePalliative'
  | 'reason.zkMotiveDisabledChild'
  | 'reason.zkNoMotive'
  | 'reason.selfMotiveFamily'
  | 'reason.selfMotiveDisabledChild'
  | 'reason.selfNoMotive'
  | 'reason.apNeedsRvaLeave'
  | 'reason.apWithRvaLeave'
  | 'reason.apOnlyWithCheckLeave'
  | 'reason.apFlemishRegionOnly'
  | 'reason.apRegionUnknown'
  | 'reason.apSocialProfitBrussels'
  | 'reason.apSocialProfitTkCheck'
  | 'reason.apNotPublicSector'
  | 'reason.apCapUsed'
  | 'reason.apWorkedTooLittle'
  | 'reason.counterUsedUp'
  | 'reason.requestedFormNotPossible'
  | 'reason.requestedMonthsTooMany'
  | 'reason.requestedMonthsBlocks'
  | 'reason.requestedOk';

export type LeaveNoteKey =
  | 'note.partialNeedsFullTime'
  | 'note.halfNeedsThreeQuarters'
  | 'note.regimeUnknown'
  | 'note.smallEmployerReductionNeedsAgreement'
  | 'note.smallEmployerMayRefuseAfterUse'
  | 'note.shorterPeriodsWithAgreement'
  | 'note.mantelzorgOldRule'
  | 'note.mantelzorgPerNotice'
  | 'note.recognitionValidOneYear'
  | 'note.palliativeExtensions'
  | 'note.palliativeStart'
  | 'note.parentalOneTenthAgreement'
  | 'note.parentalFourthMonthBornBefore2012'
  | 'note.tkNotProportional'
  | 'note.tkChildMotive48'
  | 'note.tkChildFtBefore5'
  | 'note.tkChildSeniority36'
  | 'note.tkAllowanceNeedsFullTimeYear'
  | 'note.tkAfterPalliativeNotice'
  | 'note.tkCao1037Unchecked'
  | 'note.zorgverlofFromDwingend'
  | 'note.zorgverlofDoctorCertificate'
  | 'note.unpaidUnlessAgreed'
  | 'note.dwingendUnforeseen'
  | 'note.dwingendPartTimeProRata'
  | 'note.zkRightExceptions'
  | 'note.zkNotWithThematic'
  | 'note.zkPerRequest'
  | 'note.zkHalfRuleAssumed'
  | 'note.selfContributions'
  | 'note.selfExemption'
  | 'note.selfNotWithRva'
  | 'note.apWholeMonths'
  | 'note.apNoWeeks'
  | 'note.apAloneSupplement'
  | 'note.apAloneSupplementIfChildBenefit'
  | 'note.apAssumesSameRegime'
  | 'note.apWorked12Months'
  | 'note.apDeadlinePrivate'
  | 'note.apDeadlineSocialProfit'
  | 'note.apCurrentUnconfirmed'
  | 'note.apTkOnlyFtHalf'
  | 'note.apHospitalisedChildWeeksCheck'
  | 'note.separateCounters'
  | 'note.checkBalanceBreakAtWork'
  | 'amount.indexedSince'
  | 'amount.indexEstimate'
  | 'amount.undatedSource'
  | 'amount.doubtfulSource'
  | 'amount.notInSource'
  | 'amount.apNotInSource'
  | 'amount.publicSectorUnknown'
  | 'amount.dependsOnSector'
  | 'amount.noTableForDate'
  | 'amount.singleParentBeforeRaise'
  | 'amount.singleParentPartialAgeUnclear'
  | 'amount.over50SupplementOld'
  | 'amount.partTimeProRata'
  | 'amount.partTimePartialUnknown'
  | 'amount.tkNotInSource'
  | 'amount.tkNoAllowance'
  | 'amount.singleParentApplied'
  | 'amount.selfPartialHalf'
  | 'amount.selfCheckFund'
  | 'amount.unpaid';

export interface LeaveFormOption {
  form: LeaveForm;
  /** Months for this person cared for (per patient / per child), null where no such cap exists or is known. */
  maxMonthsThisPerson: number | null;
  careerMaxMonths: number | null;
  /** What is left after `used`, the smaller of the two caps; null when no cap applies. */
  remainingMonths: number | null;
  /** Whole gross monthly amount for this person in this form; null where no source gives it. */
  grossMonthly: number | null;
  amountStatus: LeaveAmountStatus;
  /** Why an amount is "about" or unknown, or how it was derived (pro rata, single parent). */
  amountNotes: LeaveNoteKey[];
  /** Date the amount applies from (table or single-parent raise), null when there is no amount. */
  amountValidFrom: string | null;
  /** How an `estimated` amount was computed from an older official table; absent for table figures. */
  estimate?: LeaveAmountEstimate;
  /**
   * false: the leave is a right in this form, but the payer (RVA) pays no allowance for it here (so no
   * Flemish premium either); 'check': that depends on a fact we do not know. Absent: an allowance as usual.
   */
  allowance?: LeaveAvailability;
  /**
   * Flemish premium that comes on top for this form, when the premium scheme applies. `available:
   * 'check'` with a null amount: the premium may apply but no source gives a sure answer (say "check").
   */
  premium?: { grossMonthly: number | null; amountStatus: LeaveAmountStatus; available: LeaveAvailability };
  /** This form is not a right here: the employer must agree. */
  needsEmployerAgreement?: boolean;
  /** For FT_WEEKS. */
  maxWeeks?: number;
  /** For DAYS. */
  maxDays?: number;
  remainingDays?: number;
  daysGranted?: number;
}

export type LeaveProtection = 'leavePlus3Months' | 'yesPeriodUnknown' | 'notStated' | 'notApplicable';

export interface LeaveSchemeDetails {
  noticeDaysMin?: number;
  noticeMonthsMin?: number;
  noticeMonthsMax?: number;
  perRequestMonths?: { min: number; max: number };
  blockMonths?: { FT?: number; partial?: number };
  employerMayRefuse: LeaveAvailability;
  /** Protection against dismissal, as far as the sources say. */
  protection: LeaveProtection;
  /** Months with the employer the worker needs, when the scheme asks for it. */
  seniorityMonthsRequired?: number;
  paid: boolean;
}

export interface LeaveRequestCheck {
  form: LeaveForm;
  months?: number;
  allowed: LeaveAvailability;
  reasons: LeaveReasonKey[];
}

export interface LeaveSchemeResult {
  scheme: LeaveSchemeId;
  available: LeaveAvailability;
  /** Why yes, why "ask", why not: catalog keys. */
  reasons: LeaveReasonKey[];
  forms: LeaveFormOption[];
  notes: LeaveNoteKey[];
  /** Id of the amounts table used, null when no amounts apply. */
  ratesTable: string | null;
  /** The newest date among the rule and the amounts used: "figures apply from". */
  validFrom: string;
  sources: string[];
  details: LeaveSchemeDetails;
  requested?: LeaveRequestCheck;
  /** Motive used (time credit, zorgkrediet, self-employed), for display. */
  motive?: LeaveReasonKey;
}

export interface LeaveRecognitionResult {
  general: LeaveAvailability;
  socialRights: LeaveAvailability;
  reasons: LeaveReasonKey[];
  sources: string[];
}

export type LeaveLocalizedText = string | Partial<Record<'nl' | 'fr' | 'en' | 'de', string>>;

/** An employer's or joint committee's own extra leave (partner JSON). Not a legal right we vouch for. */
export interface LeaveEmployerExtra {
  id: string;
  name: LeaveLocalizedText;
  description?: LeaveLocalizedText;
  days?: number;
  months?: number;
  paid: 'yes' | 'no' | 'partly';
  url?: string;
}

export interface LeaveOverlay {
  employerName?: LeaveLocalizedText;
  extraLeave?: LeaveEmployerExtra[];
  hrContact?: { name?: string; email?: string; phone?: string; url?: string };
  intranetUrl?: string;
}

export interface LeaveOptionsConfig {
  /** ISO date the figures should apply on; default: today. */
  asOf?: string;
  overlay?: LeaveOverlay;
}

export interface LeaveResult {
  asOf: string;
  dataVersion: string;
  schemes: LeaveSchemeResult[];
  recognition: LeaveRecognitionResult;
  /** The employer's own extras, passed through (sanitised) so the UI shows them beside the legal schemes. */
  employer: LeaveOverlay | null;
}
