/**
 * Opt-in progress memory. Without the `remember` attribute nothing is stored; with it, answers go to
 * sessionStorage (gone when the tab closes) under a namespaced key, and the widget shows
 * "forget my answers". Storage can throw (private mode, blocked): callers get `ok: false`.
 */
const PREFIX = 'mantelkit:';

export class RememberStore<T> {
  constructor(
    private readonly key: string,
    private readonly enabled: () => boolean,
  ) {}

  load(): T | undefined {
    if (!this.enabled()) return undefined;
    try {
      const raw = window.sessionStorage.getItem(PREFIX + this.key);
      return raw === null ? undefined : (JSON.parse(raw) as T);
    } catch {
      return undefined;
    }
  }

  /** Returns false when the browser refused to store. */
  save(value: T): boolean {
    if (!this.enabled()) return true;
    try {
      window.sessionStorage.setItem(PREFIX + this.key, JSON.stringify(value));
      return true;
    } catch {
      return false;
    }
  }

  clear(): void {
    try {
      window.sessionStorage.removeItem(PREFIX + this.key);
    } catch {
      /* nothing stored, nothing to clear */
    }
  }
}
