/**
 * The input vocabulary of leaveOptions(), checked before any rule runs (see src/rules/common/input.ts):
 * an unknown word or a wrong type throws with its JSON path instead of being answered as something else.
 * TypeScript fails when a type gains a value the lists below do not know.
 */
import { bool, isoDay, listOf, object, range, word, type Check } from '../common/input.js';
import type {
  LeaveCaredFor, LeaveCareSituation, LeaveForm, LeaveHousehold, LeaveOptionsConfig, LeaveRecognition, LeaveRegion, LeaveRelation,
  LeaveSituation, LeaveStatus, LeaveUsed,
} from './types.js';

/**
 * A closed list from a space-separated string (smaller in the bundle than an array); the type check
 * fails when the string misses a value of the union or has one too many.
 */
const words = <T extends string>() => <S extends string>(s: S & (Split<S> extends T ? (T extends Split<S> ? S : never) : never)): readonly T[] =>
  s.split(' ') as T[];
type Split<S extends string> = S extends `${infer H} ${infer R}` ? H | Split<R> : S;

export const LEAVE_STATUS_VALUES = words<LeaveStatus>()('privateEmployee socialProfitEmployee contractualPublic federalStatutory flemishGovernment educationFlemish localGovernment selfEmployed');
export const LEAVE_REGION_VALUES = words<LeaveRegion>()('flanders brussels wallonia');
export const LEAVE_HOUSEHOLD_VALUES = words<LeaveHousehold>()('withPartner aloneWithChildren alone');
export const LEAVE_RECOGNITION_VALUES = words<LeaveRecognition>()('none general socialRights');
export const LEAVE_SITUATION_VALUES = words<LeaveCareSituation>()('dependent seriouslyIll terminal hospitalisedMinor disabled');
export const LEAVE_FORM_VALUES = words<LeaveForm>()('FT HALF ONE_FIFTH ONE_TENTH FT_WEEKS DAYS FULL PARTIAL');
export const LEAVE_RELATION_VALUES = words<LeaveRelation>()('spouse legalCohabitant partner child fosterChild stepchild parent mother father sibling grandparent grandchild parentInLaw motherInLaw fatherInLaw stepParent childInLaw siblingInLaw grandparentInLaw aunt uncle niece nephew cousin friend neighbour other');
/** Upper bound of counts (months, days, hours, ages, headcount): beyond it a number is a mistake, not a fact. */
export const LEAVE_MAX_COUNT = 1_000_000;
const COUNT = range(0, LEAVE_MAX_COUNT);
const FRACTION = range(0, 1);
/** A counter with a full-time and a part-time part. */
const PAIR = object({ FT: COUNT, partial: COUNT }, true);
const USED: Record<keyof LeaveUsed, Check> = {
  mantelzorgverlofThisPerson: PAIR, mantelzorgverlofCareer: PAIR, medischeBijstandThisPatient: PAIR, palliatiefThisPatientMonths: COUNT,
  ouderschapsverlofThisChildFTMonths: COUNT, tijdskredietZorgMonths: COUNT, vlaamsZorgkredietFTMonths: COUNT, aanmoedigingspremieMonths: COUNT,
  zorgverlofDaysThisYear: COUNT, dwingendeRedenenDaysThisYear: COUNT, mantelzorguitkeringMonths: COUNT,
};
export const LEAVE_USED_KEYS = Object.keys(USED) as (keyof LeaveUsed)[];

/**
 * Unknown keys: rejected in `used`, in its `{ FT, partial }` counters (a misspelt counter would count
 * as 0 used and promise months already taken) and in the config (a misspelt `asOf` would silently mean
 * today); ignored at the top level and in `caredFor`, where an unknown key only leaves a question
 * unanswered (shared case files carry facts for other tools).
 */
const SITUATION = object({
  status: word(LEAVE_STATUS_VALUES), workplaceRegion: word(LEAVE_REGION_VALUES), workRegime: FRACTION, regimePastYear: FRACTION,
  seniorityMonths: COUNT, employerHeadcount: COUNT, age: COUNT, household: word(LEAVE_HOUSEHOLD_VALUES), childrenWithChildBenefit: bool,
  caredFor: object({
    relation: word(LEAVE_RELATION_VALUES), ageYears: COUNT, situation: listOf(word(LEAVE_SITUATION_VALUES)),
    disabilityPct: range(0, 100), livesWithWorker: bool,
  } satisfies Record<keyof LeaveCaredFor, Check>),
  recognition: word(LEAVE_RECOGNITION_VALUES), caregiverHoursPerMonth: COUNT, used: object(USED, true),
  requestedForm: word(LEAVE_FORM_VALUES), requestedMonths: COUNT, daysNeeded: COUNT, employerAgrees: bool, requestDate: isoDay,
} satisfies Record<keyof LeaveSituation, Check>);
// The overlay is partner data: sanitiseLeaveOverlay drops its bad parts, so it is not checked here.
const CONFIG = object({ asOf: isoDay, overlay: () => undefined } satisfies Record<keyof LeaveOptionsConfig, Check>, true);

/** Throws TypeError/RangeError on the first value leaveOptions() cannot read; null means "nothing answered". */
export function checkLeaveInput(situation: unknown, config: unknown): void {
  CONFIG(config, 'config');
  if (situation !== null) SITUATION(situation, '');
}
