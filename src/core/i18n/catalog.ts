import type { Locale } from '../locale.js';

type Loader<M> = () => Promise<{ default: M }>;

/** What loading needs: per-language loaders and the languages already there. */
export interface Namespace<M> {
  readonly loaders: Partial<Record<Locale, Loader<M>>>;
  readonly loaded: Map<Locale, M>;
  readonly pending: Map<Locale, Promise<M>>;
}

/**
 * A widget's messages. Every language is its own chunk, Dutch included: UI, rules and data chunks
 * carry no text, a reader downloads only their language (and Dutch only when theirs fails). The
 * loader (src/loader.ts) starts the eager ones in parallel with the widget chunk.
 */
export type Catalog<M> = Namespace<M>;

/**
 * A namespace from one loader per language. Each loader must be a plain `import()` of that language's
 * module (the build names those chunks `i18n/<ns>.<lang>` and the one-language files drop the others).
 * Types: fr/en/de modules are typed against the Dutch shape (`import type` from `nl.js`, never a value:
 * a French chunk must not pull in the Dutch one).
 */
export function createCatalog<M>(loaders: Record<Locale, Loader<M>>): Catalog<M> {
  return { loaders, loaded: new Map(), pending: new Map() };
}

/**
 * The same as createCatalog (every namespace loads lazily now); the name marks a namespace used
 * through `l10n.use(ns, when)`: only some screens need it (e.g. rule texts on the result).
 */
export const createLazyCatalog: <M>(loaders: Record<Locale, Loader<M>>) => Namespace<M> = createCatalog;

/** The messages when already loaded, else undefined. */
export function messagesIfReady<M>(catalog: Namespace<M>, locale: Locale): M | undefined {
  return catalog.loaded.get(locale);
}

/** Loads a language once; rejects on failure (offline, blocked chunk) so the caller can fall back. */
export function loadMessages<M>(catalog: Namespace<M>, locale: Locale): Promise<M> {
  const ready = catalog.loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  const inFlight = catalog.pending.get(locale);
  if (inFlight) return inFlight;
  const loader = catalog.loaders[locale];
  if (!loader) return Promise.reject(new Error(`no ${locale} messages`));
  const p = loader()
    .then((mod) => {
      // A one-language build resolves the other languages to an empty module (scripts/rollup/one-language.mjs).
      if (!mod.default) throw new Error(`no ${locale} messages in this build`);
      catalog.loaded.set(locale, mod.default);
      return mod.default;
    })
    .finally(() => catalog.pending.delete(locale));
  catalog.pending.set(locale, p);
  return p;
}
