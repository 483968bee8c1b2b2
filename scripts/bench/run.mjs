// `npm run bench`: what a one-widget page costs, side by side with a Lit hello-world page, in one run
// (docs/performance.md explains every figure). Builds first (npm script). Figures are reported, never
// asserted; the byte budgets that fail CI are in `npm run size`.
//
//   npm run bench -- [--runs 5] [--widgets leave-calculator,overload-check] [--langs nl,fr]
//                    [--no-lighthouse] [--write-readme]
//
// --write-readme rewrites the block between the bench markers in README.md and docs/performance.md.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { WIDGETS } from '../widgets.mjs';
import { floorBundle, floorModules, helloBundle, widgetModules } from './floor.mjs';
import { benchServer } from './server.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(opt('--runs', process.env.BENCH_RUNS ?? 5));
const LANGS = opt('--langs', 'nl,fr,en,de').split(',');
const only = opt('--widgets');
const widgets = only ? WIDGETS.filter((w) => only.split(',').includes(w.name)) : WIDGETS;
const LIGHTHOUSE = !args.includes('--no-lighthouse');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CPU = 4;
/** Pause between the first render and the walk (someone reading the intro). */
const READ_MS = 2000;
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--mute-audio'];

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => (Number.isFinite(n) ? n.toFixed(0) : '–');
const log = (...m) => process.stderr.write(`${m.join(' ')}\n`);

// ---- pages --------------------------------------------------------------------------------------
const TITLES = { nl: 'Mantelzorg', fr: 'Aidants proches', en: 'Caring', de: 'Pflegende Angehörige' };
const TEXT = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(6);
/** A plain partner page: a heading, a paragraph, the widget, more text below (which would shift). */
const page = (lang, body, script = '<script type="module" src="/dist/cdn/mantelkit.js"></script>') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TITLES[lang]}</title>${script}</head>
<body><main><h1>${TITLES[lang]}</h1><p>${TEXT}</p>
${body}
<p>${TEXT}</p><p>${TEXT}</p></main></body></html>`;

// The walks come from the examples (TypeScript): bundled once for the pages, once for Node (their markup).
const bundleClient = async (format, platform) => (await build({ entryPoints: ['scripts/bench/client.mjs'], bundle: true, format, platform, write: false, target: 'es2021', logLevel: 'error' })).outputFiles[0].text;
const client = await bundleClient('iife', 'browser');
const nodeCopy = join(mkdtempSync(join(tmpdir(), 'mz-bench-')), 'client.mjs');
writeFileSync(nodeCopy, await bundleClient('esm', 'node'));
const { walkExample } = await import(nodeCopy);
const examples = Object.fromEntries(widgets.map((w) => [w.tag, walkExample(w.tag).html]));

log('bench: building the floor bundles…');
const hello = await helloBundle();
const pages = new Map([['/bench/hello.js', hello], ['/bench/hello.html', page('nl', '<mz-hello></mz-hello>', '<script type="module" src="/bench/hello.js"></script>')]]);
const floor = {};
for (const w of widgets) {
  const files = await widgetModules(w.name);
  floor[w.name] = {};
  for (const lang of LANGS) {
    const code = Buffer.from(await floorBundle(floorModules(files, lang)));
    floor[w.name][lang] = { gz: gz(code), br: br(code) };
  }
  for (const lang of LANGS) pages.set(`/bench/${w.name}/${lang}.html`, page(lang, `<${w.tag}><a href="https://www.mantelzorgers.be">${TITLES[lang]}</a></${w.tag}>`));
  pages.set(`/bench/${w.name}/walk.html`, page('nl', examples[w.tag]));
}
const helloBytes = { gz: gz(Buffer.from(hello)), br: br(Buffer.from(hello)) };

const { server, origin } = await benchServer(pages);
const browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: [...CHROME_ARGS, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'mz-bench-'))}`] });

/** Page-side records: first render (mz-ready), long tasks, layout shifts. */
function record() {
  window.__mz = { ready: NaN, tasks: [], cls: 0 };
  document.addEventListener('mz-ready', () => (window.__mz.ready = window.__mz.ready || performance.now()), true);
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__mz.tasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) window.__mz.cls += e.value; })).observe({ type: 'layout-shift', buffered: true });
}

