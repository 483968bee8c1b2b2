// Dev tool: full-page screenshots of every widget's RESULTS (375 px and 1280 px) and of the demo
// page (320 px and 1280 px), per language, into .screenshots/ (git-ignored). Look at them before
// calling a change done.
// Usage: npm run screenshots [-- nl fr en de]   (builds first; or: node scripts/screenshots.mjs nl)
//
// The results are reached by the walks in examples/*.examples.ts (the same drives as the contract
// tests), run against the BUILT bundle (dist/) on a small page served with the demo server; the
// examples are bundled in memory with esbuild. Cases are listed by example
// name in CASES below; a name that does not exist (yet) is skipped with a warning, not a failure.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { serveFree } from './serve.mjs';

/** One table: file name → widget tag and example name (examples/<widget>.examples.ts). */
const CASES = [
  ['leave-private-fulltime', 'mz-leave-calculator', 'result: can use (recognised neighbour)'],
  ['leave-four-fifths', 'mz-leave-calculator', 'result: part-timer, palliative friend'],
  ['leave-flemish-civil-servant', 'mz-leave-calculator', 'result: Flemish civil servant'],
  ['leave-flemish-government-ask-hr', 'mz-leave-calculator', 'result: ask HR (Flemish government)'],
  ['finder-guided', 'mz-association-finder', 'result: dementia, peers and respite, CM member'],
  ['finder-guided-all', 'mz-association-finder', 'result: dementia, peers and respite, CM member, all shown'],
  ['finder-danger', 'mz-association-finder', 'result: danger'],
  ['finder-list', 'mz-association-finder', 'list view'],
  ['quiz-young-carer', 'mz-recognition-quiz', 'young: result young_carer'],
  ['quiz-young-urgent', 'mz-recognition-quiz', 'young: result urgent'],
  ['overload-low', 'mz-overload-check', 'result: low'],
  ['overload-high', 'mz-overload-check', 'result: high'],
  ['overload-urgent', 'mz-overload-check', 'result: urgent'],
  ['rights-care-home', 'mz-rights-overview', 'result: mother in a Flemish care home'],
  ['rights-young-carer', 'mz-rights-overview', 'result: young carer'],
  ['hinge-discharge', 'mz-hinge-moment', 'checklist: discharge, nobody at home, nursing in place'],
  ['hinge-care-home', 'mz-hinge-moment', 'checklist: care home (amount and complaint line)'],
  ['policy-mixed', 'mz-policy-scan', 'result: mixed (strongest find, weakest relieve)'],
  ['employer-mixed', 'mz-employer-scan', 'result: mixed'],
];
const RESULT_WIDTHS = [375, 1280];
const DEMO_WIDTHS = [320, 1280];

const langs = process.argv.slice(2).length ? process.argv.slice(2) : ['nl'];
const out = '.screenshots';
mkdirSync(out, { recursive: true });

// The examples as one browser module (they import only examples/harness.ts, never src/), built in
// memory and answered by request interception: nothing but the PNGs is written into the repo.
const entry = [
  "import { recognitionQuizExamples } from './examples/recognition-quiz.examples.js';",
  "import { associationFinderExamples } from './examples/association-finder.examples.js';",
  "import { leaveCalculatorExamples } from './examples/leave-calculator.examples.js';",
  "import { overloadCheckExamples } from './examples/overload-check.examples.js';",
  "import { hingeMomentExamples } from './examples/hinge-moment.examples.js';",
  "import { rightsOverviewExamples } from './examples/rights-overview.examples.js';",
  "import { policyScanExamples } from './examples/policy-scan.examples.js';",
  "import { employerScanExamples } from './examples/employer-scan.examples.js';",
  "import { describeReached, isReached } from './examples/harness.js';",
  'export const ALL = [recognitionQuizExamples, associationFinderExamples, leaveCalculatorExamples, overloadCheckExamples, hingeMomentExamples, rightsOverviewExamples, policyScanExamples, employerScanExamples];',
  'export { describeReached, isReached };',
].join('\n');
const bundle = await build({ stdin: { contents: entry, resolveDir: '.', loader: 'ts' }, bundle: true, format: 'esm', target: 'es2022', write: false, logLevel: 'error' });
const VIRTUAL = {
  '/__shots/examples.js': { contentType: 'text/javascript; charset=utf-8', body: bundle.outputFiles[0].text },
  '/__shots/case.html': {
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Mantelkit result</title>
  <style>body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; } @media (max-width: 480px) { body { padding: 8px; } }</style>
  <script type="module" src="/dist/cdn/index.js"></script>
</head>
<body><main id="case"></main></body>
</html>
`,
  },
};

const { server, port } = await serveFree({ port: 8766 });
const origin = `http://127.0.0.1:${port}`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    `--user-data-dir=${mkdtempSync(join(tmpdir(), 'mz-shots-'))}`],
});

