import { EMPLOYER_LEGAL_BASELINE, scoreEmployerScan, type EmployerScanResult } from '../../../rules/scans/employer.js';
import type { EmployerScanMessages } from '../../../i18n/employer-scan/nl.js';
import type { ScanAnswerMap, ScanTexts, ScanView } from '../../scan-common/types.js';
import { EMPLOYER_GROUPS } from '../employer-scan.answers.js';

type Key = keyof EmployerScanMessages;

/** The scored employer scan as the shared result reads it (pure): actions per gap, then the legal baseline. */
export function toEmployerView(res: EmployerScanResult, t: EmployerScanMessages, x: ScanTexts): ScanView {
  return {
    version: res.version,
    groups: res.themes.map((g) => ({ ...g, label: x.group(g.id), total: EMPLOYER_GROUPS.find((e) => e.id === g.id)?.questions.length ?? 0 })),
    items: res.actions.map((a) => ({
      id: a.id,
      group: x.group(a.theme),
      title: t[`action.${a.id}.title` as Key] as string,
      text: t[`action.${a.id}.text` as Key] as string,
      sources: a.sources,
      ...(a.widget ? { widget: a.widget } : {}),
    })),
    extra: {
      title: t['baseline.title'],
      intro: t['baseline.intro'],
      entries: res.legalBaseline.map((id) => ({ text: t[`baseline.${id}` as Key] as string, sources: EMPLOYER_LEGAL_BASELINE.find((b) => b.id === id)?.sources ?? [] })),
    },
  };
}

export const employerView = (a: ScanAnswerMap, t: EmployerScanMessages, x: ScanTexts): ScanView => toEmployerView(scoreEmployerScan(a), t, x);
