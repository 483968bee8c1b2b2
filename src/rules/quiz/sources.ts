/**
 * What the quiz's cited URLs are (title, publisher, the page's own date), for its result. In the
 * adult rules chunk, so the first screen does not load the catalogue.
 */
import { QUIZ_SOURCES } from '../../data/sources/quiz.js';
import { describeSource, type SourceInfo } from '../common/sources.js';

/** The catalogue entry of a URL the quiz cites (an uncatalogued one gets its site, never a slug). */
export function quizSource(url: string): SourceInfo {
  return describeSource(QUIZ_SOURCES, url);
}
