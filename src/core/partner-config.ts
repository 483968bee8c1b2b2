import * as v from 'valibot';
import type { Issue } from './events.js';

/**
 * Partner data comes from a child `<script type="application/json">` (CSP-safe: never executed) or,
 * only when the partner sets `src`, from a URL. Everything is validated; bad parts are dropped with an
 * Issue so the widget keeps working on its built-in data.
 */
export interface RawConfig {
  value?: unknown;
  issues: Issue[];
}

export function readInlineJson(host: Element): RawConfig {
  const script = Array.from(host.children).find(
    (c): c is HTMLScriptElement => c instanceof HTMLScriptElement && c.type.trim().toLowerCase() === 'application/json',
  );
  if (!script) return { issues: [] };
  try {
    return { value: JSON.parse(script.textContent ?? '') as unknown, issues: [] };
  } catch {
    return { issues: [{ code: 'bad-json' }] };
  }
}

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

/** A JSON path for people: `offers[2].phone`. */
export function issuePath(base: string, issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((p) => p.key).filter((k): k is string | number => typeof k === 'string' || typeof k === 'number');
  return keys.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), base);
}

/** Validates one value; on failure returns undefined and an issue naming the first bad path. */
export function validatePart<S extends v.GenericSchema>(schema: S, value: unknown, path: string): { value?: v.InferOutput<S>; issues: Issue[] } {
  const result = v.safeParse(schema, value);
  if (result.success) return { value: result.output, issues: [] };
  return { issues: [{ code: 'bad-config', detail: issuePath(path, result.issues[0]) }] };
}

/**
 * Validates a list record by record: good records are kept, each bad one is dropped with its own issue.
 * A non-array is one issue and an empty list.
 */
export function validateList<S extends v.GenericSchema>(schema: S, value: unknown, path: string): { items: Array<v.InferOutput<S>>; issues: Issue[] } {
  if (value === undefined) return { items: [], issues: [] };
  if (!Array.isArray(value)) return { items: [], issues: [{ code: 'bad-config', detail: path }] };
  const items: Array<v.InferOutput<S>> = [];
  const issues: Issue[] = [];
  value.forEach((item, i) => {
    const r = validatePart(schema, item, `${path}[${i}]`);
    if (r.value !== undefined) items.push(r.value);
    issues.push(...r.issues);
  });
  return { items, issues };
}

/** True for a plain JSON object (the top level of every partner config). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates an attribute against a fixed list; an unknown value gives the fallback and an issue. */
export function enumAttribute<T extends string>(name: string, value: string | null | undefined, allowed: readonly T[], fallback: T): { value: T; issues: Issue[] };
export function enumAttribute<T extends string>(name: string, value: string | null | undefined, allowed: readonly T[], fallback: undefined): { value: T | undefined; issues: Issue[] };
export function enumAttribute<T extends string>(name: string, value: string | null | undefined, allowed: readonly T[], fallback: T | undefined): { value: T | undefined; issues: Issue[] } {
  if (value === null || value === undefined || value === '') return { value: fallback, issues: [] };
  const v2 = value.trim();
  if ((allowed as readonly string[]).includes(v2)) return { value: v2 as T, issues: [] };
  return { value: fallback, issues: [{ code: 'bad-attribute', detail: name }] };
}

/** `as-of="YYYY-MM-DD"`: a real calendar date, else today with an issue. */
export function isoDateAttribute(name: string, value: string | null | undefined, today = todayIso()): { value: string; issues: Issue[] } {
  if (value === null || value === undefined || value.trim() === '') return { value: today, issues: [] };
  const s = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])) return { value: s, issues: [] };
  }
  return { value: today, issues: [{ code: 'bad-attribute', detail: name }] };
}

/** Today's date in Brussels as YYYY-MM-DD (rules switch on Belgian calendar days). */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Only http(s) and mailto/tel links from partners are rendered as links; anything else is dropped. */
export const safeUrl = v.pipe(
  v.string(),
  v.trim(),
  v.check((s) => /^(https?:\/\/|mailto:|tel:)/i.test(s), 'unsafe url'),
);
