/**
 * The input vocabulary of leaveOptions(), checked before any rule runs (see src/rules/common/input.ts):
 * an unknown word or a wrong type throws with its JSON path instead of being answered as something else.
 * TypeScript fails when a type gains a value the lists below do not know (`words`, `satisfies`).
 */
import { bool, isoDay, listOf, object, range, word, type Check } from '../common/input.js';
import { LEAVE_BOUNDS, type LeaveBound } from './bounds.js';
import type {
  LeaveCaredFor, LeaveCareSituation, LeaveForm, LeaveHousehold, LeaveOptionsConfig, LeaveRecognition, LeaveRegion, LeaveRelation,
  LeaveSituation, LeaveStatus, LeaveUsed,
} from './types.js';

/** A closed list, written as a Record so TypeScript fails when the union gains or loses a value. */
const words = <T extends string>(o: Record<T, 0>): readonly T[] => Object.keys(o) as T[];

export const LEAVE_STATUS_VALUES = words<LeaveStatus>({ privateEmployee: 0, socialProfitEmployee: 0, contractualPublic: 0, federalStatutory: 0, flemishGovernment: 0, educationFlemish: 0, localGovernment: 0, selfEmployed: 0 });
export const LEAVE_REGION_VALUES = words<LeaveRegion>({ flanders: 0, brussels: 0, wallonia: 0 });
export const LEAVE_HOUSEHOLD_VALUES = words<LeaveHousehold>({ withPartner: 0, aloneWithChildren: 0, alone: 0 });
export const LEAVE_RECOGNITION_VALUES = words<LeaveRecognition>({ none: 0, general: 0, socialRights: 0 });
export const LEAVE_SITUATION_VALUES = words<LeaveCareSituation>({ dependent: 0, seriouslyIll: 0, terminal: 0, hospitalisedMinor: 0, disabled: 0 });
export const LEAVE_FORM_VALUES = words<LeaveForm>({ FT: 0, HALF: 0, ONE_FIFTH: 0, ONE_TENTH: 0, FT_WEEKS: 0, DAYS: 0, FULL: 0, PARTIAL: 0 });
export const LEAVE_RELATION_VALUES = words<LeaveRelation>({ spouse: 0, legalCohabitant: 0, partner: 0, child: 0, fosterChild: 0, stepchild: 0, parent: 0, mother: 0, father: 0, sibling: 0, grandparent: 0, grandchild: 0, parentInLaw: 0, motherInLaw: 0, fatherInLaw: 0, stepParent: 0, childInLaw: 0, siblingInLaw: 0, grandparentInLaw: 0, aunt: 0, uncle: 0, niece: 0, nephew: 0, cousin: 0, friend: 0, neighbour: 0, other: 0 });
/** Upper bound of the other counts (seniority, headcount, months or days asked): beyond it a number is a mistake, not a fact. */
export const LEAVE_MAX_COUNT = 1_000_000;
const COUNT = range(0, LEAVE_MAX_COUNT);
// Numbers a person types in the widget: the same bounds as its fields (./bounds.ts).
const bound = (b: LeaveBound): Check => range(LEAVE_BOUNDS[b].min, LEAVE_BOUNDS[b].max);
const AGE = bound('age');
const MONTHS = bound('usedMonths');
const DAYS = bound('usedDays');
const FRACTION = range(0, 1);
/** A counter with a full-time and a part-time part. */
const PAIR = object({ FT: MONTHS, partial: MONTHS }, true);
const USED: Record<keyof LeaveUsed, Check> = {
  mantelzorgverlofThisPerson: PAIR, mantelzorgverlofCareer: PAIR, medischeBijstandThisPatient: PAIR, palliatiefThisPatientMonths: MONTHS,
  ouderschapsverlofThisChildFTMonths: MONTHS, tijdskredietZorgMonths: MONTHS, vlaamsZorgkredietFTMonths: MONTHS, aanmoedigingspremieMonths: MONTHS,
  zorgverlofDaysThisYear: DAYS, dwingendeRedenenDaysThisYear: DAYS, mantelzorguitkeringMonths: MONTHS,
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
  seniorityMonths: COUNT, employerHeadcount: COUNT, age: AGE, household: word(LEAVE_HOUSEHOLD_VALUES), childrenWithChildBenefit: bool,
  caredFor: object({
    relation: word(LEAVE_RELATION_VALUES), ageYears: AGE, situation: listOf(word(LEAVE_SITUATION_VALUES)),
    disabilityPct: range(0, 100), livesWithWorker: bool,
  } satisfies Record<keyof LeaveCaredFor, Check>),
  recognition: word(LEAVE_RECOGNITION_VALUES), caregiverHoursPerMonth: bound('hoursPerMonth'), used: object(USED, true),
  requestedForm: word(LEAVE_FORM_VALUES), requestedMonths: COUNT, daysNeeded: COUNT, employerAgrees: bool, requestDate: isoDay,
} satisfies Record<keyof LeaveSituation, Check>);
// The overlay is partner data: sanitiseLeaveOverlay drops its bad parts, so it is not checked here.
const CONFIG = object({ asOf: isoDay, overlay: () => undefined } satisfies Record<keyof LeaveOptionsConfig, Check>, true);

/** Throws TypeError/RangeError on the first value leaveOptions() cannot read; null means "nothing answered". */
export function checkLeaveInput(situation: unknown, config: unknown): void {
  CONFIG(config, 'config');
  if (situation !== null) SITUATION(situation, '');
}
