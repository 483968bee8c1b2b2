/**
 * What each page the association finder cites is: its title, publisher, its own date (`null`
 * when the page states none) and language. Keyed by the exact URL in src/data/finder/.
 */
import type { SourceCatalog } from './types.js';

export const FINDER_SOURCES: SourceCatalog = {
};
