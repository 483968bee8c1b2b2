/**
 * Where the classic script finds the lazy loader (`mantelkit.js`) and, next to it, every chunk. In
 * order: a path set with `setBasePath()`, `<meta name="mantelkit-base" content="…/">` (survives
 * script aggregation: a CMS that concatenates scripts keeps the page head), `data-mantelkit-base` on
 * any `<script>` (empty: that script's own folder), and last the running script's own folder.
 * Aggregation and `$.getScript` (which evaluates the text as an inline script) lose the last one.
 */

interface Registry {
  version?: string;
  basePath?: string;
}

// The page-wide Mantelkit registry (also holds the version; see index.ts and loader.ts).
const KEY = Symbol.for('mantelkit');
const g = globalThis as unknown as Record<symbol, Registry | undefined>;

/** A folder URL ends with `/`, so `new URL('mantelkit.js', base)` stays inside it. */
function folder(path: string, base: string): string | null {
  try {
    const url = new URL(path, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    url.search = '';
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/** The folder of a script URL (`…/dist/cdn/mantelkit.classic.js` → `…/dist/cdn/`). */
function scriptFolder(src: string): string | null {
  try {
    const url = new URL('./', src);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Sets the folder that holds `mantelkit.js` (relative paths resolve against the page). */
export function setBasePath(path: string): void {
  const base = typeof document === 'undefined' ? undefined : document.baseURI;
  const resolved = base ? folder(path, base) : null;
  if (resolved) g[KEY] = { ...g[KEY], basePath: resolved };
  else console.warn(`[mantelkit] setBasePath: ${JSON.stringify(path)} is not an http(s) folder URL.`);
}

export type BasePathSource = 'setter' | 'meta' | 'data-attribute' | 'script';

/** The base path and where it came from, or null when nothing tells it. */
export function findBasePath(doc: Document, current: HTMLOrSVGScriptElement | null): { base: string; source: BasePathSource } | null {
  const set = g[KEY]?.basePath;
  if (set) return { base: set, source: 'setter' };
  const meta = doc.querySelector('meta[name="mantelkit-base"]')?.getAttribute('content')?.trim();
  const fromMeta = meta ? folder(meta, doc.baseURI) : null;
  if (fromMeta) return { base: fromMeta, source: 'meta' };
  for (const script of Array.from(doc.querySelectorAll<HTMLScriptElement>('script[data-mantelkit-base]'))) {
    const value = script.getAttribute('data-mantelkit-base')?.trim() ?? '';
    const found = value ? folder(value, doc.baseURI) : script.src ? scriptFolder(script.src) : null;
    if (found) return { base: found, source: 'data-attribute' };
  }
  const own = current instanceof HTMLScriptElement && current.src ? scriptFolder(current.src) : null;
  return own ? { base: own, source: 'script' } : null;
}
