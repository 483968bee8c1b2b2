import { expect } from '@open-wc/testing';
import { walkHostToResult } from './walk.js';

/**
 * React 19 host (test/hosts/react, built by prepare.mjs from the packed tarball): the app bundle
 * renders <mz-leave-calculator config={…} onmz-complete={…}>; walked to the result.
 */
describe('host: React 19 + Vite, from the packed tarball', () => {
  it('renders, takes the config property, and its onmz-complete prop and ref listener receive the outcome', async () => {
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    await import(/* @vite-ignore */ `${location.origin}/test/hosts/react/dist/app.js`);
    await walkHostToResult(document, () => document.getElementById('outcome')?.textContent ?? '');
    expect(document.getElementById('heard')?.textContent).to.equal('leave-calculator');
    expect(document.querySelector('main')?.dataset['statuses']).to.equal('8');
  });
});
