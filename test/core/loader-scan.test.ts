import { expect, fixture, waitUntil } from '@open-wc/testing';
import { startLoader } from '../../src/loader-scan.js';
import { findBasePath, setBasePath } from '../../src/base-path.js';

describe('lazy loader (startLoader)', () => {
  let observer: MutationObserver | undefined;
  afterEach(() => observer?.disconnect());

  it('imports only the widgets present, once, and picks up ones added later', async () => {
    const calls: string[] = [];
    const imp = (tag: string) => async () => { calls.push(tag); };
    await fixture('<div><mz-scan-a></mz-scan-a><mz-scan-a></mz-scan-a></div>');
    observer = startLoader({ 'mz-scan-a': imp('a'), 'mz-scan-b': imp('b') });
    expect(calls).to.deep.equal(['a']);
    document.body.append(document.createElement('mz-scan-b'));
    await waitUntil(() => calls.includes('b'), 'b imported after it was added');
    document.body.append(document.createElement('mz-scan-a'));
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).to.deep.equal(['a', 'b']);
    document.querySelectorAll('mz-scan-b').forEach((e) => e.remove());
  });

  it('starts each widget\'s language chunks in its element\'s language, together with the widget chunk', async () => {
    const calls: string[] = [];
    const texts = (ns: string) => Object.fromEntries(['nl', 'fr', 'en', 'de'].map((l) => [l, async () => { calls.push(`${ns}.${l}`); }]));
    await fixture('<div><div lang="fr-BE"><mz-scan-t></mz-scan-t></div><mz-scan-t lang="DE"></mz-scan-t><mz-scan-t lang="es"></mz-scan-t><mz-scan-t lang=""></mz-scan-t></div>');
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'en');
    try {
      observer = startLoader({ 'mz-scan-t': async () => { calls.push('widget'); } }, document, { 'mz-scan-t': [texts('core'), texts('own')] });
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
    // Synchronously, in the same pass as the widget chunk: fr (ancestor), de (own), nl (a language we
    // do not have), en (an empty lang is no lang: the page's).
    expect(calls).to.deep.equal(['widget', 'core.fr', 'own.fr', 'core.de', 'own.de', 'core.nl', 'own.nl', 'core.en', 'own.en']);
  });

  it('warns (never throws) when a chunk fails, and retries on a later DOM change', async () => {
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...a: unknown[]) => warnings.push(a);
    let attempts = 0;
    try {
      await fixture('<div><mz-scan-c></mz-scan-c></div>');
      observer = startLoader({ 'mz-scan-c': async () => { attempts++; throw new Error('offline'); } });
      await waitUntil(() => warnings.length === 1, 'warned');
      expect(String(warnings[0][0])).to.contain('<mz-scan-c>');
      document.body.append(document.createElement('span'));
      await waitUntil(() => attempts === 2, 'retried');
    } finally {
      console.warn = warn;
    }
  });
});

describe('base path of the classic script (findBasePath, setBasePath)', () => {
  const KEY = Symbol.for('mantelkit');
  const g = globalThis as unknown as Record<symbol, { basePath?: string } | undefined>;
  let saved: { basePath?: string } | undefined;
  beforeEach(() => {
    saved = g[KEY];
    if (g[KEY]) g[KEY] = { ...g[KEY], basePath: undefined };
  });
  afterEach(() => {
    g[KEY] = saved;
  });

  const page = (head: string): Document => new DOMParser().parseFromString(`<!doctype html><html><head><base href="https://www.gemeente.example/nl/">${head}</head><body></body></html>`, 'text/html');
  const script = (doc: Document, src: string): HTMLScriptElement => {
    const s = doc.createElement('script');
    if (src) s.src = src;
    doc.head.append(s);
    return s;
  };

  it('the running script\'s own folder when nothing else is said', () => {
    const doc = page('');
    const own = script(doc, 'https://cdn.example.org/mantelkit@0.1.0/dist/cdn/mantelkit.classic.js?v=3');
    expect(findBasePath(doc, own)).to.deep.equal({ base: 'https://cdn.example.org/mantelkit@0.1.0/dist/cdn/', source: 'script' });
  });

  it('<meta name="mantelkit-base"> wins over the script\'s own URL (an aggregated file sits elsewhere)', () => {
    const doc = page('<meta name="mantelkit-base" content="/vendor/mantelkit/dist/cdn">');
    const aggregated = script(doc, 'https://www.gemeente.example/files/js/js_aggregated_abc123.js');
    expect(findBasePath(doc, aggregated)).to.deep.equal({ base: 'https://www.gemeente.example/vendor/mantelkit/dist/cdn/', source: 'meta' });
  });

  it('a relative meta content resolves against the page (its <base>)', () => {
    const doc = page('<meta name="mantelkit-base" content="mk/">');
    expect(findBasePath(doc, null)?.base).to.equal('https://www.gemeente.example/nl/mk/');
  });

  it('data-mantelkit-base on any script: its value, or (empty) that script\'s own folder', () => {
    const doc = page('<script data-mantelkit-base="https://cdn.example.org/mk/dist/cdn/"></script>');
    expect(findBasePath(doc, null)).to.deep.equal({ base: 'https://cdn.example.org/mk/dist/cdn/', source: 'data-attribute' });
    const doc2 = page('<script src="https://static.example.org/mk/mantelkit.classic.js" data-mantelkit-base></script>');
    expect(findBasePath(doc2, null)).to.deep.equal({ base: 'https://static.example.org/mk/', source: 'data-attribute' });
  });

  it('setBasePath() wins over everything', () => {
    const doc = page('<meta name="mantelkit-base" content="/a/">');
    setBasePath('https://cdn.example.org/b');
    expect(findBasePath(doc, null)).to.deep.equal({ base: 'https://cdn.example.org/b/', source: 'setter' });
  });

  it('negative controls: an inline (evaluated) script with nothing else gives null; non-http bases are ignored', () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const doc = page('<meta name="mantelkit-base" content="javascript:alert(1)//"><script data-mantelkit-base="data:text/javascript,1"></script>');
      const inline = script(doc, '');
      expect(findBasePath(doc, inline)).to.equal(null);
      expect(findBasePath(doc, null)).to.equal(null);
      setBasePath('javascript:alert(1)');
      expect(findBasePath(doc, null)).to.equal(null);
    } finally {
      console.warn = warn;
    }
  });
});
