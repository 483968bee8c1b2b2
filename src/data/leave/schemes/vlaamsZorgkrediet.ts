/**
 * Vlaams zorgkrediet (Flemish public sector) and its allowance. Sources: Departement WSE, "Vlaams
 * zorgkrediet: voor wie" and "motieven" (werk.be); Vlaanderen.be, "Uitkering Vlaams zorgkrediet" (VL_ZK_AMOUNTS).
 */
import * as S from '../sources.js';
import type { RatesTable, ZkKey } from '../types.js';

export const ZORGKREDIET = {
  validFrom: '2016-09-02',
  sources: [S.VL_ZK_WHO, S.WERK_ZK_WHO, S.WERK_ZK_MOTIVES, S.VL_ZK_DURATION, S.OVERHEID_ZK, S.ZK_METADATA, S.EDULEX_ZK],
  /**
   * A right: "Uw werkgever mag uw aanvraag niet weigeren", except for functions the work rules name
   * (Vlaanderen.be, "Wie komt in aanmerking voor Vlaams zorgkrediet?", VL_ZK_WHO). Staff on probation
   * cannot stop fully (Vlaamse overheid, "Zorgkrediet", OVERHEID_ZK).
   */
  employerMayRefuse: false,
  careerMaxMonths: { FT: 18, HALF: 36, ONE_FIFTH: 90 },
  perRequestMonths: { min: 3, max: 12 },
  /** Not stated for zorgkrediet: we apply the thematic-leave rule (½ from a 3/4 job) and tell the user to ask. */
  halfMinRegimeAssumed: 0.75,
  /** "up to and including 12". */
  childAgeMax: 12,
  disabilityPctMin: 66,
} as const;

/** Gross monthly allowance (euro). The page shows no date. */
export const ZORGKREDIET_RATES: readonly RatesTable<ZkKey>[] = [
  {
    id: 'vlaams-zorgkrediet-undated',
    // Undated page; 2016-09-02 is the scheme start, the earliest date these could apply.
    validFrom: '2016-09-02',
    dateStated: false,
    sources: [S.VL_ZK_AMOUNTS],
    amounts: { FT: 668.34, HALF: 348.76, ONE_FIFTH: 166.13, HALF_singleParent: 418.51, ONE_FIFTH_singleParent: 253.64 },
  },
];
