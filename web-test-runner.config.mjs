import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { widgetPage } from './test/e2e/pages.mjs';
import { hostilePage, PARTNER_OFFERS } from './test/e2e/hostile-pages.mjs';

// CHROME_PATH first, then the usual Linux locations.
function findChrome() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error('No Chromium found: set CHROME_PATH or install Debian chromium (apt-get install chromium).');
  return found;
}

// Prints "N passed, N failed, N skipped" as the very last line (CI reads it).
// A test file that fails to load counts as a failure (wtr itself reports 0 failed for it).
function countReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (s) => {
        for (const t of s.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        s.suites.forEach(walk);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (s.errors?.length || (s.passed === false && !s.testResults)) failed++;
      }
      process.once('exit', () => console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`));
    },
  };
}

// emulateMedia({ forcedColors }) is Playwright-only; with the Chrome launcher use CDP directly.
function forcedColorsPlugin() {
  const cdp = new WeakMap();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!cdp.has(page)) cdp.set(page, await page.createCDPSession());
      await cdp.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.value }] });
      return true;
    },
  };
}

// `list-files` { dir }: every .ts file under a folder of src/ (the data bar imports each one, so a
// new data file cannot be left out of the check). Paths relative to the project, sorted.
function listFilesPlugin() {
  return {
    name: 'list-files',
    executeCommand({ command, payload }) {
      if (command !== 'list-files') return undefined;
      const dir = resolve(payload.dir);
      if (relative(resolve('src'), dir).startsWith('..')) throw new Error(`list-files: ${payload.dir} is outside src/`);
      return readdirSync(dir, { recursive: true })
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
        .map((f) => relative(process.cwd(), join(dir, f)).split('\\').join('/'))
        .sort();
    },
  };
}

const chromeArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
  // Several test pages run at once: keep background pages' timers and requestAnimationFrame running.
  '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
  // Zero DNS: any request to another host fails loudly (privacy bar) and Chromium cannot phone home.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

const STRICT_CSP = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

export default {
  // e2e pages (test/e2e/pages/) are served with the strict CSP partners may use; built files are not cached.
  middleware: [
    async (ctx, next) => {
      const generated = /^\/test\/e2e\/pages\/([a-z-]+)\.html$/.exec(ctx.path);
      const hostile = /^\/test\/e2e\/pages\/hostile\/([a-z-]+)\.html$/.exec(ctx.path);
      const page = (generated && widgetPage(generated[1])) || (hostile && hostilePage(hostile[1]));
      if (page) {
        ctx.type = 'html';
        ctx.body = page;
      } else if (ctx.path === '/test/e2e/partner/offers.json') {
        // Partner JSON for the `src` pages; `?delay=ms` answers late, like a slow partner server.
        const delay = Math.min(Number(ctx.query.delay) || 0, 10_000);
        if (delay) await new Promise((r) => setTimeout(r, delay));
        ctx.type = 'json';
        ctx.body = JSON.stringify(PARTNER_OFFERS);
      } else if (/^\/test\/embed\/pages\/(embed|configure)\.html$/.test(ctx.path)) {
        // The built iframe page / the configurator as shipped, with the e2e recorder and axe as static
        // tags first (no CSP exception needed) and a <base> so their own relative URLs still resolve.
        const embed = ctx.path.endsWith('/embed.html');
        const [file, base] = embed ? ['dist/cdn/embed.html', '/dist/cdn/'] : ['demo/configure.html', '/demo/'];
        const inject = `<base href="${base}"><script src="/test/e2e/pages/record.js"></script><script src="/node_modules/axe-core/axe.min.js"></script>`;
        ctx.type = 'html';
        ctx.body = readFileSync(file, 'utf8').replace(/(<meta http-equiv="Content-Security-Policy"[^>]*>)/, `$1${inject}`);
      } else await next();
      if (ctx.path.startsWith('/test/e2e/pages/')) ctx.set('Content-Security-Policy', STRICT_CSP);
      if (ctx.path.startsWith('/dist/')) ctx.set('Cache-Control', 'no-store');
    },
  ],
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : 'test/**/*.test.ts',
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 2,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }), forcedColorsPlugin(), listFilesPlugin()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countReporter()],
  browsers: [chromeLauncher({
    // One browser context per test page: a page that shares a window with others is "in the background"
    // and gets no requestAnimationFrame (modernweb-dev/web#2588), which hangs fixtures at random.
    createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    launchOptions: {
    executablePath: findChrome(),
    headless: true,
    args: [...chromeArgs, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'wtr-chrome-'))}`],
  } })],
  testFramework: { config: { timeout: 20000 } },
};
