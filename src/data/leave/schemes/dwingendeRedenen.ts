/**
 * Verlof om dwingende redenen (CAO 45), treated as 10 days a year for a full-time job. Sources: Plus
 * Magazine, "5 jours de congé pour aider un proche"; Groupe S, "Congé pour raisons impérieuses" (GROUPS_CAO45).
 */
import { COVERAGE_FROM } from '../coverage.js';
import * as S from '../sources.js';

export const DWINGENDE_REDENEN = {
  validFrom: COVERAGE_FROM,
  sources: [S.PLUS_DWINGEND, S.ZELFSTANDIGE_ZORGVERLOF, S.GROUPS_CAO45],
  /** For a full-time job; part-timers get days pro rata to their work regime (CAO 45, Group S). */
  daysPerYear: 10,
  /** CAO 45 names the household and relatives/in-laws of the 1st degree; its list is not limitative. */
  namedRelativeMaxDegree: 1,
} as const;
