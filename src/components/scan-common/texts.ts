import type { ScanTexts } from './types.js';

/** The keys every scan catalog has under the same name. */
type ScanCatalogBase = Pick<ScanTexts, 'title' | 'intro' | 'privacy' | 'start' | 'showResult' | 'scaleTitle' | 'scale' | 'scaleMeaning' | 'resultTitle' | 'itemsTitle' | 'itemsIntro' | 'fileName'>;

/**
 * A scan's catalog in the shape the shared scan pieces read. The scans differ only in the prefix of
 * their group names (`theme.<id>`, `pillar.<id>`); questions are `q.<id>` in both. The type
 * checks that every key under those prefixes is plain text.
 */
export function scanTexts<G extends string>(t: ScanCatalogBase & Readonly<Record<`${G}.${string}` | `q.${string}`, string>>, groupKey: G): ScanTexts {
  const keyed: Readonly<Record<`${G}.${string}` | `q.${string}`, string>> = t;
  return {
    title: t.title,
    intro: t.intro,
    privacy: t.privacy,
    start: t.start,
    showResult: t.showResult,
    scaleTitle: t.scaleTitle,
    scale: t.scale,
    scaleMeaning: t.scaleMeaning,
    group: (id) => keyed[`${groupKey}.${id}` as const],
    question: (id) => keyed[`q.${id}` as const],
    resultTitle: t.resultTitle,
    itemsTitle: t.itemsTitle,
    itemsIntro: t.itemsIntro,
    fileName: t.fileName,
  };
}
