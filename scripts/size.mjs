// Size budgets (gzip level 9; brotli shown for information). Exits 1 when a budget is exceeded.
// Every language of every namespace is its own chunk (dist/cdn/i18n/<ns>.<lang>-<hash>.js). A widget's
// first load is what a Dutch page downloads before the first screen, on top of the shared chunks:
// its entry, every chunk it imports statically, and its Dutch language chunks, core texts included
// (the loader fetches them in parallel with the entry). The shared chunks are budgeted on their own
// and carry no text: core (Lit + core) and flow (step flow, fields, @lit/task).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join, dirname, normalize, relative } from 'node:path';
import { WIDGETS as FOUND } from './widgets.mjs';

// The CDN build (what script-tag users download); the npm build in dist/ leaves Lit to the host's bundler.
const DIST = 'dist/cdn';
const KB = 1024;
const WIDGETS = FOUND.map((w) => w.name);
const LANGS = ['nl', 'fr', 'en', 'de'];
// The rights overview runs the leave rules and shows their reason texts (about 25 KB gz, shared with the leave calculator) on top of its own lazy data.
// The leave calculator on full use: 42 → 43 KB with the public-sector answers, the ask-HR list, the
// letter's radio choice and the estimate notes (session 3); since the language split each line
// also counts the core Dutch texts (about 0.8 KB) that used to sit in core; 44 KB since session 4
// (the shared lazy-load helper and cached formatters in the flow chunk, 0.1 KB over 43).
const FULL_USE_KB = { 'rights-overview': 52, 'leave-calculator': 44 };
// Before round 2 (the old build, four widgets): quiz + finder + leave + overload, each as first load
// with its Dutch text. The shared chunks since then must be paid for by smaller widgets.
const PRE_ROUND_2_FOUR = 54498;
// One language chunk (one namespace, one language): the largest is the leave reasons (every scheme's
// conditions and notes).
const LANGUAGE_CHUNK_KB = 10;
// Every widget in one language, one file: 156–162 KB gz (the four-language file: 277 KB). Most of it
// is the eight widgets' rules, dated data and source catalogues, which every language needs; 60 KB
// would hold one or two widgets, not eight (docs/DECISIONS.md).
const ONE_LANGUAGE_KB = 165;

