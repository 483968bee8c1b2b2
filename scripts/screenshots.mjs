// Dev tool: screenshots of the built demo page (every widget, start state) at 320 px and 1280 px,
// per language, into .screenshots/. Look at them before calling a change done.
// Usage: npm run build && node scripts/screenshots.mjs [nl fr en de]
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { serve } from './serve.mjs';

const langs = process.argv.slice(2).length ? process.argv.slice(2) : ['nl'];
const out = '.screenshots';
mkdirSync(out, { recursive: true });
const server = await serve({ port: 8766 });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    `--user-data-dir=${mkdtempSync(join(tmpdir(), 'mz-shots-'))}`],
});
try {
  for (const lang of langs) {
    for (const width of [320, 1280]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.goto('http://127.0.0.1:8766/demo/', { waitUntil: 'networkidle0' });
      await page.evaluate((l) => { document.documentElement.lang = l; }, lang);
      await new Promise((r) => setTimeout(r, 500));
      const file = join(out, `demo-${lang}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      console.log(`${file}${overflow > 0 ? `  (horizontal overflow ${overflow}px!)` : ''}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
