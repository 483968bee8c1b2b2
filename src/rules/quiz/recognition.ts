/**
 * assessRecognition: the adult "am I a caregiver?" classification (the team's own scoring model,
 * not a validated instrument).
 * Rule-based, first match wins; no numeric score. Pure: no DOM, no Lit, no I/O.
 */
import {
  DURATION_OPTIONS, FREQUENCY_OPTIONS, HOURS_OPTIONS, IMPACT_OPTIONS, LIVES_WITH_OPTIONS, NEED_OPTIONS,
  RECOGNITION_THRESHOLDS as T, ROLE_OPTIONS, TASK_OPTIONS,
  type Duration, type Frequency, type Hours, type Impact, type LivesWith, type Need, type Role, type Task,
} from '../../data/quiz/recognition.js';
import { bool, listOf, object, word, type Check } from '../common/input.js';

export type { Duration, Frequency, Hours, Impact, LivesWith, Need, Role, Task };
// What the component asks and shows (components read data through src/rules, not src/data).
export {
  DURATION_OPTIONS, FEDERAL_RECOGNITION, FREQUENCY_OPTIONS, HOURS_OPTIONS, IMPACT_OPTIONS, LIVES_WITH_OPTIONS,
  NEED_OPTIONS, RECOGNITION_SOURCE_BY_LOCALE, ROLE_OPTIONS, TASK_OPTIONS,
} from '../../data/quiz/recognition.js';
export { quizSource } from './sources.js';

/**
 * The answers, one key per question. Only `need` is required: the widget skips questions
 * that can no longer change the outcome (e.g. after "no"), and partners may call us with partial data.
 */
export interface RecognitionAnswers {
  need: Need;
  role?: Role;
  tasks?: readonly Task[];
  frequency?: Frequency;
  duration?: Duration;
  hours?: Hours;
  livesWith?: LivesWith;
  impact?: Impact;
}

export type RecognitionOutcome = 'caregiver_intensive' | 'caregiver' | 'occasional' | 'professional' | 'not_now';
export const RECOGNITION_OUTCOMES: readonly RecognitionOutcome[] =
  ['caregiver_intensive', 'caregiver', 'occasional', 'professional', 'not_now'];

/** Catalog keys that explain the outcome. `reason.tasks` takes the number of task kinds. */
export type RecognitionReasonKey =
  | 'reason.needNo' | 'reason.needUnsure'
  | 'reason.rolePaidJob' | 'reason.roleVolunteer'
  | 'reason.noTasks' | 'reason.tasks'
  | 'reason.helpDaily' | 'reason.helpWeekly' | 'reason.helpMonthlyLasting' | 'reason.helpMonthlyShort'
  | 'reason.helpRarely' | 'reason.helpUnknown'
  | 'reason.hours50plus' | 'reason.dailyManyTasks'
  | 'reason.livesWith' | 'reason.impactALot';

export interface RecognitionFlags {
  /** 50+ hours a month and some caring outcome: show the social-rights hint and what to bring. */
  mayQualifySocialRights: boolean;
  /** The person was not sure about the care need: soften the wording. */
  needUnsure: boolean;
  /** Promote the overload check to the first action. */
  overloadCheckFirst: boolean;
}

export interface RecognitionResult {
  outcome: RecognitionOutcome;
  flags: RecognitionFlags;
  reasons: RecognitionReasonKey[];
}

/**
 * The input vocabulary, checked before any rule runs (src/rules/common/input.ts): a wrong type throws
 * a TypeError, an unknown word a RangeError, each naming the JSON path, the value and what is
 * allowed. A missing field means "not answered"; `null` means nothing was answered. Unknown keys are
 * ignored (they only leave a question unanswered). `satisfies`: tsc fails when the answers gain a field.
 */
const ANSWERS = object({
  need: word(NEED_OPTIONS), role: word(ROLE_OPTIONS), tasks: listOf(word(TASK_OPTIONS)), frequency: word(FREQUENCY_OPTIONS),
  duration: word(DURATION_OPTIONS), hours: word(HOURS_OPTIONS), livesWith: word(LIVES_WITH_OPTIONS), impact: word(IMPACT_OPTIONS),
} satisfies Record<keyof RecognitionAnswers, Check>);
const RESULT = object({
  outcome: word(RECOGNITION_OUTCOMES),
  flags: object({ mayQualifySocialRights: bool, needUnsure: bool, overloadCheckFirst: bool } satisfies Record<keyof RecognitionFlags, Check>),
  reasons: () => undefined,
} satisfies Record<keyof RecognitionResult, Check>);

/** De-duplicated task kinds (the values are checked already). */
export function countTasks(tasks: readonly Task[] | undefined): number {
  return new Set(tasks).size;
}

/** `regular`: weekly or more, or monthly once it lasts 3 months or more. */
export function isRegular(frequency: Frequency | undefined, duration: Duration | undefined): boolean {
  if (frequency === undefined) return false;
  if (T.regularFrequencies.includes(frequency)) return true;
  return frequency === 'monthly' && duration !== undefined && T.monthlyRegularDurations.includes(duration);
}

