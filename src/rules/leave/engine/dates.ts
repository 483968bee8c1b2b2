/** The clock and date input of the leave rules. */
import { COVERAGE_FROM } from '../../../data/leave/index.js';
import { realDay } from '../../common/input.js';

/** A real calendar date as YYYY-MM-DD, or undefined (so "2025-02-30" or a Date object count as "not given"). */
export const isoDate = (x: unknown): string | undefined => (realDay(x) ? x : undefined);

// Built once: a formatter with a time zone costs milliseconds to build, and this runs on every render.
let brussels: Intl.DateTimeFormat | undefined;

/** Today in Belgium, as an ISO date (the default `asOf`). */
export function leaveToday(now: Date = new Date()): string {
  // sv-SE formats as YYYY-MM-DD; the Brussels zone keeps the date right around midnight.
  return (brussels ??= new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels' })).format(now);
}

/** The latest of some dates (a result is valid from its newest rule or table), never before our coverage. */
export const maxDate = (...d: (string | null | undefined)[]): string => d.filter((x): x is string => !!x).sort().at(-1) ?? COVERAGE_FROM;
