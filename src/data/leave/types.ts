/** Shapes of the dated leave data (types only: the lookup by date lives in src/rules/common/dated.ts). */
import type { LeaveSchemeId } from '../../rules/leave/types.js';

/** A rule block that changed over time: the rules use the newest entry valid on the rule date. */
export interface Dated<T> {
  readonly validFrom: string;
  readonly sources: readonly string[];
  readonly value: T;
}

export interface RatesTable<K extends string> {
  /** Stable id, as returned in a scheme result (`ratesTable`) and used in the worked cases. */
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
  /** Amounts a source contradicts or leaves in doubt (shown as "about", with a "check" note). */
  readonly doubtful?: readonly K[];
  /**
   * Dates of later indexations we know happened but have no new table for. From the first one on,
   * amounts are shown as "about".
   */
  readonly indexedLaterOn?: readonly string[];
  readonly indexSources?: readonly string[];
  /**
   * true: the amounts follow the dated social-benefit index steps (rates/index-steps.ts), so the rules
   * estimate a later amount as official × 1.02ⁿ. Without it, later steps only make the figure "about".
   */
  readonly followsBenefitIndex?: boolean;
  /** The page with the current official table, where a user checks an estimated amount. */
  readonly currentTableUrl?: string;
}

/** RVA thematic leave, private sector. */
export type RvaKey = 'FT' | 'HALF' | 'ONE_FIFTH' | 'ONE_TENTH' | 'FT_singleParentOwnChild' | 'HALF_singleParentOwnChild';

export interface RvaTable extends RatesTable<RvaKey> {
  /** The single-parent amounts were raised on this date; before it we have no figure. */
  readonly singleParentValidFrom: string;
  /** The schemes whose allowance this table pays: the scheme → table link as data. */
  readonly usedBy: readonly LeaveSchemeId[];
}

/** Flemish incentive premium (aanmoedigingspremie), private sector, zorgkrediet type. */
export type ApPrivateKey = 'FT_from75' | 'HALF_from75' | 'FT_from50' | 'FT_from20to50' | 'ONE_FIFTH_thematicOnly' | 'ONE_TENTH' | 'aloneSupplement';
/** Flemish incentive premium, social-profit sector. */
export type ApSocialKey = 'FT' | 'HALF' | 'ONE_FIFTH' | 'ONE_TENTH';

export interface ApTable<K extends string> extends RatesTable<K> {
  /** The 1/10 premium started later than the rest of the table. */
  readonly oneTenthValidFrom: string;
}

/** Vlaams zorgkrediet allowance. */
export type ZkKey = 'FT' | 'HALF' | 'ONE_FIFTH' | 'HALF_singleParent' | 'ONE_FIFTH_singleParent';

/** Self-employed caregiver allowance. */
export type SelfKey = 'FULL' | 'PARTIAL';
