/**
 * Durations, counters, notice periods and date switches of each leave scheme, with sources.
 * Facts: /work/shared/domain/leave-schemes.md (§ given per block). Numbers only; words live in
 * the i18n catalogs and the logic in src/rules/leave/.
 */
import * as S from './sources.js';

/** Version of this data set (the research date of the facts file it was written from). */
export const LEAVE_DATA_VERSION = '2026-11-23';

/**
 * Our sources describe the rules from 1 Sep 2020 (start of caregiver leave and recognition).
 * Before that date the calculator says "check" instead of applying today's rules to the past.
 */
export const COVERAGE_FROM = '2020-09-01';

export interface Dated<T> {
  readonly validFrom: string;
  readonly sources: readonly string[];
  readonly value: T;
}

/** The newest entry valid on `date`, or undefined before the first one. */
export function pickDated<T>(list: readonly Dated<T>[], date: string): Dated<T> | undefined {
  let found: Dated<T> | undefined;
  for (const d of list) if (d.validFrom <= date && (!found || d.validFrom > found.validFrom)) found = d;
  return found;
}

/**
 * §1.2 increased single-parent allowance: the worker lives only with dependent children and the leave
 * is for their own child below this age (palliative, caregiver and medical assistance leave); for
 * parental leave the parental age limits apply (12, or 21 with a disability).
 */
export const SINGLE_PARENT = {
  validFrom: COVERAGE_FROM,
  sources: [S.RVA_AMOUNTS_THEMATIC, S.RVA_SINGLE_PARENT_FAQ],
  childAgeBelow: 18,
} as const;

/**
 * §1.3 (and §1.2, §16.15): workers aged 50+ got a higher amount for thematic leave taken ½, 1/5 or 1/10;
 * abolished in all sectors for requests made to the employer from `endedForRequestsFrom`. Before 2023 the
 * single-parent increase for reductions also needed the worker to be under `ageFrom`.
 */
export const OVER_50_SUPPLEMENT = {
  // The single-parent "under 50 for reductions" rule is documented from 1 June 2017 (advocatenkantoordepla).
  validFrom: '2017-06-01',
  endedForRequestsFrom: '2023-02-01',
  ageFrom: 50,
  sources: [S.ONEM_2023_02_MEASURES, S.KATHOND_50_2023, S.DEPLA_SINGLE_PARENT_2017],
} as const;

/** Under this age a person is a minor (hospitalised-child leave, time credit "seriously ill minor child"). */
export const MINOR_AGE_BELOW = 18;

/** §3 verlof voor mantelzorg. Months count per person cared for and over the career. */
export const MANTELZORGVERLOF = {
  startsOn: '2020-09-01',
  sources: [S.RVA_T164, S.VL_MANTELZORGVERLOF, S.VL_INTERN_MANTELZORGVERLOF, S.SECUREX_MZ_NOTICE],
  limits: [
    {
      // Old rule, still on outdated municipal pages (§16.5). No career maximum in that source.
      validFrom: '2020-09-01',
      sources: [S.NIEL_OLD_RULE, S.RVA_T164],
      value: { perPersonFT: 1, perPersonPartial: 2, careerFT: null, careerPartial: null },
    },
    {
      // For notices from 1 Sep 2021.
      validFrom: '2021-09-01',
      sources: [S.DILLEN_3_MONTHS, S.SALAR_2021, S.VL_MANTELZORGVERLOF],
      value: { perPersonFT: 3, perPersonPartial: 6, careerFT: 6, careerPartial: 12 },
    },
  ] as readonly Dated<{ perPersonFT: number; perPersonPartial: number; careerFT: number | null; careerPartial: number | null }>[],
  blockMonths: { FT: 1, partial: 2 },
  noticeDaysMin: 7,
} as const;

