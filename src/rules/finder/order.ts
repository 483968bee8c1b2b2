/**
 * Neutral ordering. The six recognised associations belong to different pillars; a municipal
 * widget must not prefer one. So: better fit first, and among equal fits either alphabetical
 * (one fixed collator, whatever the reader's language, so the order is the same for everyone) or a
 * shuffle that is the same for the whole day (so a reader who comes back sees the same list, and
 * over days every association gets the top spot).
 */
import type { FinderItem, FinderOrder } from './types.js';

const collator = new Intl.Collator('nl-BE', { sensitivity: 'base', numeric: true });

export function byName(a: FinderItem, b: FinderItem): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** 32-bit FNV-1a: a tiny, stable hash for the day seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small seeded PRNG, good enough for a fair shuffle (not for security). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function daySeed(today: Date): string {
  // Local calendar day: the list changes at the reader's midnight, not at UTC midnight.
  const y = today.getFullYear();
  const m = String(today.getMonth() + 1).padStart(2, '0');
  const d = String(today.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * Sorts by score (desc); ties alphabetically, or shuffled with the day seed.
 * The shuffle gives each item a key from (day, id) only, so the relative order of two items
 * depends on nothing else: the six come out in the same order whatever else is listed with them
 * (a French-language alternative, another reader language, a Brussels partner).
 */
export function neutralSort(items: FinderItem[], order: FinderOrder, today: Date): FinderItem[] {
  if (order !== 'shuffle') return [...items].sort((a, b) => b.score - a.score || byName(a, b));
  const seed = daySeed(today);
  const key = new Map(items.map((i) => [i.id, rng(hash(`${seed}|${i.id}`))()]));
  return [...items].sort((a, b) => b.score - a.score || key.get(a.id)! - key.get(b.id)! || byName(a, b));
}
