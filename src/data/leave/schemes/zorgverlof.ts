/**
 * Zorgverlof (5 days a year, taken from the 10 days of dwingende redenen). Sources: Crowe, "Vraag en
 * antwoord work-life balance"; Acerta, "Nouveau droit au congé d'assistance"; for federal civil servants
 * BOSA, "Congé d'aidant" (BOSA_CONGE_AIDANT).
 */
import * as S from '../sources.js';

export const ZORGVERLOF = {
  validFrom: '2022-11-10',
  sources: [S.CROWE_ZORGVERLOF, S.ACERTA_ZORGVERLOF_FR, S.AIDANTS_5_DAYS, S.TRENDS_UNPAID, S.ZELFSTANDIGE_ZORGVERLOF],
  daysPerYear: 5,
  /** Federal civil servants' own version (congé d'aidants). */
  federalValidFrom: '2023-12-01',
  federalSources: [S.BOSA_CONGE_AIDANT],
} as const;
