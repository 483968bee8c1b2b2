import { scorePolicyScan, type PolicyScanResult } from '../../../rules/scans/policy.js';
import type { PolicyScanMessages } from '../../../i18n/policy-scan/nl.js';
import type { ScanAnswerMap, ScanTexts, ScanView } from '../../scan-common/types.js';
import { POLICY_GROUPS } from '../policy-scan.answers.js';

type Key = keyof PolicyScanMessages;

/** The scored policy scan as the shared result reads it (pure). */
export function toPolicyView(res: PolicyScanResult, t: PolicyScanMessages, x: ScanTexts): ScanView {
  const label = (id: string | null): string | null => (id === null ? null : x.group(id));
  return {
    version: res.version,
    groups: res.pillars.map((p) => ({ ...p, label: x.group(p.id), total: POLICY_GROUPS.find((g) => g.id === p.id)?.questions.length ?? 0 })),
    strongest: label(res.strongest),
    weakest: label(res.weakest),
    items: res.practices.map((p) => ({
      id: p.id,
      group: x.group(p.pillar),
      title: t[`practice.${p.id}.title` as Key] as string,
      text: t[`practice.${p.id}.text` as Key] as string,
      who: p.municipality,
      sources: [p.url],
    })),
  };
}

export const policyView = (a: ScanAnswerMap, t: PolicyScanMessages, x: ScanTexts): ScanView => toPolicyView(scorePolicyScan(a), t, x);
