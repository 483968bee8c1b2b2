import { VERSION } from '../core/version.js';

/*
 * ──────────────────────────────────────────────────────────────────────────────────────────────
 * RELEASE LAYOUT: the one place the configurator learns where releases live and their SRI hashes.
 * Placeholder until the versioned CDN folder with its integrity file is published: then point
 * CDN_BASE at that folder and let integrityFor() read the published hashes (one per file).
 * ──────────────────────────────────────────────────────────────────────────────────────────────
 */

/** The versioned CDN folder that holds mantelkit.js, embed.html and embed-resize.js (trailing slash). */
export const CDN_BASE = `https://cdn.jsdelivr.net/npm/mantelkit@${VERSION}/dist/cdn/`;

/** `sha384-…` for a file in CDN_BASE, or undefined while no integrity file is published. */
export function integrityFor(_file: string): string | undefined {
  return undefined;
}

/** True once the widgets accept partner JSON as a property (`el.config = {…}`): React and Vue snippets use it then. */
export const CONFIG_PROPERTY = true;

export { VERSION };
