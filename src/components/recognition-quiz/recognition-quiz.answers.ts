import {
  DURATION_OPTIONS, FREQUENCY_OPTIONS, HOURS_OPTIONS, IMPACT_OPTIONS, LIVES_WITH_OPTIONS, NEED_OPTIONS, ROLE_OPTIONS,
  TASK_OPTIONS, type RecognitionAnswers,
} from '../../rules/quiz/recognition.js';

/** One question: its id (= the rules' answer key) and its option values. */
export interface Question {
  id: string;
  multi: boolean;
  options: readonly string[];
}
/** Form state: option values as strings (young scale items are '0' | '1' | '2', red flags 'yes' | 'no'). */
export type FormAnswers = Partial<Record<string, string | readonly string[]>>;

export const ADULT_QUESTIONS: readonly Question[] = [
  { id: 'need', multi: false, options: NEED_OPTIONS },
  { id: 'role', multi: false, options: ROLE_OPTIONS },
  { id: 'tasks', multi: true, options: TASK_OPTIONS },
  { id: 'frequency', multi: false, options: FREQUENCY_OPTIONS },
  { id: 'duration', multi: false, options: DURATION_OPTIONS },
  { id: 'hours', multi: false, options: HOURS_OPTIONS },
  { id: 'livesWith', multi: false, options: LIVES_WITH_OPTIONS },
  { id: 'impact', multi: false, options: IMPACT_OPTIONS },
];

/** Form answers (strings) on the current path → the rules' input. */
export function toRecognitionAnswers(a: Record<string, unknown>): RecognitionAnswers {
  // The rules re-check every value (unknown → ignored), so plain casts are safe here.
  return {
    need: a.need as RecognitionAnswers['need'],
    role: a.role as RecognitionAnswers['role'],
    tasks: Array.isArray(a.tasks) ? (a.tasks as RecognitionAnswers['tasks']) : undefined,
    frequency: a.frequency as RecognitionAnswers['frequency'],
    duration: a.duration as RecognitionAnswers['duration'],
    hours: a.hours as RecognitionAnswers['hours'],
    livesWith: a.livesWith as RecognitionAnswers['livesWith'],
    impact: a.impact as RecognitionAnswers['impact'],
  };
}
