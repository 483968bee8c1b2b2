/** One question: its id (= the rules' answer key) and its option values. */
export interface Question<Id extends string = string> {
  readonly id: Id;
  readonly multi: boolean;
  readonly options: readonly string[];
  /**
   * A grouped screen (young scales): one radio group per item, each answered under the item's own
   * key; the screen itself has no answer of its own.
   */
  readonly items?: readonly string[];
}

/**
 * The answers as the form holds them: option values as strings (young scale items are '0' | '1' |
 * '2', red flags 'yes' | 'no'), multi-choice as lists. One shape for both audiences.
 */
export type QuizAnswers = Partial<Record<string, string | readonly string[]>>;

/**
 * Restored answers (sessionStorage is input like any other): only known options of known questions
 * survive, one by one; anything else is dropped as "not answered".
 */
export function restoreQuizAnswers(v: unknown, questions: readonly Question[]): QuizAnswers | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const saved = v as Record<string, unknown>;
  const out: QuizAnswers = {};
  for (const q of questions) {
    const x = saved[q.id];
    if (q.multi && Array.isArray(x)) out[q.id] = x.filter((o): o is string => typeof o === 'string' && q.options.includes(o));
    else if (!q.multi && typeof x === 'string' && q.options.includes(x)) out[q.id] = x;
  }
  return out;
}

/** Only the answers on the current path: an answer left over from a path not taken must not count. */
export function onPath(answers: QuizAnswers, path: readonly Question[]): Record<string, unknown> {
  const ids = new Set(path.flatMap((q) => q.items ?? [q.id]));
  return Object.fromEntries(Object.entries(answers).filter(([k]) => ids.has(k)));
}
