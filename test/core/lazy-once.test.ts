import { expect } from '@open-wc/testing';
import { lazyOnce } from '../../src/core/flow/lazy-once.js';

describe('lazyOnce', () => {
  it('starts the load once and shares the promise', async () => {
    let calls = 0;
    const load = lazyOnce(() => Promise.resolve(++calls));
    const [a, b] = await Promise.all([load(), load()]);
    expect([a, b, await load(), calls]).to.deep.equal([1, 1, 1, 1]);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    let calls = 0;
    const load = lazyOnce(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('ok')));
    let failed = false;
    await load().catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(await load()).to.equal('ok');
    expect(await load()).to.equal('ok');
    expect(calls).to.equal(2);
  });
});
