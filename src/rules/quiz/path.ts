/**
 * Which questions still matter: the quiz stops asking as soon as the outcome can no longer change,
 * so nobody answers needless personal questions. Pure: takes the questions in order (anything with
 * an `id`) and the answers given so far, returns the questions on the path.
 *
 * Progress events keep the longest path as `total` (the component's choice), so the shortened
 * path never shows in analytics and the numbers do not hint at an answer.
 */

/** Answers as the form holds them: option values as strings, multi-choice as string lists. */
export type QuizFormAnswers = Readonly<Partial<Record<string, string | readonly string[]>>>;

const upTo = <Q extends { id: string }>(all: readonly Q[], id: string): Q[] =>
  all.slice(0, all.findIndex((q) => q.id === id) + 1);

/** Adult quiz: a "no" to the need gate, paid or volunteer care, or no tasks end the questions. */
export function recognitionQuestionsThatMatter<Q extends { id: string }>(all: readonly Q[], a: QuizFormAnswers): Q[] {
  if (a.need === 'no') return upTo(all, 'need');
  if (typeof a.role === 'string' && a.role !== 'personal') return upTo(all, 'role');
  if (Array.isArray(a.tasks) && a.tasks.length === 0) return upTo(all, 'tasks');
  return [...all];
}

const YOUNG_RED_FLAGS = ['rf_unsafe', 'rf_cantGoOn'] as const;

/**
 * School version: with nobody at home needing care only the red flags are still asked (red flags
 * win); a red flag answered "yes" ends the questions at once so help comes first.
 */
export function youngQuestionsThatMatter<Q extends { id: string }>(all: readonly Q[], a: QuizFormAnswers): Q[] {
  let list = a.careAtHome === 'no' ? all.filter((q) => q.id === 'careAtHome' || (YOUNG_RED_FLAGS as readonly string[]).includes(q.id)) : [...all];
  for (const flag of YOUNG_RED_FLAGS) {
    if (a[flag] === 'yes') list = upTo(list, flag);
  }
  return list;
}
