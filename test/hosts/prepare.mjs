// Real hosts (React 19, Vue 3, a CMS page) consuming the PACKED tarball, as a partner would, with no
// network: `npm pack` → unpacked into each host's node_modules/mantelkit (its dependencies, lit and
// the frameworks, come from this repo's node_modules). Then type-check, build and SSR. The browser
// walk is test/hosts/*.test.ts (npm test). Run after `npm run build`: `node test/hosts/prepare.mjs`.
// Each check prints one line; any failure exits 1. Negative controls: a host without the type entry
// points must fail to type-check, with the error partners saw before.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const HOSTS = resolve(import.meta.dirname);
const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const started = Date.now();
let failed = 0;

function run(label, cmd, args, { cwd = ROOT, expectFail = null } = {}) {
  const t = Date.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  const ok = expectFail ? r.status !== 0 && expectFail.test(out) : r.status === 0;
  console.log(`hosts: ${ok ? 'ok  ' : 'FAIL'} ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  if (!ok) {
    failed++;
    console.log(out.split('\n').slice(0, 40).map((l) => `    ${l}`).join('\n'));
  }
  return out;
}

if (!existsSync(join(ROOT, 'dist/index.js'))) {
  console.error('hosts: dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// 1. The tarball, unpacked into each host.
const tmp = mkdtempSync(join(tmpdir(), 'mantelkit-pack-'));
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const tarball = join(tmp, pack.filename);
const unpack = (dir) => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
};
for (const host of ['react', 'vue']) unpack(join(HOSTS, host, 'node_modules/mantelkit'));
console.log(`hosts: packed ${pack.filename} (${pack.entryCount} files, ${pack.size} B)`);

// 2. React 19 + Vite: tsc (no casts, @ts-expect-error lines prove the types are not `any`), the
// negative control, the build, and SSR with the widget imported in Node.
const react = join(HOSTS, 'react');
run('react: tsc', process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(react, 'tsconfig.json')]);
run('react: tsc without mantelkit/react fails (negative control)', process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(react, 'tsconfig.without-types.json')], { expectFail: /Property 'mz-leave-calculator' does not exist on type 'JSX\.IntrinsicElements'/ });
run('react: vite build', bin('vite'), ['build', '--config', join(react, 'vite.config.mjs')], { cwd: react });
const ssr = run('react: renderToString with the widget imported in Node', process.execPath, [join(react, 'ssr.mjs')], { cwd: react });
try {
  const { html, defined } = JSON.parse(ssr);
  const ok = defined && html.includes('<mz-leave-calculator status="privateEmployee" workplace-region="flanders">') && html.includes('Verlof voor mantelzorgers');
  console.log(`hosts: ${ok ? 'ok  ' : 'FAIL'} react: SSR markup keeps the tag, its attributes and the fallback link`);
  if (!ok) failed++;
} catch {
  failed++;
}

// 3. Vue 3 + Vite: vue-tsc with strictTemplates, the negative control, the build.
const vue = join(HOSTS, 'vue');
run('vue: vue-tsc --strictTemplates', bin('vue-tsc'), ['-p', join(vue, 'tsconfig.json')], { cwd: vue });
run('vue: vue-tsc without mantelkit/vue fails (negative control)', bin('vue-tsc'), ['-p', join(vue, 'tsconfig.without-types.json')], { cwd: vue, expectFail: /mz-leave-calculator/ });
run('vue: vite build', bin('vite'), ['build', '--config', join(vue, 'vite.config.mjs')], { cwd: vue });

// 4. CMS page: the CDN files copied as a webmaster would, jQuery, and one aggregated script file
// (jQuery + a site script + the classic script), as Drupal or Autoptimize make.
const site = join(HOSTS, 'cms/site');
const vendor = join(site, 'vendor');
rmSync(vendor, { recursive: true, force: true });
rmSync(join(site, 'files'), { recursive: true, force: true });
const unpacked = join(HOSTS, 'react/node_modules/mantelkit');
cpSync(join(unpacked, 'dist/cdn'), join(vendor, 'mantelkit'), { recursive: true });
cpSync(join(ROOT, 'node_modules/jquery/dist/jquery.min.js'), join(vendor, 'jquery.min.js'));
mkdirSync(join(site, 'files/js'), { recursive: true });
writeFileSync(join(site, 'files/js/js_aggregated_abc123.js'), [
  readFileSync(join(vendor, 'jquery.min.js'), 'utf8'),
  readFileSync(join(site, 'site.js'), 'utf8'),
  readFileSync(join(vendor, 'mantelkit/mantelkit.classic.js'), 'utf8'),
].join('\n;\n'));
console.log('hosts: ok   cms: vendor files and the aggregated script written');

rmSync(tmp, { recursive: true, force: true });
console.log(`hosts: ${failed ? `${failed} FAILED` : 'all ok'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
