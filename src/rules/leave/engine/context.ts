/**
 * The situation as the scheme rules read it: sanitised once (the rules must survive any input, see
 * the property test), plus the small questions several schemes ask of it.
 */
import { isoDate, leaveToday } from './dates.js';
import type { LeaveCareSituation, LeaveOptionsConfig, LeaveSituation, LeaveStatus, LeaveUsed } from '../types.js';

export interface Ctx {
  s: LeaveSituation;
  asOf: string;
  /** Rules that changed "for requests from" a date use the request date, else asOf. */
  ruleDate: string;
  used: LeaveUsed;
  regime: number | undefined;
  status: LeaveStatus | undefined;
  situations: ReadonlySet<LeaveCareSituation> | undefined;
  age: number | undefined;
}

/** Finite, non-negative number or undefined. */
export function num(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : undefined;
}
/** A used-up count: missing or odd input counts as 0. */
export const nz = (x: unknown): number => num(x) ?? 0;

export const PRIVATE: readonly LeaveStatus[] = ['privateEmployee', 'socialProfitEmployee'];
/** Administrations whose medical-assistance family line goes to 2nd-degree in-laws. */
export const PUBLIC_ADMIN: readonly LeaveStatus[] = ['federalStatutory', 'flemishGovernment', 'educationFlemish'];
export const FLEMISH_PUBLIC: readonly LeaveStatus[] = ['flemishGovernment', 'educationFlemish', 'localGovernment'];
export const FULL_TIME = 0.999; // a regime of 1 entered as 0.9999 by a slider is still full-time

export function makeContext(input: LeaveSituation | null | undefined, config: LeaveOptionsConfig): Ctx {
  const s: LeaveSituation = input && typeof input === 'object' ? input : {};
  const asOf = isoDate(config.asOf) ?? leaveToday();
  const regimeRaw = num(s.workRegime);
  return {
    s, asOf,
    ruleDate: isoDate(s.requestDate) ?? asOf,
    used: s.used && typeof s.used === 'object' ? s.used : {},
    regime: regimeRaw === undefined || regimeRaw === 0 ? undefined : Math.min(1, regimeRaw),
    status: typeof s.status === 'string' ? s.status : undefined,
    situations: Array.isArray(s.caredFor?.situation) ? new Set(s.caredFor.situation) : undefined,
    age: num(s.age),
  };
}

export const isFullTime = (c: Ctx): boolean => c.regime === undefined || c.regime >= FULL_TIME;
export const isPartTime = (c: Ctx): boolean => c.regime !== undefined && c.regime < FULL_TIME;
export const allowsHalfFrom = (c: Ctx, min: number): boolean => c.regime === undefined || c.regime >= min;
export const has = (c: Ctx, ...k: LeaveCareSituation[]): boolean => !!c.situations && k.some((x) => c.situations?.has(x));
export const seriouslyIll = (c: Ctx): boolean => has(c, 'seriouslyIll', 'terminal', 'hospitalisedMinor');
export const situationUnknown = (c: Ctx): boolean => c.situations === undefined;

/**
 * The sources of a thematic leave for this worker: where a public employer describes the leave for its
 * own staff, that page comes first and replaces the private-sector pages.
 */
export function sourcesFor(c: Ctx, general: readonly string[], byStatus: Partial<Record<LeaveStatus, readonly string[]>>): readonly string[] {
  return (c.status && byStatus[c.status]) || general;
}
