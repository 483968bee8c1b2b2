/**
 * Gross monthly amounts (euro) for the leave allowances and the Flemish premium, as dated tables.
 * Facts: /work/shared/domain/leave-schemes.md §1, §10.2, §11, §12. Rules pick a table by `asOf`
 * (the newest table with validFrom <= asOf); they never compute an amount the sources do not give.
 * `null` = the source does not give this figure: the UI then says where to find it.
 */
import {
  CREVITS_AP_TENTH, DROITSQ_SELF, INDEX_2023_11, INDEX_2024_05, RSVZ_FAQ, RVA_AMOUNTS_THEMATIC, RVA_SINGLE_PARENT_2023,
  SECUREX_SELF_2020, SECUREX_SELF_2021, UNIZO_SELF_2022, VERSO_AP, VL_AP_AMOUNTS_PRIVATE, VL_AP_DURATION_PRIVATE, VL_ZK_AMOUNTS,
} from './sources.js';

export interface RatesTable<K extends string> {
  /** Stable id, as used in leave-cases.json (`ratesTable`). */
  readonly id: string;
  /** First day the amounts apply (ISO). */
  readonly validFrom: string;
  /**
   * false when the source page shows no date: validFrom is then the earliest date we can vouch for
   * (scheme start or page date), and every amount from this table is shown as "about".
   */
  readonly dateStated: boolean;
  readonly sources: readonly string[];
  readonly amounts: Readonly<Record<K, number | null>>;
  /** Amounts the facts file flags as doubtful (shown as "about", with a "check" note). */
  readonly doubtful?: readonly K[];
  /**
   * Dates of later indexations we know happened but have no new table for. From the first one on,
   * amounts are shown as "about" (the real amount is higher), never raised by our own guess.
   */
  readonly indexedLaterOn?: readonly string[];
  readonly indexSources?: readonly string[];
}

/** RVA thematic leave, private sector (medische bijstand, palliatief, ouderschap, mantelzorg). */
export type RvaKey = 'FT' | 'HALF' | 'ONE_FIFTH' | 'ONE_TENTH' | 'FT_singleParentOwnChild' | 'HALF_singleParentOwnChild';

export interface RvaTable extends RatesTable<RvaKey> {
  /** The single-parent amounts were raised on this date; before it we have no figure. */
  readonly singleParentValidFrom: string;
}

export const RVA_THEMATIC_PRIVATE: readonly RvaTable[] = [
  {
    id: 'rva-thematic-private-2022-12-01',
    validFrom: '2022-12-01',
    singleParentValidFrom: '2023-07-01',
    dateStated: true,
    sources: [RVA_AMOUNTS_THEMATIC, RVA_SINGLE_PARENT_2023],
    amounts: {
      FT: 978.24,
      HALF: 489.11,
      // Not in the stored RVA excerpt (§16.2); the ≈ €166 in the facts is our own estimate: not shipped.
      ONE_FIFTH: null,
      ONE_TENTH: null,
      FT_singleParentOwnChild: 1666.57,
      HALF_singleParentOwnChild: 833.29,
    },
    // §1.4: benefits rose 2% in Nov 2023 and May 2024 (and probably Feb 2025); no newer RVA table in the corpus.
    indexedLaterOn: ['2023-11-01', '2024-05-01', '2025-02-01'],
    indexSources: [INDEX_2023_11, INDEX_2024_05],
  },
];

/** Flemish incentive premium (aanmoedigingspremie), private sector, zorgkrediet type. §12.2 */
export type ApPrivateKey = 'FT_from75' | 'HALF_from75' | 'FT_from50' | 'FT_from20to50' | 'ONE_FIFTH_thematicOnly' | 'ONE_TENTH' | 'aloneSupplement';

export interface ApTable<K extends string> extends RatesTable<K> {
  /** The 1/10 premium started later than the rest of the table. */
  readonly oneTenthValidFrom: string;
}