function frequencyReason(frequency: Frequency | undefined, duration: Duration | undefined): RecognitionReasonKey {
  switch (frequency) {
    case 'daily': return 'reason.helpDaily';
    case 'weekly': case 'severalPerWeek': return 'reason.helpWeekly';
    case 'monthly': return isRegular(frequency, duration) ? 'reason.helpMonthlyLasting' : 'reason.helpMonthlyShort';
    case 'lessThanMonthly': return 'reason.helpRarely';
    default: return 'reason.helpUnknown';
  }
}

/**
 * Throws a TypeError/RangeError (JSON path, value, allowed values) on an answer it cannot read.
 * Missing answers count as "not answered"; a missing `need` is treated like "no" (we never claim
 * someone is a caregiver without an explicit answer).
 */
export function assessRecognition(answers: RecognitionAnswers | null): RecognitionResult {
  if (answers !== null) ANSWERS(answers, '');
  const { need, role, frequency, duration, hours, livesWith, impact, tasks } = answers ?? ({} as Partial<RecognitionAnswers>);
  const taskCount = countTasks(tasks);
  const regular = isRegular(frequency, duration);

  const reasons: RecognitionReasonKey[] = [];
  let outcome: RecognitionOutcome;

  if (need === undefined || need === 'no') {
    outcome = 'not_now';
    reasons.push('reason.needNo');
  } else if (role !== undefined && role !== 'personal') {
    // A missing role is not "professional": that gate needs an explicit answer.
    outcome = 'professional';
    reasons.push(role === 'paidJob' ? 'reason.rolePaidJob' : 'reason.roleVolunteer');
  } else if (taskCount === 0) {
    outcome = 'not_now';
    reasons.push('reason.noTasks');
  } else {
    const byHours = hours === T.socialRightsHours;
    const byDailyTasks = frequency === 'daily' && taskCount >= T.intensiveDailyMinTasks;
    // "Daily with many kinds of task" already says how often: no separate "you help daily".
    reasons.push('reason.tasks', byDailyTasks ? 'reason.dailyManyTasks' : frequencyReason(frequency, duration));
    if (regular && (byHours || byDailyTasks)) {
      outcome = 'caregiver_intensive';
    } else {
      outcome = regular ? 'caregiver' : 'occasional';
    }
    if (byHours) reasons.push('reason.hours50plus');
  }

  const caring = outcome === 'caregiver_intensive' || outcome === 'caregiver' || outcome === 'occasional';
  const flags: RecognitionFlags = {
    mayQualifySocialRights: hours === T.socialRightsHours && caring,
    needUnsure: need === 'notSure',
    overloadCheckFirst: impact === 'aLot' || (livesWith === 'yes' && outcome === 'caregiver_intensive'),
  };
  if (caring && livesWith === 'yes') reasons.push('reason.livesWith');
  if (caring && impact === 'aLot') reasons.push('reason.impactALot');
  if (flags.needUnsure && outcome !== 'not_now') reasons.push('reason.needUnsure');

  return { outcome, flags, reasons };
}

/** Next-step keys for the result screen (2–4), ordered; see recognitionActions(). */
export type RecognitionActionKey =
  | 'action.overloadCheck' | 'action.recognitionGeneral' | 'action.recognitionSocial' | 'action.leave'
  | 'action.finder' | 'action.learnMore' | 'action.finderForPerson' | 'action.redoForPerson'
  | 'action.comeBack' | 'action.aroundCaregiver';

/** 2–4 concrete next steps per outcome (one table per outcome); the overload check moves first when flagged. */
export function recognitionActions(result: RecognitionResult): RecognitionActionKey[] {
  RESULT(result, 'result');
  if (result === undefined) throw new TypeError('result: expected a plain object, got undefined');
  // Missing flags are false (a caller may build the result by hand).
  const f: Partial<RecognitionFlags> = result.flags ?? {};
  const recognition: RecognitionActionKey = f.mayQualifySocialRights
    ? 'action.recognitionSocial' : 'action.recognitionGeneral';
  let list: RecognitionActionKey[];
  switch (result.outcome) {
    case 'caregiver_intensive': list = ['action.overloadCheck', recognition, 'action.leave', 'action.finder']; break;
    case 'caregiver': list = [recognition, 'action.finder', 'action.overloadCheck', 'action.leave']; break;
    case 'occasional':
      list = f.mayQualifySocialRights
        ? ['action.recognitionSocial', 'action.learnMore', 'action.finder']
        : ['action.learnMore', 'action.finder', 'action.comeBack'];
      break;
    case 'professional': list = ['action.redoForPerson', 'action.finderForPerson']; break;
    default: list = ['action.comeBack', 'action.aroundCaregiver'];
  }
  // The flag promotes the overload check for someone who gives care. After "professional"
  // or "not now" (e.g. an `impact` answer left over from an earlier path) it adds nothing.
  const caring = result.outcome === 'caregiver_intensive' || result.outcome === 'caregiver' || result.outcome === 'occasional';
  if (caring && f.overloadCheckFirst) {
    list = ['action.overloadCheck', ...list.filter((a) => a !== 'action.overloadCheck')];
  }
  return list.slice(0, 4);
}
