import { expect } from '@open-wc/testing';
import { findSupport, validateFinderOverlay, FINDER_MAX_OFFERS } from '../../../src/rules/finder/index.js';

const good = { name: 'Mantelzorgcafé Zonnedorp', description: 'Elke eerste maandag.', tags: ['peers'], phone: '050 12 34 56', email: 'zorg@zonnedorp.be', website: 'https://www.zonnedorp.be/mantelzorg', address: 'Markt 1, 9999 Zonnedorp', hours: 'ma 14–16 u' };

// Each malformed record is dropped with its own code and JSON path; the good ones around it survive.
const malformed: Array<[string, unknown, string, string]> = [
  ['not an object', 'Mantelzorgcafé', 'offer.notObject', 'offers[1]'],
  ['null', null, 'offer.notObject', 'offers[1]'],
  ['array', ['a'], 'offer.notObject', 'offers[1]'],
  ['no name', { description: 'x' }, 'offer.nameMissing', 'offers[1].name'],
  ['empty name', { name: '   ' }, 'offer.nameMissing', 'offers[1].name'],
  ['name is a number', { name: 42 }, 'offer.nameMissing', 'offers[1].name'],
  ['name too long', { name: 'x'.repeat(121) }, 'offer.nameTooLong', 'offers[1].name'],
  ['description with unknown language key', { name: 'A', description: { nl: 'x', xx: 'y' } }, 'offer.descriptionInvalid', 'offers[1].description.xx'],
  ['description too long', { name: 'A', description: 'x'.repeat(601) }, 'offer.descriptionInvalid', 'offers[1].description'],
  ['tags not an array', { name: 'A', tags: 'peers' }, 'offer.tagsInvalid', 'offers[1].tags'],
  ['unknown tag', { name: 'A', tags: ['peers', 'bingo'] }, 'offer.tagUnknown', 'offers[1].tags[1]'],
  ['phone with letters', { name: 'A', phone: 'call me' }, 'offer.phoneInvalid', 'offers[1].phone'],
  ['email without domain', { name: 'A', email: 'info@' }, 'offer.emailInvalid', 'offers[1].email'],
  ['javascript: website', { name: 'A', website: 'javascript:alert(1)' }, 'offer.websiteInvalid', 'offers[1].website'],
  ['data: website', { name: 'A', website: 'data:text/html,<script>alert(1)</script>' }, 'offer.websiteInvalid', 'offers[1].website'],
  ['website with credentials', { name: 'A', website: 'https://user:pw@evil.example' }, 'offer.websiteInvalid', 'offers[1].website'],
  ['plain http website', { name: 'A', website: 'http://www.zonnedorp.be' }, 'offer.websiteInvalid', 'offers[1].website'],
  ['unknown field', { name: 'A', colour: 'red' }, 'offer.fieldInvalid', 'offers[1].colour'],
  ['unknown band (read by the overload check)', { name: 'A', bands: ['panic'] }, 'offer.fieldInvalid', 'offers[1].bands[0]'],
  ['address is an array', { name: 'A', address: ['Markt 1'] }, 'offer.addressInvalid', 'offers[1].address'],
  ['hours is a number', { name: 'A', hours: 9 }, 'offer.hoursInvalid', 'offers[1].hours'],
];

