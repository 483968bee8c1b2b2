import { expect, waitUntil } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import { openPage, recorder } from '../e2e/frame.js';
import { WCAG22_AA } from '../helpers/axe.js';
import { HEIGHT, isHeightMessage, type HeightMessage } from '../../src/embed/messages.js';

/**
 * The BUILT iframe page (run `npm run build` first). `/dist/cdn/embed.html` is the file as shipped;
 * `/test/embed/pages/embed.html` is the same file with the e2e recorder and axe loaded first (the
 * route in web-test-runner.config.mjs), for warnings, mz-error, CSP violations and axe.
 */
const PAGE = '/test/embed/pages/embed.html';
const ORIGIN = encodeURIComponent(location.origin);

function widget(frame: HTMLIFrameElement): HTMLElement | null {
  return frame.contentDocument!.querySelector<HTMLElement>('#mantelkit-embed > *:not(p)');
}

async function rendered(frame: HTMLIFrameElement): Promise<HTMLElement> {
  await waitUntil(() => widget(frame)?.shadowRoot?.querySelector('.mz-root')?.textContent?.trim(), 'widget rendered', { timeout: 10000 });
  return widget(frame)!;
}

const embedWarnings = (frame: HTMLIFrameElement): string[] => recorder(frame).warnings.filter((w) => w.startsWith('[mantelkit embed]'));

function resourceUrls(frame: HTMLIFrameElement): string[] {
  return frame.contentWindow!.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((u) => !new URL(u).pathname.startsWith('/__web-dev-server__'));
}

/** Height messages this window receives from `frame` during `ms`. */
function collectHeights(): { list: Array<{ data: HeightMessage; origin: string; source: MessageEventSource | null }>; stop: () => void } {
  const list: Array<{ data: HeightMessage; origin: string; source: MessageEventSource | null }> = [];
  const on = (e: MessageEvent<unknown>): void => {
    if (isHeightMessage(e.data)) list.push({ data: e.data, origin: e.origin, source: e.source });
  };
  addEventListener('message', on);
  return { list, stop: () => removeEventListener('message', on) };
}

