import { expect } from '@open-wc/testing';
import { mount, settle, shadow } from '../../embedding/contract.js';
import '../../../src/components/association-finder/define.js';

// <mz-overload-check> hands its "who do you care for" answer to a finder on the same page with a
// non-bubbling `mz-filters` event (never an attribute or URL). The finder maps its words.
describe('<mz-association-finder> mz-filters from the overload check', () => {
  it('pre-selects who they care for, shows the list, and emits no answers', async () => {
    const el = await mount('<mz-association-finder></mz-association-finder>');
    const completes: unknown[] = [];
    el.addEventListener('mz-complete', (e) => completes.push((e as CustomEvent).detail));
    el.dispatchEvent(new CustomEvent('mz-filters', { detail: { targetGroups: ['dementia', 'mental-health', 'young-caregivers', 'nonsense'] } }));
    await settle(el);
    await settle(el);
    const form = shadow(el).querySelector('[part~="filters"]');
    expect(form, 'list view with filters').to.exist;
    const checked = Array.from(form!.querySelectorAll<HTMLInputElement>('input:checked')).map((i) => i.value);
    expect(checked).to.include.members(['dementia', 'mentalHealth']);
    expect(checked).not.to.include('nonsense');
    expect(completes, 'mz-complete fired for the list').to.have.length.greaterThan(0);
    for (const d of completes) expect(JSON.stringify(d)).not.to.match(/dementia|mental/);
    expect(el.getAttributeNames().join()).not.to.match(/dementia|filter/);
  });

  it('ignores a malformed event', async () => {
    const el = await mount('<mz-association-finder></mz-association-finder>');
    el.dispatchEvent(new CustomEvent('mz-filters', { detail: 'dementia' }));
    el.dispatchEvent(new CustomEvent('mz-filters', { detail: { targetGroups: 'dementia' } }));
    await settle(el);
    expect(shadow(el).querySelector('[part~="filters"]')).to.equal(null);
  });
});
