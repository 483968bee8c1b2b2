/**
 * Palliatief verlof: 1 month plus 2 extensions of 1 month, so 3 in all (Acerta, "Tot drie maanden
 * palliatief verlof", ACERTA_PAL_3M; belgium.be, "Palliatief verlof"). Half-time from a job of at least
 * 3/4, 1/5 only from a full-time job (law of 5 March 2017: Besox, "Uitbreiding palliatief verlof",
 * 2017-05-02, BESOX_PAL_2017; Palliatieve Hulpverlening Antwerpen, "Mantelzorgers – sociale
 * voorzieningen", PHA_PAL).
 */
import { COVERAGE_FROM } from '../coverage.js';
import * as S from '../sources.js';

export const PALLIATIEF = {
  // In force well before our coverage (law of 2017, Acerta); we only vouch for it from COVERAGE_FROM.
  validFrom: COVERAGE_FROM,
  sources: [S.BELGIUM_PAL, S.NPZL_PAL, S.ACERTA_PAL_3M, S.BESOX_PAL_2017, S.PHA_PAL],
  /** 1 month, twice extendable by 1 month, for statutory and contractual staff (Vlaamse overheid; FOD BOSA). */
  publicSources: {
    flemishGovernment: [S.OVERHEID_PAL, S.OVERHEID_FEDERAL_CARE_LEAVE],
    federalStatutory: [S.BOSA_CAREER_BREAK, S.BELGIUM_PAL],
  },
  maxMonths: 3,
  /** Taken as one period of this many months, extendable this many times by the same period (Acerta, ACERTA_PAL_3M). */
  periodMonths: 1,
  extensions: 2,
  protectionMonthsAfter: 3,
  /** Half-time needs a job of at least this fraction; 1/5 needs a full-time job. */
  halfMinRegime: 0.75,
} as const;