describe('iframe page (dist/cdn/embed.html)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('renders the chosen widget with the attributes, language and theme tokens from the query', async () => {
    frame = await openPage(`${PAGE}?widget=leave-calculator&lang=fr&status=privateEmployee&workplace-region=brussels&as-of=2026-06-01&remember=1&mz-color-accent=%231e6b35&mz-radius=0`);
    const el = await rendered(frame);
    expect(el.localName).to.equal('mz-leave-calculator');
    expect(frame.contentDocument!.documentElement.lang).to.equal('fr');
    expect(el.shadowRoot!.querySelector('.mz-root')!.getAttribute('lang')).to.equal('fr');
    expect(el.getAttribute('status')).to.equal('privateEmployee');
    expect(el.getAttribute('workplace-region')).to.equal('brussels');
    expect(el.getAttribute('as-of')).to.equal('2026-06-01');
    expect(el.hasAttribute('remember')).to.equal(true);
    expect(el.style.getPropertyValue('--mz-color-accent')).to.equal('#1e6b35');
    expect(el.style.getPropertyValue('--mz-radius')).to.equal('0');
    const rec = recorder(frame);
    expect(embedWarnings(frame)).to.deep.equal([]);
    expect(rec.mzErrors).to.deep.equal([]);
    expect(rec.violations).to.deep.equal([]);
    expect(rec.errors).to.deep.equal([]);
  });

  it('each widget renders; Dutch when no lang is given', async () => {
    for (const [id, tag] of [['recognition-quiz', 'mz-recognition-quiz'], ['association-finder', 'mz-association-finder'], ['overload-check', 'mz-overload-check']]) {
      frame = await openPage(`${PAGE}?widget=${id}`);
      const el = await rendered(frame);
      expect(el.localName).to.equal(tag);
      expect(frame.contentDocument!.documentElement.lang).to.equal('nl');
      expect(recorder(frame).errors).to.deep.equal([]);
      frame.remove();
    }
  });

  it('unknown parameters and bad values are left out with a console warning; the widget still renders', async () => {
    const q = 'widget=overload-check&audience=teen&finder-url=javascript%3Aalert(1)&onclick=alert(1)&status=privateEmployee&mz-radius=url(x)&mz-color-accent=red%3Bx&lang=xx';
    frame = await openPage(`${PAGE}?${q}`);
    const el = await rendered(frame);
    for (const a of ['audience', 'finder-url', 'onclick', 'status']) expect(el.hasAttribute(a), a).to.equal(false);
    expect(el.getAttribute('style')).to.equal(null);
    expect(frame.contentDocument!.documentElement.lang).to.equal('nl');
    const warnings = embedWarnings(frame).join('\n');
    for (const key of ['audience="teen"', 'finder-url=', '"onclick"', '"status"', 'mz-radius=', 'mz-color-accent=', 'lang="xx"']) expect(warnings).to.contain(key);
    expect(recorder(frame).errors).to.deep.equal([]);
  });

  it('an unknown or missing widget keeps the fallback link (never a blank frame), with a warning', async () => {
    for (const q of ['widget=script', 'widget=mz-leave-calculator', '']) {
      frame = await openPage(`${PAGE}?${q}`);
      await waitUntil(() => embedWarnings(frame!).length > 0, 'warned');
      const link = frame.contentDocument!.querySelector<HTMLAnchorElement>('#mantelkit-embed a')!;
      expect(link.href).to.equal('https://www.mantelzorgers.be/');
      expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(embedWarnings(frame)[0]).to.contain('widget=');
      expect(frame.contentDocument!.querySelector('[id="mantelkit-embed"] > :not(p)')).to.equal(null);
      frame.remove();
    }
  });

  it('config= on our own origin becomes the widget src and its partner data shows', async () => {
    frame = await openPage(`${PAGE}?widget=leave-calculator&config=${encodeURIComponent('/test/embed/fixtures/employer.json')}`);
    const el = await rendered(frame);
    expect(el.getAttribute('src')).to.equal('/test/embed/fixtures/employer.json');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Met extra informatie van Stad Zonnedorp'), 'employer overlay shown', { timeout: 8000 });
    expect(recorder(frame).mzErrors).to.deep.equal([]);
  });

  for (const hostile of ['//evil.example/config.json', 'javascript:alert(1)', 'http://evil.example/config.json', 'https://user@evil.example/c.json', 'data:application/json,{}']) {
    it(`a hostile config URL is refused with mz-error and never requested: ${hostile}`, async () => {
      frame = await openPage(`${PAGE}?widget=leave-calculator&config=${encodeURIComponent(hostile)}`);
      const el = await rendered(frame);
      expect(el.hasAttribute('src')).to.equal(false);
      const rec = recorder(frame);
      expect(rec.mzErrors.length).to.equal(1);
      expect(rec.mzErrors[0].code).to.equal('bad-attribute');
      expect(rec.mzErrors[0].message).to.contain('refused');
      expect(embedWarnings(frame).join('\n')).to.contain('refused');
      expect(resourceUrls(frame).filter((u) => !u.startsWith(location.origin))).to.deep.equal([]);
    });
  }

  it('requests only our own files (the shipped page, no partner config), no CSP violation, and connect-src is pinned', async () => {
    frame = await openPage(`${PAGE}?widget=association-finder&lang=en`);
    await rendered(frame);
    for (const url of resourceUrls(frame)) {
      expect(new URL(url).origin, url).to.equal(location.origin);
      expect(new URL(url).pathname, url).to.match(/^\/(dist|test\/e2e\/pages|node_modules\/axe-core)\//);
    }
    expect(recorder(frame).violations).to.deep.equal([]);
    // The page's own policy allows https: for a partner config; embed.js narrows it to 'self' here.
    await frame.contentWindow!.fetch('https://elsewhere.example/x.json').catch(() => undefined);
    await waitUntil(() => recorder(frame!).violations.some((v) => v.startsWith('connect-src')), 'connect-src violation for a foreign fetch');
  });

  it('axe (WCAG 2.2 AA) finds nothing on the page, in the intro and after starting', async () => {
    frame = await openPage(`${PAGE}?widget=leave-calculator&lang=nl`);
    const el = await rendered(frame);
    type Axe = { run(ctx: Document, o: typeof WCAG22_AA): Promise<AxeResults> };
    const axe = (frame.contentWindow as unknown as { axe: Axe }).axe;
    const lines = (r: AxeResults): string[] => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
    expect(lines(await axe.run(frame.contentDocument!, WCAG22_AA))).to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-start"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('form[data-step]'), 'first step');
    expect(lines(await axe.run(frame.contentDocument!, WCAG22_AA))).to.deep.equal([]);
    expect(recorder(frame).violations).to.deep.equal([]);
  });
});

