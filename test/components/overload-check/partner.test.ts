import { expect } from '@open-wc/testing';
import { parsePartner, partnerLink } from '../../../src/components/overload-check/partner.js';
import { driveOverload, mountCheck, SCRIPTS, shadow } from './helpers.js';

const good = { name: 'Mantelzorgpunt', phone: '09 123 45 67', website: 'https://example.org/x', email: 'a@b.be', bands: ['high'], audience: 'adult', tags: ['dementia'] };

describe('overload-check partner JSON (hand validation)', () => {
  it('keeps a good offer, trimmed', () => {
    const r = parsePartner({ offers: [{ ...good, name: '  Mantelzorgpunt  ', description: { nl: ' Gratis ', fr: 'Gratuit' } }] });
    expect(r.issues).to.deep.equal([]);
    expect(r.offers[0].name).to.equal('Mantelzorgpunt');
    expect(r.offers[0].description).to.deep.equal({ nl: 'Gratis', fr: 'Gratuit' });
  });

  const bad: Array<[string, unknown, string]> = [
    ['no name', { phone: '09 123 45 67' }, 'offers[0].name'],
    ['empty name', { name: '   ' }, 'offers[0].name'],
    ['name too long', { name: 'x'.repeat(121) }, 'offers[0].name'],
    ['name in an unknown language', { name: { es: 'Hola' } }, 'offers[0].name.es'],
    ['empty name object', { name: {} }, 'offers[0].name'],
    ['unknown field', { name: 'a', colour: 'red' }, 'offers[0].colour'],
    ['javascript: website', { name: 'a', website: 'javascript:alert(1)' }, 'offers[0].website'],
    ['letters in phone', { name: 'a', phone: 'call me' }, 'offers[0].phone'],
    ['bad e-mail', { name: 'a', email: 'nobody' }, 'offers[0].email'],
    ['unknown band', { name: 'a', bands: ['high', 'purple'] }, 'offers[0].bands[1]'],
    ['bands not a list', { name: 'a', bands: 'high' }, 'offers[0].bands'],
    ['unknown audience', { name: 'a', audience: 'pets' }, 'offers[0].audience'],
    ['a string instead of an offer', 'Mantelzorgpunt', 'offers[0]'],
    ['tag too long', { name: 'a', tags: ['x'.repeat(41)] }, 'offers[0].tags[0]'],
  ];
  for (const [what, offer, path] of bad) {
    it(`drops an offer with ${what} (${path}) and keeps the others`, () => {
      const r = parsePartner({ offers: [offer, good] });
      expect(r.issues).to.deep.equal([{ code: 'bad-config', detail: path }]);
      expect(r.offers).to.have.length(1);
      expect(r.offers[0].name).to.equal('Mantelzorgpunt');
    });
  }

  it('reports a non-object root, a non-list offers and unknown top-level keys', () => {
    expect(parsePartner([1]).issues).to.deep.equal([{ code: 'bad-config', detail: '(root)' }]);
    expect(parsePartner({ offers: {} }).issues).to.deep.equal([{ code: 'bad-config', detail: 'offers' }]);
    expect(parsePartner({ offer: [] }).issues).to.deep.equal([{ code: 'bad-config', detail: 'offer' }]);
  });

  it('keeps markup as plain text (rendering escapes it)', () => {
    expect(parsePartner({ offers: [{ name: '<img src=x onerror=alert(1)>' }] }).offers[0].name).to.equal('<img src=x onerror=alert(1)>');
  });

  it('accepts https: and paths on the page\'s own origin only', () => {
    const page = 'https://p.be/a/b';
    for (const [ok, url] of [['/hulp', '/hulp'], ['#finder', '/a/b#finder'], ['?x=1', '/a/b?x=1'], ['https://a.be', 'https://a.be/']]) expect(partnerLink(ok, page), ok).to.equal(url);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '', 'hulp pagina', 42, 'mailto:a@b.be', 'tel:106', 'http://a.be', '//evil.example/x']) expect(partnerLink(bad, page), String(bad)).to.equal(undefined);
    const r = parsePartner({ finderUrl: '#finder', leaveCalculatorUrl: 'javascript:x' }, page);
    expect(r.links).to.deep.equal({ finderUrl: '/a/b#finder' });
    expect(r.issues).to.deep.equal([{ code: 'bad-config', detail: 'leaveCalculatorUrl' }]);
  });

  it('offer websites: a path on the page\'s own origin is kept, //host and http: are refused', () => {
    const page = 'https://p.be/a/b';
    const r = parsePartner({ offers: [{ name: 'Pad', website: 'cafe' }, { name: 'Elders', website: 'https://elders.example/x' }, { name: 'Host', website: '//evil.example' }, { name: 'Http', website: 'http://a.be' }] }, page);
    expect(r.offers.map((o) => o.website)).to.deep.equal(['/a/cafe', 'https://elders.example/x']);
    expect(r.issues).to.deep.equal([{ code: 'bad-config', detail: 'offers[2].website' }, { code: 'bad-config', detail: 'offers[3].website' }]);
    // Without the page URL (rules used on their own) only https: passes.
    expect(parsePartner({ offers: [{ name: 'Pad', website: '/cafe' }] }).issues).to.deep.equal([{ code: 'bad-config', detail: 'offers[0].website' }]);
  });
});

describe('<mz-overload-check> offer websites on the result', () => {
  it('a path on the page\'s own site opens in the same tab; another site in a new window and says so', async () => {
    const offers = [{ name: 'Mantelzorgcafé', website: '/mantelzorg/cafe' }, { name: 'Elders', website: 'https://elders.example/x' }];
    const el = await mountCheck('', 'nl', `<script type="application/json">${JSON.stringify({ offers })}</script>`);
    await driveOverload(el, SCRIPTS.high);
    const [own, other] = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part~="partner-offer"] a')];
    expect(own.getAttribute('href')).to.equal('/mantelzorg/cafe');
    expect(own.hasAttribute('target')).to.equal(false);
    expect(own.textContent).not.to.contain('nieuw venster');
    expect(other.getAttribute('href')).to.equal('https://elders.example/x');
    expect(other.getAttribute('target')).to.equal('_blank');
    expect(other.textContent).to.contain('(opent in een nieuw venster)');
  });
});
