/**
 * The lazy loader's logic, apart from its side effects so it can be tested: import the chunk of each
 * widget tag present on the page (now and later, via a MutationObserver), once; a chunk that fails to
 * load is a console warning (the element's light-DOM fallback stays) and may be retried later.
 */
export type WidgetImports = Record<string, () => Promise<unknown>>;

export function startLoader(widgets: WidgetImports, root: Document = document): MutationObserver {
  const requested = new Set<string>();
  const scan = (): void => {
    for (const tag of Object.keys(widgets)) {
      if (requested.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
      requested.add(tag);
      widgets[tag]().catch((error: unknown) => {
        requested.delete(tag);
        console.warn(`[mantelkit] could not load <${tag}>:`, error);
      });
    }
  };
  scan();
  const observer = new MutationObserver((records) => {
    if (records.some((r) => r.addedNodes.length)) scan();
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
  return observer;
}
