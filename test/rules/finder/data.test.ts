import { expect } from '@open-wc/testing';
import { FIELD_PRESENTATION, RECORDS, RECORDS_BY_ID, type FinderRecord } from '../../../src/data/finder/records.js';
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

  // Source of the contacts: "Mantelzorg", presentation for care region ELZ Aalst, Vlaams Expertisepunt
  // Mantelzorg (undated); newer own pages win: lieverthuislm.be, samana.be/mantelzorger/.
  it('every recognised association shows a phone number or e-mail address, each with its source', () => {
    for (const r of RECORDS.filter((x) => x.recognised)) {
      expect(Boolean(r.phone || r.email), r.id).to.equal(true);
      expect(r.contact, `${r.id}: contact sources`).to.exist;
      if (r.phone) expect(r.contact!.phone, `${r.id}: phone source`).to.exist;
      if (r.email) expect(r.contact!.email, `${r.id}: e-mail source`).to.exist;
      expect(r.unverified, r.id).not.to.include('contactUnverified');
    }
  });

  it('every phone and e-mail line has a source and a check date; a cited URL is one of the record\'s sources', () => {
    for (const r of RECORDS) {
      if (!r.phone && !r.email) continue;
      expect(r.contact, r.id).to.exist;
      expect(r.contact!.checked, r.id).to.match(DATE);
      for (const f of ['phone', 'email', 'website'] as const) {
        const s = r.contact![f];
        if (r[f] === undefined || s === undefined) continue;
        if (typeof s === 'string') expect(r.sources, `${r.id}.${f}`).to.include(s);
        else expect(s.title.length > 3 && s.publisher.length > 2 && (s.date === null || DATE.test(s.date)), `${r.id}.${f}`).to.equal(true);
      }
    }
  });

  it('the presentation\'s contacts are shown where no own page is newer (Mantelzorgnetwerk, Coponcho, OKRA, Samana phone, Steunpunt)', () => {
    const n = RECORDS_BY_ID.mantelzorgnetwerk;
    expect([n.phone, n.email, n.website]).to.deep.equal(['016 24 49 49', 'mantelzorgnetwerk@samenferm.be', 'https://www.mantelzorgnetwerk.com']);
    expect(n.contact!.phone).to.equal(FIELD_PRESENTATION);
    const c = RECORDS_BY_ID.coponcho;
    expect([c.phone, c.email, c.website]).to.deep.equal(['02 515 02 63', 'info@coponcho.be', 'https://www.coponcho.be']);
    expect([RECORDS_BY_ID.okraZorgrecht.phone, RECORDS_BY_ID.okraZorgrecht.email]).to.deep.equal(['02 246 57 72', 'zorgrecht@okra.be']);
    expect(RECORDS_BY_ID.samana.phone).to.equal('02 246 47 94');
    expect([RECORDS_BY_ID.steunpuntMantelzorg.phone, RECORDS_BY_ID.steunpuntMantelzorg.email]).to.deep.equal(['02 515 04 42', 'info@steunpuntmantelzorg.be']);
    expect(RECORDS_BY_ID.magenta.website).to.equal('https://www.magentaproject.be');
  });

  it('an own page wins over the presentation (Liever Thuis LM, Samana e-mail)', () => {
    expect(RECORDS_BY_ID.lieverThuisLm.contact!.phone).to.equal('http://lieverthuislm.be/');
    expect(RECORDS_BY_ID.samana.contact!.email).to.equal('https://www.samana.be/mantelzorger/');
  });

  it('Kenniscentrum WWZ: no staff member\'s direct line presented as the service\'s number', () => {
    expect(RECORDS_BY_ID.kenniscentrumWwz.phone).to.equal(undefined);
    for (const r of RECORDS) expect(r.phone, r.id).not.to.equal('02 211 02 40');
  });

  it('Samana: "automatically a member through CM" is not claimed (only a local group page says so)', () => {
    expect(RECORDS_BY_ID.samana.healthFund!.autoMember).to.equal(false);
    expect(RECORDS_BY_ID.samana.affiliation).not.to.match(/automatisch/);
    for (const [lang, t] of Object.entries(TEXTS)) expect(t.samana.affiliation, lang).not.to.match(/automat/i);
    expect(RECORDS_BY_ID.samana.sources.some((s) => s.includes('sint-laureins'))).to.equal(false);
  });

  it('ids are unique', () => {
    expect(new Set(RECORDS.map((r) => r.id)).size).to.equal(RECORDS.length);
  });
});
