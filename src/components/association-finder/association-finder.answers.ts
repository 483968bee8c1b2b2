import { isRecord } from '../../core/partner-config.js';
import { AGE_GROUPS, CARE_FOR, HEALTH_FUNDS, NEEDS } from '../../rules/finder/ui.js';
import type { FinderProfile } from '../../rules/finder/index.js';

/** The finder's answers are the rules' profile as it is: nothing to translate. */
export type FinderAnswers = FinderProfile;

const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/** Stored answers (`remember`) are input like any other: unknown values are dropped one by one. */
export function restoreFinderAnswers(v: unknown): FinderAnswers | undefined {
  if (!isRecord(v)) return undefined;
  const out: FinderAnswers = {};
  if (typeof v.danger === 'boolean') out.danger = v.danger;
  if (oneOf(AGE_GROUPS, v.ageGroup)) out.ageGroup = v.ageGroup;
  if (Array.isArray(v.careFor)) out.careFor = v.careFor.filter((c): c is (typeof CARE_FOR)[number] => oneOf(CARE_FOR, c));
  if (Array.isArray(v.needs)) out.needs = v.needs.filter((n): n is (typeof NEEDS)[number] => oneOf(NEEDS, n));
  if (oneOf(HEALTH_FUNDS, v.healthFund)) out.healthFund = v.healthFund;
  return out;
}
