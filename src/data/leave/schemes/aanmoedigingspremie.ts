/**
 * Flemish incentive premium (aanmoedigingspremie), zorgkrediet type, and its amounts. Sources:
 * Vlaanderen.be, "Voorwaarden voor de aanmoedigingspremie in de privésector / socialprofitsector",
 * "Aanmoedigingspremie zorgkrediet: bedrag en uitbetaling (privésector)" (VL_AP_AMOUNTS_PRIVATE);
 * Verso, "Aanmoedigingspremies" (VERSO_AP).
 */
import * as S from '../sources.js';
import type { ApPrivateKey, ApSocialKey, ApTable } from '../types.js';

export const AANMOEDIGINGSPREMIE = {
  sources: [S.VL_AP_CONDITIONS_PRIVATE, S.VL_AP_CONDITIONS_SOCIAL, S.VL_AP_WHICH, S.VL_AP_DURATION_PRIVATE],
  careerCapMonths: 12,
  /** Caregiver leave counts for the premium from this date (Vlaanderen.be, "Aanmoedigingspremie voor mantelzorgers"). */
  mantelzorgFrom: '2020-09-01',
  mantelzorgSources: [S.VL_AP_MANTELZORG],
  /** The only (secondary, undated) source for a premium on 1–2 weeks for a hospitalised child: shown as "check". */
  hospitalWeeksSources: [S.SODALIS_AP_WEEKS],
  /** No premium in the Flemish public sector for periods from this date (Vlaams zorgkrediet replaced it). */
  publicEndedOn: '2016-09-02',
  publicSources: [S.VL_AP_PUBLIC_END],
  /** Worked-before thresholds for the private table. */
  from75: 0.75,
  from50: 0.5,
  from20: 0.2,
  workedBeforeMonths: 12,
  /**
   * Private sector: no deadline, but paid back at most this many months before the complete application
   * (VL_AP_CONDITIONS_PRIVATE). Social profit: apply within this many months after the start, else refused
   * (VL_AP_CONDITIONS_SOCIAL).
   */
  privateBackPayMonths: 6,
  socialProfitApplyWithinMonths: 6,
  /** Time credit with the premium, child motives: child up to 7, or up to 11 with ≥ 66 %. */
  tkChildMaxAge: 7,
  tkDisabledChildMaxAge: 11,
  tkDisabilityPctMin: 66,
} as const;

/** Private sector, gross per month (euro). */
export const AP_PRIVATE: readonly ApTable<ApPrivateKey>[] = [
  {
    id: 'ap-private-2020-03-01',
    validFrom: '2020-03-01',
    oneTenthValidFrom: '2020-09-01',
    dateStated: true,
    sources: [S.VL_AP_AMOUNTS_PRIVATE, S.VL_AP_DURATION_PRIVATE],
    amounts: {
      FT_from75: 205.92,
      HALF_from75: 137.28,
      FT_from50: 137.28,
      FT_from20to50: 68.64,
      ONE_FIFTH_thematicOnly: 68.64,
      // €34.32 from 2020-09-01 per the official page ("34,32 (vanaf 1/9/2020)"). The minister's release
      // (Crevits, 2020) says €33.65: half the 1/5 amount before the 1 March 2020 step; the page wins.
      ONE_TENTH: 34.32,
      aloneSupplement: 50.79,
    },
    // "Last adjusted 1 Mar 2020" per the page, and no later index or change was found either way;
    // so every premium amount is shown as "about" with a "check" note, never as a sure figure.
    doubtful: ['FT_from75', 'HALF_from75', 'FT_from50', 'FT_from20to50', 'ONE_FIFTH_thematicOnly', 'ONE_TENTH', 'aloneSupplement'],
  },
];

/** Social-profit sector: the page is undated, so every amount is shown as "about". */
export const AP_SOCIAL_PROFIT: readonly ApTable<ApSocialKey>[] = [
  {
    id: 'ap-social-profit-undated',
    // Undated page; 2020-09-01 is the earliest date a cited source vouches for (the 1/10 premium start).
    validFrom: '2020-09-01',
    oneTenthValidFrom: '2020-09-01',
    dateStated: false,
    sources: [S.VERSO_AP, S.CREVITS_AP_TENTH],
    amounts: { FT: 503.14, HALF: 266.51, ONE_FIFTH: 149.39, ONE_TENTH: 84.12 },
    // The Vlaanderen.be conditions page says "not for 1/10" while the Verso amounts page lists it.
    doubtful: ['ONE_TENTH'],
  },
];
