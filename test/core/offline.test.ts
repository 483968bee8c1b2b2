import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { coreCatalog } from '../../src/core/mantelkit-element.js';
import '../../src/components/overload-check/define.js';
import { collectEvents } from '../embedding/contract.js';

/**
 * A real widget with no texts in any language (offline before the first language chunk came): one
 * built-in line in the four languages, `mz-error`, never a blank box; back online, it renders.
 */
describe('offline before any text loaded', () => {
  const loaders = coreCatalog.loaders as Record<string, (() => Promise<never>) | undefined>;
  const saved = { ...loaders };
  const uncaught: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => uncaught.push('reason' in e ? e.reason : e.error);
  before(() => {
    for (const l of ['nl', 'fr', 'en', 'de']) loaders[l] = () => Promise.reject(new Error('offline'));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
  });
  after(() => {
    Object.assign(loaders, saved);
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
  });

  it('shows the built-in line and fires mz-error, then renders once back online', async () => {
    const holder = await fixture<HTMLElement>(html`<div lang="fr"></div>`);
    const events = collectEvents(holder, ['mz-error', 'mz-ready']);
    holder.append(document.createElement('mz-overload-check'));
    const el = holder.firstElementChild as HTMLElement;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="error"]'), 'the offline line');
    const root = el.shadowRoot!.querySelector('.mz-root')!;
    expect(root.textContent).to.contain("Cette aide n'a pas pu se charger.");
    expect(root.textContent).to.contain('Deze hulp kon niet laden.');
    expect(events.filter((e) => e.type === 'mz-error').map((e) => (e.detail as { code: string }).code)).to.deep.equal(['locale-unavailable']);
    expect(uncaught, 'no uncaught error').to.deep.equal([]);

    Object.assign(loaders, saved);
    dispatchEvent(new Event('online'));
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="button-start"]'), 'the French intro once online');
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.mz-root')!.getAttribute('lang')).to.equal('fr');
    expect(uncaught).to.deep.equal([]);
  });
});
