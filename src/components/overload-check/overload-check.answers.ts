import { isRecord } from '../../core/partner-config.js';
import { OVERLOAD_GLOBAL_RANGE, RED_FLAG_IDS, STRAIN_ITEM_IDS } from '../../rules/overload/items.js';
import type { OverloadCanShareAnswer, OverloadCareForId, OverloadStrainAnswer } from '../../rules/overload/index.js';
import type { Answers } from './overload-check.model.js';

/**
 * The overload check's answers: option lists, the empty state, and the strict check that stored
 * progress holds only values we could have written ourselves.
 */

export type View = 'intro' | 'step' | 'result';

export interface Saved {
  view: View;
  index: number;
  answers: Answers;
}

export const emptyAnswers = (): Answers => ({ strain: {}, global: null, redFlags: {}, canShare: null, careFor: [] });

export const ITEM_ANSWERS = ['no', 'sometimes', 'yes'] as const;
export const SHARE_ANSWERS = ['yes', 'no', 'dontKnow'] as const;
export const SCALE = Array.from({ length: OVERLOAD_GLOBAL_RANGE.max - OVERLOAD_GLOBAL_RANGE.min + 1 }, (_, i) => i + OVERLOAD_GLOBAL_RANGE.min);
// Kept in sync with the rules' lists by the type checker (the rules validate again when scoring).
const STRAIN_VALUES: readonly OverloadStrainAnswer[] = ['no', 'sometimes', 'yes', 'skip'];
const CAN_SHARE_VALUES: readonly OverloadCanShareAnswer[] = ['yes', 'no', 'dontKnow', 'skip'];
export const CARE_FOR: readonly OverloadCareForId[] = ['dementia', 'mentalHealth', 'disability', 'chronicIllness', 'frailty', 'child'];

/** Stored progress is only trusted when every value is one we could have written ourselves. */
export function isSaved(s: unknown): s is Saved {
  if (!isRecord(s) || !['intro', 'step', 'result'].includes(s['view'] as string) || !Number.isInteger(s['index'])) return false;
  const a = s['answers'];
  if (!isRecord(a) || !isRecord(a['strain']) || !isRecord(a['redFlags']) || !Array.isArray(a['careFor'])) return false;
  const g = a['global'];
  return (
    Object.entries(a['strain']).every(([k, val]) => (STRAIN_ITEM_IDS as readonly string[]).includes(k) && STRAIN_VALUES.includes(val as OverloadStrainAnswer)) &&
    Object.entries(a['redFlags']).every(([k, val]) => (RED_FLAG_IDS as readonly string[]).includes(k) && typeof val === 'boolean') &&
    (g === null || (Number.isInteger(g) && (g as number) >= OVERLOAD_GLOBAL_RANGE.min && (g as number) <= OVERLOAD_GLOBAL_RANGE.max)) &&
    (a['canShare'] === null || CAN_SHARE_VALUES.includes(a['canShare'] as OverloadCanShareAnswer)) &&
    a['careFor'].every((c) => CARE_FOR.includes(c as OverloadCareForId))
  );
}
