/**
 * Palliatief verlof: 1 month plus 2 extensions of 1 month, so 3 in all (Acerta, "Tot drie maanden
 * palliatief verlof", ACERTA_PAL_3M; belgium.be, "Palliatief verlof").
 */
import { COVERAGE_FROM } from '../coverage.js';
import * as S from '../sources.js';

export const PALLIATIEF = {
  // In force well before our coverage (law of 2017, Acerta); we only vouch for it from COVERAGE_FROM.
  validFrom: COVERAGE_FROM,
  sources: [S.BELGIUM_PAL, S.NPZL_PAL, S.ACERTA_PAL_3M],
  maxMonths: 3,
  protectionMonthsAfter: 3,
} as const;
