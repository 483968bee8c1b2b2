/**
 * What the finder's cited URLs are (title, publisher, the page's own date), for its cards. In the
 * rules chunk with the records, so the first screen loads neither.
 */
import { FINDER_SOURCES } from '../../data/sources/finder.js';
import { describeSource, type SourceInfo } from '../common/sources.js';

/** The catalogue entry of a URL the finder cites (a partner's own link gets its site, never a slug). */
export function finderSource(url: string): SourceInfo {
  return describeSource(FINDER_SOURCES, url);
}
