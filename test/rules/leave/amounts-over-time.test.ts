/**
 * Amounts over time: an official table older than later dated index steps gives an estimate
 * (official × 1.02ⁿ), marked `estimated`, with how it was made. Sources: RVA, "Thematische verloven –
 * Privésector" (index 1 December 2022, single parent 1 July 2023),
 * https://www.rva.be/documentatie/bedragen/loopbaanonderbreking-tijdskrediet/thematische-verloven;
 * the benefit index steps in src/data/leave/rates/index-steps.ts (Orbiss 2023; ABVV 2024-05-27; BOSA
 * and Trends/Belga 2025; Acerta and CESSoC 2026).
 */
import { expect } from '@open-wc/testing';
import { BENEFIT_INDEX_STEPS, RVA_THEMATIC_PRIVATE } from '../../../src/data/leave/index.js';
import { indexEstimate } from '../../../src/rules/leave/engine/amounts.js';
import type { LeaveCareSituation, LeaveSituation } from '../../../src/rules/leave/index.js';
import { f, run, scheme } from './helpers.js';

const RVA_URL = 'https://www.rva.be/documentatie/bedragen/loopbaanonderbreking-tijdskrediet/thematische-verloven';

describe('leave amounts over time: index estimates from an older official table', () => {
  // asOf, steps expected, FT basic, ½ basic (research table "ESTIMATE", December 2026)
  const rows: [string, string[], number | null, number | null, string][] = [
    ['2022-11-30', [], null, null, 'before the table: unknown stays unknown'],
    ['2022-12-01', [], 978.24, 489.11, 'the table date: official'],
    ['2023-10-31', [], 978.24, 489.11, 'day before the first step: official'],
    ['2023-11-01', ['2023-11-01'], 997.8, 498.89, 'first step (Orbiss)'],
    ['2024-05-01', ['2023-11-01', '2024-05-01'], 1017.76, 508.87, 'second step (ABVV, Attentia)'],
    ['2025-02-01', ['2023-11-01', '2024-05-01', '2025-02-01'], 1038.12, 519.05, 'third step (BOSA, Trends/Belga)'],
    ['2026-02-28', ['2023-11-01', '2024-05-01', '2025-02-01'], 1038.12, 519.05, 'no step between Feb 2025 and Mar 2026'],
    ['2026-03-01', ['2023-11-01', '2024-05-01', '2025-02-01', '2026-03-01'], 1058.88, 529.43, 'fourth step (Acerta, CESSoC)'],
    ['2026-12-03', ['2023-11-01', '2024-05-01', '2025-02-01', '2026-03-01'], 1058.88, 529.43, 'no forecast step (Oct 2026) without a source'],
  ];
  for (const [asOf, steps, ft, half, why] of rows) {
    it(`medical assistance on ${asOf}: ${why}`, () => {
      const s = scheme(run({ requestDate: asOf }, asOf), 'medischeBijstand');
      const FT = f(s, 'FT');
      const HALF = f(s, 'HALF');
      expect(FT?.grossMonthly ?? null).to.equal(ft);
      expect(HALF?.grossMonthly ?? null).to.equal(half);
      if (ft === null) { expect(FT?.amountStatus).to.equal('unknown'); return; }
      if (!steps.length) {
        expect(FT?.amountStatus).to.equal('official');
        expect(FT?.estimate).to.equal(undefined);
        expect(FT?.amountValidFrom).to.equal('2022-12-01');
        return;
      }
      expect(FT?.amountStatus).to.equal('estimated');
      expect(FT?.amountNotes).to.include('amount.indexEstimate');
      expect(FT?.estimate).to.deep.equal({
        method: 'indexSteps', officialAmount: 978.24, baseAmount: 978.24, officialValidFrom: '2022-12-01', steps, stepPct: 2, currentTableUrl: RVA_URL,
      });
      // The estimate applies from its last step; the scheme says its figures apply from then.
      expect(FT?.amountValidFrom).to.equal(steps.at(-1));
      expect(s.validFrom >= (steps.at(-1) ?? '')).to.equal(true);
    });
  }

  it('single parent (table of 2023-07-01) on 2026-12-03: four steps after its own date (≈ €1,803.95 / €901.98)', () => {
    const s = scheme(run({ age: 40, household: 'aloneWithChildren', caredFor: { relation: 'child', ageYears: 9, situation: ['seriouslyIll'] } }, '2026-12-03'), 'medischeBijstand');
    expect(f(s, 'FT')?.grossMonthly).to.equal(1803.95);
    expect(f(s, 'HALF')?.grossMonthly).to.equal(901.98);
    expect(f(s, 'FT')?.estimate?.officialAmount).to.equal(1666.57);
    expect(f(s, 'FT')?.estimate?.officialValidFrom).to.equal('2023-07-01');
    expect(f(s, 'FT')?.estimate?.steps.length).to.equal(4);
  });

  it('part-timer: the estimate is made on the full-time amount, then pro-rated', () => {
    const s = scheme(run({ workRegime: 0.5 }, '2026-12-03'), 'medischeBijstand');
    expect(f(s, 'FT')?.grossMonthly).to.equal(529.44); // 0.5 × 1058.88
    expect(f(s, 'FT')?.estimate?.officialAmount).to.equal(978.24);
    // The note starts from the part-timer's share: 0.5 × 978.24, plus four steps ≈ 529.44.
    expect(f(s, 'FT')?.estimate?.baseAmount).to.equal(489.12);
    expect(f(s, 'FT')?.amountNotes).to.include.members(['amount.partTimeProRata', 'amount.indexEstimate']);
  });

  // The note under an estimated amount says "base from <date>, plus n steps of 2 % = amount": its sum
  // must give the amount shown, for every form that carries an estimate (review: a 4/5 palliative
  // leave showed "€ 978,24 plus 4 steps" next to € 847,10).
  describe('the note\'s sum gives the amount shown, for every estimated form', () => {
    const kid = (ageYears: number, situation: LeaveCareSituation[]): Partial<LeaveSituation> => ({ caredFor: { relation: 'child', ageYears, situation } });
    const who: [string, Partial<LeaveSituation>][] = [
      ['mother seriously ill', {}],
      ['friend at the end of life', { caredFor: { relation: 'friend', ageYears: 60, situation: ['terminal'] } }],
      ['recognised carer of a neighbour', { recognition: 'socialRights', caregiverHoursPerMonth: 60, caredFor: { relation: 'neighbour', ageYears: 80, situation: ['dependent'] } }],
      ['parent of a child of 5', kid(5, [])],
      ['single parent (40) of a child of 10 at the end of life', { age: 40, household: 'aloneWithChildren', ...kid(10, ['terminal']) }],
      ['single parent of a seriously ill child of 9', { household: 'aloneWithChildren', ...kid(9, ['seriouslyIll']) }],
    ];
    const regimes = [1, 0.9, 0.8, 0.75, 0.6, 0.5];
    const dates = ['2023-11-01', '2024-05-01', '2025-10-01', '2026-03-01', '2026-12-03'];
    let seen = 0;
    let partTime = 0;
    for (const [name, over] of who) {
      it(name, () => {
        for (const workRegime of regimes) for (const asOf of dates) {
          for (const s of run({ ...over, workRegime, requestDate: asOf }, asOf).schemes) for (const x of s.forms) {
            const e = x.estimate;
            if (!e) continue;
            const where = `${s.scheme} ${x.form}, regime ${workRegime}, ${asOf}`;
            expect(x.grossMonthly, where).to.be.a('number');
            const sum = e.steps.reduce((v) => v * (1 + e.stepPct / 100), e.baseAmount);
            expect(Math.abs(sum - (x.grossMonthly ?? NaN)), `${where}: ${e.baseAmount} × ${1 + e.stepPct / 100}^${e.steps.length} vs ${x.grossMonthly}`).to.be.at.most(0.02);
            // Full-time and partial forms of full-timers start from the official figure itself.
            if (!x.amountNotes.includes('amount.partTimeProRata')) expect(e.baseAmount, where).to.equal(e.officialAmount);
            else partTime++;
            seen++;
          }
        }
      });
    }
    it('(runs last) the matrix is not vacuous: it holds estimates, part-timers\' shares among them', () => {
      expect(seen).to.be.greaterThan(100);
      expect(partTime).to.be.greaterThan(20);
    });
  });

  it('unknown stays unknown: 1/5 gets no estimate', () => {
    const s = scheme(run({}, '2026-12-03'), 'medischeBijstand');
    expect(f(s, 'ONE_FIFTH')?.grossMonthly).to.equal(null);
    expect(f(s, 'ONE_FIFTH')?.estimate).to.equal(undefined);
  });

  it('the Flemish premium is never indexed by us (its page says "laatste aanpassing op 1 maart 2020")', () => {
    const s = scheme(run({}, '2026-12-03'), 'aanmoedigingspremie');
    expect(f(s, 'FT')?.grossMonthly).to.equal(205.92);
    expect(f(s, 'FT')?.estimate).to.equal(undefined);
  });

  it('indexEstimate: steps strictly after the table date, up to asOf', () => {
    expect(indexEstimate(100, '2023-11-01', '2023-11-01', null)).to.deep.equal({ gross: 100 });
    expect(indexEstimate(100, '2023-10-31', '2023-11-01', null).gross).to.equal(102);
  });

  it('data: every index step is dated, 2 %, sourced; the RVA table lists them as later indexations', () => {
    for (const st of BENEFIT_INDEX_STEPS) {
      expect(st.validFrom).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(st.pct).to.equal(2);
      expect(st.sources.length).to.be.greaterThan(0);
    }
    const t = RVA_THEMATIC_PRIVATE[0];
    expect(t?.followsBenefitIndex).to.equal(true);
    expect(t?.indexedLaterOn).to.deep.equal(BENEFIT_INDEX_STEPS.map((x) => x.validFrom));
  });
});
