/**
 * Mantelzorguitkering for the self-employed, and its flat monthly amounts. Sources: RSVZ/INASTI FAQ
 * "Zorgen voor een familielid: heb ik recht op een uitkering mantelzorg?" (RSVZ_FAQ); CM, Securex, Unizo
 * and Droits Quotidiens pages per year (below).
 */
import * as S from '../sources.js';
import type { RatesTable, SelfKey } from '../types.js';

export const ZELFSTANDIGE = {
  validFrom: '2015-10-01',
  sources: [S.RSVZ_FAQ, S.CM_SELF, S.DROITSQ_SELF],
  perRequestMaxMonths: 6,
  careerMaxMonths: 12,
  minMonths: 1,
  disabledChildAgeBelow: 21,
  disabilityPctMin: 66,
  /** 18–25 only with an integration allowance, which we do not ask: "check". */
  integrationAllowanceAgeBelow: 25,
  requestWithinWeeks: 4,
} as const;

/** Gross monthly allowance (euro); flat, not pro rata to a work regime. */
export const SELF_EMPLOYED: readonly RatesTable<SelfKey>[] = [
  {
    id: 'selfemployed-mantelzorg-2020-03-01',
    validFrom: '2020-03-01',
    dateStated: true,
    sources: [S.SECUREX_SELF_2020],
    amounts: { FULL: 1291.69, PARTIAL: 645.84 },
  },
  {
    // The 2021 Securex page gives no date within 2021 (two 2% index steps above the 2020 amounts).
    // 2021-01-01 is the earliest we can place it; shown as "about", undated.
    id: 'selfemployed-mantelzorg-2021',
    validFrom: '2021-01-01',
    dateStated: false,
    sources: [S.SECUREX_SELF_2021],
    amounts: { FULL: 1343.87, PARTIAL: 671.94 },
  },
  {
    id: 'selfemployed-mantelzorg-2022-08',
    // The Unizo page is dated August 2022 but does not say since when the amounts apply.
    validFrom: '2022-08-01',
    dateStated: false,
    sources: [S.UNIZO_SELF_2022],
    amounts: { FULL: 1454.81, PARTIAL: 727.41 },
  },
  {
    id: 'selfemployed-mantelzorg-2025-02-01',
    validFrom: '2025-02-01',
    dateStated: true,
    sources: [S.DROITSQ_SELF, S.RSVZ_FAQ],
    amounts: { FULL: 1638.26, PARTIAL: 890.13 },
    // More than half of FULL, unlike every earlier year; possibly a source error.
    doubtful: ['PARTIAL'],
  },
];
