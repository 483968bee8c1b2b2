/**
 * Adult recognition quiz: answer options, the quiz's own thresholds, and the federal recognition facts
 * shown on the result. The thresholds are the team's own decision, not a validated instrument; the
 * federal figures come from the shared src/data/recognition.ts, which the leave calculator reads too.
 * Kept out of the rules so a yearly review only touches data files.
 */
import { CAREGIVER_LEAVE_CURRENT, CAREGIVER_RECOGNITION, RECOGNITION_CHECKED_ON } from '../recognition.js';

export const RECOGNITION_DATA_VERSION = '1.0.0';
/** Date the facts below were last checked against the sources. */
export { RECOGNITION_CHECKED_ON };

/** Version, date and sources of this file (the thresholds are the team's own decision). */
export const RECOGNITION_META = {
  version: RECOGNITION_DATA_VERSION,
  validFrom: '2026-11-23',
  sources: [
    'https://www.geel.be/ben-ik-mantelzorger',
    'https://www.samana.be/erkenning-mantelzorger/',
    'https://carersuk.org/news-and-campaigns/general-election-2024/better-identification-and-recognition',
  ],
} as const;

export const NEED_OPTIONS = ['yes', 'no', 'notSure'] as const;
export const ROLE_OPTIONS = ['personal', 'paidJob', 'volunteer'] as const;
export const TASK_OPTIONS = [
  'household', 'practical', 'personalCare', 'medical', 'admin',
  'supervision', 'emotional', 'coordination', 'othersInHousehold',
] as const;
export const FREQUENCY_OPTIONS = ['lessThanMonthly', 'monthly', 'weekly', 'severalPerWeek', 'daily'] as const;
export const DURATION_OPTIONS = ['under3m', '3to12m', 'over12m'] as const;
export const HOURS_OPTIONS = ['under10', '10to49', '50plus', 'unknown'] as const;
export const LIVES_WITH_OPTIONS = ['yes', 'no'] as const;
export const IMPACT_OPTIONS = ['no', 'aBit', 'aLot'] as const;

export type Need = (typeof NEED_OPTIONS)[number];
export type Role = (typeof ROLE_OPTIONS)[number];
export type Task = (typeof TASK_OPTIONS)[number];
export type Frequency = (typeof FREQUENCY_OPTIONS)[number];
export type Duration = (typeof DURATION_OPTIONS)[number];
export type Hours = (typeof HOURS_OPTIONS)[number];
export type LivesWith = (typeof LIVES_WITH_OPTIONS)[number];
export type Impact = (typeof IMPACT_OPTIONS)[number];

/** Scoring model (own decision: regular, intensive, social-rights hint). */
export const RECOGNITION_THRESHOLDS = {
  /** Frequencies that are "regular" on their own. */
  regularFrequencies: ['weekly', 'severalPerWeek', 'daily'] as readonly Frequency[],
  /** Monthly help is regular only once it has lasted (or will last) this long. */
  monthlyRegularDurations: ['3to12m', 'over12m'] as readonly Duration[],
  /** Daily help with at least this many kinds of task counts as intensive. */
  intensiveDailyMinTasks: 3,
  /** The hours answer that matches the social-rights threshold (50 h a month). */
  socialRightsHours: '50plus' as Hours,
} as const;

/**
 * Federal recognition as a caregiver (erkenning als mantelzorger), asked at the caregiver's own
 * health fund, and the caregiver leave it opens, in the shape the quiz result reads.
 */
export const FEDERAL_RECOGNITION = {
  validFrom: CAREGIVER_RECOGNITION.validFrom,
  checkedOn: CAREGIVER_RECOGNITION.checkedOn,
  socialRights: CAREGIVER_RECOGNITION.socialRights,
  /** Caregiver leave (verlof voor mantelzorg), the social right the recognition opens: today's rule. */
  leave: {
    validFrom: CAREGIVER_LEAVE_CURRENT.validFrom,
    maxMonthsFullTimePerPerson: CAREGIVER_LEAVE_CURRENT.limits.perPersonFT,
    maxMonthsPartTimePerPerson: CAREGIVER_LEAVE_CURRENT.limits.perPersonPartial,
    sources: CAREGIVER_LEAVE_CURRENT.sources,
  },
  sources: CAREGIVER_RECOGNITION.sources,
} as const;

/**
 * The page we name as "source" on the result, per language (a health fund page in that language;
 * English readers get the Dutch page). The widget shows its title, publisher and date from the quiz
 * source catalogue (src/data/sources/quiz.ts), never the address.
 */
export const RECOGNITION_SOURCE_BY_LOCALE = {
  nl: { url: 'https://www.samana.be/erkenning-mantelzorger/' },
  fr: { url: 'https://www.mc.be/que-faire-en-cas-de/perte-autonomie/reconnaissance' },
  en: { url: 'https://www.samana.be/erkenning-mantelzorger/' },
  de: { url: 'https://ckk-mc.be/meine-situation/pflegende-angehoerige/anerkennung' },
} as const;
