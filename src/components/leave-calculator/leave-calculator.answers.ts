import { isRecord } from '../../core/partner-config.js';
import { LEAVE_BOUNDS, type LeaveBound } from '../../rules/leave/bounds.js';
import type {
  LeaveCareSituation, LeaveHousehold, LeaveRecognition, LeaveRegion, LeaveRelation, LeaveSchemeId, LeaveSituation, LeaveStatus,
} from '../../rules/leave/index.js';

/** The answer model of <mz-leave-calculator> and its mapping to the rules' input (pure: no DOM, no Lit). */

export const LEAVE_STATUSES: readonly LeaveStatus[] = ['privateEmployee', 'socialProfitEmployee', 'contractualPublic', 'federalStatutory',
  'flemishGovernment', 'educationFlemish', 'localGovernment', 'selfEmployed'];
export const LEAVE_REGIONS: readonly LeaveRegion[] = ['flanders', 'brussels', 'wallonia'];
export const REGIMES = ['1', '0.8', '0.75', '0.5'] as const;
/** The relations offered in the question (a short list people recognise; the rules know more). */
export const RELATIONS = ['spouse', 'partner', 'child', 'fosterChild', 'parent', 'parentInLaw', 'sibling', 'grandparent', 'grandchild',
  'siblingInLaw', 'aunt', 'friend', 'neighbour', 'other'] as const satisfies readonly LeaveRelation[];
export type UiRelation = (typeof RELATIONS)[number];
export const SITUATIONS: readonly LeaveCareSituation[] = ['dependent', 'seriouslyIll', 'terminal', 'hospitalisedMinor', 'disabled'];
export const HOUSEHOLDS: readonly LeaveHousehold[] = ['withPartner', 'aloneWithChildren', 'alone'];
export const RECOGNITIONS: readonly LeaveRecognition[] = ['socialRights', 'general', 'none'];
export const USED = ['mzFT', 'mzPartial', 'mzCareerFT', 'mzCareerPartial', 'mb', 'zk', 'tk', 'ap', 'zorgDays', 'dwingendDays'] as const;
export type UsedKey = (typeof USED)[number];
/** The scheme each "already used" counter belongs to: only the counters of the schemes in play are asked. */
export const USED_SCHEME: Readonly<Record<UsedKey, LeaveSchemeId>> = {
  mzFT: 'mantelzorgverlof', mzPartial: 'mantelzorgverlof', mzCareerFT: 'mantelzorgverlof', mzCareerPartial: 'mantelzorgverlof',
  mb: 'medischeBijstand', zk: 'vlaamsZorgkrediet', tk: 'tijdskredietZorg', ap: 'aanmoedigingspremie', zorgDays: 'zorgverlof', dwingendDays: 'dwingendeRedenen',
};
export const YES_NO = ['yes', 'no'] as const;

/** Answers as the widget keeps them (never sent anywhere; only in sessionStorage with `remember`). */
export interface LeaveAnswers {
  status?: LeaveStatus;
  region?: LeaveRegion;
  regime?: (typeof REGIMES)[number];
  relation?: UiRelation;
  livesWithMe?: boolean;
  age?: number;
  situation?: LeaveCareSituation[];
  disability66?: boolean;
  household?: LeaveHousehold;
  recognition?: LeaveRecognition;
  hours?: number;
  /** "Have you already taken such leave?": the counters are only asked (and only count) after "yes". */
  usedAny?: (typeof YES_NO)[number];
  used?: Partial<Record<UsedKey, number>>;
}

/** Attributes that answer a question for the reader (an employer's page knows the status). */
export interface LeaveFixed {
  status?: LeaveStatus;
  region?: LeaveRegion;
}

