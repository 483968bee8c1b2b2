/**
 * One load per page for a lazy chunk, shared by every element that needs it: `lazyOnce(() => import(…))`
 * gives a function that starts the import on first call and returns the same promise after. A failed
 * load (offline, a deploy between two page views) is forgotten, so the next call tries again instead of
 * failing for good. Lives in the flow chunk that every step widget loads anyway (not in core).
 */
export function lazyOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((e: unknown) => {
      loading = undefined;
      throw e;
    }));
}
