import { expect } from '@open-wc/testing';
import { checkOffers } from '../../../src/rules/help/offers.js';

// Offer websites follow the one partner-URL policy (rules/help/links.ts): with the page's URL a path
// on the page's own site is kept as a path (same tab); without it only absolute https: passes.
const PAGE = 'https://www.zonnedorp.be/mantelzorg/hulp';
const WEBSITES: readonly [what: string, website: string, pageUrl: string | undefined, kept: string | undefined][] = [
  ['same-site path', '/mantelzorg/cafe', PAGE, '/mantelzorg/cafe'],
  ['relative path', 'cafe#uren', PAGE, '/mantelzorg/cafe#uren'],
  ['fragment only', '#uren', PAGE, '/mantelzorg/hulp#uren'],
  ['absolute URL on the page\'s own site', 'https://www.zonnedorp.be/cafe?x=1', PAGE, '/cafe?x=1'],
  ['https: elsewhere', ' https://www.elders.be/cafe ', PAGE, 'https://www.elders.be/cafe'],
  ['protocol-relative', '//evil.example/x', PAGE, undefined],
  ['protocol-relative after a space', ' //evil.example/x', PAGE, undefined],
  ['backslash', '/\\evil.example', PAGE, undefined],
  ['http: elsewhere', 'http://www.elders.be', PAGE, undefined],
  ['javascript:', 'javascript:alert(1)', PAGE, undefined],
  ['data:', 'data:text/html,x', PAGE, undefined],
  ['mailto:', 'mailto:a@b.be', PAGE, undefined],
  ['credentials', 'https://www.zonnedorp.be@evil.example', PAGE, undefined],
  ['no pageUrl: https:', 'https://www.elders.be/cafe', undefined, 'https://www.elders.be/cafe'],
  ['no pageUrl: path', '/mantelzorg/cafe', undefined, undefined],
  ['no pageUrl: relative path', 'cafe', undefined, undefined],
  ['no pageUrl: http:', 'http://www.elders.be', undefined, undefined],
  ['no pageUrl: protocol-relative', '//evil.example/x', undefined, undefined],
];

describe('offer websites: the one partner-URL policy, with the page URL as an option', () => {
  for (const [what, website, pageUrl, kept] of WEBSITES) {
    it(`${what}: ${JSON.stringify(website)} → ${String(kept)}`, () => {
      for (const base of ['offers', 'practices']) {
        const r = checkOffers([{ name: 'A', website }, { name: 'B' }], base, pageUrl);
        if (kept === undefined) {
          expect(r.offers.map((o) => o.name)).to.deep.equal(['B']);
          expect(r.issues).to.deep.equal([{ path: `${base}[0].website`, field: 'website', problem: 'invalid' }]);
        } else {
          expect(r.issues).to.deep.equal([]);
          expect(r.offers[0].website).to.equal(kept);
        }
      }
    });
  }

  it('the first bad field is still the one named: phone comes before website', () => {
    expect(checkOffers([{ name: 'A', phone: 'x', website: '/cafe' }], 'offers', PAGE).issues.map((i) => i.path)).to.deep.equal(['offers[0].phone']);
    expect(checkOffers([{ name: 'A', phone: 'x', website: '//evil.example' }], 'offers', PAGE).issues.map((i) => i.path)).to.deep.equal(['offers[0].phone']);
  });

  it('an empty website is no website, with or without the page URL', () => {
    for (const pageUrl of [PAGE, undefined]) expect(checkOffers([{ name: 'A', website: '  ' }], 'offers', pageUrl)).to.deep.equal({ offers: [{ index: 0, name: 'A', tags: [] }], issues: [] });
  });
});
