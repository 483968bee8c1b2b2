import type { RawConfig } from './partner-config.js';

/**
 * Loaded only when a partner sets `src` (a dynamic import from the base element), so pages that do
 * not use it never download this code.
 */
/** Fetches partner JSON from `src` with a timeout. No credentials: it is public configuration. */
export async function fetchJson(src: string, timeoutMs = 5000): Promise<RawConfig> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const url = new URL(src, document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { issues: [{ code: 'config-fetch-failed', detail: 'src' }] };
    const res = await fetch(url, { signal: controller.signal, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-cache' });
    if (!res.ok) return { issues: [{ code: 'config-fetch-failed', detail: `HTTP ${res.status}` }] };
    try {
      return { value: (await res.json()) as unknown, issues: [] };
    } catch {
      return { issues: [{ code: 'bad-json', detail: 'src' }] };
    }
  } catch {
    return { issues: [{ code: 'config-fetch-failed', detail: 'src' }] };
  } finally {
    clearTimeout(timer);
  }
}