describe('height messages to the parent page', () => {
  let frame: HTMLIFrameElement | undefined;
  let heights: ReturnType<typeof collectHeights> | undefined;
  afterEach(() => {
    heights?.stop();
    frame?.remove();
    frame = undefined;
  });

  it('with resize=1&parent=<origin>: { type, widget, height } to exactly that origin, again when the content grows', async () => {
    heights = collectHeights();
    frame = await openPage(`/dist/cdn/embed.html?widget=leave-calculator&resize=1&parent=${ORIGIN}`);
    const el = await rendered(frame);
    await waitUntil(() => heights!.list.some((m) => m.data.height > 100), 'a height message');
    const first = heights.list.at(-1)!;
    expect(first.data.type).to.equal(HEIGHT);
    expect(first.data.widget).to.equal('leave-calculator');
    expect(first.origin).to.equal(location.origin);
    expect(first.source).to.equal(frame.contentWindow);
    expect(Object.keys(first.data).sort()).to.deep.equal(['height', 'type', 'widget']);
    const main = frame.contentDocument!.getElementById('mantelkit-embed')!;
    expect(first.data.height).to.equal(Math.ceil(main.getBoundingClientRect().height));
    // Content grows: a new message with the new height.
    const extra = frame.contentDocument!.createElement('div');
    extra.style.height = '500px';
    main.append(extra);
    await waitUntil(() => heights!.list.at(-1)!.data.height >= first.data.height + 500, 'a larger height');
    expect(el.isConnected).to.equal(true);
  });

  for (const [name, query] of [
    ['no parent (negative control)', 'resize=1'],
    ['parent but no resize', `parent=${ORIGIN}`],
    ['resize=0', `resize=0&parent=${ORIGIN}`],
    ['another origin as parent', 'resize=1&parent=https%3A%2F%2Fpartner.example'],
    ['a parent with a path', `resize=1&parent=${ORIGIN}%2Fpage`],
    ['a parent that is not https', 'resize=1&parent=http%3A%2F%2Fpartner.example'],
  ]) {
    it(`no message at all: ${name}`, async () => {
      heights = collectHeights();
      frame = await openPage(`/dist/cdn/embed.html?widget=recognition-quiz&${query}`);
      await rendered(frame);
      await new Promise((r) => setTimeout(r, 800));
      expect(heights.list).to.deep.equal([]);
    });
  }
});

describe('parent helper (dist/cdn/embed-resize.js)', () => {
  let frame: HTMLIFrameElement | undefined;
  before(async () => {
    const s = document.createElement('script');
    s.src = '/dist/cdn/embed-resize.js';
    const loaded = new Promise((ok) => s.addEventListener('load', ok, { once: true }));
    document.head.append(s);
    await loaded;
  });
  afterEach(() => frame?.remove());

  it('sizes the frame to its content so it never scrolls inside, and follows it when it grows', async () => {
    frame = await openPage(`/dist/cdn/embed.html?widget=leave-calculator&lang=nl&resize=1&parent=${ORIGIN}`);
    const el = await rendered(frame);
    const main = frame.contentDocument!.getElementById('mantelkit-embed')!;
    await waitUntil(() => frame!.style.height === `${Math.ceil(main.getBoundingClientRect().height)}px`, 'frame height = content height');
    const doc = frame.contentDocument!.documentElement;
    expect(doc.scrollHeight).to.be.at.most(frame.clientHeight);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-start"]')!.click();
    const extra = frame.contentDocument!.createElement('div');
    extra.style.height = '900px';
    main.append(extra);
    await waitUntil(() => parseInt(frame!.style.height, 10) >= 900, 'frame grew');
    await waitUntil(() => doc.scrollHeight <= frame!.clientHeight, 'no inner scroll');
  });

  it('ignores height messages that do not come from a Mantelkit frame (forged from this page)', async () => {
    frame = await openPage(`/dist/cdn/embed.html?widget=recognition-quiz&resize=1&parent=${ORIGIN}`);
    await rendered(frame);
    await waitUntil(() => frame!.style.height.endsWith('px') && frame!.style.height !== '800px', 'sized');
    // The frame may still grow while the widget renders (a genuine message): only the forged 3 px must never apply.
    window.postMessage({ type: HEIGHT, widget: 'recognition-quiz', height: 3 }, location.origin);
    await new Promise((r) => setTimeout(r, 300));
    expect(frame.style.height).not.to.equal('3px');
    expect(parseInt(frame.style.height, 10)).to.be.greaterThan(100);
  });
});
