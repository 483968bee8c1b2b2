/**
 * Controlled vocabulary of the association finder. Records, partner offers and the profile all use
 * these words, so a data test can refuse any tag that is not listed here.
 *
 * The two facets follow Open Eligibility (used with Open Referral HSDS): *who* it is for
 * (`TargetTag`, the "human situation") and *what* it offers (`ServiceTag`).
 */

/** Who the caregiver cares for (profile.careFor). */
export const CARE_FOR = ['older', 'dementia', 'mentalHealth', 'disability', 'chronicIllness', 'childWithNeeds', 'palliative'] as const;
export type CareFor = (typeof CARE_FOR)[number];

/** What the caregiver needs (profile.needs). Each need is also a service tag. */
export const NEEDS = ['rights', 'peers', 'respite', 'holidays', 'training', 'talk', 'complaint'] as const;
export type Need = (typeof NEEDS)[number];

export const HEALTH_FUNDS = ['cm', 'solidaris', 'lm', 'helan', 'partena', 'vnz', 'hziv', 'hrrail', 'unknown'] as const;
export type HealthFund = (typeof HEALTH_FUNDS)[number];

export const AGE_GROUPS = ['under25', 'adult'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Target groups: the care situations plus a few groups that are not a profile answer. */
export const TARGET_TAGS = [
  ...CARE_FOR,
  'allCaregivers',
  'young',
  'careHomeResidents',
  'migrationBackground',
] as const;
export type TargetTag = (typeof TARGET_TAGS)[number];

/** Services: every need, plus finer kinds that are shown but not asked. */
export const SERVICE_TAGS = [
  ...NEEDS,
  'info',
  'magazine',
  'advocacy',
  'caregiverCafe',
  'homeVisits',
  'respiteSitting',
  'respiteDayCare',
  'respiteShortStay',
  'recognition',
  'directory',
  'coordination',
  'onlinePlatform',
] as const;
export type ServiceTag = (typeof SERVICE_TAGS)[number];

export const REGIONS = ['flanders', 'brussels', 'wallonia'] as const;
export type Region = (typeof REGIONS)[number];

/** Tags a partner may put on a local offer: the same words as careFor and needs, plus 'young'. */
export const OFFER_TAGS = [...CARE_FOR, ...NEEDS, 'young'] as const;
export type OfferTag = (typeof OFFER_TAGS)[number];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
