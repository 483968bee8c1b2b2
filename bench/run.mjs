// `npm run bench`: timing figures (not tests). Serves the built demo, opens it in headless Chromium
// N times and reports the time until every widget dispatched mz-ready, plus the size table.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { serve } from '../scripts/serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const server = await serve({ port: 8765 });
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    `--user-data-dir=${mkdtempSync(join(tmpdir(), 'mz-bench-'))}`],
});
const times = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => {
      window.__ready = [];
      document.addEventListener('mz-ready', (e) => window.__ready.push([e.target.localName, performance.now()]));
    });
    await page.goto('http://127.0.0.1:8765/demo/', { waitUntil: 'load' });
    await page.waitForFunction(() => window.__ready.length >= document.querySelectorAll('main :is(mz-recognition-quiz, mz-overload-check, mz-leave-calculator, mz-association-finder)').length, { timeout: 10000 });
    times.push(await page.evaluate(() => Math.max(...window.__ready.map((r) => r[1]))));
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
times.sort((a, b) => a - b);
console.log(`demo page, all widgets ready (ms after navigation start), ${RUNS} runs: median ${times[Math.floor(times.length / 2)].toFixed(0)}, min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)}`);
execFileSync(process.execPath, ['scripts/size.mjs'], { stdio: 'inherit' });
