/** The scans' source catalogue as the widgets read it (title, publisher, date per cited URL). */
import { SCAN_SOURCES } from '../../data/sources/scans.js';
import { describeSource, type SourceInfo } from '../common/sources.js';

export const scanSource = (url: string): SourceInfo => describeSource(SCAN_SOURCES, url);
