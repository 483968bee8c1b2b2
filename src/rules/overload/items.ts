/**
 * Which questions exist and which an audience is asked. Tiny and pure, so the widget's step table
 * can use it without loading the scoring code.
 */
import { OVERLOAD_THRESHOLDS, RED_FLAG_IDS, STRAIN_ITEM_IDS, type OverloadAudience, type RedFlagId, type StrainItemId } from '../../data/overload/thresholds.js';

export { RED_FLAG_IDS, STRAIN_ITEM_IDS };

/** False for an item this audience is not asked (`money` for `young`). */
export function overloadIsAsked(id: StrainItemId, audience: OverloadAudience): boolean {
  return !OVERLOAD_THRESHOLDS.notAsked[audience].includes(id);
}

/** The 0–10 overall rating's ends. */
export const OVERLOAD_GLOBAL_RANGE = { min: OVERLOAD_THRESHOLDS.globalMin, max: OVERLOAD_THRESHOLDS.globalMax } as const;


/**
 * A red-flag question is asked only while no earlier one was answered "yes": one "yes" is enough to
 * put urgent help first, so nothing more is asked before it.
 */
export function overloadRedFlagAsked(id: RedFlagId, redFlags: Partial<Record<RedFlagId, boolean | null>>): boolean {
  return !RED_FLAG_IDS.slice(0, RED_FLAG_IDS.indexOf(id)).some((f) => redFlags[f] === true);
}
