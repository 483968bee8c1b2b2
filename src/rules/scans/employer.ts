import { EMPLOYER_ACTIONS, EMPLOYER_LEGAL_BASELINE, EMPLOYER_SCAN_VERSION, EMPLOYER_STATEMENTS, EMPLOYER_THEME_IDS, type EmployerAction, type EmployerThemeId } from '../../data/scans/employer.js';
import { checkAnswers, checkOptions, isGap, scoreGroups, weakestFirst, type ScanAnswers, type ScanGroupScore, type ScanOptions } from './common.js';

export { EMPLOYER_SCAN_VERSION, EMPLOYER_THEME_IDS, EMPLOYER_STATEMENTS, EMPLOYER_LEGAL_BASELINE } from '../../data/scans/employer.js';
export type { EmployerThemeId, EmployerStatement } from '../../data/scans/employer.js';

export interface EmployerScanAction {
  readonly theme: EmployerThemeId;
  readonly id: string;
  readonly sources: readonly string[];
  /** A Mantelkit element that helps (embed it on the intranet). */
  readonly widget?: EmployerAction['widget'];
  /** The statements that led to this action. */
  readonly statements: readonly string[];
}

export interface EmployerScanResult {
  readonly version: string;
  readonly themes: ReadonlyArray<ScanGroupScore<EmployerThemeId>>;
  /** What the law already guarantees (ids, fixed order): obeying it earns no credit. */
  readonly legalBaseline: readonly string[];
  /** One action per gap, the weakest theme first; an action two statements share is listed once. */
  readonly actions: readonly EmployerScanAction[];
}

const IDS = EMPLOYER_STATEMENTS.map((s) => s.id);
const ITEMS = EMPLOYER_STATEMENTS.map((s) => ({ id: s.id, group: s.theme }));

/**
 * The caregiver-friendly employer scan: a profile per theme, the legal baseline and one action per
 * gap. `answers` maps statement ids to 0 (no, or only what the law requires) … 3 (yes, and we
 * evaluate it); skipped statements may be left out. Unknown ids or values throw, naming them.
 */
export function scoreEmployerScan(answers: ScanAnswers, options?: ScanOptions): EmployerScanResult {
  const a = checkAnswers('scoreEmployerScan', answers, IDS);
  const o = checkOptions('scoreEmployerScan', options);
  const themes = scoreGroups(EMPLOYER_THEME_IDS, ITEMS, a);
  const actions = new Map<string, { theme: EmployerThemeId; statements: string[] }>();
  for (const t of weakestFirst(themes)) {
    for (const s of EMPLOYER_STATEMENTS) {
      if (s.theme !== t.id || !isGap(a.get(s.id), o)) continue;
      const hit = actions.get(s.action);
      if (hit) hit.statements.push(s.id);
      else actions.set(s.action, { theme: t.id, statements: [s.id] });
    }
  }
  return {
    version: EMPLOYER_SCAN_VERSION,
    themes,
    legalBaseline: EMPLOYER_LEGAL_BASELINE.map((b) => b.id),
    actions: [...actions].map(([id, x]) => {
      const def = EMPLOYER_ACTIONS.find((d) => d.id === id);
      if (!def) throw new Error(`employer scan data: no action "${id}"`);
      return { theme: x.theme, id, sources: def.sources, ...(def.widget ? { widget: def.widget } : {}), statements: x.statements };
    }),
  };
}
