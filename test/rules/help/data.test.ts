import { expect } from '@open-wc/testing';
import { HELPLINES, HELPLINE_IDS, HELPLINE_TOPICS } from '../../../src/data/help/helplines.js';
import { HELP_AUDIENCES, HELP_LANGS, HELP_ROLES, ROUTES } from '../../../src/data/help/routes.js';
import { telUri } from '../../../src/rules/help/links.js';
import { DATE, isUrl } from '../../helpers/formats.js';
import { HELPLINE_SOURCE_DATES } from '../../../src/data/help/freshness.js';
import { HELPLINE_TOPICS_BY_LINE } from '../../../src/data/help/topics.js';


describe('helpline table', () => {
  it('HELPLINE_IDS lists exactly the lines of the table', () => {
    expect([...HELPLINE_IDS].sort()).to.deep.equal(Object.keys(HELPLINES).sort());
  });

  for (const h of Object.values(HELPLINES)) {
    it(`${h.id} is sourced, dated and consistent`, () => {
      expect(h.sources).to.be.an('array').that.is.not.empty;
      for (const s of h.sources) expect(isUrl(s), s).to.equal(true);
      expect(h.lastChecked).to.match(DATE);
      // Ids are names, not numbers: a new number must not make the id wrong.
      expect(h.id).not.to.match(/\d/);
      // Short numbers and 0800 lines stay national in their tel: link.
      expect(telUri(h.number)).to.equal(`tel:${h.number.replace(/\s/g, '')}`);
      expect(HELPLINE_TOPICS_BY_LINE[h.id]).to.be.an('array').that.is.not.empty;
      for (const t of HELPLINE_TOPICS_BY_LINE[h.id]) expect(HELPLINE_TOPICS as readonly string[]).to.include(t);
      for (const lang of ['nl', 'fr', 'en', 'de'] as const) expect(h.description[lang]).to.be.a('string').and.not.equal('');
      if (h.website) {
        expect(isUrl(h.website)).to.equal(true);
        expect(h.unverified).not.to.include('websiteUnverified');
      }
    });
  }

  it('every route names lines of the table, without duplicates', () => {
    for (const role of HELP_ROLES) {
      for (const audience of HELP_AUDIENCES) {
        for (const lang of HELP_LANGS) {
          const ids = ROUTES[role][audience][lang];
          ids.forEach((id) => expect(HELPLINES[id], `${role}/${audience}/${lang}: ${id}`).to.exist);
          expect(new Set(ids).size, `${role}/${audience}/${lang}`).to.equal(ids.length);
        }
      }
    }
  });

  it('youth-only lines are never routed to adults', () => {
    for (const role of HELP_ROLES) {
      if (role === 'youthLine') continue; // asked for by name (e.g. the overload check's young bands only)
      for (const lang of HELP_LANGS) {
        for (const id of ROUTES[role].adult[lang]) expect(HELPLINES[id].audience, `${role}/${lang}: ${id}`).to.equal('all');
      }
    }
  });

  it('every language gets 112 first where a route lists it, and German routes use the documented substitute', () => {
    for (const role of ['helpNow', 'urgent', 'urgentShort'] as const) {
      for (const audience of HELP_AUDIENCES) for (const lang of HELP_LANGS) expect(ROUTES[role][audience][lang][0]).to.equal('emergency');
    }
    expect(HELPLINES.telefonhilfe.unverified).to.include('substituteForGap');
  });

  it('lines answer in the route language, or the route is a documented cross-language one', () => {
    // English has no Belgian line; French and German readers get 1712 (violenceOtherLang) and the
    // dementia line in Dutch: no equivalent in their language is verified.
    for (const role of HELP_ROLES) {
      if (role === 'violenceOtherLang' || role === 'dementia') continue;
      for (const audience of HELP_AUDIENCES) {
        for (const lang of ['nl', 'fr', 'de'] as const) {
          for (const id of ROUTES[role][audience][lang]) expect(HELPLINES[id].languages, `${role}/${audience}/${lang}: ${id}`).to.include(lang);
        }
      }
    }
  });

  it('1712 is free, answers on working days only and says so wherever it is shown (note)', () => {
    const l = HELPLINES.violenceLine;
    expect(l.free).to.equal(true);
    expect(l.availability).to.equal('workingDays');
    expect(HELPLINE_TOPICS_BY_LINE.violenceLine, 'not an emergency line').not.to.include('danger');
    for (const lang of ['nl', 'fr', 'en', 'de'] as const) {
      expect(l.note?.[lang]).to.be.a('string').and.not.equal('');
      expect(l.hours?.[lang], 'the finder and the overload result show `hours`').to.equal(l.note?.[lang]);
    }
    expect(l.sources).to.include('https://www.focus-wtv.be/nieuws/hulplijn-1712-tegen-geweld-gemiddeld-5-telefoons-dag');
  });

  it('every working-days line and every line whose coverage varies carries a caution in four languages', () => {
    for (const h of Object.values(HELPLINES)) {
      const needs = h.availability === 'workingDays' || h.unverified.includes('coverageVaries');
      expect(h.note !== undefined, `${h.id} note`).to.equal(needs);
      if (h.note) for (const lang of ['nl', 'fr', 'en', 'de'] as const) expect(h.note[lang], `${h.id} ${lang}`).to.be.a('string').and.not.equal('');
      if (h.availability === 'dayAndNight') expect(h.hours?.nl).to.equal('Dag en nacht bereikbaar');
    }
  });

  it('every line has a source date (the page date, YYYY[-MM[-DD]]) or null, never in the future', () => {
    expect(Object.keys(HELPLINE_SOURCE_DATES).sort()).to.deep.equal([...HELPLINE_IDS].sort());
    for (const [id, d] of Object.entries(HELPLINE_SOURCE_DATES)) {
      if (d === null) continue;
      expect(d, id).to.match(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(d <= new Date().toISOString().slice(0, 10), `${id} not in the future`).to.equal(true);
    }
  });
});
