import { partnerUrl } from '../rules/help/links.js';
import { CDN_BASE, CONFIG_PROPERTY, integrityFor, loadIntegrity, VERSION } from './cdn.js';
import { parentOrigin } from './origin.js';
import { jsonSyntaxIssue, plainIssue, type PlainIssue } from './plain-issues.js';
import { SAMPLES } from './samples.js';
import { htmlSnippet, iframeSnippet, reactSnippet, scriptJson, vueSnippet, type SnippetInput } from './snippets.js';
import { EMBED_WIDGETS, isTokenValue, isWidgetId, LANGS, THEME_TOKENS, WIDGET_IDS, type EmbedAttr, type EmbedLang, type EmbedWidgetId } from './widgets.js';

/**
 * The configurator (demo/configure.html): pick a widget and its settings, check partner JSON against
 * the widget's own validation (its `mz-error` events, told in plain words), see the real element, and
 * copy snippets. Runs under the demo's strict CSP: every node is built with the DOM API, and the JSON
 * child of the preview goes through one Trusted Types policy that only lets valid JSON through.
 */

interface TrustedTypePolicyLike {
  createScript(s: string): unknown;
}
const tt = (window as unknown as { trustedTypes?: { createPolicy(name: string, rules: { createScript(s: string): string }): TrustedTypePolicyLike } }).trustedTypes;
const jsonPolicy = tt?.createPolicy('mantelkit-configure', {
  // Never script: only text that parses as JSON (and is used as type="application/json").
  createScript: (s: string) => {
    JSON.parse(s);
    return s;
  },
});

const byId = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`configure.html lacks #${id}`);
  return el as T;
};

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

const form = byId<HTMLFormElement>('cfg-form');
const widgetSelect = byId<HTMLSelectElement>('cfg-widget');
const langSelect = byId<HTMLSelectElement>('cfg-lang');
const attrBox = byId<HTMLElement>('cfg-attrs-list');
const themeBox = byId<HTMLElement>('cfg-theme-list');
const jsonArea = byId<HTMLTextAreaElement>('cfg-json');
const jsonStatus = byId<HTMLElement>('cfg-json-status');
const configUrlInput = byId<HTMLInputElement>('cfg-config-url');
const parentInput = byId<HTMLInputElement>('cfg-parent');
const preview = byId<HTMLElement>('cfg-preview');

