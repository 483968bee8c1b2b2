import type { OverloadAnswers, OverloadStrainAnswer, OverloadStrainItemId } from '../../../src/rules/overload/index.js';
import { OVERLOAD_STRAIN_ITEM_IDS } from '../../../src/rules/overload/index.js';

/** Builds answers from a compact string: one letter per item in asking order (n/s/y/-). */
export function fromPattern(pattern: string, global: number | null = null, ids: readonly OverloadStrainItemId[] = OVERLOAD_STRAIN_ITEM_IDS): OverloadAnswers {
  const map: Record<string, OverloadStrainAnswer> = { n: 'no', s: 'sometimes', y: 'yes', '-': 'skip' };
  const strain: Partial<Record<OverloadStrainItemId, OverloadStrainAnswer>> = {};
  ids.forEach((id, i) => {
    const ch = pattern[i] ?? '-';
    const v = map[ch];
    if (!v) throw new Error(`bad pattern char ${ch}`);
    strain[id] = v;
  });
  return { strain, global, redFlags: { cantGoOn: false, selfHarm: false, harmAtHome: false } };
}

export const YOUNG_IDS: readonly OverloadStrainItemId[] = OVERLOAD_STRAIN_ITEM_IDS.filter((id) => id !== 'money');