async function open(path, { throttle = false } = {}) {
  const p = await browser.newPage();
  // Lighthouse's mobile screen (Moto G Power): Chromium may paint before the module loader runs there.
  await p.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  await p.setCacheEnabled(false);
  const cdp = await p.createCDPSession();
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await p.evaluateOnNewDocument(record);
  const requests = [];
  p.on('requestfinished', (r) => requests.push({ url: r.url(), at: Date.now() }));
  const t0 = Date.now();
  await p.goto(origin + path, { waitUntil: 'load' });
  await p.waitForFunction(() => window.__mz.ready > 0, { timeout: 30000 });
  await p.waitForNetworkIdle({ idleTime: 500, timeout: 30000 }).catch(() => {});
  return { p, cdp, requests, t0 };
}

const fileBytes = (url) => {
  const path = new URL(url).pathname;
  return pages.has(path) ? Buffer.from(pages.get(path)) : readFileSync(`.${decodeURIComponent(path)}`);
};

// ---- bytes per one-widget page per language ------------------------------------------------------
log('bench: bytes per page…');
const bytes = {};
const shifts = {};
for (const w of widgets) {
  bytes[w.name] = {};
  shifts[w.name] = 0;
  for (const lang of LANGS) {
    const { p, requests } = await open(`/bench/${w.name}/${lang}.html`);
    const scripts = requests.map((r) => r.url).filter((u) => /\.js$/.test(new URL(u).pathname));
    const files = scripts.map(fileBytes);
    await new Promise((r) => setTimeout(r, 500));
    shifts[w.name] = Math.max(shifts[w.name], await p.evaluate(() => window.__mz.cls));
    bytes[w.name][lang] = { gz: files.reduce((s, b) => s + gz(b), 0), br: files.reduce((s, b) => s + br(b), 0), files: scripts.length };
    await p.close();
  }
}

// ---- time: first render, steps, result, longest task, heap (4x CPU throttling) --------------------
log(`bench: timing, ${RUNS} runs per page at ${CPU}x CPU throttling…`);
async function timeOnce(path, tag) {
  const { p, cdp } = await open(path, { throttle: true });
  const first = await p.evaluate(() => window.__mz.ready);
  // A reader reads the intro before pressing "Start": the page's idle work (formatter warm-up) runs then.
  await new Promise((r) => setTimeout(r, READ_MS));
  await p.addScriptTag({ content: client });
  const walkStart = await p.evaluate(() => performance.now());
  const walk = await p.evaluate((t) => (t === 'mz-hello' ? window.__mzBench.floorStep() : window.__mzBench.walk(t)), tag);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const tasks = await p.evaluate(() => window.__mz.tasks);
  await p.close();
  if (!walk.reached) throw new Error(`${tag}: the walk "${walk.example}" did not reach its state`);
  return {
    first, heap, example: walk.example,
    longestLoad: Math.max(0, ...tasks.filter(([t]) => t < walkStart).map(([, d]) => d)),
    longest: Math.max(0, ...tasks.filter(([t]) => t >= walkStart).map(([, d]) => d)),
    step: median(walk.ordinary), stepWorst: Math.max(...walk.ordinary), stepTask: median(walk.ordinaryTask),
    result: walk.result, resultTask: walk.resultTask,
  };
}
const timing = {};
for (const [name, path, tag] of [['Lit hello-world', '/bench/hello.html', 'mz-hello'], ...widgets.map((w) => [w.name, `/bench/${w.name}/walk.html`, w.tag])]) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timeOnce(path, tag));
  const m = (k) => median(runs.map((r) => r[k]));
  timing[name] = { example: runs[0].example, first: m('first'), step: m('step'), stepWorst: m('stepWorst'), stepTask: m('stepTask'), result: m('result'), resultTask: m('resultTask'), longestLoad: m('longestLoad'), longest: m('longest'), heap: m('heap') };
  log(`  ${name}: ${JSON.stringify(timing[name])}`);
}
await browser.close();

