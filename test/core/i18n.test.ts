import { expect } from '@open-wc/testing';
import { plural } from '../../src/core/i18n/plural.js';
import { formatters } from '../../src/core/i18n/format.js';
import { createCatalog, loadMessages, messagesIfReady } from '../../src/core/i18n/catalog.js';
import coreNl from '../../src/i18n/core/nl.js';
import coreFr from '../../src/i18n/core/fr.js';
import coreEn from '../../src/i18n/core/en.js';
import coreDe from '../../src/i18n/core/de.js';

describe('plural', () => {
  const forms = { one: '# maand', other: '# maanden' };
  for (const [n, want] of [[0, '0 maanden'], [1, '1 maand'], [2, '2 maanden'], [1.5, '1,5 maanden'], [1000, '1.000 maanden']] as const) {
    it(`nl ${n}`, () => expect(plural('nl', n, forms)).to.equal(want));
  }
  it('fr treats 0 and 1 as one', () => {
    expect(plural('fr', 0, { one: '# mois', other: '# mois' })).to.equal('0 mois');
    expect(plural('fr', 1.5, { one: '# jour', other: '# jours' })).to.equal('1,5 jour');
  });
  it('uses a zero form when given', () => expect(plural('en', 0, { zero: 'none', one: '# day', other: '# days' })).to.equal('none'));
});

describe('formatters', () => {
  it('formats euros the Belgian way per language', () => {
    expect(formatters('nl').money(1234.5)).to.match(/€\s?1\.234,50/);
    expect(formatters('fr').money(1234.5)).to.match(/1\s234,50\s€/);
    expect(formatters('de').money(100)).to.match(/100\s€/);
    expect(formatters('en').money(99.99)).to.match(/€\s?99[.,]99/);
  });
  it('formats calendar dates without time-zone shifts', () => {
    expect(formatters('nl').date('2026-03-01')).to.equal('1 maart 2026');
    expect(formatters('fr').date('2026-03-01')).to.equal('1er mars 2026');
    expect(formatters('fr').date('2026-03-02')).to.equal('2 mars 2026');
    expect(formatters('de').date('2026-03-01')).to.equal('1. März 2026');
    expect(formatters('nl').date('not a date')).to.equal('not a date');
  });
  it('joins lists', () => expect(formatters('nl').list(['a', 'b', 'c'])).to.equal('a, b en c'));
});

describe('catalogs', () => {
  it('fr, en and de have every core key of nl (and the type checker enforces it)', () => {
    for (const cat of [coreFr, coreEn, coreDe]) expect(Object.keys(cat).sort()).to.deep.equal(Object.keys(coreNl).sort());
  });
  it('loads a language once and caches it', async () => {
    let calls = 0;
    const cat = createCatalog<{ a: string }>({
      nl: () => Promise.reject(new Error('never asked')),
      fr: async () => { calls++; return { default: { a: 'fr' } }; },
      en: () => Promise.reject(new Error('never asked')),
      de: () => Promise.reject(new Error('never asked')),
    });
    expect(messagesIfReady(cat, 'fr')).to.equal(undefined);
    const [x, y] = await Promise.all([loadMessages(cat, 'fr'), loadMessages(cat, 'fr')]);
    expect(x.a).to.equal('fr');
    expect(y).to.equal(x);
    expect(calls).to.equal(1);
    expect(messagesIfReady(cat, 'fr')?.a).to.equal('fr');
  });
  it('rejects for a language that is not there, and after a failed load can retry', async () => {
    let fail = true;
    const cat = createCatalog<{ a: string }>({
      nl: async () => ({ default: { a: 'nl' } }),
      fr: async () => ({ default: { a: 'fr' } }),
      // A one-language build resolves the other languages to an empty module: that is a failure too.
      en: async () => ({ default: null as unknown as { a: string } }),
      de: async () => { if (fail) throw new Error('offline'); return { default: { a: 'de' } }; },
    });
    let rejected = false;
    await loadMessages(cat, 'en').catch(() => { rejected = true; });
    expect(messagesIfReady(cat, 'en')).to.equal(undefined);
    expect(rejected).to.equal(true);
    await loadMessages(cat, 'de').catch(() => undefined);
    fail = false;
    expect((await loadMessages(cat, 'de')).a).to.equal('de');
  });
  it('starts with no language loaded, Dutch included (every language is its own chunk)', () => {
    const cat = createCatalog<{ a: string }>({
      nl: async () => ({ default: { a: 'nl' } }),
      fr: async () => ({ default: { a: 'fr' } }),
      en: async () => ({ default: { a: 'en' } }),
      de: async () => ({ default: { a: 'de' } }),
    });
    expect(messagesIfReady(cat, 'nl')).to.equal(undefined);
    expect(cat.loaded.size).to.equal(0);
  });
});