export const AP_PRIVATE: readonly ApTable<ApPrivateKey>[] = [
  {
    id: 'ap-private-2020-03-01',
    validFrom: '2020-03-01',
    oneTenthValidFrom: '2020-09-01',
    dateStated: true,
    sources: [VL_AP_AMOUNTS_PRIVATE, VL_AP_DURATION_PRIVATE],
    amounts: {
      FT_from75: 205.92,
      HALF_from75: 137.28,
      FT_from50: 137.28,
      FT_from20to50: 68.64,
      ONE_FIFTH_thematicOnly: 68.64,
      ONE_TENTH: 34.32,
      aloneSupplement: 50.79,
    },
    // §16.11: "last adjusted 1 Mar 2020" per the page, and no later index or change was found either
    // way; so every premium amount is shown as "about" with a "check" note, never as a sure figure.
    doubtful: ['FT_from75', 'HALF_from75', 'FT_from50', 'FT_from20to50', 'ONE_FIFTH_thematicOnly', 'ONE_TENTH', 'aloneSupplement'],
  },
];

/** Social-profit premium: the page is undated (§12.3), so every amount is shown as "about". */
export type ApSocialKey = 'FT' | 'HALF' | 'ONE_FIFTH' | 'ONE_TENTH';

export const AP_SOCIAL_PROFIT: readonly ApTable<ApSocialKey>[] = [
  {
    id: 'ap-social-profit-undated',
    // Undated page; 2020-09-01 is the earliest date a cited source vouches for (the 1/10 premium start).
    validFrom: '2020-09-01',
    oneTenthValidFrom: '2020-09-01',
    dateStated: false,
    sources: [VERSO_AP, CREVITS_AP_TENTH],
    amounts: { FT: 503.14, HALF: 266.51, ONE_FIFTH: 149.39, ONE_TENTH: 84.12 },
    // §16.10: the conditions page says "not for 1/10" while the amounts page lists it.
    doubtful: ['ONE_TENTH'],
  },
];

/** Vlaams zorgkrediet allowance (§10.2): page shows no date. */
export type ZkKey = 'FT' | 'HALF' | 'ONE_FIFTH' | 'HALF_singleParent' | 'ONE_FIFTH_singleParent';

export const ZORGKREDIET_RATES: readonly RatesTable<ZkKey>[] = [
  {
    id: 'vlaams-zorgkrediet-undated',
    // Undated page; 2016-09-02 is the scheme start, the earliest date these could apply.
    validFrom: '2016-09-02',
    dateStated: false,
    sources: [VL_ZK_AMOUNTS],
    amounts: { FT: 668.34, HALF: 348.76, ONE_FIFTH: 166.13, HALF_singleParent: 418.51, ONE_FIFTH_singleParent: 253.64 },
  },
];

/** Self-employed caregiver allowance (§11). */
export type SelfKey = 'FULL' | 'PARTIAL';

export const SELF_EMPLOYED: readonly RatesTable<SelfKey>[] = [
  {
    id: 'selfemployed-mantelzorg-2020-03-01',
    validFrom: '2020-03-01',
    dateStated: true,
    sources: [SECUREX_SELF_2020],
    amounts: { FULL: 1291.69, PARTIAL: 645.84 },
  },
  {
    // §11 "older amounts": the 2021 Securex page gives no date within 2021 (two 2% index steps above
    // the 2020 amounts). 2021-01-01 is the earliest we can place it; shown as "about", undated.
    id: 'selfemployed-mantelzorg-2021',
    validFrom: '2021-01-01',
    dateStated: false,
    sources: [SECUREX_SELF_2021],
    amounts: { FULL: 1343.87, PARTIAL: 671.94 },
  },
  {
    id: 'selfemployed-mantelzorg-2022-08',
    // The Unizo page is dated August 2022 but does not say since when the amounts apply.
    validFrom: '2022-08-01',
    dateStated: false,
    sources: [UNIZO_SELF_2022],
    amounts: { FULL: 1454.81, PARTIAL: 727.41 },
  },
  {
    id: 'selfemployed-mantelzorg-2025-02-01',
    validFrom: '2025-02-01',
    dateStated: true,
    sources: [DROITSQ_SELF, RSVZ_FAQ],
    amounts: { FULL: 1638.26, PARTIAL: 890.13 },
    // §16.14: more than half of FULL, unlike every earlier year; possibly a source error.
    doubtful: ['PARTIAL'],
  },
];

/** The newest table that applies on `asOf`, or undefined when `asOf` is before all of them. */
export function pickTable<T extends { readonly validFrom: string }>(tables: readonly T[], asOf: string): T | undefined {
  let found: T | undefined;
  for (const t of tables) if (t.validFrom <= asOf && (!found || t.validFrom > found.validFrom)) found = t;
  return found;
}
