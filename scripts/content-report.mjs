// Content report: every figure in src/data/** with where it is, its value(s), its sources, the date
// it is valid from, the date it was checked and a status (official / estimated / unknown). Figures
// dated more than 18 months before the as-of date are flagged; a figure without a source or without a
// valid-from date fails, unless ALLOW_UNDATED below names it (with its reason), so the debt shows.
//
//   node scripts/content-report.mjs                     write docs/content/report.md (as of today)
//   node scripts/content-report.mjs --as-of 2026-12-01  the same, as of another day
//   node scripts/content-report.mjs --check             fail (exit 1) when a figure lacks a source or a
//        date, or when the committed report differs from a fresh one (made as of the date written in
//        the committed report, so the check does not turn red by itself when the calendar moves)
//   node scripts/content-report.mjs --self-test         negative controls of the classifier
//
// The data is read by bundling every .ts file under src/data (found by walking the folder, so moved
// or new files are included) with esbuild, in memory, and importing the bundle. What counts as a
// figure is decided by the walker the data bar test uses (test/data/dated-figures.ts): one
// definition for both.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA_DIR = 'src/data';
const WALKER = 'test/data/dated-figures.ts';
const REPORT = 'docs/content/report.md';
const STALE_MONTHS = 18;
const STATUSES = ['official', 'estimated', 'unknown'];

/**
 * Figures allowed without a valid-from date, for now. Each entry matches export paths (`*` = one
 * key or index; the file is not part of the pattern, so moving a table between files keeps its entry)
 * and says why. A missing source is never allowed. An entry that matches nothing fails the check,
 * so the list only shrinks.
 */
export const ALLOW_UNDATED = [
  {
    pattern: 'HELPLINES.*',
    reason: 'Helpline records cite their sources as bare URLs, without the date of the page; `lastChecked` dates our check only. To go: give each source its date.',
  },
  {
    pattern: 'RECORDS[*]',
    reason: 'Association and service records cite their sources as bare URLs, without the date of the page; `lastChecked` dates our check only. To go: give each source its date.',
  },
];

// ——— small helpers ———

const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const pad = (n) => String(n).padStart(2, '0');

