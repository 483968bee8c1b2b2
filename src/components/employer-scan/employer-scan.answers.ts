import { EMPLOYER_STATEMENTS, EMPLOYER_THEME_IDS } from '../../rules/scans/employer.js';
import type { ScanGroup } from '../scan-common/types.js';

/** One screen per theme, its statements in the rules' order. */
export const EMPLOYER_GROUPS: readonly ScanGroup[] = EMPLOYER_THEME_IDS.map((id) => ({ id, questions: EMPLOYER_STATEMENTS.filter((s) => s.theme === id).map((s) => s.id) }));

