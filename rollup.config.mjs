import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates } from './scripts/rollup/minify-templates.mjs';
import { oneLanguage } from './scripts/rollup/one-language.mjs';
import { widgetEntries, widgetEntryId } from './scripts/rollup/widget-entries.mjs';
import { WIDGETS } from './scripts/widgets.mjs';

// Two builds (docs/DECISIONS.md, "Package"):
// - dist/      the npm build: unminified ES modules, one file per source module, Lit and @lit/task
//              external (the host's bundler dedupes them with its own Lit), no source maps needed.
// - dist/cdn/  the CDN build for script tags: Lit bundled into the core chunk, minified, hashed
//              chunks, the lazy loader, the classic script and the all-in-one file. Size budgets apply here.
const plugins = () => [minifyTemplates(), nodeResolve(), esbuild({ tsconfig: './tsconfig.json', target: 'es2021' })];
const min = () => terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } });
const isDependency = (id) => /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+)(\/|$)/.test(id);

// Lit and our core go to one shared chunk (budget: 12 KB gz); language catalogs stay separate chunks,
// every language of every namespace its own (Dutch too: no UI, rules or data chunk carries text).
function manualChunks(id) {
  // Lit itself, but not its directives: a directive goes with the widgets that use it.
  if (/\/node_modules\/(lit|lit-html)\/(directives|directive|directive-helpers|async-directive)[./]/.test(id)) return undefined;
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id)) return 'core';
  // Only for pages that set `src` / only on result screens: not part of the core every widget needs.
  if (/\/src\/core\/(fetch-json|print)\.ts$/.test(id)) return undefined;
  // The step flow (controller, field and step templates) and Lit's task controller for lazy rules
  // chunks: shared by the step widgets in their own chunk, budgeted on its own, never in core.
  if (/\/src\/core\/flow\//.test(id) || /\/node_modules\/@lit\/task\//.test(id)) return 'flow';
  if (/\/src\/core\//.test(id)) return 'core';
  // The leave rules, their data and the figures the lazy leave texts read from that data: one chunk,
  // loaded on "Start". Else the data splits off into a chunk of its own (the rules and the reason
  // catalogs both import it), about 200 B gz more on full use. The small modules it imports that load
  // earlier or with other widgets are named, so they keep their own chunk (a manual chunk takes in
  // every unnamed module it imports).
  const shared = /\/src\/(rules\/help\/links|rules\/help\/contact|rules\/leave\/overlay|data\/recognition|i18n\/recognition-figures)\.ts$/.exec(id);
  if (shared) return shared[1].split('/').pop();
  // The leave input bounds: read by the widget's number fields and the rules' strict input; they load with the overlay helpers.
  if (/\/src\/rules\/leave\/bounds\.ts$/.test(id)) return 'overlay';
  // Shared rule helpers (strict input, dated lookup, source lookup): their own chunk, or the leave
  // rules chunk would take them in and every widget that checks input would load the leave rules.
  if (/\/src\/rules\/common\//.test(id)) return 'rules-common';
  // The leave source catalogue (title, publisher, date per URL) goes with the result templates, in
  // the lazy chunk of the leave result (unnamed: one chunk fewer than a chunk of its own).
  if (/\/src\/(rules\/leave\/sources|data\/sources\/leave)\.ts$/.test(id)) return undefined;
  // The URL constants both of those cite: on their own, so neither chunk outgrows 15 KB.
  if (/\/src\/data\/leave\/sources\.ts$/.test(id)) return 'leave-urls';
  if (/\/src\/(rules\/leave\/|data\/leave\/|i18n\/leave-figures\.ts$)/.test(id)) return 'leave-rules';
  return undefined;
}

/**
 * A language chunk (src/i18n/<ns>/<lang>.ts, e.g. src/i18n/quiz/young/fr.ts) is named
 * `i18n/<ns>.<lang>-<hash>.js` (`i18n/quiz-young.fr-….js`), so tests and scripts/size.mjs can tell
 * them apart; every other chunk is `chunks/<name>-<hash>.js`.
 */
function languageChunkNames(chunk) {
  const m = chunk.facadeModuleId && /\/src\/i18n\/(.+)\/(nl|fr|en|de)\.ts$/.exec(chunk.facadeModuleId);
  return m ? `i18n/${m[1].replaceAll('/', '-')}.${m[2]}-[hash].js` : 'chunks/[name]-[hash].js';
}

export default [
  {
    // (a) npm: `mantelkit`, `mantelkit/<widget>` (registers it and exports its class), `mantelkit/rules`.
    input: {
      index: 'src/index.ts',
      rules: 'src/rules/index.ts',
      ...Object.fromEntries(WIDGETS.map((w) => [w.name, widgetEntryId(w.name)])),
    },
    external: isDependency,
    plugins: [widgetEntries(), ...plugins()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: (chunk) => (chunk.isEntry ? '[name].js' : 'lib/[name].js'),
    },
  },
  {
    // (b) CDN: the lazy loader (mantelkit.js), one entry per widget, all-at-once, rules; Lit inside.
    input: {
      mantelkit: 'src/loader.ts',
      index: 'src/index.ts',
      rules: 'src/rules/index.ts',
      ...Object.fromEntries(WIDGETS.map((w) => [w.name, `src/components/${w.name}/define.ts`])),
    },
    plugins: plugins(),
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: languageChunkNames,
      manualChunks,
      plugins: [min()],
    },
  },
  {
    // (c) CDN classic script for CMSs that strip type="module": imports the lazy loader (base-path.ts).
    input: 'src/classic.ts',
    plugins: plugins(),
    output: { file: 'dist/cdn/mantelkit.classic.js', format: 'iife', plugins: [min()] },
  },
  {
    // (d) CDN: everything in one classic file, for hosts that can serve only a single file.
    input: 'src/index.ts',
    plugins: plugins(),
    output: {
      file: 'dist/cdn/mantelkit.all.js',
      format: 'iife',
      name: 'Mantelkit',
      inlineDynamicImports: true,
      plugins: [min()],
    },
  },
  // (d') the same in one language each: mantelkit.all.nl.js, .fr, .en, .de (docs/embedding/single-file.md).
  ...['nl', 'fr', 'en', 'de'].map((lang) => ({
    input: 'src/index.ts',
    plugins: [oneLanguage(lang), ...plugins()],
    output: { file: `dist/cdn/mantelkit.all.${lang}.js`, format: 'iife', name: 'Mantelkit', inlineDynamicImports: true, plugins: [min()] },
  })),
  {
    // (e) the iframe page (dist/cdn/embed.html, docs/embedding/iframe.md) and the parent page's resize
    // helper, and the demo's configurator (docs/embedding/configurator.md): their own small files,
    // never in core or a widget's chunks. Both pages load the lazy loader like any partner page.
    input: { embed: 'src/embed/embed.ts', 'embed-resize': 'src/embed/parent.ts', configure: 'src/embed/configure.ts' },
    plugins: [
      ...plugins(),
      {
        name: 'embed-page',
        generateBundle() {
          for (const fileName of ['embed.html', 'embed.css']) this.emitFile({ type: 'asset', fileName, source: readFileSync(`src/embed/${fileName}`) });
        },
      },
    ],
    // In the CDN folder: the pages load the CDN loader next to them (Lit bundled).
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/embed-[name]-[hash].js', plugins: [min()] },
  },
];