export function effectiveStatus(a: LeaveAnswers, fixed: LeaveFixed): LeaveStatus | undefined {
  return fixed.status ?? a.status;
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

/** The answers in the rules' shape (LeaveSituation). */
export function answersToSituation(a: LeaveAnswers, fixed: LeaveFixed = {}): LeaveSituation {
  const s: LeaveSituation = {};
  const status = effectiveStatus(a, fixed);
  if (status) s.status = status;
  const region = fixed.region ?? a.region;
  if (region) s.workplaceRegion = region;
  if (a.regime) s.workRegime = Number(a.regime);
  if (a.household) {
    s.household = a.household;
    // The question says "with child benefit", so answering it states both.
    if (a.household === 'aloneWithChildren') s.childrenWithChildBenefit = true;
  }
  if (a.relation || a.age !== undefined || a.situation || a.livesWithMe !== undefined) {
    s.caredFor = {};
    if (a.relation) s.caredFor.relation = a.relation;
    if (a.age !== undefined) s.caredFor.ageYears = a.age;
    if (a.situation) s.caredFor.situation = a.situation;
    if (a.disability66) s.caredFor.disabilityPct = 66;
    if (a.livesWithMe !== undefined) s.caredFor.livesWithWorker = a.livesWithMe;
  }
  if (a.recognition) s.recognition = a.recognition;
  if (a.hours !== undefined) s.caregiverHoursPerMonth = a.hours;
  const u = a.usedAny === 'yes' ? a.used : undefined;
  if (u) {
    s.used = {
      mantelzorgverlofThisPerson: { FT: u.mzFT, partial: u.mzPartial },
      // The career total includes this person: never less than what was used for them.
      mantelzorgverlofCareer: { FT: maxDefined(u.mzCareerFT, u.mzFT), partial: maxDefined(u.mzCareerPartial, u.mzPartial) },
      medischeBijstandThisPatient: { FT: u.mb },
      vlaamsZorgkredietFTMonths: u.zk,
      tijdskredietZorgMonths: u.tk,
      aanmoedigingspremieMonths: u.ap,
      zorgverlofDaysThisYear: u.zorgDays,
      dwingendeRedenenDaysThisYear: u.dwingendDays,
    };
  }
  return s;
}

/** A stored number within the bounds its field accepts (an older version accepted an age of 150). */
const count = (v: unknown, b: LeaveBound): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= LEAVE_BOUNDS[b].min && v <= LEAVE_BOUNDS[b].max;
/** The bound of a used counter: days for the day pots, months for the rest. */
export const usedBound = (k: UsedKey): LeaveBound => (k === 'zorgDays' || k === 'dwingendDays' ? 'usedDays' : 'usedMonths');
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/**
 * Checks answers restored from sessionStorage (input like any other: another script, an older
 * version): unknown values are dropped one by one; anything that is not an object is refused.
 */
export function restoreLeaveAnswers(v: unknown): LeaveAnswers | undefined {
  if (!isRecord(v)) return undefined;
  const a: LeaveAnswers = {};
  if (oneOf(LEAVE_STATUSES, v['status'])) a.status = v['status'];
  if (oneOf(LEAVE_REGIONS, v['region'])) a.region = v['region'];
  if (oneOf(REGIMES, v['regime'])) a.regime = v['regime'];
  if (oneOf(RELATIONS, v['relation'])) a.relation = v['relation'];
  if (typeof v['livesWithMe'] === 'boolean') a.livesWithMe = v['livesWithMe'];
  if (count(v['age'], 'age')) a.age = v['age'];
  const situation = v['situation'];
  if (Array.isArray(situation)) a.situation = SITUATIONS.filter((s) => situation.includes(s));
  if (typeof v['disability66'] === 'boolean') a.disability66 = v['disability66'];
  if (oneOf(HOUSEHOLDS, v['household'])) a.household = v['household'];
  if (oneOf(RECOGNITIONS, v['recognition'])) a.recognition = v['recognition'];
  if (count(v['hours'], 'hoursPerMonth')) a.hours = v['hours'];
  if (oneOf(YES_NO, v['usedAny'])) a.usedAny = v['usedAny'];
  const used = v['used'];
  if (isRecord(used)) {
    a.used = {};
    for (const k of USED) {
      const n = used[k];
      if (count(n, usedBound(k))) a.used[k] = n;
    }
    // Stored before the yes/no question existed: counters with a number mean "yes".
    if (a.usedAny === undefined && Object.values(a.used).some((n) => n > 0)) a.usedAny = 'yes';
  }
  return a;
}
