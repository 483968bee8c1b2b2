import { walkHostToResult } from './walk.js';

/**
 * Vue 3 host (test/hosts/vue, built by prepare.mjs from the packed tarball): the app renders
 * <mz-leave-calculator :config.prop="…" @mz-complete="…">; walked to the result.
 */
describe('host: Vue 3 + Vite, from the packed tarball', () => {
  it('renders, takes the config property (no child script), and its @mz-complete handler receives the outcome', async () => {
    const root = document.createElement('div');
    root.id = 'app';
    document.body.append(root);
    await import(/* @vite-ignore */ `${location.origin}/test/hosts/vue/dist/app.js`);
    await walkHostToResult(document, () => document.getElementById('outcome')?.textContent ?? '');
  });
});
