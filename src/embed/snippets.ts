import { CDN_BASE, CONFIG_PROPERTY, integrityFor, VERSION } from './cdn.js';
import { FALLBACK_LINKS, FRAME_TITLES } from './samples.js';
import { EMBED_WIDGETS, type EmbedLang, type EmbedWidgetId } from './widgets.js';

/** What the webmaster chose in the configurator; every value is already checked. */
export interface SnippetInput {
  widget: EmbedWidgetId;
  lang: EmbedLang;
  /** Attribute name and value ('' for a flag such as `remember`). */
  attrs: Array<[string, string]>;
  /** Theme token (`--mz-…`) and value, only those that differ from the default. */
  tokens: Array<[string, string]>;
  /** The partner JSON object, when there is one. */
  config?: Record<string, unknown>;
  /** Where the partner will host that JSON (https): used as `src` / `config=`. */
  configUrl?: string;
  /** The partner page's origin, for the iframe's height messages. */
  parentOrigin?: string;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attrList = (pairs: Array<[string, string]>): string => pairs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${esc(v)}"`)).join('');
/** JSON for inside a <script> element: `<` escaped, so the text can never close the element. */
export const scriptJson = (v: unknown, indent = 2): string => JSON.stringify(v, null, indent).replace(/</g, '\\u003c');
const indentBy = (text: string, pad: string): string => text.split('\n').map((l) => pad + l).join('\n');

function scriptTag(file: string, module: boolean): string {
  const integrity = integrityFor(file);
  const sri = integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : '';
  return `<script${module ? ' type="module"' : ''} src="${CDN_BASE}${file}"${sri}${module ? '' : ' defer'}></script>`;
}

function tokenRule(i: SnippetInput, selector: string): string {
  if (!i.tokens.length) return '';
  return `${selector} {\n${i.tokens.map(([n, v]) => `  ${n}: ${v};`).join('\n')}\n}`;
}

/** Plain HTML: the lazy loader from the versioned CDN folder, the tag, its partner JSON and a fallback link. */
export function htmlSnippet(i: SnippetInput): string {
  const { tag } = EMBED_WIDGETS[i.widget];
  const link = FALLBACK_LINKS[i.widget];
  const src: Array<[string, string]> = i.configUrl ? [['src', i.configUrl]] : [];
  const lines = [`<!-- Mantelkit ${VERSION}: keep the version in the URL pinned; update it on purpose. -->`, scriptTag('mantelkit.js', true)];
  const rule = tokenRule(i, tag);
  if (rule) lines.push('<!-- Theme: or put this rule in your own stylesheet. -->', `<style>\n${indentBy(rule, '  ')}\n</style>`);
  lines.push(`<${tag} lang="${i.lang}"${attrList([...i.attrs, ...src])}>`);
  if (i.config && !i.configUrl) lines.push(`  <script type="application/json">\n${indentBy(scriptJson(i.config), '  ')}\n  </script>`);
  lines.push(`  <a href="${esc(link.href)}">${esc(link.text)}</a>`, `</${tag}>`);
  return lines.join('\n');
}

/** The embed page's URL with every setting as a query parameter. */
export function iframeUrl(i: SnippetInput): string {
  const q = new URLSearchParams({ widget: i.widget, lang: i.lang });
  for (const [n, v] of i.attrs) q.append(n, v === '' ? '1' : v);
  for (const [n, v] of i.tokens) q.append(n.slice(2), v);
  if (i.configUrl) q.append('config', i.configUrl);
  if (i.parentOrigin) {
    q.append('resize', '1');
    q.append('parent', i.parentOrigin);
  }
  return `${CDN_BASE}embed.html?${q.toString()}`;
}

/** For sites that allow no scripts: the iframe, plus the resize helper when the partner names its origin. */
export function iframeSnippet(i: SnippetInput): string {
  const lines = [
    `<iframe src="${esc(iframeUrl(i))}"`,
    `  title="${esc(FRAME_TITLES[i.widget][i.lang])}" width="100%" height="700" style="border: 0" loading="lazy"></iframe>`,
  ];
  if (i.parentOrigin) lines.push('<!-- Sets the frame to the height of its content, so it never scrolls inside. -->', scriptTag('embed-resize.js', false));
  else lines.push('<!-- Fill in your site\'s address in the configurator for a frame that grows with its content. -->');
  if (i.config && !i.configUrl) lines.push('<!-- Partner JSON in an iframe: put it on your https server and fill in its URL in the configurator. -->');
  return lines.join('\n');
}

function jsConfig(i: SnippetInput): string {
  return i.config ? `const config = ${JSON.stringify(i.config, null, 2)};\n\n` : '';
}

/** React 19: the custom element in JSX (React 19 passes attributes and `onmz-*` events to it). */
export function reactSnippet(i: SnippetInput): string {
  const { tag } = EMBED_WIDGETS[i.widget];
  const name = i.widget.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase());
  const attrs = attrList([['lang', i.lang], ...i.attrs, ...(i.configUrl ? ([['src', i.configUrl]] as Array<[string, string]>) : [])]);
  const child = i.config && !i.configUrl && !CONFIG_PROPERTY
    ? `\n      <script type="application/json" dangerouslySetInnerHTML={{ __html: JSON.stringify(config).replace(/</g, '\\\\u003c') }} />\n    `
    : '';
  const prop = i.config && !i.configUrl && CONFIG_PROPERTY ? ' config={config}' : '';
  const rule = tokenRule(i, tag);
  return [
    `// npm install mantelkit@${VERSION}`,
    `import 'mantelkit/${i.widget}';`,
    ...(rule ? [`// Theme, in your CSS:\n${rule.split('\n').map((l) => `//   ${l}`).join('\n')}`] : []),
    '',
    `${jsConfig(i)}export function ${name}() {`,
    '  return (',
    `    <${tag}${attrs}${prop} onmz-complete={(e) => console.log(e.detail)}>${child}</${tag}>`,
    '  );',
    '}',
  ].join('\n');
}

/** Vue 3: tags starting with mz- are custom elements (compilerOptions.isCustomElement). */
export function vueSnippet(i: SnippetInput): string {
  const { tag } = EMBED_WIDGETS[i.widget];
  const attrs = attrList([['lang', i.lang], ...i.attrs, ...(i.configUrl ? ([['src', i.configUrl]] as Array<[string, string]>) : [])]);
  // Vue drops a <script> child from templates: <component is="script"> keeps it.
  const child = i.config && !i.configUrl && !CONFIG_PROPERTY ? '\n    <component is="script" type="application/json" v-text="JSON.stringify(config)" />\n  ' : '';
  const prop = i.config && !i.configUrl && CONFIG_PROPERTY ? ' :config.prop="config"' : '';
  const rule = tokenRule(i, tag);
  return [
    `<!-- npm install mantelkit@${VERSION}; in vite.config: vue({ template: { compilerOptions: { isCustomElement: (t) => t.startsWith('mz-') } } }) -->`,
    '<script setup>',
    `import 'mantelkit/${i.widget}';`,
    ...(i.config && !i.configUrl ? ['', jsConfig(i).trimEnd()] : []),
    '</script>',
    '',
    '<template>',
    `  <${tag}${attrs}${prop} @mz-complete="(e) => console.log(e.detail)">${child}</${tag}>`,
    '</template>',
    ...(rule ? ['', '<style>', rule, '</style>'] : []),
  ].join('\n');
}
