/**
 * Young-caregiver quiz (audience="young"): items, scale and thresholds.
 * Rules in plain words: docs/content/recognition.md#young-carers. The load thresholds are the team's own and NOT
 * validated (MACA-YC18 bands only inspired their proportions); treat them as provisional.
 */

export const YOUNG_DATA_VERSION = '1.0.0';
export const YOUNG_CHECKED_ON = '2026-11-23';

/** Version, date and sources: ZoJong!'s definition (worrying counts) and the MACA-YC18 bands the thresholds lean on. */
export const YOUNG_META = {
  version: YOUNG_DATA_VERSION,
  validFrom: '2026-11-23',
  sources: [
    'https://burgersaanzet.be/zojong/',
    'https://wlcccarers.com/the-hidden-caregivers-young-people-taking-on-a-larger-role/',
    'https://sociaal.net/verhaal/een-op-zes-leerlingen-is-jonge-mantelzorger/',
  ],
} as const;

export const CARE_AT_HOME_OPTIONS = ['yes', 'no', 'notSure'] as const;
export const WHO_OPTIONS = ['parent', 'sibling', 'grandparent', 'otherFamily', 'someoneElse'] as const;
export const GOOD_OPTIONS = ['proud', 'learn', 'closer', 'useful'] as const;
/** never / sometimes / often. */
export const SCALE = [0, 1, 2] as const;

export const HELP_ITEMS = [
  'help_chores', 'help_siblings', 'help_body', 'help_medicine', 'help_papers', 'help_company',
] as const;
/** `worry` is both an impact item and a caring signal (ZoJong! counts worrying as caring). */
export const IMPACT_ITEMS = ['worry', 'imp_tired', 'imp_homework', 'imp_friends', 'imp_alone'] as const;
export const RED_FLAGS = ['rf_unsafe', 'rf_cantGoOn'] as const;

export type CareAtHome = (typeof CARE_AT_HOME_OPTIONS)[number];
export type Who = (typeof WHO_OPTIONS)[number];
export type Good = (typeof GOOD_OPTIONS)[number];
export type ScaleValue = (typeof SCALE)[number];
export type HelpItem = (typeof HELP_ITEMS)[number];
export type ImpactItem = (typeof IMPACT_ITEMS)[number];
export type RedFlag = (typeof RED_FLAGS)[number];

export const YOUNG_THRESHOLDS = {
  heavy: { impactMin: 7, helpMin: 9 },
  aLot: { impactMin: 4, helpMin: 6 },
} as const;