// ---- Lighthouse (mobile) --------------------------------------------------------------------------
const lh = {};
if (LIGHTHOUSE) {
  log('bench: Lighthouse (mobile)…');
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ['--headless=new', ...CHROME_ARGS] });
  try {
    for (const [name, path] of [['demo page', '/demo/'], ['Lit hello-world', '/bench/hello.html'], ...widgets.map((w) => [w.name, `/bench/${w.name}/nl.html`])]) {
      const r = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const a = r.lhr.audits;
      lh[name] = { score: Math.round(r.lhr.categories.performance.score * 100), tbt: a['total-blocking-time'].numericValue, cls: a['cumulative-layout-shift'].numericValue, lcp: a['largest-contentful-paint'].numericValue };
      log(`  ${name}: ${JSON.stringify(lh[name])}`);
    }
  } finally {
    chrome.kill();
  }
}
server.close();

// ---- report ---------------------------------------------------------------------------------------
const cell = (b, f) => `${kb(b.gz)} / ${kb(b.br)} · ${(b.gz / f.gz).toFixed(2)}×`;
const lines = [];
lines.push(`Bytes of script a one-widget page requests (gzip / brotli KB, each file compressed on its own) and the ratio to its floor (gzip). Lit hello-world: ${kb(helloBytes.gz)} / ${kb(helloBytes.br)} KB.`);
lines.push('');
lines.push(`| widget | ${LANGS.join(' | ')} | floor ${LANGS.join(' / ')} (gzip KB) |`);
lines.push(`|---|${LANGS.map(() => '---:').join('|')}|---:|`);
for (const w of widgets) lines.push(`| ${w.name} | ${LANGS.map((l) => cell(bytes[w.name][l], floor[w.name][l])).join(' | ')} | ${LANGS.map((l) => kb(floor[w.name][l].gz)).join(' / ')} |`);
lines.push('');
lines.push(`Time at ${CPU}× CPU throttling, medians of ${RUNS} runs (ms); heap after the result (MB); CLS of the language pages without partner CSS (largest; see docs/performance.md on the first paint)${LIGHTHOUSE ? '; Lighthouse mobile performance score (TBT ms, CLS)' : ''}.`);
lines.push('');
lines.push(`| page | first render | ordinary step: update / to next frame (worst) | result: update / until drawn | longest task: load / walk | heap | CLS |${LIGHTHOUSE ? ' Lighthouse |' : ''}`);
lines.push(`|---|---:|---:|---:|---:|---:|---:|${LIGHTHOUSE ? '---:|' : ''}`);
for (const name of Object.keys(timing)) {
  const t = timing[name];
  const l = lh[name];
  const cls = name in shifts ? shifts[name].toFixed(3) : '–';
  lines.push(`| ${name} | ${ms(t.first)} | ${ms(t.stepTask)} / ${ms(t.step)} (${ms(t.stepWorst)}) | ${ms(t.resultTask)} / ${ms(t.result)} | ${ms(t.longestLoad)} / ${t.longest ? ms(t.longest) : '< 50'} | ${(t.heap / 1048576).toFixed(1)} | ${cls} |${LIGHTHOUSE ? ` ${l ? `${l.score} (${ms(l.tbt)}, ${l.cls.toFixed(2)})` : '–'} |` : ''}`);
}
if (LIGHTHOUSE && lh['demo page']) lines.push('', `Demo page (all widgets): Lighthouse mobile ${lh['demo page'].score} (TBT ${ms(lh['demo page'].tbt)} ms, CLS ${lh['demo page'].cls.toFixed(3)}, LCP ${ms(lh['demo page'].lcp)} ms).`);
lines.push('', `Walks: ${Object.entries(timing).map(([n, t]) => `${n}: “${t.example}”`).join('; ')}. Measured ${new Date().toISOString().slice(0, 10)}, headless Chromium, Node ${process.versions.node}.`);
const report = lines.join('\n');
console.log(report);

if (args.includes('--write-readme')) {
  for (const file of ['README.md', 'docs/performance.md']) {
    const text = readFileSync(file, 'utf8');
    const re = /(<!-- bench:start[^>]*-->\n)[\s\S]*?(\n<!-- bench:end -->)/;
    if (!re.test(text)) throw new Error(`${file} has no <!-- bench:start --> … <!-- bench:end --> block`);
    writeFileSync(file, text.replace(re, (_, a, b) => `${a}${report}${b}`));
    log(`bench: wrote ${file}`);
  }
}
