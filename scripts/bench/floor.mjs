// The floor pages the bench compares against, bundled the same way as the CDN build (node-resolve,
// esbuild, the template minifier, terser with the same options):
// - hello: Lit and one element (a paragraph and a counter button), nothing else;
// - floor(widget, lang): hello plus the widget's own text in that language and its data, i.e. every
//   module of the widget's graph (static and lazy imports) under src/i18n/ named <lang>.ts, under
//   src/i18n/ not named after a language (shared figures), and under src/data/. Bytes a widget page
//   needs at the very least, whatever the chunking.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { resolve, sep } from 'node:path';
import { minifyTemplates } from '../rollup/minify-templates.mjs';

const LANGS = ['nl', 'fr', 'en', 'de'];
const HELLO = `import { LitElement, html, css } from 'lit';
class MzHello extends LitElement {
  static properties = { n: { type: Number } };
  static styles = css\`:host { display: block; }\`;
  constructor() { super(); this.n = 0; }
  render() { return html\`<p>Hallo \${this.n}</p><button type="button" @click=\${() => this.n++}>+1</button>\`; }
  firstUpdated() { this.dispatchEvent(new CustomEvent('mz-ready', { bubbles: true, composed: true })); }
}
customElements.define('mz-hello', MzHello);
`;

const plugins = (virtual) => [
  {
    name: 'bench-virtual',
    resolveId: (id) => (id in virtual ? id : null),
    load: (id) => (id in virtual ? virtual[id] : null),
  },
  minifyTemplates(),
  nodeResolve(),
  esbuild({ tsconfig: './tsconfig.json', target: 'es2021' }),
];
const min = () => terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } });

async function bundle(code) {
  const b = await rollup({ input: 'entry', plugins: plugins({ entry: code }), onwarn: () => {} });
  const { output } = await b.generate({ format: 'es', inlineDynamicImports: true, plugins: [min()] });
  await b.close();
  return output[0].code;
}

/** Lit + one element: the floor page's script. */
export const helloBundle = () => bundle(HELLO);

/** Every source file the widget's define module reaches, lazy imports included. */
export async function widgetModules(widget) {
  const b = await rollup({
    input: resolve(`src/components/${widget}/define.ts`),
    external: (id) => /^(lit|lit-html|lit-element|@lit\/)/.test(id),
    plugins: [nodeResolve(), esbuild({ tsconfig: './tsconfig.json', target: 'es2021' })],
    onwarn: () => {},
  });
  const files = b.watchFiles.filter((f) => f.startsWith(resolve('src') + sep));
  await b.close();
  return files;
}

/** The widget's text in `lang` and its data (see the header). */
export function floorModules(files, lang) {
  const i18n = resolve('src/i18n') + sep;
  const data = resolve('src/data') + sep;
  return files.filter((f) => {
    if (f.startsWith(data)) return true;
    if (!f.startsWith(i18n)) return false;
    const base = f.slice(f.lastIndexOf(sep) + 1).replace(/\.ts$/, '');
    return base === lang || !LANGS.includes(base);
  });
}

/** The floor page's script for one widget in one language. */
export function floorBundle(files) {
  const code = HELLO + files.map((f, i) => `export * as m${i} from ${JSON.stringify(f)};`).join('\n');
  return bundle(code);
}
