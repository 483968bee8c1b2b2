/**
 * The leave result's sources as people read them (title, publisher, date). Not part of
 * `mantelkit/rules`: the leave calculator imports this module lazily, so the catalogue loads in its
 * own chunk with the rules, never with the widget.
 */
import { LEAVE_SOURCES } from '../../data/sources/leave.js';
import { RECOGNITION_SOURCES } from '../../data/sources/recognition.js';
import { describeSource, type SourceInfo } from '../common/sources.js';

// Caregiver leave cites the recognition pages too.
const CATALOG = { ...RECOGNITION_SOURCES, ...LEAVE_SOURCES };

/** Title, publisher and date of a URL a leave result cites. */
export function leaveSource(url: string): SourceInfo {
  return describeSource(CATALOG, url);
}