if (!existsSync(DIST)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function imports(file, dynamic) {
  const code = readFileSync(file, 'utf8');
  const out = [];
  const re = dynamic ? /(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g : /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g;
  for (const m of code.matchAll(re)) out.push(normalize(join(dirname(file), m[1])));
  return out;
}

/** Files reached from `entry` (statically, or also through import() when `dynamic`). */
function closure(entry, exclude, dynamic = false) {
  const seen = new Set();
  const walk = (f) => {
    if (seen.has(f) || exclude(f)) return;
    seen.add(f);
    imports(f, dynamic).forEach(walk);
  };
  walk(entry);
  return [...seen];
}

// The language chunks; which one each widget renders its first screen with comes from the loader's
// table (src/loader.ts, TEXTS), so a widget missing there fails here.
const i18nDir = join(DIST, 'i18n');
const languageChunks = existsSync(i18nDir) ? readdirSync(i18nDir).filter((f) => f.endsWith('.js')).map((f) => join(i18nDir, f)) : [];
const isLanguageChunk = (f) => languageChunks.includes(f);
const languageChunk = (ns, lang) => languageChunks.find((f) => new RegExp(`/${ns.replaceAll('/', '-')}\\.${lang}-[\\w-]+\\.js$`).test(f));
const loaderSource = readFileSync('src/loader.ts', 'utf8');
const WIDGET_NS = Object.fromEntries(
  FOUND.map((w) => [w.name, new RegExp(`'${w.tag}': own\\(\\{\\s*nl: \\(\\) => import\\('\\./i18n/([^']+)/nl\\.js'\\)`).exec(loaderSource)?.[1]]),
);

const chunks = readdirSync(join(DIST, 'chunks')).map((f) => join(DIST, 'chunks', f)).filter((f) => f.endsWith('.js'));
const core = chunks.filter((f) => /\/core-[^/]+\.js$/.test(f));
const isCore = (f) => core.includes(f);
// The step flow (controller, fields, @lit/task) and the step templates: shared by every step widget.
const flow = chunks.filter((f) => /\/flow-[^/]+\.js$/.test(f));
const isShared = (f) => isCore(f) || flow.includes(f);
const coreNl = languageChunk('core', 'nl');

const measure = (files) => {
  const buf = Buffer.concat(files.map((f) => readFileSync(f)));
  return { raw: buf.length, gzip: gz(buf), brotli: br(buf) };
};
const union = (...lists) => [...new Set(lists.flat())];
/** Entry + static imports + its Dutch language chunks (and their imports), shared chunks excluded. */
const firstLoad = (w, withCoreTexts = true) => {
  const nl = WIDGET_NS[w] && languageChunk(WIDGET_NS[w], 'nl');
  const own = nl ? closure(nl, isShared) : [join(DIST, `i18n/${w}: no language chunk in src/loader.ts`)];
  return union(closure(join(DIST, `${w}.js`), isShared), own, withCoreTexts && coreNl ? [coreNl] : []);
};
const otherLanguage = (f) => isLanguageChunk(f) && !/\.nl-[^/]+$/.test(f);

const lines = [
  // 2 KB since session 4: the loader now starts each widget's language chunks with its entry (one round
  // trip instead of two) and reserves each widget's intro height while it loads (docs/DECISIONS.md).
  { name: 'loader (cdn/mantelkit.js + its imports)', files: closure(join(DIST, 'mantelkit.js'), () => false), budget: 2 * KB },
  { name: 'shared Lit + core chunk (no text)', files: core, budget: 12 * KB },
  { name: 'shared step-flow chunks (flow, fields, @lit/task)', files: flow, budget: 4 * KB },
  ...WIDGETS.flatMap((w) => [
    { name: `widget ${w} (first load, nl)`, files: firstLoad(w), budget: 15 * KB },
    // Everything a Dutch reader downloads on top of core when using the widget fully (lazy data and
    // Dutch text chunks included). Our own regression guard: the leave rules state their index
    // estimates, check their input, describe every source by title, publisher and date, and the
    // result opens with an answer-first summary (all in lazy chunks loaded with the result;
    // docs/DECISIONS.md, round 2). Each single chunk is still held to 15 KB.
    { name: `  ${w} on full use (incl. lazy data)`, files: union(firstLoad(w), closure(join(DIST, `${w}.js`), (f) => isShared(f) || otherLanguage(f), true)), budget: (FULL_USE_KB[w] ?? 42) * KB },
  ]),
  { name: 'classic script (cdn/mantelkit.classic.js)', files: [join(DIST, 'mantelkit.classic.js')], budget: 60 * KB },
  // Everything (8 widgets × 4 languages of sourced content, every source described) in one file: a
  // regression guard only (170 → 180 KB with the source catalogues; 180 → 280 KB with the rights
  // overview, hinge-moment checklist and the two organisation scans: about 25 KB each). For pages in
  // more than one language; a one-language page takes mantelkit.all.<lang>.js below, or the loader.
  { name: 'all-in-one file (cdn/mantelkit.all.js)', files: [join(DIST, 'mantelkit.all.js')], budget: 280 * KB },
  // Every widget, one language, no lazy chunks (scripts/rollup/one-language.mjs).
  ...LANGS.map((l) => ({ name: `one-language file (cdn/mantelkit.all.${l}.js)`, files: [join(DIST, `mantelkit.all.${l}.js`)], budget: ONE_LANGUAGE_KB * KB })),
];

let failed = false;
const pad = (s, n) => String(s).padStart(n);
console.log(`${'budget line'.padEnd(52)} ${pad('raw', 9)} ${pad('gzip', 8)} ${pad('brotli', 8)} ${pad('budget', 8)}  result`);
for (const l of lines) {
  if (!l.files.length || !l.files.every(existsSync)) {
    console.log(`${l.name.padEnd(52)} missing files`);
    failed = true;
    continue;
  }
  const s = measure(l.files);
  const ok = s.gzip <= l.budget;
  failed ||= !ok;
  console.log(`${l.name.padEnd(52)} ${pad(s.raw, 9)} ${pad(s.gzip, 8)} ${pad(s.brotli, 8)} ${pad(l.budget, 8)}  ${ok ? 'ok' : 'OVER BUDGET'}`);
  if (process.env.SIZE_VERBOSE) for (const f of l.files) console.log(`    ${relative(DIST, f)}`);
}
const biggest = [...chunks, ...languageChunks].filter((f) => !isShared(f)).map((f) => ({ f, gzip: gz(readFileSync(f)) })).sort((a, b) => b.gzip - a.gzip)[0];
if (biggest) {
  const ok = biggest.gzip <= 15 * KB;
  failed ||= !ok;
  console.log(`${'largest other chunk: ' + relative(DIST, biggest.f)}`.padEnd(52) + ` ${pad('', 9)} ${pad(biggest.gzip, 8)} ${pad('', 8)} ${pad(15 * KB, 8)}  ${ok ? 'ok' : 'OVER BUDGET'}`);
}
// Each language chunk, per namespace (gzip of nl / fr / en / de): a reader downloads one of the four.
{
  const namespaces = [...new Set(languageChunks.map((f) => /\/([^/]+)\.(?:nl|fr|en|de)-[\w-]+\.js$/.exec(f)?.[1]).filter(Boolean))].sort();
  for (const ns of namespaces) {
    // '-': no chunk (the finder's Dutch record texts live in the records themselves).
    const sizes = LANGS.map((l) => languageChunk(ns, l)).map((f) => (f ? gz(readFileSync(f)) : '-'));
    const ok = Math.max(...sizes.filter((n) => n !== '-')) <= LANGUAGE_CHUNK_KB * KB;
    failed ||= !ok;
    console.log(`${`  language chunk ${ns} (nl/fr/en/de gzip)`.padEnd(52)} ${pad(sizes.join('/'), 27)} ${pad(LANGUAGE_CHUNK_KB * KB, 8)}  ${ok ? 'ok' : 'OVER BUDGET'}`);
  }
}
// Language-neutral chunks: no entry or chunk imports a language chunk statically (it would fetch
// that language for every reader), a language chunk imports no other language statically, and each
// widget's own Dutch chunk in the loader's table is one its code really imports (else the loader
// fetches text the widget never reads, and the widget fetches its own a round trip later).
{
  const langOf = (f) => /\.(nl|fr|en|de)-[\w-]+\.js$/.exec(f)?.[1];
  // `mantelkit/rules` (rules.js) is exempt: hingeChecklist() gives its step texts in any language.
  const all = [...readdirSync(DIST).filter((f) => f.endsWith('.js') && f !== 'rules.js').map((f) => join(DIST, f)), ...chunks, ...languageChunks];
  const wrong = [];
  for (const f of all) {
    for (const dep of imports(f, false).filter(isLanguageChunk)) {
      if (!isLanguageChunk(f) || langOf(dep) !== langOf(f)) wrong.push(`${relative(DIST, f)} → ${relative(DIST, dep)}`);
    }
  }
  for (const w of WIDGETS) {
    const own = WIDGET_NS[w] && languageChunk(WIDGET_NS[w], 'nl');
    const reached = closure(join(DIST, `${w}.js`), (f) => isLanguageChunk(f) && f !== own, true);
    if (!own || !reached.includes(own)) wrong.push(`${w}: its loader texts (${WIDGET_NS[w] ?? 'none'}) are not a catalog it imports`);
  }
  failed ||= wrong.length > 0;
  console.log(`${'language chunks: loaded only as their language'.padEnd(52)} ${wrong.length ? `WRONG: ${wrong.slice(0, 3).join('; ')}` : 'ok'}`);
}
// The promise of the "one house" refactor: the four original widgets' first loads plus the shared
// step-flow chunk weigh no more than those widgets did before it (measured the same way: widget
// with its own Dutch text, the core texts then sat in core). A budget since the quiz and the leave
// calculator load their result texts with their results, not on the first screen.
{
  const four = ['recognition-quiz', 'association-finder', 'leave-calculator', 'overload-check'].reduce((sum, w) => sum + measure(firstLoad(w, false)).gzip, 0) + measure(flow).gzip;
  const diff = four - PRE_ROUND_2_FOUR;
  failed ||= diff > 0;
  console.log(`${'four first widgets + flow vs before round 2'.padEnd(52)} ${pad(`${four} vs ${PRE_ROUND_2_FOUR}`, 27)} ${pad('', 8)}  ${diff <= 0 ? `ok (${-diff} B less)` : `OVER BUDGET (${diff} B more)`}`);
}
// The npm tarball: what `npm pack` would publish (listed with SIZE_VERBOSE=1). No source maps (the
// npm build is readable, unminified code), no sources or tests; packed and unpacked budgets.
{
  const { execFileSync } = await import('node:child_process');
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const unwanted = pack.files.map((f) => f.path).filter((p) => /\.map$|^(src|test|scripts|examples|stories|demo)\/|\/(loader|loader-scan|classic|base-path)\.d\.ts$/.test(p));
  const required = ['dist/index.js', 'dist/types/global.d.ts', 'dist/types/react.d.ts', 'dist/types/vue.d.ts', 'dist/web-types.json', 'dist/vscode.html-custom-data.json', 'custom-elements.json', 'dist/cdn/mantelkit.js', 'dist/cdn/mantelkit.classic.js', ...WIDGETS.flatMap((w) => [`dist/${w}.js`, `dist/types/${w}.d.ts`])];
  const missing = required.filter((p) => !pack.files.some((f) => f.path === p));
  // 900/3000 KB for four widgets; 1250/4500 KB with eight (each brings its npm modules, CDN chunks and
  // types); 1950/6500 KB with the four one-language single files (about 150 KB packed each; CDNs that
  // mirror npm serve them from this tarball).
  const budgets = { packed: 1950 * KB, unpacked: 6500 * KB };
  const ok = pack.size <= budgets.packed && pack.unpackedSize <= budgets.unpacked && !unwanted.length && !missing.length;
  failed ||= !ok;
  console.log(`${`npm tarball (${pack.entryCount} files; packed / unpacked)`.padEnd(52)} ${pad(pack.unpackedSize, 9)} ${pad(pack.size, 8)} ${pad('', 8)} ${pad(budgets.packed, 8)}  ${ok ? 'ok' : 'OVER BUDGET or wrong files'}`);
  for (const p of unwanted) console.log(`    should not ship: ${p}`);
  for (const p of missing) console.log(`    missing from the tarball: ${p}`);
  if (process.env.SIZE_VERBOSE) for (const f of pack.files) console.log(`    ${pad(f.size, 9)}  ${f.path}`);
}
// dist/cdn/integrity.json (scripts/release/sri.mjs) must name every CDN file with its current hash.
{
  const { createHash } = await import('node:crypto');
  const file = join(DIST, 'integrity.json');
  const listed = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).files : {};
  const all = readdirSync(DIST, { recursive: true }).map(String).filter((f) => f.endsWith('.js'));
  const wrong = all.filter((f) => listed[f] !== `sha384-${createHash('sha384').update(readFileSync(join(DIST, f))).digest('base64')}`);
  failed ||= wrong.length > 0;
  console.log(`${`SRI file (cdn/integrity.json, ${all.length} files)`.padEnd(52)} ${wrong.length ? `WRONG: ${wrong.slice(0, 3).join(', ')}` : 'ok'}`);
}
if (failed) {
  console.error('Size budget exceeded (or files missing).');
  process.exit(1);
}
