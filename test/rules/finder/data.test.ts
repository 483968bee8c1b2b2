import { expect } from '@open-wc/testing';
import { RECORDS, RECORDS_BY_ID, type FinderRecord } from '../../../src/data/finder/records.js';
import { REGIONS, SERVICE_TAGS, TARGET_TAGS } from '../../../src/data/finder/vocabulary.js';
import { texts as fr } from '../../../src/data/finder/texts/fr.js';
import { texts as en } from '../../../src/data/finder/texts/en.js';
import { texts as de } from '../../../src/data/finder/texts/de.js';
import { DATE, isUrl } from '../../helpers/formats.js';

const TEXTS = { fr, en, de };


describe('finder data: every record is sourced, dated and uses the vocabulary', () => {
  for (const r of RECORDS as readonly FinderRecord[]) {
    it(`${r.id}`, () => {
      expect(r.sources, 'sources').to.be.an('array').that.is.not.empty;
      for (const s of r.sources) expect(isUrl(s), s).to.equal(true);
      expect(r.lastChecked, 'lastChecked').to.match(DATE);
      expect(new Date(r.lastChecked).getTime() <= Date.now() + 86400000, 'not in the future').to.equal(true);
      for (const t of r.targets) expect(TARGET_TAGS as readonly string[], `target ${t}`).to.include(t);
      for (const t of r.services) expect(SERVICE_TAGS as readonly string[], `service ${t}`).to.include(t);
      for (const g of r.regions) expect(REGIONS as readonly string[], `region ${g}`).to.include(g);
      expect(r.targets.length + r.services.length).to.be.greaterThan(0);
      expect(r.description, 'description (nl)').to.be.a('string').and.not.equal('');
      for (const [lang, t] of Object.entries(TEXTS)) {
        expect(t[r.id]?.description, `description.${lang}`).to.be.a('string').and.not.equal('');
        expect(Boolean(t[r.id]?.affiliation), `affiliation.${lang} only where nl has one`).to.equal(Boolean(r.affiliation));
      }
      expect(r.name.nl).to.be.a('string').and.not.equal('');
      if (r.website) expect(isUrl(r.website), r.website).to.equal(true);
      if (r.email) expect(r.email).to.match(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/);
      if (r.phone) expect(r.phone).to.match(/^[0-9 ]+$/);
    });
  }

  it('exactly six recognised associations, and ZoJong! and Magenta are marked not recognised', () => {
    expect(RECORDS.filter((r) => r.recognised).map((r) => r.id).sort()).to.deep.equal(
      ['coponcho', 'lieverThuisLm', 'mantelzorgnetwerk', 'okraZorgrecht', 'samana', 'steunpuntMantelzorg'],
    );
    expect(RECORDS_BY_ID.zojong.recognised).to.equal(false);
    expect(RECORDS_BY_ID.magenta.recognised).to.equal(false);
  });

  it('no affiliation is shown where the sources only suggest one', () => {
    for (const r of RECORDS) if (r.unverified.includes('affiliationUnverified')) expect(r.affiliation, r.id).to.equal(undefined);
    expect(RECORDS_BY_ID.mantelzorgnetwerk.affiliation).to.equal(undefined);
    expect(RECORDS_BY_ID.steunpuntMantelzorg.affiliation).to.equal(undefined);
  });

  it('no seed-only phone number slipped in', () => {
    const seedOnly = ['02 515 02 63', '02 246 57 72', '016 24 49 49', '02 246 47 94', '02 515 04 42'];
    for (const r of RECORDS) expect(seedOnly, r.id).not.to.include(r.phone);
  });

  it('ids are unique', () => {
    expect(new Set(RECORDS.map((r) => r.id)).size).to.equal(RECORDS.length);
  });
});
