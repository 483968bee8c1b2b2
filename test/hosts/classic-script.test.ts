import { expect, waitUntil } from '@open-wc/testing';

/**
 * The classic script on CMS-like pages (BUILT files; `npm test` builds first): injected with
 * createElement('script') as loaders and tag managers do, evaluated as inline text as `$.getScript`
 * does for same-origin files, and concatenated with other scripts into one file as Drupal or
 * Autoptimize do. Each way must find the lazy loader through the base path (meta,
 * data-mantelkit-base, Mantelkit.setBasePath); the negative controls show it cannot without one.
 */
const DIST = '/dist/cdn/';
const CLASSIC = `${DIST}mantelkit.classic.js`;

interface Frame {
  doc: Document;
  win: Window & typeof globalThis & { Mantelkit?: { setBasePath(path: string): void } };
  warnings: string[];
  remove(): void;
}

async function frame(head = ''): Promise<Frame> {
  const el = document.createElement('iframe');
  el.style.width = '800px';
  el.style.height = '600px';
  document.body.append(el);
  await new Promise<void>((ok) => {
    el.addEventListener('load', () => ok(), { once: true });
    el.srcdoc = `<!doctype html><html lang="nl"><head>${head}</head><body>
      <mz-leave-calculator status="privateEmployee"><a href="https://www.mantelzorgers.be">Verlof</a></mz-leave-calculator></body></html>`;
  });
  const win = el.contentWindow as Frame['win'];
  const warnings: string[] = [];
  const warn = win.console.warn.bind(win.console);
  win.console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    warn(...args);
  };
  return { doc: el.contentDocument!, win, warnings, remove: () => el.remove() };
}

const rendered = (f: Frame): boolean => Boolean(f.doc.querySelector('mz-leave-calculator')?.shadowRoot?.querySelector('[part~="button-start"]'));

function inject(f: Frame, attrs: Record<string, string>, text?: string): void {
  const s = f.doc.createElement('script');
  for (const [k, v] of Object.entries(attrs)) s.setAttribute(k, v);
  if (text !== undefined) s.textContent = text;
  f.doc.head.append(s);
}

const classicText = async (): Promise<string> => (await fetch(CLASSIC)).text();
/** Another site script before ours in one aggregated file, served from elsewhere (here: a blob URL). */
const aggregated = async (): Promise<string> => URL.createObjectURL(new Blob([`window.siteMenu = function () {};\n;${await classicText()}`], { type: 'text/javascript' }));

describe('classic script: injected, evaluated, aggregated', () => {
  let f: Frame | undefined;
  afterEach(() => f?.remove());

  it('injected with createElement(\'script\') after the page loaded: finds its own folder', async () => {
    f = await frame();
    inject(f, { src: CLASSIC });
    await waitUntil(() => rendered(f!), 'widget rendered', { timeout: 8000 });
  });

  it('evaluated as inline text ($.getScript): negative control without a base path, then Mantelkit.setBasePath() starts it', async () => {
    f = await frame();
    inject(f, {}, await classicText());
    await waitUntil(() => f!.warnings.some((w) => w.includes('could not find its own URL')), 'warned');
    await new Promise((r) => setTimeout(r, 300));
    expect(rendered(f)).to.equal(false);
    f.win.Mantelkit!.setBasePath(DIST);
    await waitUntil(() => rendered(f!), 'widget rendered after setBasePath', { timeout: 8000 });
  });

  it('evaluated as inline text with <meta name="mantelkit-base">', async () => {
    f = await frame(`<meta name="mantelkit-base" content="${DIST}">`);
    inject(f, {}, await classicText());
    await waitUntil(() => rendered(f!), 'widget rendered', { timeout: 8000 });
    expect(f.warnings).to.deep.equal([]);
  });

  it('aggregated into another file: negative control without a base path (no widget, a warning that says what to do)', async () => {
    f = await frame();
    inject(f, { src: await aggregated() });
    await waitUntil(() => f!.warnings.some((w) => w.includes('mantelkit-base')), 'warned with the fix');
    await new Promise((r) => setTimeout(r, 300));
    expect(rendered(f)).to.equal(false);
  });

  it('aggregated, with data-mantelkit-base on another script', async () => {
    f = await frame(`<script data-mantelkit-base="${DIST}"></script>`);
    inject(f, { src: await aggregated() });
    await waitUntil(() => rendered(f!), 'widget rendered', { timeout: 8000 });
  });

  it('aggregated, with <meta name="mantelkit-base">', async () => {
    f = await frame(`<meta name="mantelkit-base" content="${DIST}">`);
    inject(f, { src: await aggregated() });
    await waitUntil(() => rendered(f!), 'widget rendered', { timeout: 8000 });
  });
});