/** `iso` minus `n` months (the day clamped to the month's length), as YYYY-MM-DD. */
export function monthsBefore(iso, n) {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) - n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${ny}-${pad(nm + 1)}-${pad(Math.min(d, last))}`;
}

function patternRegex(pattern) {
  const body = pattern
    .split('*')
    .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^.\\[\\]]+');
  return new RegExp(`^${body}$`);
}

/** A source as the data gives it: a URL string, or an object with url/title/publisher/date. */
function normaliseSource(s) {
  if (typeof s === 'string') return { url: s };
  if (isRecord(s)) {
    const url = s.url ?? s.href;
    return {
      url: typeof url === 'string' ? url : undefined,
      title: typeof s.title === 'string' ? s.title : undefined,
      publisher: typeof s.publisher === 'string' ? s.publisher : undefined,
      date: typeof (s.date ?? s.published) === 'string' ? (s.date ?? s.published) : undefined,
    };
  }
  return { url: undefined };
}

const listOf = (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Keys that describe a figure rather than being one (left out of the "figures" column). */
const META_KEYS = new Set([
  'id', 'version', 'note', 'sources', 'source', 'indexSources', 'validFrom', 'startsOn', 'dateStated', 'doubtful',
  'indexedLaterOn', 'lastChecked', 'checkedOn', 'checked', 'provisional', 'status', 'estimated', 'unverified',
]);
const CONTACT_KEYS = ['number', 'phone', 'email', 'website'];
const MAX_FIGURES = 8;

// ——— classifier (pure) ———

/**
 * Status of a figure and of each of its amounts, from how the data marks them today:
 * - an explicit `status` (official / estimated / unknown) or `estimated: true` wins;
 * - `dateStated: false` (the source page shows no date), an `indexedLaterOn` date on or before
 *   `asOf` (the real amount is higher), or `provisional: true` (our own, unvalidated choice) make it
 *   estimated; amounts listed in `doubtful` are estimated;
 * - a `null` amount is unknown (the source gives no figure), and a record showing no contact is unknown;
 * - anything else is official (as its source states it).
 */
export function classify(o, kind, asOf) {
  const notes = [];
  let base = 'official';
  if (o.dateStated === false) {
    base = 'estimated';
    notes.push('source page undated');
  }
  const indexed = listOf(o.indexedLaterOn).filter((d) => typeof d === 'string' && d <= asOf);
  if (indexed.length) {
    base = 'estimated';
    notes.push(`indexed since (${indexed.join(', ')}): real amounts higher`);
  }
  if (o.provisional === true) {
    base = 'estimated';
    notes.push('provisional: own choice, not validated');
  }
  const explicit = STATUSES.includes(o.status) ? o.status : o.estimated === true ? 'estimated' : undefined;
  if (explicit) base = explicit;

  const doubtful = new Set(listOf(o.doubtful));
  if (doubtful.size) notes.push(`doubtful: ${[...doubtful].join(', ')}`);
  const amounts = [];
  if (isRecord(o.amounts)) for (const [k, v] of Object.entries(o.amounts)) amounts.push([k, v]);
  if ('amount' in o) amounts.push(['amount', o.amount]);
  const amountStatus = amounts.map(([k, v]) => [k, v, v === null ? 'unknown' : doubtful.has(k) ? 'estimated' : base]);

  let status = base;
  if (!explicit && amountStatus.length) {
    const known = amountStatus.filter(([, , s]) => s !== 'unknown');
    status = !known.length ? 'unknown' : known.some(([, , s]) => s === 'estimated') ? 'estimated' : 'official';
    const unknown = amountStatus.length - known.length;
    if (unknown && known.length) notes.push(`${unknown} amount(s) unknown`);
  }
  if (kind === 'checked') {
    if (!explicit && !CONTACT_KEYS.some((k) => typeof o[k] === 'string')) status = 'unknown';
    const caveats = listOf(o.unverified);
    if (caveats.length) notes.push(`not shown, unconfirmed: ${caveats.join(', ')}`);
  }
  return { status, amountStatus, notes };
}

/** The figure(s) as a short text: amounts (≈ estimated), contacts, or the plain numbers and date switches. */
function figuresText(o, kind, amountStatus, figureKind) {
  if (amountStatus.length)
    return amountStatus.map(([k, v, s]) => (v === null ? `${k} unknown` : `${k} ${s === 'estimated' ? '≈' : ''}${v}`)).join(' · ');
  if (kind === 'checked') {
    const shown = CONTACT_KEYS.filter((k) => typeof o[k] === 'string').map((k) => `${k} ${o[k]}`);
    return shown.length ? shown.join(' · ') : 'no contact shown';
  }
  const out = [];
  const add = (v, p, depth) => {
    if (typeof v === 'number' || typeof v === 'boolean' || v === null) out.push(`${p} ${v}`);
    else if (typeof v === 'string' && /(From|On)$/.test(p) && /^\d{4}-\d{2}-\d{2}$/.test(v)) out.push(`${p} ${v}`);
    // Nested figures get their own row; lists are left to them.
    else if (isRecord(v) && depth < 2 && !figureKind(v)) for (const [k, x] of Object.entries(v)) add(x, `${p}.${k}`, depth + 1);
  };
  for (const [k, v] of Object.entries(o)) if (!META_KEYS.has(k)) add(v, k, 1);
  if (!out.length) return '—';
  return out.length > MAX_FIGURES ? `${out.slice(0, MAX_FIGURES).join(' · ')} · … (+${out.length - MAX_FIGURES})` : out.join(' · ');
}

/** Module-wide check date: an exported `…_CHECKED_ON`, `…_CHECKED` or `…_DATA_VERSION` that is a date. */
function moduleDate(exports, isIsoDate) {
  const found = Object.entries(exports)
    .filter(([k, v]) => /(CHECKED_ON|CHECKED|DATA_VERSION)$/.test(k) && isIsoDate(v))
    .sort(([a], [b]) => Number(/DATA_VERSION$/.test(a)) - Number(/DATA_VERSION$/.test(b)) || a.localeCompare(b));
  return found.length ? { date: found[0][1], from: found[0][0] } : undefined;
}

const depthOf = (path) => (path.match(/[.[]/g) ?? []).length;
const isIndex = (file) => /(^|\/)index\.ts$/.test(file);

/**
 * Every figure of `modules` ([{ file, exports }], file relative to src/data) as a report row, plus
 * what fails. A figure reached from several modules belongs to the one that exports it most directly
 * (shortest path; an index module only when nothing else exports it).
 */
export function analyse(modules, { asOf, allow = ALLOW_UNDATED, walker }) {
  const { forEachFigure, figureKind, isIsoDate } = walker;
  const owner = new Map();
  let order = 0;
  modules.forEach(({ file, exports }, fileIndex) => {
    for (const [name, value] of Object.entries(exports))
      forEachFigure(value, name, (obj, path, kind) => {
        const cand = { file, path, kind, obj, rank: [depthOf(path), isIndex(file) ? 1 : 0, fileIndex], order: order++ };
        const prev = owner.get(obj);
        const cmp = prev ? cand.rank.map((r, i) => r - prev.rank[i]).find((d) => d !== 0) ?? 0 : -1;
        if (cmp < 0) owner.set(obj, cand);
      });
  });
  const figures = [...owner.values()].sort((a, b) => a.file.localeCompare(b.file) || a.order - b.order);

  // Tables that are elements of one list (RVA_THEMATIC_PRIVATE[0], [1], …): only the newest one valid
  // on asOf is current; the older ones are history (kept for past dates) and are not flagged as old.
  const superseded = new Map();
  const groups = new Map();
  for (const f of figures) {
    const m = /^(.*)\[\d+\]$/.exec(f.path);
    const from = f.obj.validFrom ?? f.obj.startsOn;
    if (!m || !isIsoDate(from)) continue;
    const key = `${f.file} ${m[1]}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const list of groups.values()) {
    const dateOf = (f) => f.obj.validFrom ?? f.obj.startsOn;
    const current = list.filter((f) => dateOf(f) <= asOf).sort((a, b) => dateOf(b).localeCompare(dateOf(a)))[0];
    if (current) for (const f of list) if (f !== current && dateOf(f) < dateOf(current)) superseded.set(f, current.path);
  }

  const moduleDates = new Map(modules.map(({ file, exports }) => [file, moduleDate(exports, isIsoDate)]));
  const dirDate = (file) => {
    const dir = dirname(file);
    for (const [f, d] of moduleDates) if (d && dirname(f) === dir) return d;
    return undefined;
  };
  const cutoff = monthsBefore(asOf, STALE_MONTHS);
  const allowRe = allow.map((a) => ({ ...a, re: patternRegex(a.pattern), used: 0 }));
  const rows = [];
  const failures = [];

  for (const f of figures) {
    const o = f.obj;
    const sources = [...listOf(o.sources), ...listOf(o.source)].map(normaliseSource);
    const indexSources = listOf(o.indexSources).map(normaliseSource);
    const sourceDates = [...sources, ...indexSources].map((s) => s.date).filter(isIsoDate).sort();
    const newestSourceDate = sourceDates.at(-1);
    const stated = o.validFrom ?? o.startsOn;
    const validFrom = isIsoDate(stated) ? stated : f.kind === 'checked' && stated === undefined ? newestSourceDate : undefined;
    const ownChecked = [o.lastChecked, o.checkedOn, o.checked].find(isIsoDate);
    const modDate = moduleDates.get(f.file) ?? dirDate(f.file);
    const checked = ownChecked ? { date: ownChecked } : modDate;
    const { status, amountStatus, notes } = classify(o, f.kind, asOf);
    const ageDate = validFrom ?? newestSourceDate;
    const supersededBy = superseded.get(f);
    const stale = Boolean(ageDate && ageDate < cutoff && !supersededBy);
    if (supersededBy) notes.push(`superseded by ${supersededBy}`);

    const problems = [];
    if (!sources.some((s) => s.url)) problems.push('no source');
    let allowedBy;
    if (!validFrom) {
      allowedBy = allowRe.find((a) => a.re.test(f.path));
      if (allowedBy) allowedBy.used++;
      else problems.push(f.kind === 'checked' ? 'no valid-from date (no validFrom and no dated source)' : 'no valid-from date');
    }
    const row = {
      file: f.file,
      path: f.path,
      id: typeof o.id === 'string' ? o.id : undefined,
      kind: f.kind,
      figures: figuresText(o, f.kind, amountStatus, (v) => figureKind(v)),
      sources: [...sources, ...indexSources],
      validFrom,
      dateStated: o.dateStated !== false,
      checked,
      status,
      notes,
      stale,
      ageDate,
      allowedBy: allowedBy?.pattern,
      problems,
    };
    rows.push(row);
    for (const p of problems) failures.push(`${f.file} › ${f.path}: ${p}`);
  }
  for (const a of allowRe) if (!a.used) failures.push(`allow-list entry "${a.pattern}" matches no undated figure: remove it`);
  return { rows, failures, cutoff };
}

