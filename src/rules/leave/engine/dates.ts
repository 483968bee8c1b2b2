/** The clock and date input of the leave rules. */
import { COVERAGE_FROM } from '../../../data/leave/index.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date as YYYY-MM-DD, or undefined (so "2025-02-30" or a Date object count as "not given"). */
export function isoDate(x: unknown): string | undefined {
  if (typeof x !== 'string' || !ISO.test(x)) return undefined;
  const d = new Date(`${x}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== x ? undefined : x;
}

/** Today in Belgium, as an ISO date (the default `asOf`). */
export function leaveToday(now: Date = new Date()): string {
  // sv-SE formats as YYYY-MM-DD; the Brussels zone keeps the date right around midnight.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels' }).format(now);
}

/** The latest of some dates (a result is valid from its newest rule or table), never before our coverage. */
export const maxDate = (...d: (string | null | undefined)[]): string => d.filter((x): x is string => !!x).sort().at(-1) ?? COVERAGE_FROM;
