import type { HeightMessage } from './messages.js';

/**
 * dist/cdn/embed-resize.js: the helper a partner page loads next to a Mantelkit iframe
 * (`<iframe src=".../embed.html?widget=…&resize=1&parent=https://your.site">`). It sets each frame's
 * height from the frame's own messages, so the frame never scrolls inside. A message counts only when
 * it comes from that iframe's window and from the origin of its `src`; anything else is ignored.
 *
 * A classic script for any page: no import at run time (the message names are repeated here, a test
 * keeps them equal to messages.ts), and everything inside one function so no global is left behind.
 */
(() => {
  const HEIGHT: HeightMessage['type'] = 'mantelkit:height';
  const HELLO = 'mantelkit:hello';
  const MAX_HEIGHT = 20000;

  const frames = (): HTMLIFrameElement[] => Array.from(document.querySelectorAll('iframe')).filter((f) => /\/embed\.html(?:[?#]|$)/.test(f.src));
  const originOf = (f: HTMLIFrameElement): string | undefined => {
    try {
      return new URL(f.src, document.baseURI).origin;
    } catch {
      return undefined;
    }
  };

  addEventListener('message', (e: MessageEvent<unknown>) => {
    const d = e.data as Partial<HeightMessage> | null;
    if (typeof d !== 'object' || d === null || d.type !== HEIGHT) return;
    const h = d.height;
    if (typeof h !== 'number' || !Number.isFinite(h) || h < 0 || h > MAX_HEIGHT) return;
    const frame = frames().find((f) => f.contentWindow === e.source);
    if (!frame || originOf(frame) !== e.origin) return;
    frame.style.height = `${Math.ceil(h)}px`;
  });

  // Asks each frame for its height, in case it sent one before this script ran.
  const hello = (f: HTMLIFrameElement): void => {
    const origin = originOf(f);
    if (origin) f.contentWindow?.postMessage({ type: HELLO }, origin);
  };
  const start = (): void => {
    for (const f of frames()) {
      hello(f);
      f.addEventListener('load', () => hello(f));
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
