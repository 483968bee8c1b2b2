/**
 * The lazy loader's logic, apart from its side effects so it can be tested: import the chunk of each
 * widget tag present on the page (now and later, via a MutationObserver), once; a chunk that fails to
 * load is a console warning (the element's light-DOM fallback stays) and may be retried later.
 *
 * With the widget chunk it starts the widget's language chunks (core and its own texts) in the
 * element's language, so both arrive in one round trip: the widget imports the same modules when it
 * upgrades and the browser's module map hands them over without a second request.
 */
export type WidgetImports = Record<string, () => Promise<unknown>>;
/** Per language (nl, fr, en, de): the import of one namespace's chunk. */
export type TextImports = Record<string, () => Promise<unknown>>;

/** Like resolveLocale (src/core/locale.ts), without pulling in core: the closest `lang`, else nl. */
function langOf(el: Element): string {
  const lang = el.closest('[lang]:not([lang=""])')?.getAttribute('lang') ?? '';
  return lang.trim().toLowerCase().split(/[-_]/)[0];
}

export function startLoader(widgets: WidgetImports, root: Document = document, texts: Record<string, TextImports[]> = {}): MutationObserver {
  const requested = new Set<string>();
  const scan = (): void => {
    for (const tag of Object.keys(widgets)) {
      if (requested.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
      requested.add(tag);
      widgets[tag]().catch((error: unknown) => {
        requested.delete(tag);
        console.warn(`[mantelkit] could not load <${tag}>:`, error);
      });
      // A failed text chunk is the widget's business (it falls back to Dutch, or shows its offline line).
      for (const el of root.querySelectorAll(tag)) for (const ns of texts[tag] ?? []) (ns[langOf(el)] ?? ns.nl)?.().catch(() => undefined);
    }
  };
  scan();
  const observer = new MutationObserver((records) => {
    if (records.some((r) => r.addedNodes.length)) scan();
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
  return observer;
}
