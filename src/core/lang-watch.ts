/**
 * One MutationObserver for the whole page tells every live widget when any `lang` attribute changes
 * (its own, an ancestor's or `<html lang>`), so each re-resolves its language.
 */
type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

export function watchLang(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && observer) {
      observer.disconnect();
      observer = undefined;
    }
  };
}
