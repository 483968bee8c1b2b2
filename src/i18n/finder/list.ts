/** "a, b and c" with a capital: shared by the four finder catalogs (a value import, so not in nl.ts: a French chunk must not pull in the Dutch one). */
export function list(words: readonly string[], and: string): string {
  const text = words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1) ?? ''}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
