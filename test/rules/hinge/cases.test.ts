/**
 * Table-driven cases of hingeChecklist(): every moment × the main situations, with the steps that
 * must be there and the steps that must not.
 */
import { expect } from '@open-wc/testing';
import { hingeChecklist, HINGE_MOMENTS, type HingeMoment, type HingeSituation } from '../../../src/rules/hinge/index.js';

interface Case {
  name: string;
  moment: HingeMoment;
  situation: HingeSituation;
  has: string[];
  not: string[];
}

const CASES: Case[] = [
  { name: 'planned admission', moment: 'hospital-admission', situation: { admission: 'planned' }, has: ['admPlanDischarge', 'admHomeHelpEarly', 'admRoom', 'admBring', 'work', 'confidant'], not: ['admBringLater'] },
  { name: 'urgent admission', moment: 'hospital-admission', situation: { admission: 'urgent' }, has: ['admBringLater', 'admCoverHome', 'admBring'], not: ['admPlanDischarge', 'admHomeHelpEarly', 'admRoom'] },
  { name: 'admission, not working, not involved', moment: 'hospital-admission', situation: { works: false, involved: false }, has: ['admBring', 'hospitalComplaint'], not: ['work', 'confidant', 'admAskWard'] },
  { name: 'discharge, nobody at home', moment: 'hospital-discharge', situation: { careAtHome: 'nobody' }, has: ['disRecoveryStay', 'disCareHomeNext', 'disTalk', 'disTransport'], not: [] },
  { name: 'discharge, I care at home, nursing and aids in place', moment: 'hospital-discharge', situation: { careAtHome: 'me', helpInPlace: ['homeNursing', 'aids'] }, has: ['disFamilyCare', 'disGp', 'careBudget'], not: ['disRecoveryStay', 'disCareHomeNext', 'disHomeNursing', 'disAids'] },
  { name: 'discharge, all help in place', moment: 'hospital-discharge', situation: { helpInPlace: ['homeNursing', 'familyCare', 'meals', 'aids'] }, has: ['disSocialService'], not: ['disHomeNursing', 'disFamilyCare', 'disMeals', 'disAids'] },
  { name: 'care home, person manages papers', moment: 'care-home', situation: { papers: 'yes' }, has: ['wzcOrient', 'wzcPrice', 'wzcContract', 'wzcComplaint', 'wzcCouncil', 'careMandate'], not: ['guardianship', 'admBring'] },
  { name: 'care home, person cannot manage papers', moment: 'care-home', situation: { papers: 'no', involved: true }, has: ['guardianship', 'careMandate', 'wzcCouncil'], not: [] },
  { name: 'end of life at home', moment: 'end-of-life', situation: { place: 'home', works: true }, has: ['eolAllowance', 'eolHomeTeam', 'eolLeave', 'eolWishes', 'disHomeNursing'], not: ['eolCareHome', 'eolHospital', 'work'] },
  { name: 'end of life in a care home', moment: 'end-of-life', situation: { place: 'careHome' }, has: ['eolCareHome', 'eolWishes'], not: ['eolAllowance', 'eolHomeTeam', 'eolHospital', 'disHomeNursing'] },
  { name: 'end of life in hospital', moment: 'end-of-life', situation: { place: 'hospital' }, has: ['eolHospital'], not: ['eolAllowance', 'eolCareHome'] },
];

describe('hinge rules: cases', () => {
  for (const c of CASES) {
    it(`${c.moment}: ${c.name}`, async () => {
      const r = await hingeChecklist(c.situation, { moment: c.moment, asOf: '2026-12-01' });
      const ids = r.steps.map((s) => s.id);
      for (const id of c.has) expect(ids, `${id} missing`).to.include(id);
      for (const id of c.not) expect(ids, `${id} present`).not.to.include(id);
    });
  }

  it('every moment gives steps in every phase, in time order, with the public shape', async () => {
    for (const moment of HINGE_MOMENTS) {
      const r = await hingeChecklist({}, { moment, asOf: '2026-12-01' });
      expect(r.moment).to.equal(moment);
      expect(r.asOf).to.equal('2026-12-01');
      expect(r.dataVersion).to.match(/^\d+\.\d+\.\d+$/);
      const whens = r.steps.map((s) => s.when);
      expect(new Set(whens)).to.deep.equal(new Set(['before', 'day', 'after']));
      expect(whens).to.deep.equal([...whens].sort((a, b) => ['before', 'day', 'after'].indexOf(a) - ['before', 'day', 'after'].indexOf(b)));
      for (const s of r.steps) {
        expect(s.title.length, s.id).to.be.greaterThan(3);
        expect(s.partner).to.equal(false);
        expect(s.amount === null || typeof s.amount.value === 'number').to.equal(true);
      }
    }
  });

  it('unanswered situation keeps the steps of both answers', async () => {
    const ids = (await hingeChecklist(undefined, { moment: 'hospital-admission', asOf: '2026-12-01' })).steps.map((s) => s.id);
    expect(ids).to.include.members(['admPlanDischarge', 'admBringLater']);
  });

  it('fields that do not apply to a moment are ignored', async () => {
    const a = await hingeChecklist({}, { moment: 'hospital-discharge', asOf: '2026-12-01' });
    const b = await hingeChecklist({ admission: 'urgent', place: 'careHome' }, { moment: 'hospital-discharge', asOf: '2026-12-01' });
    expect(b.steps.map((s) => s.id)).to.deep.equal(a.steps.map((s) => s.id));
  });

  it('amounts follow asOf: the palliative allowance of 2023 and 2024, none before 2021', async () => {
    const at = async (asOf: string) => (await hingeChecklist({ place: 'home' }, { moment: 'end-of-life', asOf })).steps.find((s) => s.id === 'eolAllowance')?.amount;
    expect(await at('2023-06-01')).to.deep.equal({ value: 755.52, per: 'month', validFrom: '2023-01-01' });
    expect(await at('2026-12-01')).to.deep.equal({ value: 801.23, per: 'month', validFrom: '2024-01-01' });
    expect(await at('2020-06-01')).to.equal(null);
    const price = (await hingeChecklist({}, { moment: 'care-home', asOf: '2026-12-01' })).steps.find((s) => s.id === 'wzcPrice');
    expect(price?.amount).to.deep.equal({ value: 74.52, per: 'day', validFrom: '2025-05-01' });
  });

  it('the Woonzorglijn step carries its phone and hours; texts follow lang', async () => {
    for (const lang of ['nl', 'fr', 'en', 'de'] as const) {
      const r = await hingeChecklist({}, { moment: 'care-home', asOf: '2026-12-01', lang });
      const s = r.steps.find((x) => x.id === 'wzcComplaint');
      expect(s?.contact?.phone).to.equal('02 553 75 00');
      expect(s?.contact?.hours).to.match(/9/);
    }
    const fr = await hingeChecklist({}, { moment: 'care-home', asOf: '2026-12-01', lang: 'fr' });
    expect(fr.steps.find((x) => x.id === 'wzcPrice')?.title).to.equal('Calculez le prix de journée');
  });
});
