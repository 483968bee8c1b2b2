import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadMessages, type Catalog, type Namespace } from './catalog.js';
import { resolveLocale, type Locale } from '../locale.js';
import { watchLang } from '../lang-watch.js';

/** A conditional namespace: loaded once `when()` holds; with `wait`, rendering waits for it too. */
type Lazy = [Namespace<unknown>, () => boolean, boolean];

/**
 * Messages from several namespaces in the element's own language (its `lang`, else the closest
 * ancestor's: a French widget can sit next to a Dutch one). Shoelace's LocalizeController in form,
 * Lion's namespace list in content:
 * - eager namespaces (core, the widget's own) are loaded before the host renders in a language, so a
 *   French reader never sees Dutch first; if one fails, the host renders Dutch and reports `onMissing`;
 * - lazy namespaces (`use(ns, when)`) load once `when()` holds and re-render the host when there;
 *   `ready(ns)` is undefined until then, so the host shows "loading", never the wrong language;
 * - `use(ns, when, true)` waits like an eager one while `when()` holds: an audience variant (a
 *   namespace holding only the keys it changes, applied with `variant()`) so the young reader never
 *   sees adult wording first.
 */
export class LocalizeController implements ReactiveController {
  /** The language rendered now: the wanted one once its eager namespaces are there, else nl. */
  locale: Locale = 'nl';
  private readonly eager: Namespace<unknown>[] = [];
  private readonly lazy: Lazy[] = [];
  /** Lazy namespaces that failed in a language: they show Dutch instead. */
  private readonly fallback = new Set<Namespace<unknown>>();
  private unwatch?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onMissing: (locale: Locale) => void,
  ) {
    host.addController(this);
  }

  /** Adds a namespace; with `when`, only while that holds (and, unless `wait`, without delaying rendering). */
  use<N extends Namespace<unknown>>(ns: N, when?: () => boolean, wait = false): N {
    if (when) this.lazy.push([ns, when, wait]);
    else this.eager.push(ns);
    return ns;
  }

  hostConnected(): void {
    this.unwatch = watchLang(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unwatch?.();
  }

  /** Before each update (the host awaits it): resolve the language, load what this render needs. */
  async prepare(): Promise<void> {
    const wanted = resolveLocale(this.host);
    const needed = [...this.eager, ...this.lazy.filter(([, when, wait]) => wait && when()).map(([ns]) => ns)];
    const has = (): boolean => needed.every((ns) => ns.loaded.has(wanted));
    if (!has()) await Promise.all(needed.map((ns) => loadMessages(ns, wanted))).catch(() => this.onMissing(wanted));
    this.locale = has() ? wanted : 'nl';
    for (const [ns, when] of this.lazy) if (when() && !this.ready(ns)) void this.load(ns).then(() => this.host.requestUpdate());
  }

  /** Messages of a bundled catalog in the current language (Dutch if that language is not there). */
  t<M>(catalog: Catalog<M>): M {
    return catalog.loaded.get(this.locale) ?? catalog.nl;
  }

  /** Messages of a lazy namespace in the current language; undefined until loaded. */
  ready<M>(ns: Namespace<M>): M | undefined {
    return ns.loaded.get(this.locale) ?? (this.fallback.has(ns) ? ns.loaded.get('nl') : undefined);
  }

  /** Loads a namespace in the current language; Dutch (with a notice) when that language fails. */
  load<M>(ns: Namespace<M>): Promise<M> {
    const locale = this.locale;
    return loadMessages(ns, locale).catch(() => {
      this.fallback.add(ns);
      this.onMissing(locale);
      return loadMessages(ns, 'nl');
    });
  }
}

/**
 * One audience-variant mechanism: a variant namespace holds only the keys it changes (e.g. `young`),
 * and the messages are the base with those keys replaced. Types stay those of the base.
 */
export function variant<M extends object>(base: M, overrides: Partial<M> | undefined): M {
  return overrides ? { ...base, ...overrides } : base;
}