/** §4 verlof voor medische bijstand. */
export const MEDISCHE_BIJSTAND = {
  sources: [S.RVA_MB_VS_TK, S.BELGIUM_MB, S.VL_MB, S.KORTENBERG_MB, S.SOCIALSECURITY_MB],
  perPatientFT: 12,
  perPatientPartial: 24,
  /** Single worker living only with own children, child aged 16 or younger: doubled. */
  doubledFT: 24,
  doubledPartial: 48,
  doubledChildMaxAge: 16,
  perRequestMonths: { min: 1, max: 3 },
  /** Half-time needs at least a 3/4 job; 1/5 a full-time job (§4 "forms"). */
  halfMinRegime: 0.75,
  noticeDaysMin: 7,
  protectionMonthsAfter: 3,
  /** Under this headcount a reduction (½, 1/5) is not a right. */
  reductionRightFromHeadcount: 10,
  /** Under this headcount the employer may refuse after 6 months FT or 12 months reduction. */
  refuseAfterUseBelowHeadcount: 50,
  refuseAfterFT: 6,
  refuseAfterPartial: 12,
  /** Shorter FT or ½ periods with the employer's agreement (no Flemish premium then). */
  shorterPeriodsFrom: '2019-06-01',
  hospitalisedChild: { since: '2012-11-01', weeks: 1, renewals: 1, childAgeBelow: MINOR_AGE_BELOW, sources: [S.CSC_HOSPITAL_CHILD, S.RVA_MB_VS_TK] },
} as const;

/** §5 palliatief verlof: 1 month + 2 extensions of 1 month (§16.6: 3, not 2). */
export const PALLIATIEF = {
  // In force well before our coverage (law of 2017, Acerta); we only vouch for it from COVERAGE_FROM.
  validFrom: COVERAGE_FROM,
  sources: [S.BELGIUM_PAL, S.NPZL_PAL, S.ACERTA_PAL_3M],
  maxMonths: 3,
  protectionMonthsAfter: 3,
} as const;

/** §6 ouderschapsverlof. */
export const OUDERSCHAP = {
  validFrom: COVERAGE_FROM,
  sources: [S.OZ_PARENTAL, S.RVA_E52, S.CSC_PARENTAL],
  childAgeBelow: 12,
  disabledChildAgeBelow: 21,
  disabilityPctMin: 66,
  seniorityMonths: 12,
  /** Months per child in each form; 1 FT month = 2 ½ = 5 × 1/5 = 10 × 1/10. */
  maxMonths: { FT: 4, HALF: 8, ONE_FIFTH: 20, ONE_TENTH: 40 },
  noticeMonths: { min: 2, max: 3 },
  protectionMonthsAfter: 3,
  /** The 4th FT month is paid only for children born or adopted after this date (oz.be). */
  fourthMonthPaidBornAfter: '2012-03-08',
  /** Long-term foster parents (announced, not definitive: §16.19). */
  fosterFrom: '2025-07-01',
  fosterSources: [S.ACERTA_ARIZONA],
} as const;

/** §7 tijdskrediet met motief (zorg), private sector only. */
export const TIJDSKREDIET = {
  validFrom: COVERAGE_FROM,
  sources: [S.WERK_TK_MOTIVE, S.ACV_TK_MOTIVES, S.RVA_E65, S.ONEM_T160, S.SODALIS_2023, S.TK_SMALL_EMPLOYER],
  careerMaxMonths: 51,
  childAgeBelow: 8,
  disabledChildAgeBelow: 21,
  disabilityPctMin: 66,
  seniorityMonths: 24,
  /** At most this many workers: time credit is not a right. */
  notARightUpToHeadcount: 10,
  /** At most this many workers (on 30 June of the year before): 6 months' notice, else 3. */
  longNoticeUpToHeadcount: 20,
  noticeMonthsLarge: 3,
  noticeMonthsSmall: 6,
  halfMinRegime: 0.75,
  /** Reform for new requests (allowance only; the right to leave is unchanged). */
  reform2023: {
    validFrom: '2023-02-01',
    sources: [S.SODALIS_2023, S.ONEM_2023_02_MEASURES],
    childMotiveAllowanceMaxMonths: 48,
    childMotiveFtBeforeAge: 5,
  },
  childMotiveAllowanceSeniority: { validFrom: '2023-06-01', months: 36, sources: [S.SODALIS_2023] },
  /** CAO 103/7 in force on this date; its content for motive time credit was not read (§16.18): a "check" note. */
  cao1037: { validFrom: '2026-01-01', sources: [S.RVA_T193] },
} as const;

