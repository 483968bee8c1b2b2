// Measures each widget's intro height (px and rem) per language at 375 and 1280 px wide, for the
// loading reserve in src/loader-reserve.ts. Needs `npm run build` first.
//   node scripts/bench/reserve.mjs
import puppeteer from 'puppeteer-core';
import { WIDGETS } from '../widgets.mjs';
import { benchServer } from './server.mjs';

const LANGS = ['nl', 'fr', 'en', 'de'];
const pages = new Map();
for (const w of WIDGETS) for (const lang of LANGS) pages.set(`/r/${w.name}/${lang}.html`, `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><script type="module" src="/dist/cdn/mantelkit.js"></script></head><body><${w.tag}></${w.tag}></body></html>`);
const { server, origin } = await benchServer(pages);
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  console.log('widget'.padEnd(24), LANGS.map((l) => `${l} 375/1280`.padStart(14)).join(''), '  max rem');
  for (const w of WIDGETS) {
    const row = [];
    let max = 0;
    for (const lang of LANGS) {
      const hs = [];
      for (const width of [375, 1280]) {
        const p = await browser.newPage();
        await p.setViewport({ width, height: 800 });
        await p.goto(`${origin}/r/${w.name}/${lang}.html`, { waitUntil: 'load' });
        await p.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('.mz-root'), {}, w.tag);
        await new Promise((r) => setTimeout(r, 300));
        hs.push(await p.evaluate((t) => document.querySelector(t).getBoundingClientRect().height, w.tag));
        await p.close();
      }
      max = Math.max(max, ...hs);
      row.push(hs.map((h) => h.toFixed(0)).join('/').padStart(14));
    }
    console.log(w.tag.padEnd(24), row.join(''), `  ${(max / 16).toFixed(1)}`);
  }
} finally {
  await browser.close();
  server.close();
}
