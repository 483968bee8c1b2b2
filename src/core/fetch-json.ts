import type { RawConfig } from './partner-config.js';

/**
 * Loaded only when a partner sets `src` (a dynamic import from the base element), so pages that do
 * not use it never download this code.
 */

export interface FetchOptions {
  /** Aborts the request (the element disconnected, or `src` changed). */
  signal: AbortSignal;
  /** After this long without an answer `onSlow` runs once; the request itself goes on. */
  noticeAfterMs: number;
  onSlow: () => void;
}

/**
 * Fetches partner JSON from `src`. No credentials: it is public configuration. A slow server is not
 * a failure: the answer is used whenever it comes (the caller shows a notice meanwhile), so partner
 * data that arrives after 6 s still appears. Aborted requests resolve to no value and no issues.
 */
export async function fetchJson(src: string, o: FetchOptions): Promise<RawConfig> {
  const timer = setTimeout(o.onSlow, o.noticeAfterMs);
  try {
    const url = new URL(src, document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { issues: [{ code: 'config-fetch-failed', detail: 'src' }] };
    const res = await fetch(url, { signal: o.signal, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-cache' });
    if (!res.ok) return { issues: [{ code: 'config-fetch-failed', detail: `HTTP ${res.status}` }] };
    try {
      return { value: (await res.json()) as unknown, issues: [] };
    } catch {
      return o.signal.aborted ? { issues: [] } : { issues: [{ code: 'bad-json', detail: 'src' }] };
    }
  } catch {
    return o.signal.aborted ? { issues: [] } : { issues: [{ code: 'config-fetch-failed', detail: 'src' }] };
  } finally {
    clearTimeout(timer);
  }
}
