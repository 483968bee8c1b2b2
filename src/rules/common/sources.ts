/**
 * What a cited URL is, for the widgets: title, publisher, date (src/data/sources/types.ts).
 * Pure lookup, so each area's rules pass their own catalogue and a widget only loads the sources
 * it can show.
 */
import type { SourceCatalog, SourceInfo } from '../../data/sources/types.js';

export type { SourceInfo } from '../../data/sources/types.js';

/**
 * The catalogue entry for `url`. A URL without one (a partner's own link, say) gets its site as
 * publisher and as title: still no slug, and the data test keeps our own sources catalogued.
 */
export function describeSource(catalog: SourceCatalog, url: string): SourceInfo {
  const hit = Object.prototype.hasOwnProperty.call(catalog, url) ? catalog[url] : undefined;
  if (hit) return hit;
  let site = url;
  try {
    site = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // Not a URL: show it as it is.
  }
  return { title: site, publisher: site, date: null, lang: 'nl' };
}
