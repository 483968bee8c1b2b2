import {
  CARE_AT_HOME_OPTIONS, GOOD_OPTIONS, HELP_ITEMS, IMPACT_ITEMS, WHO_OPTIONS, youngQuestionsThatMatter,
} from '../../../rules/quiz/questions.js';
import type { YoungCarerAnswers } from '../../../rules/quiz/young.js';
import type { YoungMessages } from '../../../i18n/quiz/young/nl.js';
import type { QuizAnswers } from '../recognition-quiz.answers.js';
import type { QuestionTexts } from '../recognition-quiz.steps.js';

const SCALE_OPTIONS = ['0', '1', '2'] as const;
const YES_NO = ['yes', 'no'] as const;
type Scaled = (typeof HELP_ITEMS)[number] | (typeof IMPACT_ITEMS)[number];

/**
 * Seven screens, at most: the eleven never/sometimes/often items are asked on two screens ("what do
 * you help with", "how do you feel"), one radio group per row; the answers keep one key per item,
 * so the rules read exactly what they read when every item had its own screen. The safety question
 * comes second, so an unsafe child gets help after two taps; "can't go on" follows the feelings.
 * Both red flags are asked even when nobody at home needs care (red flags win:
 * docs/content/recognition.md#young-carers), and a "yes" ends the questions at once.
 */
export const YOUNG_QUESTIONS = [
  { id: 'careAtHome', multi: false, options: CARE_AT_HOME_OPTIONS },
  { id: 'rf_unsafe', multi: false, options: YES_NO },
  { id: 'who', multi: true, options: WHO_OPTIONS },
  { id: 'helps', multi: false, options: SCALE_OPTIONS, items: HELP_ITEMS },
  { id: 'feelings', multi: false, options: SCALE_OPTIONS, items: IMPACT_ITEMS },
  { id: 'rf_cantGoOn', multi: false, options: YES_NO },
  { id: 'good', multi: true, options: GOOD_OPTIONS },
] as const satisfies readonly { id: string; multi: boolean; options: readonly string[]; items?: readonly string[] }[];
export type YoungQuestionId = (typeof YOUNG_QUESTIONS)[number]['id'];
type Q = (typeof YOUNG_QUESTIONS)[number];
type Listed = 'careAtHome' | 'who' | 'good';
/** Option keys of the questions with their own options: indexing with it fails the build if one is missing. */
type OptionKey = { [K in Q as K['id'] extends Listed ? K['id'] : never]: `opt.${K['id']}.${K['options'][number]}` }[Listed];

/** The school version's questions that still matter (rules/quiz/path.ts). */
export const youngPath = (a: QuizAnswers): Q[] => youngQuestionsThatMatter(YOUNG_QUESTIONS, a);

/** Typed catalog keys of a young question: grouped scale rows say never/sometimes/often, red flags yes/no. */
export function youngTexts(y: YoungMessages, q: Q): QuestionTexts {
  const scaled = q.options === SCALE_OPTIONS;
  const yesNo = q.options === YES_NO;
  return {
    legend: y[`q.${q.id}.legend`],
    hint: y[`q.${q.id}.hint`],
    label: (v) => (scaled ? y[`scale.${v as (typeof SCALE_OPTIONS)[number]}`] : yesNo ? y[`opt.${v as (typeof YES_NO)[number]}`]
      // TypeScript cannot pair q.id with its own options: the key is one of OptionKey by construction.
      : y[`opt.${q.id}.${v}` as OptionKey]),
    item: (id) => y[`item.${id as Scaled}`],
  };
}

/** Form answers (strings) on the current path → the rules' input. */
export function toYoungAnswers(a: Record<string, unknown>): YoungCarerAnswers {
  const out: YoungCarerAnswers = {
    careAtHome: a.careAtHome as YoungCarerAnswers['careAtHome'],
    who: a.who as YoungCarerAnswers['who'],
    good: a.good as YoungCarerAnswers['good'],
    rf_unsafe: a.rf_unsafe === 'yes',
    rf_cantGoOn: a.rf_cantGoOn === 'yes',
  };
  for (const k of [...HELP_ITEMS, ...IMPACT_ITEMS] as Scaled[]) {
    const n = Number(a[k]);
    if (n === 0 || n === 1 || n === 2) out[k] = n;
  }
  return out;
}
