import { isRecord } from '../../core/partner-config.js';
import { OVERLOAD_GLOBAL_RANGE, overloadIsAsked, RED_FLAG_IDS, STRAIN_ITEM_IDS } from '../../rules/overload/items.js';
import type {
  OverloadAnswers,
  OverloadAudience,
  OverloadCanShareAnswer,
  OverloadCareForId,
  OverloadRedFlagId,
  OverloadStrainAnswer,
  OverloadStrainItemId,
} from '../../rules/overload/index.js';

/**
 * The overload check's answers: their shape, option lists, the empty state, answers → rules input,
 * and the strict check that stored progress holds only values we could have written ourselves.
 */

/** Everything the user answered. Kept inside the element (and in sessionStorage only with `remember`). */
export interface Answers {
  strain: Partial<Record<OverloadStrainItemId, OverloadStrainAnswer>>;
  global: number | null;
  redFlags: Partial<Record<OverloadRedFlagId, boolean>>;
  canShare: OverloadCanShareAnswer | null;
  careFor: OverloadCareForId[];
}

export const emptyAnswers = (): Answers => ({ strain: {}, global: null, redFlags: {}, canShare: null, careFor: [] });

export const ITEM_ANSWERS = ['no', 'sometimes', 'yes'] as const;
export const SHARE_ANSWERS = ['yes', 'no', 'dontKnow'] as const;
export const FLAG_ANSWERS = ['no', 'yes'] as const;
/** The 0–10 rating as radio values. */
export const SCALE: readonly string[] = Array.from({ length: OVERLOAD_GLOBAL_RANGE.max - OVERLOAD_GLOBAL_RANGE.min + 1 }, (_, i) => String(i + OVERLOAD_GLOBAL_RANGE.min));
// Kept in sync with the rules' lists by the type checker (the rules validate again when scoring).
const STRAIN_VALUES: readonly OverloadStrainAnswer[] = ['no', 'sometimes', 'yes', 'skip'];
const CAN_SHARE_VALUES: readonly OverloadCanShareAnswer[] = ['yes', 'no', 'dontKnow', 'skip'];
export const CARE_FOR: readonly OverloadCareForId[] = ['dementia', 'mentalHealth', 'disability', 'chronicIllness', 'frailty', 'child'];

/**
 * The answers in the rules' shape. Only the items this audience is asked are passed on, so switching
 * `audience` half-way never throws.
 */
export function toOverloadInput(a: Answers, aud: OverloadAudience): OverloadAnswers {
  const strain: Answers['strain'] = {};
  for (const id of STRAIN_ITEM_IDS) {
    const val = a.strain[id];
    if (val && overloadIsAsked(id, aud)) strain[id] = val;
  }
  return { strain, global: a.global, redFlags: a.redFlags, routing: { canShare: a.canShare, careFor: a.careFor } };
}

/**
 * Stored progress is only trusted when every value is one we could have written ourselves: one bad
 * value rejects it all (a signal about someone's strain is not pieced together from a tampered store).
 */
export function restoreOverloadAnswers(a: unknown): Answers | undefined {
  if (!isRecord(a) || !isRecord(a['strain']) || !isRecord(a['redFlags']) || !Array.isArray(a['careFor'])) return undefined;
  const g = a['global'];
  const ok =
    Object.entries(a['strain']).every(([k, val]) => (STRAIN_ITEM_IDS as readonly string[]).includes(k) && STRAIN_VALUES.includes(val as OverloadStrainAnswer)) &&
    Object.entries(a['redFlags']).every(([k, val]) => (RED_FLAG_IDS as readonly string[]).includes(k) && typeof val === 'boolean') &&
    (g === null || (Number.isInteger(g) && (g as number) >= OVERLOAD_GLOBAL_RANGE.min && (g as number) <= OVERLOAD_GLOBAL_RANGE.max)) &&
    (a['canShare'] === null || CAN_SHARE_VALUES.includes(a['canShare'] as OverloadCanShareAnswer)) &&
    a['careFor'].every((c) => CARE_FOR.includes(c as OverloadCareForId));
  return ok ? (a as unknown as Answers) : undefined;
}
