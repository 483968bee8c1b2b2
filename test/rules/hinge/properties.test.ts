/**
 * Properties of every checklist over every situation the vocabulary allows (a seeded sample): every
 * step with money has a date and a source; no step points to a service the situation excludes; every
 * source is catalogued; the four languages have the same steps.
 */
import { expect } from '@open-wc/testing';
import {
  buildHingeChecklist,
  hingeExcludedServices,
  HINGE_ADMISSION,
  HINGE_CARE_AT_HOME,
  HINGE_HELP,
  HINGE_MOMENTS,
  HINGE_PAPERS,
  HINGE_PLACE,
  HINGE_TEXTS,
  type HingeDataTexts,
  type HingeSituation,
} from '../../../src/rules/hinge/index.js';
import { HINGE_STEPS } from '../../../src/data/hinge/steps.js';
import { HINGE_SOURCES } from '../../../src/data/sources/hinge.js';
import { prng } from '../../helpers/prng.js';

const SEED = 20261214;
const RUNS = 2000;

function situation(r: () => number): HingeSituation {
  const pick = <T,>(xs: readonly T[]): T | undefined => (r() < 0.2 ? undefined : xs[Math.floor(r() * xs.length)]);
  const s: HingeSituation = {};
  const a = pick(HINGE_ADMISSION);
  if (a) s.admission = a;
  const c = pick(HINGE_CARE_AT_HOME);
  if (c) s.careAtHome = c;
  if (r() < 0.7) s.helpInPlace = HINGE_HELP.filter(() => r() < 0.4);
  const p = pick(HINGE_PAPERS);
  if (p) s.papers = p;
  const w = pick([true, false]);
  if (w !== undefined) s.works = w;
  const i = pick([true, false]);
  if (i !== undefined) s.involved = i;
  const pl = pick(HINGE_PLACE);
  if (pl) s.place = pl;
  return s;
}

describe('hinge rules: properties', () => {
  let texts: HingeDataTexts;
  before(async () => {
    texts = HINGE_TEXTS.nl;
  });

  it(`${RUNS} situations × 4 moments: money dated and sourced, nothing excluded, sources catalogued (seed ${SEED})`, () => {
    const r = prng(SEED);
    const byId = new Map(HINGE_STEPS.map((d) => [d.id, d]));
    for (let run = 0; run < RUNS; run++) {
      const s = situation(r);
      for (const moment of HINGE_MOMENTS) {
        const asOf = r() < 0.5 ? '2026-12-01' : `202${Math.floor(r() * 7)}-0${1 + Math.floor(r() * 9)}-15`;
        const list = buildHingeChecklist(s, { moment, asOf, lang: 'nl', overlay: null, texts });
        const excluded = hingeExcludedServices(s, moment);
        const where = `run ${run} ${moment} ${JSON.stringify(s)}`;
        expect(list.steps.length, where).to.be.greaterThan(4);
        for (const step of list.steps) {
          const d = byId.get(step.id);
          expect(d, where).to.not.equal(undefined);
          if (d?.service) expect(excluded.has(d.service), `${where}: ${step.id} points to ${d.service}`).to.equal(false);
          if (step.amount) {
            expect(step.amount.validFrom, where).to.match(/^\d{4}-\d{2}-\d{2}$/);
            expect(step.amount.validFrom <= asOf, where).to.equal(true);
            expect(step.sources.length, where).to.be.greaterThan(0);
          }
          expect(step.sources.length, `${where}: ${step.id} has no source`).to.be.greaterThan(0);
          for (const src of step.sources) expect(src.url in HINGE_SOURCES, `${src.url} not catalogued`).to.equal(true);
        }
        expect(new Set(list.steps.map((x) => x.id)).size, where).to.equal(list.steps.length);
      }
    }
  });

  it('every step has a title and detail in all four languages, and every contact a name', async () => {
    for (const lang of ['nl', 'fr', 'en', 'de'] as const) {
      const t = HINGE_TEXTS[lang];
      for (const d of HINGE_STEPS) {
        expect(t.steps[d.id]?.title, `${lang} ${d.id}`).to.be.a('string').and.not.equal('');
        expect(t.steps[d.id]?.detail, `${lang} ${d.id}`).to.be.a('string').and.not.equal('');
        if (d.contact) expect(t.contacts[d.contact], `${lang} ${d.contact}`).to.be.a('string').and.not.equal('');
      }
      expect(Object.keys(t.steps).sort()).to.deep.equal(HINGE_STEPS.map((d) => d.id).sort());
    }
  });
});
