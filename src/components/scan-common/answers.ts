/**
 * Answers of a scan: the strict restore of stored progress, and the CSV/JSON export of the answers
 * (made in the browser; see ./download.ts). Pure.
 */
import { isRecord } from '../../core/partner-config.js';
import { SCAN_VALUES, type ScanValue } from '../../rules/scans/common.js';
import type { ScanAnswerMap, ScanGroup, ScanTexts, ScanView } from './types.js';

/** Stored progress is trusted only when every key is a question of this scan and every value on the scale. */
export function restoreScanAnswers(v: unknown, groups: readonly ScanGroup[]): ScanAnswerMap | undefined {
  if (!isRecord(v)) return undefined;
  const ids = groups.flatMap((g) => g.questions);
  return Object.entries(v).every(([k, x]) => ids.includes(k) && (SCAN_VALUES as readonly unknown[]).includes(x)) ? (v as ScanAnswerMap) : undefined;
}

/** Answers without the given questions (what "Skip" forgets for a screen). */
export function without(a: ScanAnswerMap, ids: readonly string[]): ScanAnswerMap {
  return Object.fromEntries(Object.entries(a).filter(([k]) => !ids.includes(k)));
}

export interface ExportMeta {
  readonly scan: string;
  readonly version: string;
  readonly date: string;
  readonly lang: string;
}

interface Row {
  group: string;
  groupLabel: string;
  id: string;
  question: string;
  value: ScanValue | null;
  label: string;
}

function rows(a: ScanAnswerMap, groups: readonly ScanGroup[], x: ScanTexts, skipped: string): Row[] {
  return groups.flatMap((g) =>
    g.questions.map((id) => {
      const v = a[id];
      return { group: g.id, groupLabel: x.group(g.id), id, question: x.question(id), value: v ?? null, label: v === undefined ? skipped : x.scale[v] ?? '' };
    }),
  );
}

/**
 * Separator of the CSV download. Belgian Excel (nl-BE, fr-BE, de-BE) uses the decimal comma, so its
 * list separator is the semicolon: a comma file opens as one column per line there. Fixed rather than
 * per widget language, because the spreadsheet's locale (not the page's) decides how it is read.
 */
const CSV_SEPARATOR = ';';

/**
 * One cell (RFC 4180 quoting): quoted when it holds the separator, a comma, a quote or a line break;
 * a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.
 */
function cell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[";,\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * CSV for Belgian spreadsheets: semicolon-separated, CRLF line ends, UTF-8 with a byte order mark
 * (without it Excel reads the file as Windows-1252 and breaks every accent). One row per question,
 * skipped ones included; values are plain integers 0–3 (no thousands separator or decimals to misread).
 */
export function answersCsv(a: ScanAnswerMap, groups: readonly ScanGroup[], x: ScanTexts, meta: ExportMeta, skipped: string): string {
  const head = ['scan', 'version', 'date', 'lang', 'group', 'group_label', 'question_id', 'question', 'value', 'label'];
  const body = rows(a, groups, x, skipped).map((r) => [meta.scan, meta.version, meta.date, meta.lang, r.group, r.groupLabel, r.id, r.question, r.value, r.label].map(cell).join(CSV_SEPARATOR));
  return `\ufeff${[head.join(CSV_SEPARATOR), ...body].join('\r\n')}\r\n`;
}

/** JSON: the question set's version, the date, every answer (null = skipped) and the profile. */
export function answersJson(a: ScanAnswerMap, groups: readonly ScanGroup[], x: ScanTexts, meta: ExportMeta, view: ScanView | undefined, skipped: string): string {
  const profile = view?.groups.map((g) => ({ group: g.id, score: g.score, max: g.max, answered: g.answered, level: g.level }));
  return `${JSON.stringify({ ...meta, answers: rows(a, groups, x, skipped).map(({ groupLabel: _, ...r }) => r), ...(profile ? { profile } : {}) }, null, 2)}\n`;
}