/** §8.1 zorgverlof: 5 days a year, taken from the 10 days of §8.2. */
export const ZORGVERLOF = {
  validFrom: '2022-11-10',
  sources: [S.CROWE_ZORGVERLOF, S.ACERTA_ZORGVERLOF_FR, S.AIDANTS_5_DAYS, S.TRENDS_UNPAID, S.ZELFSTANDIGE_ZORGVERLOF],
  daysPerYear: 5,
  /** Federal civil servants' own version (congé d'aidants). */
  federalValidFrom: '2023-12-01',
  federalSources: [S.BOSA_CONGE_AIDANT],
} as const;

/** §8.2 verlof om dwingende redenen (CAO 45). §16.9: treated as 10 days. */
export const DWINGENDE_REDENEN = {
  validFrom: COVERAGE_FROM,
  sources: [S.PLUS_DWINGEND, S.ZELFSTANDIGE_ZORGVERLOF, S.GROUPS_CAO45],
  /** For a full-time job; part-timers get days pro rata to their work regime (CAO 45, Group S). */
  daysPerYear: 10,
  /** CAO 45 names the household and relatives/in-laws of the 1st degree; its list is not limitative. */
  namedRelativeMaxDegree: 1,
} as const;

/** §10 Vlaams zorgkrediet (Flemish public sector). */
export const ZORGKREDIET = {
  validFrom: '2016-09-02',
  sources: [S.WERK_ZK_WHO, S.WERK_ZK_MOTIVES, S.VL_ZK_DURATION, S.OVERHEID_ZK, S.ZK_METADATA, S.EDULEX_ZK],
  careerMaxMonths: { FT: 18, HALF: 36, ONE_FIFTH: 90 },
  perRequestMonths: { min: 3, max: 12 },
  /** Not stated for zorgkrediet: we apply the thematic-leave rule (½ from a 3/4 job) and tell the user to ask. */
  halfMinRegimeAssumed: 0.75,
  /** "up to and including 12". */
  childAgeMax: 12,
  disabilityPctMin: 66,
} as const;

/** §11 mantelzorguitkering for the self-employed. */
export const ZELFSTANDIGE = {
  validFrom: '2015-10-01',
  sources: [S.RSVZ_FAQ, S.CM_SELF, S.DROITSQ_SELF],
  perRequestMaxMonths: 6,
  careerMaxMonths: 12,
  minMonths: 1,
  disabledChildAgeBelow: 21,
  disabilityPctMin: 66,
  /** 18–25 only with an integration allowance (§11), which we do not ask: "check". */
  integrationAllowanceAgeBelow: 25,
  requestWithinWeeks: 4,
} as const;

/** §12 Flemish incentive premium (aanmoedigingspremie), zorgkrediet type. */
export const AANMOEDIGINGSPREMIE = {
  sources: [S.VL_AP_CONDITIONS_PRIVATE, S.VL_AP_CONDITIONS_SOCIAL, S.VL_AP_WHICH, S.VL_AP_DURATION_PRIVATE],
  careerCapMonths: 12,
  /** Caregiver leave counts for the premium from this date (§3). */
  mantelzorgFrom: '2020-09-01',
  mantelzorgSources: [S.VL_AP_MANTELZORG],
  /** No premium in the Flemish public sector for periods from this date (§10.1). */
  publicEndedOn: '2016-09-02',
  publicSources: [S.VL_AP_PUBLIC_END],
  /** Worked-before thresholds for the private table (§12.2). */
  from75: 0.75,
  from50: 0.5,
  from20: 0.2,
  workedBeforeMonths: 12,
  /** Time credit with the premium, child motives (§7 AP): child up to 7, or up to 11 with ≥ 66 %. */
  tkChildMaxAge: 7,
  tkDisabledChildMaxAge: 11,
  tkDisabilityPctMin: 66,
} as const;

/** §2 health-fund recognition. */
export const RECOGNITION = {
  validFrom: COVERAGE_FROM,
  sources: [S.SAMANA_RECOGNITION],
  socialRightsHoursPerMonth: 50,
  socialRightsHoursPerYear: 600,
} as const;

/** Where users find their official remaining balance. */
export const BALANCE_URL = S.BREAK_AT_WORK;
