import { expect, fixture, waitUntil } from '@open-wc/testing';
import { startLoader } from '../../src/loader-scan.js';

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
