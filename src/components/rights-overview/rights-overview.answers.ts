import { isRecord } from '../../core/partner-config.js';
import type { LeaveCareSituation, LeaveHousehold, LeaveRelation, LeaveStatus } from '../../rules/leave/index.js';
import type { RightsNeedLevel, RightsRegion, RightsSituation } from '../../rules/rights/index.js';

/** The answer model of <mz-rights-overview> and its mapping to the rules' input (pure: no DOM, no Lit). */

export const RELATIONS = ['spouse', 'partner', 'child', 'parent', 'parentInLaw', 'sibling', 'grandparent', 'friend', 'neighbour', 'other'] as const satisfies readonly LeaveRelation[];
export type UiRelation = (typeof RELATIONS)[number];
export const NEEDS: readonly RightsNeedLevel[] = ['some', 'daily', 'constant'];
export const HEALTH = ['disabilityRecognised', 'seriouslyIll', 'terminal'] as const;
export type Health = (typeof HEALTH)[number];
export const PLACES: readonly RightsRegion[] = ['flanders', 'brussels', 'wallonia'];
export const WORK = ['privateEmployee', 'socialProfitEmployee', 'contractualPublic', 'federalStatutory', 'flemishGovernment', 'educationFlemish',
  'localGovernment', 'selfEmployed', 'notWorking'] as const satisfies readonly (LeaveStatus | 'notWorking')[];
export type Work = (typeof WORK)[number];
export const HOUSEHOLDS: readonly LeaveHousehold[] = ['withPartner', 'aloneWithChildren', 'alone'];

/** Answers as the widget keeps them (never sent anywhere; only in sessionStorage with `remember`). */
export interface RightsAnswers {
  relation?: UiRelation;
  age?: number;
  need?: RightsNeedLevel;
  health?: Health[];
  place?: RightsRegion;
  careHome?: boolean;
  hours?: number;
  work?: Work;
  myAge?: number;
  household?: LeaveHousehold;
}

/** The answers in the rules' shape (RightsSituation). */
export function answersToSituation(a: RightsAnswers): RightsSituation {
  const s: RightsSituation = {};
  const g: NonNullable<RightsSituation['caregiver']> = {};
  if (a.myAge !== undefined) g.ageYears = a.myAge;
  if (a.hours !== undefined) g.hoursPerMonth = a.hours;
  if (a.household) g.household = a.household;
  if (a.household === 'aloneWithChildren') g.work = { childrenWithChildBenefit: true };
  if (a.work === 'notWorking') g.working = false;
  else if (a.work) {
    g.working = true;
    g.work = { ...(g.work ?? {}), status: a.work };
  }
  const p: NonNullable<RightsSituation['caredFor']> = {};
  if (a.relation) p.relation = a.relation;
  if (a.age !== undefined) p.ageYears = a.age;
  if (a.need) p.needLevel = a.need;
  if (a.place) p.livesIn = a.place;
  if (a.careHome !== undefined) p.inCareHome = a.careHome;
  if (a.health) {
    p.disabilityRecognised = a.health.includes('disabilityRecognised');
    // The leave calculator's words: "help every day" is what it calls care-dependent.
    const situation: LeaveCareSituation[] = [];
    if (a.need === 'daily' || a.need === 'constant') situation.push('dependent');
    if (a.health.includes('seriouslyIll')) situation.push('seriouslyIll');
    if (a.health.includes('terminal')) situation.push('terminal');
    if (a.health.includes('disabilityRecognised')) situation.push('disabled');
    p.situation = situation;
  }
  if (Object.keys(g).length) s.caregiver = g;
  if (Object.keys(p).length) s.caredFor = p;
  return s;
}

const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 744;
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/** Checks answers restored from sessionStorage: unknown values are dropped one by one. */
export function restoreRightsAnswers(v: unknown): RightsAnswers | undefined {
  if (!isRecord(v)) return undefined;
  const a: RightsAnswers = {};
  if (oneOf(RELATIONS, v['relation'])) a.relation = v['relation'];
  if (count(v['age']) && v['age'] <= 130) a.age = v['age'];
  if (oneOf(NEEDS, v['need'])) a.need = v['need'];
  const health = v['health'];
  if (Array.isArray(health)) a.health = HEALTH.filter((x) => health.includes(x));
  if (oneOf(PLACES, v['place'])) a.place = v['place'];
  if (typeof v['careHome'] === 'boolean') a.careHome = v['careHome'];
  if (count(v['hours'])) a.hours = v['hours'];
  if (oneOf(WORK, v['work'])) a.work = v['work'];
  if (count(v['myAge']) && v['myAge'] <= 130) a.myAge = v['myAge'];
  if (oneOf(HOUSEHOLDS, v['household'])) a.household = v['household'];
  return a;
}

/** The widgets on this page whose answers the overview can take over (common/hand-over.ts). */
export const GIVERS = ['recognition-quiz', 'overload-check'] as const;
export type Giver = (typeof GIVERS)[number];
/** The answers another widget's words can honestly fill in. */
export type CarriedAnswers = Pick<RightsAnswers, 'relation' | 'need' | 'hours'>;

/** The school version's "who is that?" → our relation (only the ones that name one person). */
const YOUNG_WHO: ReadonlyMap<string, UiRelation> = new Map([['parent', 'parent'], ['sibling', 'sibling'], ['grandparent', 'grandparent']]);
/** Overload-check words that may describe the same child; any other word could be a second person. */
const ABOUT_A_CHILD = ['child', 'disability', 'chronicIllness', 'mentalHealth'];

const strings = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined);

/**
 * Another widget's words (untrusted: any value) → the answers they honestly fill in, or undefined
 * when nothing maps. Only what means the same here: the quiz's "every day" help (so the person
 * needs help every day at least), its "50 hours or more" band (the recognition's own line: any
 * number from 50 up gives the same overview), one named relative; never a guess at an age, a
 * recognised disability or a place.
 */
export function carryOver(words: unknown): { from: Giver; answers: CarriedAnswers } | undefined {
  if (!isRecord(words)) return undefined;
  const a: CarriedAnswers = {};
  let from: Giver;
  if (words['widget'] === 'recognition-quiz' && isRecord(words['answers'])) {
    from = 'recognition-quiz';
    const q = words['answers'];
    if (q['frequency'] === 'daily') a.need = 'daily';
    if (q['hours'] === '50plus') a.hours = 50;
    const who = strings(q['who']);
    const relation = who?.length === 1 ? YOUNG_WHO.get(who[0]) : undefined;
    if (relation) a.relation = relation;
  } else if (words['widget'] === 'overload-check') {
    from = 'overload-check';
    const careFor = strings(words['careFor']) ?? [];
    // "A child who is ill or has a disability"; in the school version "a brother or sister who …".
    if (careFor.includes('child') && careFor.every((c) => ABOUT_A_CHILD.includes(c))) a.relation = words['audience'] === 'young' ? 'sibling' : 'child';
  } else return undefined;
  return Object.keys(a).length ? { from, answers: a } : undefined;
}
