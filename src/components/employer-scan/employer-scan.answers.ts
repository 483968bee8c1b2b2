import { EMPLOYER_STATEMENTS, EMPLOYER_THEME_IDS } from '../../rules/scans/employer.js';
import type { EmployerScanMessages } from '../../i18n/employer-scan/nl.js';
import type { ScanGroup, ScanTexts } from '../scan-common/types.js';

/** One screen per theme, its statements in the rules' order. */
export const EMPLOYER_GROUPS: readonly ScanGroup[] = EMPLOYER_THEME_IDS.map((id) => ({ id, questions: EMPLOYER_STATEMENTS.filter((s) => s.theme === id).map((s) => s.id) }));

/** The employer scan's texts in the shape the shared scan pieces read. */
export function employerTexts(t: EmployerScanMessages): ScanTexts {
  return {
    title: t.title,
    intro: t.intro,
    privacy: t.privacy,
    start: t.start,
    showResult: t.showResult,
    scaleTitle: t.scaleTitle,
    scale: t.scale,
    scaleMeaning: t.scaleMeaning,
    group: (id) => t[`theme.${id as (typeof EMPLOYER_THEME_IDS)[number]}`],
    question: (id) => t[`q.${id}` as keyof EmployerScanMessages] as string,
    resultTitle: t.resultTitle,
    itemsTitle: t.itemsTitle,
    itemsIntro: t.itemsIntro,
    fileName: t.fileName,
  };
}
