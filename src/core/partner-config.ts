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
let brussels: Intl.DateTimeFormat | undefined;
export function todayIso(now = new Date()): string {
  // Built once: a formatter with a time zone is slow to build, and attributes are read on every update.
  return (brussels ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' })).format(now);
}
