/**
 * The source bar: every URL the data cite (under `source` or any key ending in `sources`/`Sources`) has a
 * catalogue entry with a real title, a publisher and the page's date or an explicit `null`
 * ("undated"). Pure: the test feeds it the exports of src/data, and bad entries as negative controls.
 */
import type { SourceCatalog } from '../../src/data/sources/types.js';

/** `sources`, `indexSources`, `mantelzorgSources`, … and a single `source`. */
const CITE_KEY = /^(source|[a-zA-Z]*[sS]ources)$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const LANGS = new Set(['nl', 'fr', 'en', 'de']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Every URL cited anywhere inside `value`, with the path where it is cited. */
export function citedUrls(value: unknown, path: string, out: Map<string, string> = new Map(), seen: WeakSet<object> = new WeakSet()): Map<string, string> {
  if (!isRecord(value) || seen.has(value)) return out;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) {
    const here = Array.isArray(value) ? `${path}[${k}]` : `${path}.${k}`;
    if (CITE_KEY.test(k)) {
      for (const s of Array.isArray(v) ? v : [v]) {
        const url = typeof s === 'string' ? s : isRecord(s) && typeof s.url === 'string' ? s.url : undefined;
        if (url && /^https?:/.test(url) && !out.has(url)) out.set(url, here);
      }
    }
    citedUrls(v, here, out, seen);
  }
  return out;
}

/**
 * Problems of one catalogue entry; a title made from the URL (host or slug) is one of them. A real
 * title may use the same words as its address ("Verenigingen van gebruikers en mantelzorgers"): only
 * the slug as it stands (lower case, dashes read as spaces) counts as made from the URL.
 */
export function entryProblems(url: string, entry: unknown): string[] {
  if (!isRecord(entry)) return ['no catalogue entry'];
  const problems: string[] = [];
  const { title, publisher, date, lang } = entry;
  if (typeof title !== 'string' || title.trim().length < 3) problems.push('no title');
  else {
    let host = '';
    let slug = '';
    try {
      const u = new URL(url);
      host = u.hostname.replace(/^www\./, '');
      slug = decodeURIComponent(u.pathname.split('/').filter(Boolean).at(-1) ?? '').replace(/[-_]+/g, ' ');
    } catch {
      problems.push('catalogue key is not a URL');
    }
    if ((host && title.toLowerCase().includes(host)) || (slug.length > 8 && title === slug) || /https?:|\//.test(title)) {
      problems.push(`title looks made from the URL: ${JSON.stringify(title)}`);
    }
  }
  if (typeof publisher !== 'string' || publisher.trim().length < 2) problems.push('no publisher');
  if (!(date === null || (typeof date === 'string' && DATE.test(date)))) problems.push(`date is not YYYY[-MM[-DD]] or null: ${JSON.stringify(date)}`);
  if (typeof lang !== 'string' || !LANGS.has(lang)) problems.push(`lang is not nl/fr/en/de: ${JSON.stringify(lang)}`);
  return problems;
}

/** All catalogues merged (a URL in two catalogues must be described the same way). */
export function mergeCatalogs(catalogs: SourceCatalog[]): { merged: Record<string, unknown>; conflicts: string[] } {
  const merged: Record<string, unknown> = {};
  const conflicts: string[] = [];
  for (const cat of catalogs) {
    for (const [url, info] of Object.entries(cat)) {
      if (url in merged && JSON.stringify(merged[url]) !== JSON.stringify(info)) conflicts.push(url);
      merged[url] = info;
    }
  }
  return { merged, conflicts };
}
