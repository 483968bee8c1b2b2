/**
 * The input vocabulary of rightsOverview(), checked before any rule runs (src/rules/common/input.ts):
 * an unknown word or a wrong type throws with its JSON path. The caregiver's `work` is the leave
 * calculator's input and is checked by leaveOptions() itself (its errors get the `caregiver.work.` path).
 */
import { bool, isoDay, listOf, object, range, word, type Check } from '../common/input.js';
import {
  LEAVE_HOUSEHOLD_VALUES, LEAVE_REGION_VALUES, LEAVE_RELATION_VALUES, LEAVE_SITUATION_VALUES,
} from '../leave/validate.js';
import type { RightsCaredFor, RightsCaregiver, RightsLang, RightsNeedLevel, RightsOverviewOptions, RightsSituation } from './types.js';

const words = <T extends string>(o: Record<T, 0>): readonly T[] => Object.keys(o) as T[];
export const RIGHTS_NEED_VALUES = words<RightsNeedLevel>({ some: 0, daily: 0, constant: 0 });
export const RIGHTS_LANG_VALUES = words<RightsLang>({ nl: 0, fr: 0, en: 0, de: 0 });
const AGE = range(0, 130);
/** Hours in a month: at most every hour of the longest month. */
const HOURS = range(0, 744);

const CAREGIVER = object({
  ageYears: AGE, livesIn: word(LEAVE_REGION_VALUES), hoursPerMonth: HOURS, household: word(LEAVE_HOUSEHOLD_VALUES), working: bool,
  work: object({}),
} satisfies Record<keyof RightsCaregiver, Check>, true);
const CARED_FOR = object({
  relation: word(LEAVE_RELATION_VALUES), ageYears: AGE, livesIn: word(LEAVE_REGION_VALUES), needLevel: word(RIGHTS_NEED_VALUES),
  inCareHome: bool, disabilityRecognised: bool, situation: listOf(word(LEAVE_SITUATION_VALUES)),
} satisfies Record<keyof RightsCaredFor, Check>, true);
const SITUATION = object({ caregiver: CAREGIVER, caredFor: CARED_FOR } satisfies Record<keyof RightsSituation, Check>, true);
const OPTIONS = object({ asOf: isoDay, lang: word(RIGHTS_LANG_VALUES), overlay: () => undefined } satisfies Record<keyof RightsOverviewOptions, Check>, true);

/** Throws TypeError/RangeError on the first value rightsOverview() cannot read; null means "nothing answered". */
export function checkRightsInput(situation: unknown, options: unknown): void {
  OPTIONS(options, 'options');
  if (situation !== null) SITUATION(situation, '');
}

