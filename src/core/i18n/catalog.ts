import type { Locale } from '../locale.js';

type Loader<M> = () => Promise<{ default: M }>;

/** What loading needs: per-language loaders and the languages already there. */
export interface Namespace<M> {
  readonly loaders: Partial<Record<Locale, Loader<M>>>;
  readonly loaded: Map<Locale, M>;
  readonly pending: Map<Locale, Promise<M>>;
}

/**
 * A widget's messages: Dutch is bundled (the reference and the fallback); the other languages are
 * separate chunks, loaded before the first render in that language.
 */
export interface Catalog<M> extends Namespace<M> {
  readonly nl: M;
  readonly loaders: Partial<Record<Exclude<Locale, 'nl'>, Loader<M>>>;
}

export function createCatalog<M>(nl: M, loaders: Partial<Record<Exclude<Locale, 'nl'>, Loader<M>>>): Catalog<M> {
  return { nl, loaders, loaded: new Map<Locale, M>([['nl', nl]]), pending: new Map() };
}

/** A namespace only some screens need (e.g. rule texts on the result): even Dutch is a lazy chunk. */
export function createLazyCatalog<M>(loaders: Record<Locale, Loader<M>>): Namespace<M> {
  return { loaders, loaded: new Map(), pending: new Map() };
}

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
  const p = loader().then(
    (mod) => {
      catalog.loaded.set(locale, mod.default);
      catalog.pending.delete(locale);
      return mod.default;
    },
    (error: unknown) => {
      catalog.pending.delete(locale);
      throw error;
    },
  );
  catalog.pending.set(locale, p);
  return p;
}
