/**
 * The data bar as a walk over values: every object that looks like a dated figure (it has
 * `validFrom`, `startsOn`, `amounts` or `amount`) must carry an ISO date, https sources and
 * positive finite amounts (`null` = the source gives no figure). Pure: the tests feed it the
 * exports of every module under src/data, and a fake table as negative control.
 *
 * `forEachFigure` is the one walk over the data: the data bar below and the content report
 * (scripts/content-report.mjs, which bundles this file) both use it, so they agree on what a figure is.
 */
export interface DataProblem {
  /** Where the value sits, e.g. `leave/rates.ts › RVA_THEMATIC_PRIVATE[0].amounts.FT`. */
  path: string;
  problem: string;
}

/** Sources cited over http today, listed one by one so each stays a visible exception (to move to https). */
export const HTTP_ONLY_SOURCES: ReadonlySet<string> = new Set([
  'http://www.ejustice.just.fgov.be/eli/besluit/2020/06/16/2020202727/justel',
  'http://togows.dbcls.jp/entry/ncbi-pubmed/15053130',
]);

const FIGURE_KEYS = ['validFrom', 'startsOn', 'amounts', 'amount'] as const;
/** Keys that hold a date (`validFrom`, `singleParentValidFrom`, `endedForRequestsFrom`, `checkedOn`, `indexedLaterOn`). */
const DATE_KEY = /(From|On)$/;
const SOURCE_KEY = /^(sources|indexSources)$/;

/** A real calendar day written YYYY-MM-DD ("2025-02-30" is not one). */
export function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function isHttpsUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (HTTP_ONLY_SOURCES.has(value)) return true;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' && u.hostname.includes('.');
  } catch {
    return false;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const positiveOrNull = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isFinite(v) && v > 0);

function checkFigure(o: Record<string, unknown>, path: string, out: DataProblem[]): void {
  const date = o.validFrom ?? o.startsOn;
  if (!isIsoDate(date)) out.push({ path, problem: `no ISO date (validFrom/startsOn is ${JSON.stringify(date)})` });
  for (const [k, v] of Object.entries(o)) {
    // Numbers (`ageFrom: 50`) are not dates; strings and lists of strings under such keys are.
    if (DATE_KEY.test(k) && k !== 'validFrom' && k !== 'startsOn' && typeof v !== 'number' && typeof v !== 'boolean') {
      for (const d of Array.isArray(v) ? v : [v]) if (!isIsoDate(d)) out.push({ path: `${path}.${k}`, problem: `not an ISO date: ${JSON.stringify(d)}` });
    }
  }
  const sources = o.sources;
  if (!Array.isArray(sources) || sources.length === 0) out.push({ path: `${path}.sources`, problem: 'no sources' });
  for (const [k, v] of Object.entries(o)) {
    if (!SOURCE_KEY.test(k)) continue;
    if (!Array.isArray(v)) {
      out.push({ path: `${path}.${k}`, problem: 'not a list of URLs' });
      continue;
    }
    v.forEach((s, i) => {
      if (!isHttpsUrl(s)) out.push({ path: `${path}.${k}[${i}]`, problem: `not an https URL: ${JSON.stringify(s)}` });
    });
  }
  if ('amounts' in o) {
    if (!isRecord(o.amounts)) out.push({ path: `${path}.amounts`, problem: 'not a table of amounts' });
    else for (const [k, v] of Object.entries(o.amounts)) if (!positiveOrNull(v)) out.push({ path: `${path}.amounts.${k}`, problem: `not a positive amount: ${JSON.stringify(v)}` });
  }
  if ('amount' in o && !positiveOrNull(o.amount)) out.push({ path: `${path}.amount`, problem: `not a positive amount: ${JSON.stringify(o.amount)}` });
}

/**
 * What kind of figure an object is: `dated` (a figure or table with a date: `validFrom`, `startsOn`,
 * `amounts` or `amount`), `checked` (a record such as a helpline or an association, with `sources` and
 * `lastChecked` but no date of its own), or undefined (not a figure).
 */
export type FigureKind = 'dated' | 'checked';

export function figureKind(o: Record<string, unknown>): FigureKind | undefined {
  if (FIGURE_KEYS.some((k) => k in o)) return 'dated';
  if ('sources' in o && 'lastChecked' in o) return 'checked';
  return undefined;
}

/**
 * Visits every figure in `value` (objects and arrays, recursively; nested figures too), each object
 * once per `seen`, so a table re-exported by an index module is visited only where it is met first.
 */
export function forEachFigure(
  value: unknown,
  path: string,
  visit: (figure: Record<string, unknown>, path: string, kind: FigureKind) => void,
  seen = new WeakSet<object>(),
): void {
  const walk = (v: unknown, p: string): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${p}[${i}]`));
      return;
    }
    const o = v as Record<string, unknown>;
    const kind = figureKind(o);
    if (kind) visit(o, p, kind);
    for (const [k, x] of Object.entries(o)) walk(x, `${p}.${k}`);
  };
  walk(value, path);
}

/** Walks `value` and returns every problem of every dated figure in it (`checked` records are the report's). */
export function checkDatedFigures(value: unknown, path: string, seen = new WeakSet<object>()): { problems: DataProblem[]; figures: number } {
  const out: DataProblem[] = [];
  let figures = 0;
  forEachFigure(
    value,
    path,
    (o, p, kind) => {
      if (kind !== 'dated') return;
      figures++;
      checkFigure(o, p, out);
    },
    seen,
  );
  return { problems: out, figures };
}
