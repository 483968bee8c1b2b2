/**
 * Tijdskrediet met motief (zorg), private sector only. Sources: FOD WASO, "Tijdskrediet met motief"
 * (WERK_TK_MOTIVE); ACV, "Voor welke motieven kan je tijdskrediet opnemen?"; Sodalis, "Wijzigingen inzake
 * tijdskrediet vanaf 1 februari 2023".
 */
import { COVERAGE_FROM } from '../coverage.js';
import * as S from '../sources.js';

export const TIJDSKREDIET = {
  validFrom: COVERAGE_FROM,
  sources: [S.WERK_TK_MOTIVE, S.ACV_TK_MOTIVES, S.RVA_E65, S.ONEM_T160, S.SODALIS_2023, S.TK_SMALL_EMPLOYER],
  careerMaxMonths: 51,
  childAgeBelow: 8,
  disabledChildAgeBelow: 21,
  disabilityPctMin: 66,
  seniorityMonths: 24,
  /** At most this many workers: time credit is not a right. */
  notARightUpToHeadcount: 10,
  /** At most this many workers (on 30 June of the year before): 6 months' notice, else 3. */
  longNoticeUpToHeadcount: 20,
  noticeMonthsLarge: 3,
  noticeMonthsSmall: 6,
  /** Time credit straight after palliative leave: this many weeks' notice is enough (RVA, form E65 page, RVA_E65). */
  noticeWeeksAfterPalliative: 2,
  halfMinRegime: 0.75,
  /**
   * Reform for new requests (allowance only; the right to leave is unchanged). FOD WASO, "Wijziging van
   * het recht op uitkeringen vanaf 1 februari 2023" (WERK_TK_2023): FT with the child motive gets an
   * allowance only for a child under 5. ½ gets an allowance only after 12 months of full-time work before
   * the notice; a 3/4 worker keeps the leave "without allowance" (Sodalis; SD Worx legal news).
   */
  reform2023: {
    validFrom: '2023-02-01',
    sources: [S.WERK_TK_2023, S.SODALIS_2023, S.SDWORX_TK_HALF_FULLTIME, S.ONEM_2023_02_MEASURES],
    childMotiveAllowanceMaxMonths: 48,
    childMotiveFtBeforeAge: 5,
  },
  /** Child motive: an allowance needs 36 months' seniority for requests from 1 June 2023 (FOD WASO, same page). */
  childMotiveAllowanceSeniority: { validFrom: '2023-06-01', months: 36, sources: [S.WERK_TK_2023, S.SODALIS_2023] },
  /** CAO 103/7 in force on this date; we have not read its content for motive time credit: a "check" note. */
  cao1037: { validFrom: '2026-01-01', sources: [S.RVA_T193] },
} as const;
