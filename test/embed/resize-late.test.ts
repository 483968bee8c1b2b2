import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from '../e2e/frame.js';

/**
 * The helper may run after the frame has sent its first heights (a deferred or late script): it asks
 * each frame with `mantelkit:hello`, and the frame answers. Its own file: the helper must not be on
 * the page before the frame is.
 */
describe('parent helper loaded after the frame', () => {
  it('still sizes the frame (hello → height)', async () => {
    const frame = await openPage(`/dist/cdn/embed.html?widget=overload-check&resize=1&parent=${encodeURIComponent(location.origin)}`);
    const main = (): HTMLElement => frame.contentDocument!.getElementById('mantelkit-embed')!;
    await waitUntil(() => main().querySelector('mz-overload-check')?.shadowRoot?.querySelector('.mz-root')?.textContent?.trim(), 'rendered', { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(frame.style.height).to.equal('800px');
    const s = document.createElement('script');
    s.src = '/dist/cdn/embed-resize.js';
    document.head.append(s);
    await waitUntil(() => frame.style.height === `${Math.ceil(main().getBoundingClientRect().height)}px`, 'sized after hello');
    frame.remove();
  });
});
