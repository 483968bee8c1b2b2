import { expect } from '@open-wc/testing';
import { FEDERAL_RECOGNITION, RECOGNITION_META, RECOGNITION_SOURCE_BY_LOCALE } from '../../../src/data/quiz/recognition.js';
import { YOUNG_META } from '../../../src/data/quiz/young.js';
import { LEARN_MORE_LINKS, OFFICIAL_LINKS, YOUNG_LINKS_SOURCES, YOUNG_SERVICE_LINKS } from '../../../src/data/quiz/links.js';
import { ROUTES } from '../../../src/data/help/routes.js';
import { HELPLINES } from '../../../src/data/help/helplines.js';

const isUrl = (s: string) => /^https?:\/\/[^\s]+$/.test(s);
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

describe('quiz data: dated and sourced', () => {
  it('every data file has a version, a valid-from date and source URLs', () => {
    for (const meta of [RECOGNITION_META, YOUNG_META]) {
      expect(meta.version).to.match(/^\d+\.\d+\.\d+$/);
      expect(isDate(meta.validFrom)).to.equal(true);
      expect(meta.sources.length).to.be.greaterThan(0);
      meta.sources.forEach((s) => expect(isUrl(s), s).to.equal(true));
    }
  });
  it('the federal recognition facts carry their dates and sources', () => {
    const f = FEDERAL_RECOGNITION;
    expect(f.validFrom).to.equal('2020-09-01');
    expect(isDate(f.checkedOn)).to.equal(true);
    expect(isDate(f.leave.validFrom)).to.equal(true);
    expect(f.socialRights).to.deep.equal({ minHoursPerMonth: 50, minHoursPerYear: 600, validityYears: 1 });
    [...f.sources, ...f.leave.sources].forEach((s) => expect(isUrl(s), s).to.equal(true));
    Object.values(RECOGNITION_SOURCE_BY_LOCALE).forEach((s) => expect(isUrl(s.url)).to.equal(true));
  });
  it('every onward link is an http(s) URL in every language', () => {
    for (const byLocale of [...Object.values(OFFICIAL_LINKS), LEARN_MORE_LINKS]) {
      for (const lang of ['nl', 'fr', 'en', 'de'] as const) expect(isUrl(byLocale[lang]), `${lang}`).to.equal(true);
    }
    for (const byLocale of Object.values(YOUNG_SERVICE_LINKS)) Object.values(byLocale).forEach((u) => expect(isUrl(u)).to.equal(true));
    YOUNG_LINKS_SOURCES.forEach((u) => expect(isUrl(u)).to.equal(true));
  });
  it('"need help now?" only names lines that exist in the shared helpline table, with 112 first', () => {
    for (const audience of ['adult', 'young'] as const) {
      for (const ids of Object.values(ROUTES.helpNow[audience])) {
        expect(ids[0]).to.equal('emergency');
        ids.forEach((id) => expect(HELPLINES[id], id).to.exist);
      }
    }
  });
});
