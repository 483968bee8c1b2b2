/**
 * The school version's questions and rules, a chunk of its own: loaded only for audience="young",
 * so the adult quiz's first screen does not carry the young-carer rules and data.
 */
import {
  assessYoungCarer, youngCarerReferrals, CARE_AT_HOME_OPTIONS, GOOD_OPTIONS, HELP_ITEMS, IMPACT_ITEMS, WHO_OPTIONS,
  type YoungCarerAnswers,
} from '../../rules/quiz/young.js';

export { assessYoungCarer, youngCarerReferrals };

export const SCALE_OPTIONS = ['0', '1', '2'] as const;
export const YES_NO = ['yes', 'no'] as const;

// Red flags come before the (optional, positive) last question so an urgent answer ends the quiz
// at once and shows help first; they are asked even when nobody at home needs care (red flags win:
// docs/content/recognition.md#young-carers).
export const YOUNG_QUESTIONS = [
  { id: 'careAtHome', multi: false, options: CARE_AT_HOME_OPTIONS },
  { id: 'who', multi: true, options: WHO_OPTIONS },
  ...HELP_ITEMS.map((id) => ({ id, multi: false, options: SCALE_OPTIONS })),
  ...IMPACT_ITEMS.map((id) => ({ id, multi: false, options: SCALE_OPTIONS })),
  { id: 'rf_unsafe', multi: false, options: YES_NO },
  { id: 'rf_cantGoOn', multi: false, options: YES_NO },
  { id: 'good', multi: true, options: GOOD_OPTIONS },
] as const satisfies readonly { id: string; multi: boolean; options: readonly string[] }[];

/** Form answers (strings) on the current path → the rules' input. */
export function toYoungAnswers(a: Record<string, unknown>): YoungCarerAnswers {
  const out: YoungCarerAnswers = {
    careAtHome: a.careAtHome as YoungCarerAnswers['careAtHome'],
    who: Array.isArray(a.who) ? (a.who as YoungCarerAnswers['who']) : undefined,
    good: Array.isArray(a.good) ? (a.good as YoungCarerAnswers['good']) : undefined,
    rf_unsafe: a.rf_unsafe === 'yes',
    rf_cantGoOn: a.rf_cantGoOn === 'yes',
  };
  for (const k of [...HELP_ITEMS, ...IMPACT_ITEMS]) {
    const n = Number(a[k]);
    if (n === 0 || n === 1 || n === 2) out[k] = n;
  }
  return out;
}
