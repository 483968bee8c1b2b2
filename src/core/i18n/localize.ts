import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadMessages, type Catalog, type Namespace } from './catalog.js';
import { resolveLocale, type Locale } from '../locale.js';
import { watchLang } from '../lang-watch.js';
import { BUILD_LOCALE } from './build-locale.js';

let warnedBuildLocale = false;

/** A conditional namespace: loaded once `when()` holds; with `wait`, rendering waits for it too. */
type Lazy = [Namespace<unknown>, () => boolean, boolean];

/**
 * Messages from several namespaces in the element's own language (its `lang`, else the closest
 * ancestor's: a French widget can sit next to a Dutch one). Shoelace's LocalizeController in form,
 * Lion's namespace list in content:
 * - eager namespaces (core, the widget's own) are loaded before the host renders in a language, so a
 *   French reader never sees Dutch first. Every language is a lazy chunk, Dutch too: if one fails, the
 *   Dutch chunks are fetched (only then) and the host renders Dutch and reports `onMissing`; if Dutch
 *   fails as well (offline), `unavailable` is set and the host shows its built-in line instead;
 * - lazy namespaces (`use(ns, when)`) load once `when()` holds and re-render the host when there;
 *   `ready(ns)` is undefined until then, so the host shows "loading", never the wrong language;
 * - `use(ns, when, true)` waits like an eager one while `when()` holds: an audience variant (a
 *   namespace holding only the keys it changes, applied with `variant()`) so the young reader never
 *   sees adult wording first.
 */
export class LocalizeController implements ReactiveController {
  /** The language rendered now: the wanted one once its eager namespaces are there, else nl. */
  locale: Locale = 'nl';
  /** True while the eager namespaces are missing in both the wanted language and Dutch (offline). */
  unavailable = false;
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
    const asked = resolveLocale(this.host);
    const wanted = BUILD_LOCALE ?? asked;
    if (asked !== wanted && !warnedBuildLocale) {
      warnedBuildLocale = true;
      console.warn(`[mantelkit] this file holds only "${wanted}" texts: a page in "${asked}" needs mantelkit.all.js or the loader.`);
    }
    const needed = [...this.eager, ...this.lazy.filter(([, when, wait]) => wait && when()).map(([ns]) => ns)];
    const has = (l: Locale): boolean => needed.every((ns) => ns.loaded.has(l));
    const load = (l: Locale): Promise<boolean> => Promise.all(needed.map((ns) => loadMessages(ns, l))).then(() => true, () => false);
    if (!has(wanted) && !(await load(wanted)) && !has(wanted)) {
      // The Dutch fallback is fetched only now, when the wanted language failed.
      const nl = wanted !== 'nl' && (has('nl') || (await load('nl')));
      this.unavailable = !nl;
      this.locale = nl ? 'nl' : wanted;
      this.onMissing(wanted);
    } else {
      this.unavailable = false;
      this.locale = wanted;
    }
    // Offline: try again when the browser says it is back (each render tries too).
    if (this.unavailable) return void addEventListener('online', () => this.host.requestUpdate(), { once: true });
    for (const [ns, when] of this.lazy) {
      if (when() && !this.ready(ns)) void this.load(ns).then(() => this.host.requestUpdate(), () => undefined);
    }
  }

  /** Messages of an eager namespace in the current language (Dutch if that language is not there). */
  t<M>(catalog: Catalog<M>): M {
    const m = catalog.loaded.get(this.locale) ?? catalog.loaded.get('nl');
    // Hosts check `unavailable` before rendering messages; this is the guard's last word.
    if (!m) throw new Error(`no ${this.locale} messages loaded`);
    return m;
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
