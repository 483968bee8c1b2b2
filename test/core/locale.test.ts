import { expect, fixture, html } from '@open-wc/testing';
import { normalizeLocale, resolveLocale } from '../../src/core/locale.js';

describe('normalizeLocale', () => {
  const cases: Array<[string | null, string | undefined]> = [
    ['nl', 'nl'], ['nl-BE', 'nl'], ['NL_be', 'nl'], ['fr-BE', 'fr'], ['de', 'de'], ['en-GB', 'en'],
    ['es', undefined], ['', undefined], [null, undefined], [' fr ', 'fr'],
  ];
  for (const [input, want] of cases) it(`${String(input)} → ${String(want)}`, () => expect(normalizeLocale(input)).to.equal(want));
});

describe('resolveLocale', () => {
  it('uses the own lang first', async () => {
    const el = await fixture(html`<div lang="fr"><span lang="de-BE"></span></div>`);
    expect(resolveLocale(el.firstElementChild!)).to.equal('de');
  });
  it('falls back to the closest ancestor', async () => {
    const el = await fixture(html`<div lang="fr-BE"><p><span></span></p></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('fr');
  });
  it('crosses shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).to.equal('en');
  });
  it('gives nl for an unknown closest language', async () => {
    const el = await fixture(html`<div lang="fr"><div lang="es"><span></span></div></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('nl');
  });
});
