/**
 * The input vocabulary of leaveOptions(), checked before any rule runs (see src/rules/common/input.ts):
 * an unknown word or a wrong type throws with its JSON path instead of being answered as something else.
 * The lists are built from `Record<Union, 0>` objects, so TypeScript fails when a type gains a value
 * the check does not know.
 */
import { bool, isoDay, list, number, oneOf, record } from '../common/input.js';
import type {
  LeaveCareSituation, LeaveForm, LeaveHousehold, LeaveRecognition, LeaveRegion, LeaveRelation,
  LeaveStatus, LeaveUsed,
} from './types.js';

const words = <T extends string>(o: Record<T, 0>): readonly T[] => Object.keys(o) as T[];

export const LEAVE_STATUS_VALUES = words<LeaveStatus>({
  privateEmployee: 0, socialProfitEmployee: 0, contractualPublic: 0, federalStatutory: 0, flemishGovernment: 0,
  educationFlemish: 0, localGovernment: 0, selfEmployed: 0,
});
export const LEAVE_REGION_VALUES = words<LeaveRegion>({ flanders: 0, brussels: 0, wallonia: 0 });
export const LEAVE_HOUSEHOLD_VALUES = words<LeaveHousehold>({ withPartner: 0, aloneWithChildren: 0, alone: 0 });
export const LEAVE_RECOGNITION_VALUES = words<LeaveRecognition>({ none: 0, general: 0, socialRights: 0 });
export const LEAVE_SITUATION_VALUES = words<LeaveCareSituation>({ dependent: 0, seriouslyIll: 0, terminal: 0, hospitalisedMinor: 0, disabled: 0 });
export const LEAVE_FORM_VALUES = words<LeaveForm>({ FT: 0, HALF: 0, ONE_FIFTH: 0, ONE_TENTH: 0, FT_WEEKS: 0, DAYS: 0, FULL: 0, PARTIAL: 0 });
export const LEAVE_RELATION_VALUES = words<LeaveRelation>({
  spouse: 0, legalCohabitant: 0, partner: 0, child: 0, fosterChild: 0, stepchild: 0, parent: 0, mother: 0, father: 0,
  sibling: 0, grandparent: 0, grandchild: 0, parentInLaw: 0, motherInLaw: 0, fatherInLaw: 0, stepParent: 0, childInLaw: 0,
  siblingInLaw: 0, grandparentInLaw: 0, aunt: 0, uncle: 0, niece: 0, nephew: 0, cousin: 0, friend: 0, neighbour: 0, other: 0,
});
/** Counters with a full-time and a part-time part. */
const SPLIT = ['mantelzorgverlofThisPerson', 'mantelzorgverlofCareer', 'medischeBijstandThisPatient'] as const;
export const LEAVE_USED_KEYS = words<keyof LeaveUsed>({
  mantelzorgverlofThisPerson: 0, mantelzorgverlofCareer: 0, medischeBijstandThisPatient: 0, palliatiefThisPatientMonths: 0,
  ouderschapsverlofThisChildFTMonths: 0, tijdskredietZorgMonths: 0, vlaamsZorgkredietFTMonths: 0, aanmoedigingspremieMonths: 0,
  zorgverlofDaysThisYear: 0, dwingendeRedenenDaysThisYear: 0, mantelzorguitkeringMonths: 0,
});

/** Upper bound of counts (months, days, hours, ages, headcount): beyond it a number is a mistake, not a fact. */
export const LEAVE_MAX_COUNT = 1_000_000;
const count = (v: unknown, path: string): number | undefined => number(v, path, 0, LEAVE_MAX_COUNT);
const fraction = (v: unknown, path: string): number | undefined => number(v, path, 0, 1);

/**
 * Throws TypeError/RangeError on the first value leaveOptions() cannot read. Unknown keys: rejected in
 * `used` (a misspelt counter would count as 0 used and promise months already taken) and in the config
 * (a misspelt `asOf` would silently mean today); ignored at the top level and in `caredFor`, where an
 * unknown key only leaves a question unanswered (shared case files carry facts for other tools).
 */
export function checkLeaveInput(situation: unknown, config: unknown): void {
  const cfg = record(config, 'config', ['asOf', 'overlay']);
  isoDay(cfg?.['asOf'], 'config.asOf');
  if (situation === null) return; // documented: null means "nothing answered"
  const s = record(situation, 'situation');
  if (!s) return;
  oneOf(s['status'], 'status', LEAVE_STATUS_VALUES);
  oneOf(s['workplaceRegion'], 'workplaceRegion', LEAVE_REGION_VALUES);
  fraction(s['workRegime'], 'workRegime');
  fraction(s['regimePastYear'], 'regimePastYear');
  for (const k of ['seniorityMonths', 'employerHeadcount', 'age', 'caregiverHoursPerMonth', 'requestedMonths', 'daysNeeded'] as const) count(s[k], k);
  oneOf(s['household'], 'household', LEAVE_HOUSEHOLD_VALUES);
  bool(s['childrenWithChildBenefit'], 'childrenWithChildBenefit');
  bool(s['employerAgrees'], 'employerAgrees');
  oneOf(s['recognition'], 'recognition', LEAVE_RECOGNITION_VALUES);
  oneOf(s['requestedForm'], 'requestedForm', LEAVE_FORM_VALUES);
  isoDay(s['requestDate'], 'requestDate');
  const c = record(s['caredFor'], 'caredFor');
  if (c) {
    oneOf(c['relation'], 'caredFor.relation', LEAVE_RELATION_VALUES);
    count(c['ageYears'], 'caredFor.ageYears');
    list(c['situation'], 'caredFor.situation', (x, p) => oneOf(x, p, LEAVE_SITUATION_VALUES));
    number(c['disabilityPct'], 'caredFor.disabilityPct', 0, 100);
    bool(c['livesWithWorker'], 'caredFor.livesWithWorker');
  }
  const u = record(s['used'], 'used', LEAVE_USED_KEYS);
  if (u) {
    for (const k of LEAVE_USED_KEYS) {
      const path = `used.${k}`;
      if (!(SPLIT as readonly string[]).includes(k)) { count(u[k], path); continue; }
      const pair = record(u[k], path, ['FT', 'partial']);
      count(pair?.['FT'], `${path}.FT`);
      count(pair?.['partial'], `${path}.partial`);
    }
  }
}
