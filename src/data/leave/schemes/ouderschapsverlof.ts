/** Ouderschapsverlof (parental leave). Sources: OZ, "Ouderschapsverlof"; RVA form E52 page; CSC, "Congé parental". */
import { COVERAGE_FROM } from '../coverage.js';
import * as S from '../sources.js';

export const OUDERSCHAP = {
  validFrom: COVERAGE_FROM,
  sources: [S.OZ_PARENTAL, S.RVA_E52, S.CSC_PARENTAL],
  childAgeBelow: 12,
  disabledChildAgeBelow: 21,
  disabilityPctMin: 66,
  seniorityMonths: 12,
  /** Months per child in each form; 1 FT month = 2 ½ = 5 × 1/5 = 10 × 1/10. */
  maxMonths: { FT: 4, HALF: 8, ONE_FIFTH: 20, ONE_TENTH: 40 },
  noticeMonths: { min: 2, max: 3 },
  protectionMonthsAfter: 3,
  /** The 4th FT month is paid only for children born or adopted after this date (oz.be). */
  fourthMonthPaidBornAfter: '2012-03-08',
  /** Long-term foster parents: announced, not yet definitive (Acerta, "Accord Arizona: congés", 2025). */
  fosterFrom: '2025-07-01',
  fosterSources: [S.ACERTA_ARIZONA],
  /**
   * Full-time parental leave per week, with the employer's agreement, "mogelijk sinds juni 2019"; no
   * Flemish premium then (Vlaanderen.be, "Aanmoedigingspremie zorgkrediet: bedrag en uitbetaling").
   */
  weeksFrom: '2019-06-01',
  weeksSources: [S.VL_AP_AMOUNTS_PRIVATE],
} as const;
