import { partnerUrl } from '../rules/help/links.js';
import { HEIGHT, HELLO, type HeightMessage } from './messages.js';
import { parentOrigin } from './origin.js';
import { EMBED_WIDGETS, ISO_DATE, isFlagOn, isTokenValue, isWidgetId, LANGS, THEME_TOKENS, type EmbedAttr } from './widgets.js';

/**
 * The script of dist/cdn/embed.html: one widget in an iframe, for sites that allow no scripts (SharePoint,
 * Google Sites, locked CMSs). Everything comes from the query string and is checked against an
 * allow-list: a parameter we do not know, or a value we do not accept, is left out with a console
 * warning, so a typo never gives a blank frame. No request leaves except our own files and the
 * partner config the embedding page names (pinned in a second CSP, below).
 */

const warn = (message: string): void => console.warn(`[mantelkit embed] ${message}`);
const HANDLED = new Set(['widget', 'lang', 'config', 'src', 'resize', 'parent']);

/** The value an attribute gets from a query parameter, or undefined (then it is left out). */
function attrValue(attr: EmbedAttr, raw: string): string | undefined {
  const v = raw.trim();
  switch (attr.kind) {
    case 'enum':
      return attr.values?.includes(v) ? v : undefined;
    case 'date':
      return ISO_DATE.test(v) ? v : undefined;
    case 'flag':
      return isFlagOn(v) ? '' : undefined;
    case 'url':
      // Absolute https only: a path would point into our own site, not the partner's.
      return partnerUrl(v)?.url;
  }
}

/** Narrows `connect-src` to our own origin plus the partner config's, on top of the page's policy. */
function pinConnections(configOrigin: string | undefined): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `connect-src 'self'${configOrigin ? ` ${configOrigin}` : ''}`;
  document.head.append(meta);
}

function startHeightMessages(main: HTMLElement, widget: string, origin: string): void {
  let last = -1;
  const send = (force: boolean): void => {
    const height = Math.ceil(main.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT, widget, height };
    // Only to the origin the embedding page named: the browser drops it for any other parent.
    window.parent.postMessage(message, origin);
  };
  new ResizeObserver(() => send(false)).observe(main);
  addEventListener('message', (e: MessageEvent<unknown>) => {
    const data = e.data as { type?: unknown } | null;
    if (e.source === window.parent && e.origin === origin && data?.type === HELLO) send(true);
  });
}

function main(): void {
  const params = new URLSearchParams(location.search);
  const root = document.getElementById('mantelkit-embed');
  if (!root) return;

  const lang = params.get('lang');
  if (lang !== null && !(LANGS as readonly string[]).includes(lang)) warn(`lang="${lang}" is not one of ${LANGS.join(', ')}: Dutch is used.`);
  document.documentElement.lang = lang && (LANGS as readonly string[]).includes(lang) ? lang : 'nl';

  const id = params.get('widget');
  if (!isWidgetId(id)) {
    // The fallback link in the page stays: a visitor still gets somewhere.
    warn(`widget="${id ?? ''}" is not one of ${Object.keys(EMBED_WIDGETS).join(', ')}.`);
    pinConnections(undefined);
    return;
  }
  const widget = EMBED_WIDGETS[id];
  const el = document.createElement(widget.tag);

  for (const [key, raw] of params) {
    if (HANDLED.has(key)) continue;
    const attr = widget.attrs.find((a: EmbedAttr) => a.name === key);
    const token = THEME_TOKENS.find((t) => t.name === `--${key}`);
    if (attr) {
      const value = attrValue(attr, raw);
      if (value === undefined) {
        if (attr.kind !== 'flag') warn(`${key}="${raw}" is not a value ${widget.tag} accepts: left out.`);
      } else el.setAttribute(key, value);
    } else if (token) {
      // CSSOM, not a style attribute: allowed under the page's CSP.
      if (isTokenValue(token.kind, raw.trim())) el.style.setProperty(token.name, raw.trim());
      else warn(`${key}="${raw}" is not a ${token.kind === 'color' ? 'hex colour' : 'length (px, em, rem, %)'}: left out.`);
    } else warn(`unknown parameter "${key}" for ${widget.tag}: ignored.`);
  }

  const config = params.get('config') ?? params.get('src');
  let configOrigin: string | undefined;
  let refused = false;
  if (config !== null && config.trim()) {
    const url = partnerUrl(config, document.baseURI);
    if (url) {
      el.setAttribute('src', url.url);
      if (url.external) configOrigin = new URL(url.url).origin;
    } else refused = true;
  }
  pinConnections(configOrigin);

  const fallback = root.querySelector('a');
  if (fallback) el.append(fallback);
  root.replaceChildren(el);

  if (refused) {
    const message = `config="${config ?? ''}" was refused: use an https:// address or a path on this site. The widget shows its built-in information.`;
    warn(message);
    el.dispatchEvent(new CustomEvent('mz-error', { bubbles: true, composed: true, detail: { code: 'bad-attribute', message } }));
  }

  const resize = params.get('resize');
  if (resize !== null && isFlagOn(resize)) {
    const origin = parentOrigin(params.get('parent'));
    if (!origin) warn('resize needs parent=<the https origin of the embedding page> (no path): no height messages are sent.');
    else if (window.parent !== window) startHeightMessages(root, id, origin);
  }
}

main();