/** One line under a control: empty when fine; the control is marked invalid while it shows. */
function fieldMessage(input: HTMLInputElement, text: string): void {
  const msg = byId<HTMLElement>(`${input.id}-msg`);
  msg.textContent = text;
  if (text) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function attrControl(a: EmbedAttr): HTMLElement {
  const id = `cfg-attr-${a.name}`;
  const help = h('p', { class: 'cfg-help', id: `${id}-help` }, a.help);
  const label = h('label', { for: id }, h('code', {}, a.name));
  if (a.kind === 'flag') {
    const box = h('input', { type: 'checkbox', id, 'data-attr': a.name, 'aria-describedby': `${id}-help` });
    return h('div', { class: 'cfg-field cfg-check' }, box, label, help);
  }
  if (a.kind === 'enum') {
    const select = h('select', { id, 'data-attr': a.name, 'aria-describedby': `${id}-help` }, h('option', { value: '' }, `(default: ${a.values?.[0] ?? ''})`), ...(a.values ?? []).map((v) => h('option', { value: v }, v)));
    return h('div', { class: 'cfg-field' }, label, select, help);
  }
  const input = h('input', {
    id,
    'data-attr': a.name,
    type: a.kind === 'date' ? 'date' : 'url',
    'aria-describedby': `${id}-help ${id}-msg`,
    ...(a.kind === 'url' ? { placeholder: 'https://', inputmode: 'url', autocomplete: 'url' } : {}),
  });
  return h('div', { class: 'cfg-field' }, label, input, help, h('p', { class: 'cfg-msg', id: `${id}-msg` }));
}

function renderAttrs(): void {
  const id = widgetSelect.value as EmbedWidgetId;
  attrBox.replaceChildren(...(EMBED_WIDGETS[id].attrs as readonly EmbedAttr[]).map((a) => attrControl(a)));
}

function renderTheme(): void {
  themeBox.replaceChildren(
    ...THEME_TOKENS.map((t) => {
      const id = `cfg-token${t.name.slice(1)}`;
      const label = h('label', { for: id }, h('code', {}, t.name));
      const input =
        t.kind === 'color'
          ? h('input', { type: 'color', id, value: t.default, 'data-token': t.name, 'data-default': t.default })
          : h('input', { type: 'text', id, placeholder: t.default, 'data-token': t.name, 'data-default': '', 'aria-describedby': `${id}-msg`, spellcheck: 'false' });
      return h('div', { class: `cfg-field cfg-token cfg-token-${t.kind}` }, label, input, ...(t.kind === 'length' ? [h('p', { class: 'cfg-msg', id: `${id}-msg` })] : []));
    }),
  );
}

/** Reads and checks every control; field messages say what was left out. */
function readInput(): { input: SnippetInput; config?: Record<string, unknown>; jsonIssue?: PlainIssue } {
  const widget = widgetSelect.value as EmbedWidgetId;
  const lang = langSelect.value as EmbedLang;
  const attrs: Array<[string, string]> = [];
  for (const el of attrBox.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attr]')) {
    const name = el.dataset.attr ?? '';
    if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      if (el.checked) attrs.push([name, '']);
    } else if (el instanceof HTMLInputElement && el.type === 'url') {
      const v = el.value.trim();
      const url = v ? partnerUrl(v) : undefined;
      fieldMessage(el, !v || url ? '' : 'Use a full address that starts with https:// (a path would point into the CDN, not your site).');
      if (url) attrs.push([name, url.url]);
    } else if (el.value) attrs.push([name, el.value]);
  }
  const tokens: Array<[string, string]> = [];
  for (const el of themeBox.querySelectorAll<HTMLInputElement>('[data-token]')) {
    const v = el.value.trim();
    const token = THEME_TOKENS.find((t) => t.name === el.dataset.token);
    if (!token || !v || v.toLowerCase() === el.dataset.default) {
      if (token?.kind === 'length') fieldMessage(el, '');
      continue;
    }
    const ok = isTokenValue(token.kind, v);
    if (token.kind === 'length') fieldMessage(el, ok ? '' : 'A number with px, em, rem or %, for example 0.5em.');
    if (ok) tokens.push([token.name, v]);
  }
  let config: Record<string, unknown> | undefined;
  let jsonIssue: PlainIssue | undefined;
  if (jsonArea.value.trim()) {
    try {
      const parsed = JSON.parse(jsonArea.value) as unknown;
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) config = parsed as Record<string, unknown>;
      else jsonIssue = { text: 'The partner JSON must be one object between curly braces { … }.' };
    } catch (e) {
      jsonIssue = jsonSyntaxIssue(jsonArea.value, e);
    }
  }
  const cu = configUrlInput.value.trim();
  const configUrl = cu ? partnerUrl(cu) : undefined;
  fieldMessage(configUrlInput, cu && !configUrl ? 'Use a full address that starts with https://.' : '');
  const pv = parentInput.value.trim();
  const origin = pv ? parentOrigin(pv.replace(/\/$/, '')) : undefined;
  fieldMessage(parentInput, pv && !origin ? 'Only the address of your site, like https://www.your-site.be (https, no page path).' : '');
  return { input: { widget, lang, attrs, tokens, config, configUrl: configUrl?.url, parentOrigin: origin }, config, jsonIssue };
}

let generation = 0;

function showIssues(list: PlainIssue[], hasJson: boolean): void {
  if (!list.length) {
    jsonStatus.replaceChildren(h('p', { class: 'cfg-ok' }, hasJson ? 'The widget accepted all of your partner JSON.' : 'No partner JSON: the widget shows its built-in information.'));
    return;
  }
  jsonStatus.replaceChildren(
    h('p', { class: 'cfg-problems' }, list.length === 1 ? 'One thing to fix:' : `${list.length} things to fix:`),
    h('ul', {}, ...list.map((i) => h('li', {}, i.text, ...(i.where ? [' ', h('span', { class: 'cfg-where' }, '(in the JSON: ', h('code', {}, i.where), ')')] : [])))),
  );
}

