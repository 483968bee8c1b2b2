import { expect, waitUntil } from '@open-wc/testing';
import { openPage, recorder } from './frame.js';

/** The loader's reserve on the BUILT loader, on a page with the strict CSP and Trusted Types. */
describe('loader reserve under a strict CSP', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('reserves the intro height before the widget is defined and lets go after its first render', async () => {
    frame = await openPage('/test/e2e/pages/lazy-one.html');
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.adoptedStyleSheets.length > 0, 'reserve sheet adopted');
    const el = doc.createElement('mz-overload-check');
    doc.getElementById('main')!.append(el);
    // Before the loader has even seen the element: undefined, yet a block with the reserved height.
    expect(el.matches(':defined')).to.equal(false);
    const style = frame.contentWindow!.getComputedStyle(el);
    expect(style.display).to.equal('block');
    expect(parseFloat(style.minBlockSize)).to.be.greaterThan(300);
    await waitUntil(() => el.shadowRoot?.querySelector('.mz-root'), 'rendered', { timeout: 8000 });
    await waitUntil(() => ['auto', '0px'].includes(frame!.contentWindow!.getComputedStyle(el).minBlockSize), 'reserve released');
    expect(recorder(frame).violations, 'CSP violations').to.deep.equal([]);
    expect(recorder(frame).errors).to.deep.equal([]);
  });
});
