/**
 * The overview's sources as people read them: its own catalogue plus the leave and recognition ones
 * (the leave items cite those). Loaded with the rules chunk, never with the widget.
 */
import { LEAVE_SOURCES } from '../../data/sources/leave.js';
import { RECOGNITION_SOURCES } from '../../data/sources/recognition.js';
import { RIGHTS_SOURCES } from '../../data/sources/rights.js';
import { describeSource } from '../common/sources.js';
import type { RightsSource } from './types.js';

const CATALOG = { ...RECOGNITION_SOURCES, ...LEAVE_SOURCES, ...RIGHTS_SOURCES };

/** Title, publisher, date and language of a URL an item cites. */
export function rightsSource(url: string): RightsSource {
  const s = describeSource(CATALOG, url);
  return { title: s.title, url, publisher: s.publisher, lang: s.lang, ...(s.date ? { date: s.date } : {}) };
}