/** A fresh element for every change: the widget validates its own settings and JSON again. */
function renderPreview(input: SnippetInput, config: Record<string, unknown> | undefined, jsonIssue: PlainIssue | undefined): void {
  const gen = ++generation;
  const { tag } = EMBED_WIDGETS[input.widget];
  const el = document.createElement(tag);
  el.setAttribute('lang', input.lang);
  for (const [n, v] of input.attrs) el.setAttribute(n, v);
  for (const [n, v] of input.tokens) el.style.setProperty(n, v);
  if (config && CONFIG_PROPERTY) (el as unknown as { config: unknown }).config = config;
  else if (config) {
    const script = document.createElement('script');
    script.type = 'application/json';
    const text = scriptJson(config, 0);
    script.text = (jsonPolicy ? jsonPolicy.createScript(text) : text) as string;
    el.append(script);
  }
  const issues: PlainIssue[] = jsonIssue ? [jsonIssue] : [];
  el.addEventListener('mz-error', (e) => {
    const d = (e as CustomEvent<{ code: string; message: string }>).detail;
    if (gen !== generation) return;
    issues.push(plainIssue(d.code, d.message));
    showIssues(issues, Boolean(config || jsonIssue));
  });
  preview.replaceChildren(el);
  showIssues(issues, Boolean(config || jsonIssue));
}

const SNIPPETS: Record<string, (i: SnippetInput) => string> = { html: htmlSnippet, iframe: iframeSnippet, react: reactSnippet, vue: vueSnippet };

function renderSnippets(input: SnippetInput): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-snippet]')) {
    const make = SNIPPETS[box.dataset.snippet ?? ''];
    const area = box.querySelector('textarea');
    if (!make || !area) continue;
    const text = make(input);
    if (area.value !== text) {
      area.value = text;
      area.rows = Math.min(24, text.split('\n').length + 1);
      const status = box.querySelector('.cfg-copied');
      if (status) status.textContent = '';
    }
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
function update(delay = 0): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const { input, config, jsonIssue } = readInput();
    renderPreview(input, config, jsonIssue);
    renderSnippets(input);
  }, delay);
}

async function copy(box: HTMLElement): Promise<void> {
  const area = box.querySelector('textarea');
  const status = box.querySelector('.cfg-copied');
  const label = box.querySelector('h3')?.textContent ?? 'snippet';
  if (!area || !status) return;
  let ok = false;
  try {
    await navigator.clipboard.writeText(area.value);
    ok = true;
  } catch {
    // No clipboard permission (an old browser, an iframe): select the text, try the old command.
    area.focus();
    area.select();
    ok = document.execCommand('copy');
  }
  // Emptied first, so a second copy of the same snippet is announced again.
  status.textContent = '';
  requestAnimationFrame(() => {
    status.textContent = ok ? `Copied: ${label}. Gekopieerd.` : 'Could not copy. The text is selected: press Ctrl+C (⌘C on a Mac).';
  });
}

function start(): void {
  widgetSelect.replaceChildren(...WIDGET_IDS.map((id) => h('option', { value: id }, EMBED_WIDGETS[id].label)));
  const fromQuery = new URLSearchParams(location.search).get('widget');
  widgetSelect.value = isWidgetId(fromQuery) ? fromQuery : 'leave-calculator';
  langSelect.replaceChildren(...LANGS.map((l) => h('option', { value: l }, { nl: 'Nederlands', fr: 'Français', en: 'English', de: 'Deutsch' }[l])));
  renderAttrs();
  renderTheme();
  const note = byId<HTMLElement>('cfg-cdn-note');
  const describe = (): void => {
    note.textContent = `Version ${VERSION} from ${CDN_BASE}. ${integrityFor('mantelkit.js') ? 'Each script tag carries its integrity (SRI) hash.' : 'No integrity (SRI) hashes found for this version: the snippets have none.'}`;
  };
  describe();
  // The hashes of this release sit next to this script (dist/cdn/integrity.json).
  void loadIntegrity(new URL('./', import.meta.url)).then((ok) => {
    if (!ok) return;
    describe();
    update();
  });

  form.addEventListener('submit', (e) => e.preventDefault());
  widgetSelect.addEventListener('change', () => {
    renderAttrs();
    update();
  });
  form.addEventListener('change', (e) => {
    if (e.target !== widgetSelect) update();
  });
  form.addEventListener('input', (e) => {
    const t = e.target as HTMLElement;
    if (t !== widgetSelect && t.tagName !== 'SELECT') update(t === jsonArea ? 400 : 150);
  });
  byId<HTMLButtonElement>('cfg-json-sample').addEventListener('click', () => {
    jsonArea.value = JSON.stringify(SAMPLES[widgetSelect.value as EmbedWidgetId], null, 2);
    update();
  });
  byId<HTMLButtonElement>('cfg-theme-reset').addEventListener('click', () => {
    renderTheme();
    update();
  });
  for (const box of document.querySelectorAll<HTMLElement>('[data-snippet]')) {
    box.querySelector('button')?.addEventListener('click', () => void copy(box));
  }
  update();
}

start();
