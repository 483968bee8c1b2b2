import {
  DURATION_OPTIONS, FREQUENCY_OPTIONS, HOURS_OPTIONS, IMPACT_OPTIONS, LIVES_WITH_OPTIONS, NEED_OPTIONS, ROLE_OPTIONS,
  TASK_OPTIONS, recognitionQuestionsThatMatter, type Task,
} from '../../../rules/quiz/questions.js';
import type { RecognitionAnswers } from '../../../rules/quiz/recognition.js';
import type { QuizMessages } from '../../../i18n/quiz/nl.js';
import type { QuizAnswers } from '../recognition-quiz.answers.js';
import type { QuestionTexts } from '../recognition-quiz.steps.js';

/** The adult questions, in order (ids are the rules' answer keys). */
export const ADULT_QUESTIONS = [
  { id: 'need', multi: false, options: NEED_OPTIONS },
  { id: 'role', multi: false, options: ROLE_OPTIONS },
  { id: 'tasks', multi: true, options: TASK_OPTIONS },
  { id: 'frequency', multi: false, options: FREQUENCY_OPTIONS },
  { id: 'duration', multi: false, options: DURATION_OPTIONS },
  { id: 'hours', multi: false, options: HOURS_OPTIONS },
  { id: 'livesWith', multi: false, options: LIVES_WITH_OPTIONS },
  { id: 'impact', multi: false, options: IMPACT_OPTIONS },
] as const;
export type AdultQuestionId = (typeof ADULT_QUESTIONS)[number]['id'];
type Q = (typeof ADULT_QUESTIONS)[number];
/** Every option key of every question: indexing the catalog with it fails the build if one is missing. */
type OptionKey = { [K in Q as K['id']]: `opt.${K['id']}.${K['options'][number]}` }[AdultQuestionId];

/** The adult questions that still matter (rules/quiz/path.ts). */
export const adultPath = (a: QuizAnswers): Q[] => recognitionQuestionsThatMatter(ADULT_QUESTIONS, a);

/** Typed catalog keys of an adult question (a missing key fails the build). */
export function adultTexts(t: QuizMessages, q: Q): QuestionTexts {
  return {
    legend: t[`q.${q.id}.legend`],
    hint: t[`q.${q.id}.hint`],
    // TypeScript cannot pair q.id with its own options: the key is one of OptionKey by construction.
    label: (v) => t[`opt.${q.id}.${v}` as OptionKey],
    optionHint: q.id === 'tasks' ? (v) => t[`opt.tasks.${v as Task}.hint`] : undefined,
  };
}

/** Form answers on the current path → the rules' input (values come from the option lists). */
export function toRecognitionAnswers(a: Record<string, unknown>): RecognitionAnswers {
  return {
    need: a.need as RecognitionAnswers['need'],
    role: a.role as RecognitionAnswers['role'],
    tasks: a.tasks as RecognitionAnswers['tasks'],
    frequency: a.frequency as RecognitionAnswers['frequency'],
    duration: a.duration as RecognitionAnswers['duration'],
    hours: a.hours as RecognitionAnswers['hours'],
    livesWith: a.livesWith as RecognitionAnswers['livesWith'],
    impact: a.impact as RecognitionAnswers['impact'],
  };
}
