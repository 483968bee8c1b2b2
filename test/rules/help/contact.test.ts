import { expect } from '@open-wc/testing';
import { isValidEmail, isValidPhone, partnerUrl, safeHttpsUrl } from '../../../src/rules/help/contact.js';
import { checkOffers } from '../../../src/rules/help/offers.js';
import { validateFinderOverlay } from '../../../src/rules/finder/index.js';
import { sanitiseLeaveOverlay } from '../../../src/rules/leave/overlay.js';
import { parsePartner } from '../../../src/components/overload-check/partner.js';

// One table per shared field: the finder, the overload check, the leave calculator (hrContact) and
// the quiz (schoolContact) all call these, so a value gets one verdict everywhere.
const PHONES: readonly [string, boolean][] = [
  ['106', true],
  ['0800 15', true],
  ['09 123 45 67', true],
  ['+32 9 123 45 67', true],
  ['(09) 123.45.67', true],
  ['050/12-34-56', true],
  ['+32 (0)9 123 45 67 / 89', true], // 23 characters: the overload check used to refuse it
  ['12', false],
  ['call me', false],
  ['<b>050</b>', false],
  ['09 123 45 67 89 01 23 45', false], // 17 digits: more than E.164 allows
  ['', false],
];
const EMAILS: readonly [string, boolean][] = [
  ['zorg@zonnedorp.be', true],
  ['a.b+c@sub.example.org', true],
  ['x@y.b', false], // one-letter top-level domain: the leave calculator used to accept it
  ['info@', false],
  ['nobody', false],
  ['<a@b.be>', false],
  ['"Zorg" <zorg@x.be>', false],
];
const URLS: readonly [string, string | undefined][] = [
  ['https://www.zonnedorp.be/mantelzorg', 'https://www.zonnedorp.be/mantelzorg'],
  ['  https://intranet.example/zorg ', 'https://intranet.example/zorg'],
  ['http://www.zonnedorp.be', undefined],
  ['javascript:alert(1)', undefined],
  ['data:text/html,x', undefined],
  ['ftp://files.zonnedorp.be', undefined],
  ['https://user:pw@evil.example', undefined],
  ['/mantelzorg', undefined],
];

describe('shared contact fields', () => {
  for (const [v, want] of PHONES) it(`phone ${JSON.stringify(v)} → ${want}`, () => expect(isValidPhone(v)).to.equal(want));
  for (const [v, want] of EMAILS) it(`e-mail ${JSON.stringify(v)} → ${want}`, () => expect(isValidEmail(v)).to.equal(want));
  for (const [v, want] of URLS) it(`website ${JSON.stringify(v)} → ${String(want)}`, () => expect(safeHttpsUrl(v)).to.equal(want));

  it('onward links: paths on the page\'s own origin and https:, never script, other schemes or other hosts', () => {
    const page = 'https://p.be/a/b';
    for (const [ok, url] of [['/hulp', '/hulp'], ['#finder', '/a/b#finder'], ['?x=1', '/a/b?x=1'], ['https://a.be', 'https://a.be/']]) expect(partnerUrl(ok, page)?.url, ok).to.equal(url);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '', 'hulp pagina', 42, 'mailto:a@b.be', 'tel:106', 'http://a.be', '//evil.example/x']) expect(partnerUrl(bad, page), String(bad)).to.equal(undefined);
  });

  it('the leave calculator\'s hrContact gets the same phone and e-mail verdicts', () => {
    for (const [phone, want] of PHONES.filter(([p]) => p !== '')) {
      const r = sanitiseLeaveOverlay({ hrContact: { name: 'HR', phone } });
      expect(r.overlay?.hrContact?.phone === phone.trim(), phone).to.equal(want);
    }
    for (const [email, want] of EMAILS) {
      const r = sanitiseLeaveOverlay({ hrContact: { name: 'HR', email } });
      expect(r.overlay?.hrContact?.email === email, email).to.equal(want);
      if (!want) expect(r.problems).to.deep.include({ code: 'overlay.badHrContact', path: 'hrContact.email' });
    }
  });
});

describe('one offers list, one verdict in the finder and the overload check', () => {
  // The list of the architecture review's probe, plus one bad value per shared field.
  const offers: unknown[] = [
    { name: 'Lange nummer', phone: '+32 (0)9 123 45 67 / 89' },
    { name: 'Vrije tag', tags: ['bingo'] },
    { name: 'Goed', tags: ['dementia', 'young'], bands: ['high'], audience: 'adult', phone: '0800 15', email: 'a@b.be', website: 'https://a.be' },
    { name: 'Korte TLD', email: 'x@y.b' },
    { name: 'Http', website: 'http://a.be' },
    { name: 'Onbekend veld', colour: 'red' },
    { name: 'Band', bands: ['panic'] },
    { name: { es: 'Hola' } },
    'geen object',
    { name: 'Lege velden', phone: '', email: '  ', description: '' },
  ];
  const kept = ['Lange nummer', 'Goed', 'Lege velden'];
  const bad = ['offers[1].tags[0]', 'offers[3].email', 'offers[4].website', 'offers[5].colour', 'offers[6].bands[0]', 'offers[7].name.es', 'offers[8]'];

  it('the shared validator', () => {
    const r = checkOffers(offers);
    expect(r.offers.map((o) => o.name)).to.deep.equal(kept);
    expect(r.issues.map((i) => i.path)).to.deep.equal(bad);
  });

  it('the finder: same offers kept, same paths', () => {
    const r = validateFinderOverlay({ offers });
    expect(r.offers.map((o) => o.name.nl)).to.deep.equal(kept);
    expect(r.issues.map((i) => i.path)).to.deep.equal(bad);
  });

  it('the overload check: same offers kept, same paths', () => {
    const r = parsePartner({ offers });
    expect(r.offers.map((o) => o.name)).to.deep.equal(kept);
    expect(r.issues.map((i) => i.detail)).to.deep.equal(bad);
  });

  it('at most 50 offers, the rest named once', () => {
    const many = Array.from({ length: 53 }, (_, i) => ({ name: `O${i}` }));
    const r = checkOffers(many);
    expect(r.offers).to.have.length(50);
    expect(r.issues).to.deep.equal([{ path: 'offers[50]', field: 'offers', problem: 'tooMany' }]);
    expect(parsePartner({ offers: many }).issues).to.deep.equal([{ code: 'bad-config', detail: 'offers[50]' }]);
  });
});
