/**
 * Verlof voor medische bijstand (medical assistance leave). Sources: RVA, "Verschillen tussen verlof voor
 * medische bijstand en tijdskrediet" (RVA_MB_VS_TK); belgium.be and vlaanderen.be "Verlof voor medische
 * bijstand"; CSC, "Congé pour soins en cas d'hospitalisation d'un enfant" (CSC_HOSPITAL_CHILD).
 */
import { MINOR_AGE_BELOW } from '../coverage.js';
import * as S from '../sources.js';

export const MEDISCHE_BIJSTAND = {
  sources: [S.RVA_MB_VS_TK, S.BELGIUM_MB, S.VL_MB, S.KORTENBERG_MB, S.SOCIALSECURITY_MB],
  /**
   * The same leave as public employers describe it for their staff (12 months full-time or 24 partial per
   * patient, periods of 1 to 3 months, family to the 2nd degree): cited instead of the RVA's private-sector page.
   */
  publicSources: {
    flemishGovernment: [S.VL_INTERN_MB, S.OVERHEID_FEDERAL_CARE_LEAVE, S.VL_MB],
    federalStatutory: [S.BOSA_MB, S.BELGIUM_MB],
  },
  perPatientFT: 12,
  perPatientPartial: 24,
  /** Single worker living only with own children, child aged 16 or younger: doubled. */
  doubledFT: 24,
  doubledPartial: 48,
  doubledChildMaxAge: 16,
  perRequestMonths: { min: 1, max: 3 },
  /** Half-time needs at least a 3/4 job; 1/5 a full-time job. */
  halfMinRegime: 0.75,
  noticeDaysMin: 7,
  protectionMonthsAfter: 3,
  /** Under this headcount a reduction (½, 1/5) is not a right. */
  reductionRightFromHeadcount: 10,
  /** Under this headcount the employer may refuse after 6 months FT or 12 months reduction. */
  refuseAfterUseBelowHeadcount: 50,
  refuseAfterFT: 6,
  refuseAfterPartial: 12,
  /** Shorter FT or ½ periods with the employer's agreement (no Flemish premium then). */
  shorterPeriodsFrom: '2019-06-01',
  hospitalisedChild: { since: '2012-11-01', weeks: 1, renewals: 1, childAgeBelow: MINOR_AGE_BELOW, sources: [S.CSC_HOSPITAL_CHILD, S.RVA_MB_VS_TK] },
} as const;
