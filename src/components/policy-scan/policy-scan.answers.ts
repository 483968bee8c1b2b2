import { POLICY_PILLAR_IDS, POLICY_QUESTIONS } from '../../rules/scans/policy.js';
import type { PolicyScanMessages } from '../../i18n/policy-scan/nl.js';
import type { ScanGroup, ScanTexts } from '../scan-common/types.js';

/** One screen per pillar, its questions in the rules' order. */
export const POLICY_GROUPS: readonly ScanGroup[] = POLICY_PILLAR_IDS.map((id) => ({ id, questions: POLICY_QUESTIONS.filter((q) => q.pillar === id).map((q) => q.id) }));

/** The policy scan's texts in the shape the shared scan pieces read. */
export function policyTexts(t: PolicyScanMessages): ScanTexts {
  return {
    title: t.title,
    intro: t.intro,
    privacy: t.privacy,
    start: t.start,
    showResult: t.showResult,
    scaleTitle: t.scaleTitle,
    scale: t.scale,
    scaleMeaning: t.scaleMeaning,
    group: (id) => t[`pillar.${id as (typeof POLICY_PILLAR_IDS)[number]}`],
    question: (id) => t[`q.${id}` as keyof PolicyScanMessages] as string,
    resultTitle: t.resultTitle,
    itemsTitle: t.itemsTitle,
    itemsIntro: t.itemsIntro,
    fileName: t.fileName,
  };
}
