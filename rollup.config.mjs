import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

// Minifies the CSS inside css`…` templates of our own sources (comments, white space): terser leaves
// template strings alone, and our shared styles are the largest part of the core chunk after Lit.
function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/css`([^`]*)`/g, (_, body) => {
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${min}\``;
      });
      return { code: out, map: null };
    },
  };
}

const plugins = () => [minifyCssTemplates(), nodeResolve(), esbuild({ tsconfig: './tsconfig.json', target: 'es2021' })];
const min = () => terser({ ecma: 2021, module: true, format: { comments: false } });

const WIDGETS = ['recognition-quiz', 'association-finder', 'leave-calculator', 'overload-check'];

// Lit and our core go to one shared chunk (budget: 12 KB gz); language catalogs stay separate chunks.
function manualChunks(id) {
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id)) return 'core';
  if (/\/src\/core\//.test(id) || /\/src\/i18n\/core\/nl\.ts$/.test(id)) return 'core';
  // valibot is one module: give it its own chunk so widgets' schemas do not grow the core chunk.
  // Every widget's size line counts it (scripts/size.mjs).
  if (/\/node_modules\/valibot\//.test(id)) return 'schema';
  return undefined;
}

export default [
  {
    // (a) ES modules: the lazy loader (dist/mantelkit.js), one entry per widget, all-at-once, rules.
    input: {
      mantelkit: 'src/loader.ts',
      index: 'src/index.ts',
      rules: 'src/rules/index.ts',
      ...Object.fromEntries(WIDGETS.map((w) => [w, `src/components/${w}/define.ts`])),
    },
    plugins: plugins(),
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks,
      sourcemap: true,
      plugins: [min()],
    },
  },
  {
    // (b) one classic script with everything, for CMSs that strip type="module".
    input: 'src/index.ts',
    plugins: plugins(),
    output: {
      file: 'dist/mantelkit.classic.js',
      format: 'iife',
      name: 'Mantelkit',
      inlineDynamicImports: true,
      sourcemap: true,
      plugins: [min()],
    },
  },
];