// ——— Markdown ———

const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function sourceLine(s) {
  const meta = [s.title, s.publisher, s.date].filter(Boolean).join(', ');
  if (!s.url) return meta || '(no URL)';
  return meta ? `${meta}: <${s.url}>` : `<${s.url}>`;
}

export function renderReport({ rows, cutoff }, asOf) {
  const count = (pred) => rows.filter(pred).length;
  const where = (r) => `\`${r.file}\` › \`${r.path}\`${r.id ? ` (${r.id})` : ''}`;
  const out = [];
  out.push(
    '# Content report',
    '',
    `<!-- as-of: ${asOf} -->`,
    '<!-- Generated by scripts/content-report.mjs (npm run content:report) from src/data/**; do not edit by hand. -->',
    '',
    `Every figure in \`src/data/**\`, as of **${asOf}**: where it is, its value, its sources, the date it`,
    'is valid from, the date it was checked and its status. Made by `npm run content:report`; CI',
    '(`npm run lint`) fails when this page is out of date or a figure has no source or no date.',
    'How to read it: [below](#how-to-read-this-report). The rules behind the figures, in plain words:',
    '[the content handbook](README.md).',
    '',
    '## Summary',
    '',
    '| | figures |',
    '| --- | --- |',
    `| all | ${rows.length} |`,
    ...STATUSES.map((s) => `| ${s} | ${count((r) => r.status === s)} |`),
    `| older than ${STALE_MONTHS} months (dated before ${cutoff}) | ${count((r) => r.stale)} |`,
    `| no valid-from date, allowed for now | ${count((r) => r.allowedBy)} |`,
    `| no source or no date (fails) | ${count((r) => r.problems.length)} |`,
    '',
  );

  const stale = rows.filter((r) => r.stale);
  out.push(`## Older than ${STALE_MONTHS} months`, '');
  if (!stale.length) out.push('None.', '');
  else {
    out.push(`Dated before ${cutoff} (valid-from, or the newest source date where there is none). Check that no newer official table or rule replaced it.`, '');
    for (const r of stale) out.push(`- ${where(r)}: ${r.validFrom ? `valid from ${r.validFrom}` : `newest source ${r.ageDate}`}, ${r.status}`);
    out.push('');
  }

  const failing = rows.filter((r) => r.problems.length);
  if (failing.length) {
    out.push('## Without source or date (fails)', '');
    for (const r of failing) out.push(`- ${where(r)}: ${r.problems.join('; ')}`);
    out.push('');
  }

  out.push('## Allowed without a date, for now', '', '| pattern | reason | figures |', '| --- | --- | --- |');
  for (const a of ALLOW_UNDATED) out.push(`| \`${a.pattern}\` | ${cell(a.reason)} | ${count((r) => r.allowedBy === a.pattern)} |`);
  out.push('');

  out.push(
    '## How to read this report',
    '',
    '- **Where**: the file under `src/data/` and the export path of the figure (table ids in brackets).',
    '- **Figures**: the amounts or values; `≈` marks an estimated amount, `unknown` an amount no source gives.',
    '  For helpline and association records: the contact details shown.',
    '- **Valid from**: `validFrom` or `startsOn`; for records without one, the newest dated source.',
    '  "(undated source)": the page shows no date; the date is the earliest one we can vouch for.',
    '- **Checked**: `lastChecked` / `checkedOn` of the figure, else the date of its data set',
    '  (the constant named in brackets).',
    '- **Status**: *official* (as an official or cited source states it); *estimated* (the source is',
    '  undated, later index steps are known, the amount is marked doubtful, or the value is our own',
    '  provisional choice: the UI says "about" or "check"); *unknown* (the source gives no figure, or a',
    '  record shows no contact: the UI says where to ask).',
    `- **Old**: ⚠ when the valid-from date (or the newest source date) is more than ${STALE_MONTHS} months before the`,
    '  as-of date. Older tables that a newer one in the same list replaces are marked "superseded" instead.',
    '- **Sources**: numbers refer to the list under each table.',
    '',
    '## Figures by file',
    '',
  );

  const files = [...new Set(rows.map((r) => r.file))];
  for (const file of files) {
    const inFile = rows.filter((r) => r.file === file);
    const sourceIndex = new Map();
    const ref = (s) => {
      const key = s.url ?? sourceLine(s);
      if (!sourceIndex.has(key)) sourceIndex.set(key, { n: sourceIndex.size + 1, s });
      return sourceIndex.get(key).n;
    };
    out.push(`### ${file}`, '', '| where | figures | valid from | checked | status | old | notes | sources |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of inFile) {
      const refs = r.sources.map(ref).join(', ') || '**none**';
      const valid = r.validFrom ? `${r.validFrom}${r.dateStated ? '' : ' (undated source)'}` : r.allowedBy ? 'none (allowed)' : '**none**';
      const checked = r.checked ? `${r.checked.date}${r.checked.from ? ` (${r.checked.from})` : ''}` : '—';
      out.push(
        `| \`${cell(r.path)}\`${r.id ? ` (${cell(r.id)})` : ''} | ${cell(r.figures)} | ${valid} | ${checked} | ${r.status} | ${r.stale ? '⚠' : ''} | ${cell(r.notes.join('; '))} | ${refs} |`,
      );
    }
    out.push('', 'Sources:', '');
    for (const { n, s } of sourceIndex.values()) out.push(`${n}. ${sourceLine(s)}`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

// ——— loading ———

function listTs(dir) {
  const out = [];
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...listTs(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

/** Bundles `entries` (repo-relative .ts files) plus the walker in memory and imports the result. */
async function bundle(entries) {
  const abs = (f) => JSON.stringify(join(ROOT, f).split(sep).join('/'));
  const contents = [`export { forEachFigure, figureKind, isIsoDate } from ${abs(WALKER)};`, ...entries.map((f, i) => `export * as m${i} from ${abs(f)};`)].join('\n');
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'content-report-entry.ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

async function load() {
  const files = listTs(DATA_DIR);
  const mod = await bundle(files);
  const walker = { forEachFigure: mod.forEachFigure, figureKind: mod.figureKind, isIsoDate: mod.isIsoDate };
  const modules = files.map((f, i) => ({ file: relative(DATA_DIR, f).split(sep).join('/'), exports: mod[`m${i}`] }));
  return { walker, modules };
}

// ——— self-test ———

async function selfTest() {
  const { walker } = await load();
  const asOf = '2026-12-03';
  const src = ['https://www.rva.be/x'];
  let checks = 0;
  const ok = (cond, msg) => {
    assert.ok(cond, msg);
    checks++;
  };
  const run = (exports, allow = []) => analyse([{ file: 'fake/table.ts', exports }], { asOf, allow, walker });

  // Negative controls: no source, no date, both fail; a missing source is never allowed.
  let r = run({ NO_SOURCE: { validFrom: '2026-01-01', sources: [], amounts: { FT: 1 } } });
  ok(r.failures.length === 1 && /NO_SOURCE: no source/.test(r.failures[0]), 'a figure without source fails');
  r = run({ NO_DATE: { amount: 5, sources: src } });
  ok(r.failures.length === 1 && /NO_DATE: no valid-from date/.test(r.failures[0]), 'a figure without date fails');
  r = run({ LINES: { a: { sources: src, lastChecked: '2026-11-23', number: '1' } } });
  ok(r.failures.length === 1 && /LINES\.a: no valid-from date/.test(r.failures[0]), 'a record without a dated source fails');
  r = run({ LINES: { a: { sources: src, lastChecked: '2026-11-23', number: '1' } } }, [{ pattern: 'LINES.*', reason: 'test' }]);
  ok(r.failures.length === 0 && r.rows[0].allowedBy === 'LINES.*', 'the allow-list lets an undated record pass, and says so');
  r = run({ LINES: { a: { sources: [], lastChecked: '2026-11-23' } } }, [{ pattern: 'LINES.*', reason: 'test' }]);
  ok(r.failures.length === 1 && /no source/.test(r.failures[0]), 'the allow-list never excuses a missing source');
  r = run({ OK: { validFrom: '2026-01-01', sources: src, amount: 1 } }, [{ pattern: 'GONE.*', reason: 'test' }]);
  ok(r.failures.length === 1 && /GONE\.\* matches no/.test(r.failures[0].replace(/"/g, '')), 'an unused allow-list entry fails');
  r = run({ LINES: { a: { sources: [{ url: 'https://x.be', title: 'T', publisher: 'P', date: '2023-05-01' }], lastChecked: '2026-11-23', phone: '1' } } });
  ok(r.failures.length === 0 && r.rows[0].validFrom === '2023-05-01' && r.rows[0].stale, 'a dated source dates a record (and makes it old)');

  // Status.
  const status = (o) => classify(o, 'dated', asOf).status;
  ok(status({ validFrom: '2026-01-01', amounts: { FT: 1 } }) === 'official', 'plain amount: official');
  ok(status({ validFrom: '2026-01-01', amounts: { FT: null } }) === 'unknown', 'null amounts only: unknown');
  ok(status({ validFrom: '2026-01-01', amounts: { FT: 1, X: null } }) === 'official', 'null beside official: official, null listed as unknown');
  ok(status({ validFrom: '2026-01-01', amounts: { FT: 1 }, doubtful: ['FT'] }) === 'estimated', 'doubtful: estimated');
  ok(status({ validFrom: '2020-01-01', dateStated: false, amounts: { FT: 1 } }) === 'estimated', 'undated source: estimated');
  ok(status({ validFrom: '2022-12-01', amounts: { FT: 1 }, indexedLaterOn: ['2023-11-01'] }) === 'estimated', 'indexed since: estimated');
  ok(status({ validFrom: '2022-12-01', amounts: { FT: 1 }, indexedLaterOn: ['2027-01-01'] }) === 'official', 'an index step after asOf does not count');
  ok(status({ validFrom: '2026-01-01', provisional: true }) === 'estimated', 'provisional: estimated');
  ok(status({ validFrom: '2026-01-01', amount: 1, status: 'unknown' }) === 'unknown', 'an explicit status wins');
  ok(classify({ sources: src, lastChecked: asOf }, 'checked', asOf).status === 'unknown', 'a record showing no contact: unknown');

  // Old figures: 18 months before asOf is the line; superseded tables are not flagged.
  ok(monthsBefore('2026-12-03', 18) === '2025-06-03' && monthsBefore('2026-08-31', 18) === '2025-02-28', 'month arithmetic');
  r = run({ T: [{ validFrom: '2020-01-01', sources: src, amount: 1 }, { validFrom: '2025-06-02', sources: src, amount: 2 }], N: { validFrom: '2025-06-03', sources: src, amount: 1 } });
  ok(!r.rows[0].stale && /superseded by T\[1\]/.test(r.rows[0].notes.join()), 'an older table in a list is superseded, not old');
  ok(r.rows[1].stale && !r.rows[2].stale, 'older than 18 months is flagged; exactly 18 months is not');

  // A table re-exported by an index module belongs to the module that defines it.
  const table = { validFrom: '2026-01-01', sources: src, amount: 1 };
  r = analyse([{ file: 'x/index.ts', exports: { T: table } }, { file: 'x/rates.ts', exports: { T: table } }], { asOf, allow: [], walker });
  ok(r.rows.length === 1 && r.rows[0].file === 'x/rates.ts', 'a re-exported table is listed once, under its own module');

  // The real data: the walk is not vacuous.
  const real = analyse((await load()).modules, { asOf, walker });
  ok(real.rows.length > 40 && real.rows.some((x) => x.path.startsWith('RVA_THEMATIC_PRIVATE')), 'the real data yields the known tables');
  console.log(`content-report self-test: ${checks} checks pass`);
}

// ——— main ———

function summary({ rows, failures }) {
  const n = (pred) => rows.filter(pred).length;
  return (
    `content-report: ${rows.length} figures (${STATUSES.map((s) => `${n((r) => r.status === s)} ${s}`).join(', ')}); ` +
    `${n((r) => r.stale)} older than ${STALE_MONTHS} months; ${n((r) => r.allowedBy)} undated but allowed; ` +
    `${failures.length} problem(s)`
  );
}

function fail(failures) {
  console.error(`content-report: ${failures.length} problem(s): a figure needs a source and a valid-from date (or an ALLOW_UNDATED entry with its reason):`);
  for (const f of failures.slice(0, 30)) console.error(`  ${f}`);
  if (failures.length > 30) console.error(`  … and ${failures.length - 30} more`);
  process.exit(1);
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--self-test')) return selfTest();
  const check = args.includes('--check');
  const asOfArg = args.includes('--as-of') ? args[args.indexOf('--as-of') + 1] : undefined;
  const { walker, modules } = await load();
  if (asOfArg !== undefined && !walker.isIsoDate(asOfArg)) {
    console.error(`content-report: --as-of needs a date YYYY-MM-DD, got ${JSON.stringify(asOfArg)}`);
    process.exit(2);
  }
  const today = new Date().toISOString().slice(0, 10);
  const reportPath = join(ROOT, REPORT);
  const committed = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : undefined;

  if (check) {
    const committedAsOf = committed && /<!-- as-of: (\d{4}-\d{2}-\d{2}) -->/.exec(committed)?.[1];
    const asOf = asOfArg ?? committedAsOf ?? today;
    const result = analyse(modules, { asOf, walker });
    console.log(summary(result));
    if (result.failures.length) fail(result.failures);
    if (committed !== renderReport(result, asOf)) {
      console.error(`content-report: ${REPORT} differs from a fresh one (the data or the code changed): run \`npm run content:report\` and commit it.`);
      process.exit(1);
    }
    const newlyOld = analyse(modules, { asOf: today, walker }).rows.filter((r) => r.stale).length - result.rows.filter((r) => r.stale).length;
    if (newlyOld > 0) console.log(`content-report: note: ${newlyOld} more figure(s) are older than ${STALE_MONTHS} months as of ${today}; regenerate the report.`);
    return;
  }

  const asOf = asOfArg ?? today;
  const result = analyse(modules, { asOf, walker });
  writeFileSync(reportPath, renderReport(result, asOf));
  console.log(summary(result));
  console.log(`content-report: wrote ${REPORT} (as of ${asOf})`);
  if (result.failures.length) fail(result.failures);
}

await main();
