/**
 * The guided result's best matches: a few places first, ordered by how well they fit, the rest one
 * button away. Pure: items in, items out (the order and the cut only; nothing is hidden for good).
 *
 * How well an item fits, compared in this order (higher first):
 * 1. `score`: how many of the visitor's answers it fits (findSupport);
 * 2. how many of those say who it is for: the person cared for, the visitor's age, the reader's
 *    language (`reason.careFor.*`, `reason.young`, `reason.sameLanguage`); a place for people caring
 *    for someone with dementia fits a dementia caregiver better than one that only offers a need;
 * 3. how the visitor can reach it: a phone number or an e-mail address (call or write) before a
 *    website only. An item without any of the three is never a best match (nothing to act on).
 * The health-fund highlight plays no part (it never reorders), nor does the kind of item.
 *
 * The cut: whole levels of equal fit are taken, best first, until there are at least `min` (never
 * more than `max`). A level is split only to reach `min`, and then the recognised associations in it
 * are taken all together or not at all (if that leaves fewer than `min`, the next level fills up): the
 * order among equal associations (alphabetical or the daily shuffle) decides who comes first, never
 * who is shown and who is folded away. Items that fit no answer (`score` 0) are never best matches:
 * with nothing to compare, the result shows everything as before.
 */
import type { FinderItem, ReasonKey } from './types.js';

export interface BestMatchLimits {
  /** Fewest best matches worth a "show all" button (default 3). */
  min: number;
  /** Most best matches (default 5). */
  max: number;
}

export const BEST_MATCH_LIMITS: Readonly<BestMatchLimits> = { min: 3, max: 5 };

const SPECIFIC = (r: ReasonKey): boolean => r.startsWith('reason.careFor.') || r === 'reason.young' || r === 'reason.sameLanguage';

/** The fit of one item as comparable numbers, most important first (see the file comment). */
export function fitKey(item: FinderItem): readonly [score: number, specific: number, reach: number] {
  const reach = item.phone || item.email ? 2 : item.website ? 1 : 0;
  return [item.score, item.reasons.filter(SPECIFIC).length, reach];
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i] - a[i];
  return 0;
}

/**
 * The best matches among `items` (given in the result's neutral order: associations, helplines,
 * services), best first. Equal fits keep their given order. Returns at most `max` items (or, to
 * keep equal recognised associations together, fewer); an empty list when nothing fits an answer.
 */
export function bestMatches(items: readonly FinderItem[], limits: BestMatchLimits = BEST_MATCH_LIMITS): FinderItem[] {
  const keyed = items
    .map((item, index) => ({ item, index, key: fitKey(item) }))
    .filter((k) => k.key[0] > 0 && k.key[2] > 0)
    .sort((a, b) => compare(a.key, b.key) || a.index - b.index);
  const best: FinderItem[] = [];
  let i = 0;
  while (i < keyed.length) {
    let j = i;
    while (j < keyed.length && compare(keyed[i].key, keyed[j].key) === 0) j++;
    const level = keyed.slice(i, j).map((k) => k.item);
    if (best.length + level.length <= limits.max) {
      best.push(...level);
      if (best.length >= limits.min) break;
      i = j;
      continue;
    }
    if (best.length >= limits.min) break;
    // Split this level to reach `min`: the others in their order, equal recognised associations all
    // or none; still short of `min`, the next level may fill up.
    const recognised = level.filter((x) => x.recognised);
    const taken = new Set(level.filter((x) => !x.recognised).slice(0, limits.max - best.length));
    if (taken.size + recognised.length <= limits.max - best.length) for (const x of recognised) taken.add(x);
    best.push(...level.filter((x) => taken.has(x)));
    if (best.length >= limits.min || best.length === limits.max) break;
    i = j;
  }
  return best;
}
