import { VERSION } from '../core/version.js';

/*
 * RELEASE LAYOUT: the one place the configurator learns where releases live and their SRI hashes.
 * `integrity.json` is written by the build after the bundles (scripts/release/sri.mjs), so it cannot
 * be bundled into this file: the configurator reads the copy next to itself (the same release, the
 * same bytes the CDN serves) once at start.
 */

/** The versioned CDN folder that holds mantelkit.js, embed.html and embed-resize.js (trailing slash). */
export const CDN_BASE = `https://cdn.jsdelivr.net/npm/mantelkit@${VERSION}/dist/cdn/`;

const hashes = new Map<string, string>();

/**
 * Reads `integrity.json` (`{ version, algorithm, files: { "<file>": "sha384-…" } }`) from `folder`.
 * Only hashes of this very version are kept; anything else (missing file, other version, bad shape)
 * leaves the snippets without `integrity`, never with a wrong one.
 */
export async function loadIntegrity(folder: URL | string, fetcher: typeof fetch = fetch): Promise<boolean> {
  try {
    const res = await fetcher(new URL('integrity.json', folder));
    if (!res.ok) return false;
    const data = (await res.json()) as { version?: unknown; files?: unknown };
    if (data.version !== VERSION || !data.files || typeof data.files !== 'object') return false;
    for (const [file, hash] of Object.entries(data.files as Record<string, unknown>)) {
      if (typeof hash === 'string' && /^sha(256|384|512)-[A-Za-z0-9+/=]+$/.test(hash)) hashes.set(file, hash);
    }
    return hashes.size > 0;
  } catch {
    return false;
  }
}

/** `sha384-…` for a file in CDN_BASE, or undefined while its hash is not known. */
export function integrityFor(file: string): string | undefined {
  return hashes.get(file);
}

/** True once the widgets accept partner JSON as a property (`el.config = {…}`): React and Vue snippets use it then. */
export const CONFIG_PROPERTY = true;

export { VERSION };
