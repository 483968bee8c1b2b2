/**
 * What the overload check's cited URLs are (title, publisher, the page's own date), for its "what is
 * this based on?" list. In the result chunk, so the questions load without it.
 */
import { OVERLOAD_SOURCES as CATALOGUE } from '../../data/sources/overload.js';
import { describeSource, type SourceInfo } from '../common/sources.js';

export function overloadSource(url: string): SourceInfo {
  return describeSource(CATALOGUE, url);
}
