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
  /** Contributions must be paid for this many quarters before the one the interruption starts in (RSVZ_FAQ). */
  contributionsPaidQuarters: 2,
  /**
   * After this many consecutive months of allowance for a full interruption, exemption from
   * contributions for one quarter (the one holding the third month: UCM), rights kept; at most this
   * many times over the career (Droits Quotidiens; INASTI via Groups, 2020). A CM page words it as
   * "the quarter after the start", which is the same quarter for an interruption that starts on the
   * first day of a quarter; we follow UCM's wording, which holds for every start.
   */
  exemptionAfterFullMonths: 3,
  exemptionQuarters: 1,
  exemptionCareerMaxTimes: 4,
  exemptionSources: [S.UCM_SELF_FAQ, S.DROITSQ_SELF, S.SECUREX_SELF_2021],
  /**
   * The partial allowance is half of the full one: Liantis (social insurance fund), "Mantelzorg" ("heb
   * je recht op de helft van dit bedrag"); L'Echo ("l'allocation sera divisée par deux"); every dated pair
   * is an exact half (Multipen 2019-07-01, Securex 2020 and 2021, Unizo 2022).
   */
  partialShareOfFull: 0.5,
  partialShareSources: [S.LIANTIS_SELF_HALF, S.LECHO_SELF_HALF, S.MULTIPEN_SELF_2019],
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
    // Securex's Lex4You page ("Laatst bijgewerkt op 19 februari 2024") gives these amounts (partial
    // exactly half), the same figure Liantis' undated page shows; no source says since when they apply,
    // so they are placed at that update: shown as "about", undated. Before this step the table jumped
    // from the 2022 amounts straight to 2025 and showed too little for 2024.
    id: 'selfemployed-mantelzorg-2024-02',
    validFrom: '2024-02-19',
    dateStated: false,
    sources: [S.SECUREX_SELF_2024],
    amounts: { FULL: 1574.68, PARTIAL: 787.34 },
  },
  {
    id: 'selfemployed-mantelzorg-2025-02-01',
    validFrom: '2025-02-01',
    dateStated: true,
    // UCM FAQ and Droits Quotidiens ("montant indexé au 1er février 2025"); no RSVZ page gives the amount.
    sources: [S.UCM_SELF_FAQ, S.DROITSQ_SELF, S.RSVZ_FAQ],
    // PARTIAL: Droits Quotidiens alone says €890.13, which fits no rule; the weight of the sources says
    // half of FULL (ZELFSTANDIGE.partialShareOfFull), so the rules derive it (≈ €819.13).
    amounts: { FULL: 1638.26, PARTIAL: null },
    // Benefits rose 2 % on 2026-03-01 (./../rates/index-steps.ts); no source says this allowance did too.
    indexedLaterOn: ['2026-03-01'],
    indexSources: [S.INDEX_2025_12_ACERTA, S.INDEX_2026_03_CESSOC],
  },
];
