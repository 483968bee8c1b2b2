import { expect, waitUntil } from '@open-wc/testing';
import { openPage, recorder } from './frame.js';
import { driveOverload, SCRIPTS } from '../../examples/overload-check.examples.js';

/**
 * The reader's language only: on the BUILT CDN files, a page with one widget in one language walks
 * to a result and lists what it requested. Every language of every namespace is its own chunk
 * (dist/cdn/i18n/<ns>.<lang>-<hash>.js), so a French page fetches no Dutch, English or German text,
 * and a Dutch page none of the others. The loader starts the first screen's language chunks itself,
 * in parallel with the widget chunk (one round trip, not two).
 */
const LANGUAGE_CHUNK = /\/dist\/cdn\/i18n\/([a-z-]+)\.(nl|fr|en|de)-[\w-]+\.js$/;

function languageChunks(frame: HTMLIFrameElement): Array<{ ns: string; lang: string; path: string }> {
  return frame.contentWindow!.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .flatMap((path) => {
      const m = LANGUAGE_CHUNK.exec(path);
      return m ? [{ ns: m[1], lang: m[2], path }] : [];
    });
}

async function walkToResult(lang: 'fr' | 'nl'): Promise<HTMLIFrameElement> {
  const frame = await openPage(`/test/e2e/pages/lang-${lang}.html`);
  const el = frame.contentDocument!.querySelector<HTMLElement>('mz-overload-check')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="button-start"]'), 'the intro', { timeout: 8000 });
  await driveOverload(el, SCRIPTS.high);
  await waitUntil(() => el.shadowRoot!.querySelector('section[part~="result"].result--high'), 'the high result', { timeout: 8000 });
  // The result's help lines (their own namespace) are there too.
  await waitUntil(() => el.shadowRoot!.querySelector('a[href^="tel:"]'), 'a help line on the result', { timeout: 8000 });
  expect(el.shadowRoot!.querySelector('.mz-root')!.getAttribute('lang')).to.equal(lang);
  expect(recorder(frame).errors, 'console errors').to.deep.equal([]);
  expect(recorder(frame).mzErrors, 'mz-error').to.deep.equal([]);
  return frame;
}

describe('language chunks on a built page', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const lang of ['fr', 'nl'] as const) {
    it(`a ${lang === 'fr' ? 'French' : 'Dutch'} page walked to a result fetches ${lang} text only`, async () => {
      frame = await walkToResult(lang);
      const chunks = languageChunks(frame);
      const foreign = chunks.filter((c) => c.lang !== lang).map((c) => c.path);
      expect(foreign, 'text in another language').to.deep.equal([]);
      const names = chunks.map((c) => c.ns);
      for (const ns of ['core', 'overload', 'overload-result', 'help']) expect(names, `${ns}.${lang}`).to.include(ns);
      // Each chunk once.
      expect(new Set(chunks.map((c) => c.path)).size).to.equal(chunks.length);
    });
  }

  it('the loader itself imports the first screen\'s language chunks (fetched with the widget chunk, not after it)', async () => {
    frame = await walkToResult('fr');
    const loader = await (await fetch('/dist/cdn/mantelkit.js')).text();
    const firstScreen = languageChunks(frame).filter((c) => c.ns === 'core' || c.ns === 'overload');
    expect(firstScreen.length).to.equal(2);
    for (const c of firstScreen) expect(loader, c.path).to.contain(c.path.split('/').pop());
  });

  it('a one-language single file renders its own language, on a page in another language too (one warning), and fetches nothing more', async () => {
    frame = await openPage('/test/e2e/pages/one-language.html');
    const doc = frame.contentDocument!;
    const roots = () => ['mz-overload-check', 'mz-leave-calculator'].map((t) => doc.querySelector(t)!.shadowRoot?.querySelector('.mz-root'));
    await waitUntil(() => roots().every((r) => r?.querySelector('[part~="button-start"]')), 'both intros', { timeout: 8000 });
    expect(roots().map((r) => r!.getAttribute('lang'))).to.deep.equal(['fr', 'fr']);
    const warnings = recorder(frame).warnings.filter((w) => w.includes('[mantelkit]'));
    expect(warnings.length, warnings.join('\n')).to.equal(1);
    expect(warnings[0]).to.contain('"fr"');
    const scripts = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/'));
    expect(scripts).to.deep.equal(['/dist/cdn/mantelkit.all.fr.js']);
    expect(recorder(frame).errors).to.deep.equal([]);
  });
});
