import { expect, waitUntil } from '@open-wc/testing';
import { walkHostToResult } from './walk.js';

/**
 * A CMS page (test/hosts/cms/site; vendor files and the aggregated script made by prepare.mjs from
 * the packed tarball): jQuery, a hostile theme stylesheet, the classic script aggregated with other
 * scripts (base path from <meta name="mantelkit-base">) or loaded by $.getScript (base path from
 * data-mantelkit-base). Walked to the result; jQuery's delegated mz-complete handler must run.
 */
async function open(page: string): Promise<{ frame: HTMLIFrameElement; doc: Document; win: Window & { siteEvents?: unknown[] } }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '800px';
  document.body.append(frame);
  await new Promise<void>((ok) => {
    frame.addEventListener('load', () => ok(), { once: true });
    frame.src = `/test/hosts/cms/site/${page}.html`;
  });
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow as Window & { siteEvents?: unknown[] } };
}

describe('host: CMS page with jQuery, aggregation and a hostile stylesheet', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const page of ['aggregated', 'getscript']) {
    it(`${page}: renders at a readable size despite the theme, reaches the result with the employer's leave, jQuery hears mz-complete`, async () => {
      const p = await open(page);
      frame = p.frame;
      await walkHostToResult(p.doc, () => JSON.stringify(p.win.siteEvents ?? []));
      const el = p.doc.querySelector('mz-leave-calculator')!;
      const style = p.win.getComputedStyle(el);
      expect(style.display).to.equal('block');
      expect(parseFloat(style.fontSize)).to.be.at.least(16);
    });
  }

  it('negative control: the aggregated file without a base path shows only the fallback link', async () => {
    const p = await open('aggregated-without-base');
    frame = p.frame;
    await new Promise((r) => setTimeout(r, 1500));
    const el = p.doc.querySelector('mz-leave-calculator')!;
    expect(el.shadowRoot).to.equal(null);
    expect(el.querySelector('a')?.textContent).to.contain('Verlof');
    await waitUntil(() => true);
  });
});