/** Mounts the named example in the page, runs its walk and checks the state it must reach. */
async function showCase(page, tag, name, lang) {
  return page.evaluate(async (tag, name, lang) => {
    const { ALL, isReached, describeReached } = await import('/__shots/examples.js');
    const example = ALL.find((w) => w.tag === tag)?.examples.find((e) => e.name === name);
    if (!example) return { missing: true };
    await customElements.whenDefined(tag);
    document.documentElement.lang = lang;
    const main = document.getElementById('case');
    main.innerHTML = example.html;
    const el = main.firstElementChild;
    await el.updateComplete;
    await el.updateComplete;
    await example.drive?.(el);
    await el.updateComplete;
    const ok = isReached(el.shadowRoot, example.reached);
    // The page scrolls to the widget's top on step changes: back to the top for a full-page shot.
    window.scrollTo(0, 0);
    return { ok, reached: describeReached(example.reached), height: Math.round(el.getBoundingClientRect().height) };
  }, tag, name, lang);
}

let problems = 0;
try {
  for (const lang of langs) {
    for (const [file, tag, name] of CASES) {
      for (const width of RESULT_WIDTHS) {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
        await page.setRequestInterception(true);
        page.on('request', (req) => {
          const v = VIRTUAL[new URL(req.url()).pathname];
          if (v) void req.respond({ status: 200, contentType: v.contentType, body: v.body });
          else void req.continue();
        });
        await page.setViewport({ width, height: 800 });
        await page.goto(`${origin}/__shots/case.html`, { waitUntil: 'networkidle0' });
        let r;
        try {
          r = await showCase(page, tag, name, lang);
        } catch (error) {
          r = { ok: false, reached: String(error?.message ?? error) };
        }
        if (r.missing) {
          console.warn(`warning: no example "${name}" in <${tag}> (not there yet?): ${file} skipped`);
          await page.close();
          break;
        }
        await new Promise((ok) => setTimeout(ok, 300));
        const path = join(out, `${file}-${lang}-${width}.png`);
        await page.screenshot({ path, fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        const notes = [`${r.height ?? '?'} px tall`];
        if (!r.ok) notes.push(`NOT REACHED: ${r.reached}`);
        if (overflow > 0) notes.push(`horizontal overflow ${overflow}px!`);
        if (errors.length) notes.push(`page errors: ${errors.join(' | ')}`);
        if (!r.ok || overflow > 0 || errors.length) problems++;
        console.log(`${path}  (${notes.join('; ')})`);
        await page.close();
      }
    }
    for (const width of DEMO_WIDTHS) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.goto(`${origin}/demo/`, { waitUntil: 'networkidle0' });
      await page.evaluate((l) => { document.documentElement.lang = l; }, lang);
      await new Promise((r) => setTimeout(r, 500));
      const path = join(out, `demo-${lang}-${width}.png`);
      await page.screenshot({ path, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      console.log(`${path}${overflow > 0 ? `  (horizontal overflow ${overflow}px!)` : ''}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (problems) {
  console.error(`${problems} screenshot(s) with a problem (see above)`);
  process.exitCode = 1;
}