describe('partner overlay validation', () => {
  it('no overlay: no offers, no issues', () => {
    expect(validateFinderOverlay(undefined)).to.deep.equal({ offers: [], issues: [] });
    expect(validateFinderOverlay(null)).to.deep.equal({ offers: [], issues: [] });
  });

  it('a valid overlay is kept as is (HSDS-like fields)', () => {
    const v = validateFinderOverlay({ offers: [good] });
    expect(v.issues).to.deep.equal([]);
    expect(v.offers[0]).to.include({ phone: '050 12 34 56', email: 'zorg@zonnedorp.be', website: 'https://www.zonnedorp.be/mantelzorg' });
    expect(v.offers[0].name.nl).to.equal('Mantelzorgcafé Zonnedorp');
  });

  it(`has at least 10 malformed cases (${malformed.length})`, () => {
    expect(malformed.length).to.be.at.least(10);
  });

  for (const [label, record, code, path] of malformed) {
    it(`drops a record with ${label} (${code}) and keeps the rest`, () => {
      const v = validateFinderOverlay({ offers: [good, record, { ...good, name: 'Tweede' }] });
      expect(v.issues).to.deep.equal([{ code, index: 1, path }]);
      expect(v.offers.map((o) => o.name.nl)).to.deep.equal(['Mantelzorgcafé Zonnedorp', 'Tweede']);
    });
  }

  it('all malformed records at once: each dropped with its own issue, good ones shown by findSupport', () => {
    const offers = [good, ...malformed.map(([, r]) => r), { ...good, name: 'Laatste' }];
    const r = findSupport({}, { overlay: { offers } });
    expect(r.issues.length).to.equal(malformed.length);
    expect(r.local.map((l) => l.name)).to.deep.equal(['Mantelzorgcafé Zonnedorp', 'Laatste']);
    expect(r.associations.length).to.be.greaterThan(5);
  });

  it('offer websites: a path on the page\'s own site is kept as a path (with the page URL); other sites need https:', () => {
    const page = 'https://www.zonnedorp.be/mantelzorg/start';
    const site = (website: string, base?: string) => validateFinderOverlay({ offers: [{ name: 'A', website }] }, base);
    expect(site('/cafe', page).offers[0]?.website).to.equal('/cafe');
    expect(site('cafe#uren', page).offers[0]?.website).to.equal('/mantelzorg/cafe#uren');
    expect(site('https://www.zonnedorp.be/cafe', page).offers[0]?.website).to.equal('/cafe');
    expect(site('https://www.elders.be/cafe', page).offers[0]?.website).to.equal('https://www.elders.be/cafe');
    for (const bad of ['//evil.example/x', 'http://evil.example/x', 'javascript:alert(1)', '/\\evil.example']) {
      expect(site(bad, page).issues, bad).to.deep.equal([{ code: 'offer.websiteInvalid', index: 0, path: 'offers[0].website' }]);
    }
    // Without the page URL (rules used on their own) only https: passes.
    expect(site('/cafe').issues.map((i) => i.code)).to.deep.equal(['offer.websiteInvalid']);
    // The first bad field is still the one named: phone comes before website.
    expect(validateFinderOverlay({ offers: [{ name: 'A', phone: 'x', website: '/cafe' }] }, page).issues[0].path).to.equal('offers[0].phone');
    expect(findSupport({}, { overlay: { offers: [{ name: 'A', website: '/cafe' }] }, base: page }).local[0].website).to.equal('/cafe');
  });

  it('options.base must be an absolute URL', () => {
    expect(() => findSupport({}, { base: 42 as unknown as string })).to.throw(TypeError, 'options.base');
    expect(() => findSupport({}, { base: 'not a url' })).to.throw(RangeError, 'options.base');
  });

  it('root problems: not an object, offers not an array', () => {
    expect(validateFinderOverlay('hello').issues).to.deep.equal([{ code: 'overlay.notObject' }]);
    expect(validateFinderOverlay([1, 2]).issues).to.deep.equal([{ code: 'overlay.notObject' }]);
    expect(validateFinderOverlay({ offers: {} }).issues).to.deep.equal([{ code: 'overlay.offersNotArray', path: 'offers' }]);
  });

  it(`keeps at most ${FINDER_MAX_OFFERS} offers`, () => {
    const v = validateFinderOverlay({ offers: Array.from({ length: FINDER_MAX_OFFERS + 5 }, (_, i) => ({ name: `O${i}` })) });
    expect(v.offers.length).to.equal(FINDER_MAX_OFFERS);
    expect(v.issues).to.deep.equal([{ code: 'overlay.tooManyOffers', index: FINDER_MAX_OFFERS, path: `offers[${FINDER_MAX_OFFERS}]` }]);
  });

  it('keeps markup as plain text (never interpreted)', () => {
    const v = validateFinderOverlay({ offers: [{ name: '<img src=x onerror=alert(1)>Café', description: '<b>vet</b>' }] });
    expect(v.offers[0].name.nl).to.equal('<img src=x onerror=alert(1)>Café');
    expect(v.offers[0].description!.nl).to.equal('<b>vet</b>');
  });

  it('accepts localized texts and falls back to another language for nl', () => {
    const v = validateFinderOverlay({ offers: [{ name: { fr: 'Café des aidants' }, description: { nl: 'Elke maand', fr: 'Chaque mois' } }] });
    expect(v.offers[0].name.nl).to.equal('Café des aidants');
    const r = findSupport({}, { lang: 'fr', overlay: { offers: [{ name: { nl: 'Café', fr: 'Café FR' }, description: { nl: 'NL', fr: 'FR' } }] } });
    expect(r.local[0].name).to.equal('Café FR');
    expect(r.local[0].description).to.equal('FR');
  });

  describe('premium', () => {
    const premium = { amount: 25, period: 'month', conditions: 'Je woont in Zonnedorp.', url: 'https://www.zonnedorp.be/premie', validFrom: '2026-01-01' };
    it('amounts up to 5000 a year are kept (per month: 5000 / 12)', () => {
      for (const p of [{ period: 'year', amount: 5000 }, { period: 'once', amount: 5000 }, { period: 'month', amount: 416.66 }, { period: 'month', amount: 0.5 }]) {
        expect(findSupport({}, { overlay: { premium: { ...premium, ...p } } }).premium?.amount, JSON.stringify(p)).to.equal(p.amount);
      }
    });

    it('premium url: a path on the page\'s own site is kept as a path (with the page URL), refused without it', () => {
      const page = 'https://www.zonnedorp.be/mantelzorg/start';
      const at = (url: string, base?: string) => validateFinderOverlay({ premium: { ...premium, url } }, base);
      expect(at('/premie', page).premium?.url).to.equal('/premie');
      expect(at('premie?x=1', page).premium?.url).to.equal('/mantelzorg/premie?x=1');
      expect(at('https://www.zonnedorp.be/premie', page).premium?.url).to.equal('/premie');
      expect(at('https://www.vlaanderen.be/premie', page).premium?.url).to.equal('https://www.vlaanderen.be/premie');
      expect(at('/premie').issues.map((i) => i.code)).to.deep.equal(['premium.urlInvalid']);
      expect(at('//evil.example/x', page).issues.map((i) => i.code)).to.deep.equal(['premium.urlInvalid']);
      expect(findSupport({}, { overlay: { premium: { ...premium, url: '/premie' } }, base: page }).premium?.url).to.equal('/premie');
    });

    it('a valid premium is on the result', () => {
      const r = findSupport({}, { overlay: { premium } });
      expect(r.premium).to.deep.equal({ amount: 25, period: 'month', conditions: 'Je woont in Zonnedorp.', url: 'https://www.zonnedorp.be/premie', validFrom: '2026-01-01' });
    });
    const bad: Array<[string, unknown, string]> = [
      ['not an object', 25, 'premium.notObject'],
      ['negative amount', { ...premium, amount: -5 }, 'premium.amountInvalid'],
      ['amount as string', { ...premium, amount: '25' }, 'premium.amountInvalid'],
      ['unknown period', { ...premium, period: 'week' }, 'premium.periodInvalid'],
      ['bad date', { ...premium, validFrom: '2026-02-30' }, 'premium.validFromInvalid'],
      ['javascript url', { ...premium, url: 'javascript:void(0)' }, 'premium.urlInvalid'],
      ['protocol-relative url', { ...premium, url: '//evil.example/premie' }, 'premium.urlInvalid'],
      ['http url on another site', { ...premium, url: 'http://evil.example/premie' }, 'premium.urlInvalid'],
      ['amount of 1e308', { ...premium, amount: 1e308 }, 'premium.amountInvalid'],
      ['amount NaN as text', { ...premium, amount: 'NaN' }, 'premium.amountInvalid'],
      ['amount 0', { ...premium, amount: 0 }, 'premium.amountInvalid'],
      ['yearly amount above 5000', { ...premium, period: 'year', amount: 5000.01 }, 'premium.amountInvalid'],
      ['one-off amount above 5000', { ...premium, period: 'once', amount: 6000 }, 'premium.amountInvalid'],
      ['monthly amount above 5000 a year (cents written as euros: 2500 for €25)', { ...premium, amount: 2500 }, 'premium.amountInvalid'],
      ['monthly amount just above 5000 / 12', { ...premium, amount: 416.67 }, 'premium.amountInvalid'],
      ['conditions object with bad key', { ...premium, conditions: { xx: 'y' } }, 'premium.conditionsInvalid'],
    ];
    for (const [label, p, code] of bad) {
      it(`drops a premium with ${label} (${code}), offers still shown`, () => {
        const r = findSupport({}, { overlay: { premium: p, offers: [good] } });
        expect(r.premium).to.equal(undefined);
        expect(r.issues).to.deep.equal([{ code }]);
        expect(r.local.length).to.equal(1);
      });
    }
  });

  describe('local offers in findSupport', () => {
    const offers = [
      { name: 'Oppas Zonnedorp', tags: ['respite'] },
      { name: 'Algemeen loket' },
      { name: 'Dementiecafé', tags: ['dementia', 'peers'] },
      { name: 'Jongerenpunt', tags: ['young'] },
    ];
    it('empty profile: every offer, in the partner order, marked as local', () => {
      const r = findSupport({}, { overlay: { offers } });
      expect(r.local.map((l) => l.name)).to.deep.equal(['Oppas Zonnedorp', 'Algemeen loket', 'Dementiecafé', 'Jongerenpunt']);
      expect(r.local.every((l) => l.reasons[0] === 'reason.local')).to.equal(true);
    });
    it('with answers: fitting offers first, general ones kept, non-fitting ones left out', () => {
      const r = findSupport({ careFor: ['dementia'], needs: ['peers'] }, { overlay: { offers } });
      expect(r.local.map((l) => l.name)).to.deep.equal(['Dementiecafé', 'Algemeen loket']);
      expect(r.local[0].reasons).to.include.members(['reason.careFor.dementia', 'reason.need.peers']);
    });
    it('young tag fits under-25s', () => {
      const r = findSupport({ ageGroup: 'under25' }, { overlay: { offers } });
      expect(r.local.map((l) => l.name)).to.deep.equal(['Jongerenpunt', 'Algemeen loket']);
    });
    it('turns a local phone number into an international tel: link', () => {
      const r = findSupport({}, { overlay: { offers: [{ name: 'A', phone: '050 12 34 56' }, { name: 'B', phone: '0800 15 225' }] } });
      expect(r.local[0].tel).to.equal('tel:+3250123456');
      expect(r.local[1].tel).to.equal('tel:080015225');
    });
  });
});
