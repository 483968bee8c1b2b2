/**
 * Adds the young help-line texts (./young) to an audience catalog, so the quiz's school version
 * words its lines from the one source the overload check reads too. A wrapper, not a spread: the
 * stale-translation check reads the catalog's own keys from the first argument.
 */
export function withYoungHelp<T extends object, H extends object>(texts: T, help: H): T & H {
  return { ...texts, ...help };
}
