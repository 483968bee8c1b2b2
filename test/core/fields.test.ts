import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { fieldset } from '../../src/core/flow/fields.js';

/** The shared question fieldset: its hint is read with the question (aria-describedby). */
describe('fieldset(): hint tied to the question', () => {
  it('points aria-describedby at the hint, with an id unique per fieldset', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    render(html`${fieldset('Question one', 'Hint one', html`<input name="a" />`)}${fieldset('Question two', 'Hint two', html`<input name="b" />`)}`, el);
    const sets = [...el.querySelectorAll('fieldset')];
    expect(sets).to.have.length(2);
    const ids = sets.map((f) => f.getAttribute('aria-describedby'));
    expect(ids[0]).to.be.a('string').and.not.equal(ids[1]);
    sets.forEach((f, i) => {
      const hint = el.querySelector(`[id="${ids[i]}"]`);
      expect(hint?.textContent, `hint of fieldset ${i}`).to.equal(`Hint ${i === 0 ? 'one' : 'two'}`);
      expect(f.contains(hint)).to.equal(true);
    });
  });

  it('has no aria-describedby without a hint, and keeps an id the caller gives', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    render(html`${fieldset('No hint', undefined, html``)}${fieldset('Own id', 'Hint', html``, 'status-hint')}`, el);
    const [bare, own] = [...el.querySelectorAll('fieldset')];
    expect(bare?.hasAttribute('aria-describedby')).to.equal(false);
    expect(bare?.querySelector('.mz-hint')).to.equal(null);
    expect(own?.getAttribute('aria-describedby')).to.equal('status-hint');
    expect(own?.querySelector('#status-hint')?.textContent).to.equal('Hint');
  });

  it('two widgets rendering the same question get different hint ids', async () => {
    const a = await fixture<HTMLDivElement>(html`<div></div>`);
    const b = await fixture<HTMLDivElement>(html`<div></div>`);
    render(fieldset('Same', 'Same hint', html``), a);
    render(fieldset('Same', 'Same hint', html``), b);
    expect(a.querySelector('fieldset')?.getAttribute('aria-describedby')).not.to.equal(b.querySelector('fieldset')?.getAttribute('aria-describedby'));
  });
});
