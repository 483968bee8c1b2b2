/** Ranking of the schemes that fit, for the answer-first summary: table-driven on small fake results, then real situations. */
import { expect } from '@open-wc/testing';
import { rankLeaveOptions } from '../../../src/rules/leave/summary.js';
import type { LeaveFormOption, LeaveResult, LeaveSchemeId, LeaveSchemeResult } from '../../../src/rules/leave/index.js';
import { run } from './helpers.js';

const form = (f: Partial<LeaveFormOption> & Pick<LeaveFormOption, 'form'>): LeaveFormOption => ({
  maxMonthsThisPerson: null, careerMaxMonths: null, remainingMonths: null, grossMonthly: null, amountStatus: 'unknown', amountNotes: [], amountValidFrom: null, ...f,
});
const scheme = (id: LeaveSchemeId, available: LeaveSchemeResult['available'], forms: LeaveFormOption[], paid = true): LeaveSchemeResult => ({
  scheme: id, available, reasons: [], forms, notes: [], ratesTable: null, validFrom: '2026-01-01', sources: [], details: { employerMayRefuse: false, protection: 'notStated', paid },
});
const result = (...schemes: LeaveSchemeResult[]): LeaveResult => ({ asOf: '2026-12-03', dataVersion: 'x', schemes, recognition: { general: true, socialRights: true, reasons: [], sources: [] }, employer: null });
const ids = (r: LeaveResult) => rankLeaveOptions(r).map((o) => `${o.scheme}:${o.form.form}`);

describe('rankLeaveOptions: most paid time, then fewest conditions', () => {
  const rows: Array<{ name: string; res: LeaveResult; expected: string[] }> = [
    {
      name: 'more full-time months wins; partial months count by their share (6 × ½ = 3 FT)',
      res: result(
        scheme('mantelzorgverlof', true, [form({ form: 'FT', remainingMonths: 3 }), form({ form: 'HALF', remainingMonths: 6 })]),
        scheme('medischeBijstand', true, [form({ form: 'FT', remainingMonths: 12 }), form({ form: 'HALF', remainingMonths: 24 })]),
      ),
      expected: ['medischeBijstand:FT', 'mantelzorgverlof:FT'],
    },
    {
      name: 'unpaid leave and forms without allowance come after paid time',
      res: result(
        scheme('zorgverlof', true, [form({ form: 'DAYS', remainingDays: 5 })], false),
        scheme('tijdskredietZorg', true, [form({ form: 'FT', remainingMonths: 51, allowance: false }), form({ form: 'HALF', remainingMonths: 51 })]),
        scheme('palliatiefVerlof', true, [form({ form: 'FT', remainingMonths: 3 })]),
      ),
      expected: ['tijdskredietZorg:HALF', 'palliatiefVerlof:FT', 'zorgverlof:DAYS'],
    },
    {
      name: 'on equal paid time, the option with fewer conditions first ("check", employer agreement)',
      res: result(
        scheme('mantelzorgverlof', 'check', [form({ form: 'FT', remainingMonths: 3 })]),
        scheme('palliatiefVerlof', true, [form({ form: 'FT', remainingMonths: 3 })]),
        scheme('ouderschapsverlof', true, [form({ form: 'ONE_TENTH', remainingMonths: 30, needsEmployerAgreement: true })]),
      ),
      expected: ['palliatiefVerlof:FT', 'mantelzorgverlof:FT', 'ouderschapsverlof:ONE_TENTH'],
    },
    {
      name: 'schemes that do not fit, and the Flemish premium on its own, are never ranked',
      res: result(
        scheme('mantelzorgverlof', false, [form({ form: 'FT', remainingMonths: 3 })]),
        scheme('aanmoedigingspremie', true, [form({ form: 'FT', remainingMonths: 12 })]),
        scheme('zorgverlof', true, [form({ form: 'DAYS', remainingDays: 5 })], false),
      ),
      expected: ['zorgverlof:DAYS'],
    },
    {
      name: 'weeks compare with months (2 weeks < 1 month)',
      res: result(
        scheme('medischeBijstand', true, [form({ form: 'FT_WEEKS', maxWeeks: 2 })]),
        scheme('palliatiefVerlof', true, [form({ form: 'FT', remainingMonths: 1 })]),
      ),
      expected: ['palliatiefVerlof:FT', 'medischeBijstand:FT_WEEKS'],
    },
    { name: 'nothing fits: an empty ranking', res: result(scheme('mantelzorgverlof', false, [])), expected: [] },
    {
      name: 'an unknown amount (time credit) never ranks above a known amount, however many months it has',
      res: result(
        scheme('tijdskredietZorg', true, [form({ form: 'FT', remainingMonths: 51 })]),
        scheme('medischeBijstand', true, [form({ form: 'FT', remainingMonths: 12, grossMonthly: 1000 })]),
      ),
      expected: ['medischeBijstand:FT', 'tijdskredietZorg:FT'],
    },
    {
      name: 'a known amount with a condition still comes before an unknown amount without one',
      res: result(
        scheme('tijdskredietZorg', true, [form({ form: 'FT', remainingMonths: 51 })]),
        scheme('mantelzorgverlof', 'check', [form({ form: 'FT', remainingMonths: 3, grossMonthly: 1000 })]),
      ),
      expected: ['mantelzorgverlof:FT', 'tijdskredietZorg:FT'],
    },
    {
      name: 'unpaid leave comes after paid leave whose amount is unknown',
      res: result(
        scheme('zorgverlof', true, [form({ form: 'DAYS', remainingDays: 5, grossMonthly: 0 })], false),
        scheme('tijdskredietZorg', true, [form({ form: 'FT', remainingMonths: 51 })]),
      ),
      expected: ['tijdskredietZorg:FT', 'zorgverlof:DAYS'],
    },
    {
      name: 'within a scheme, a form with a known amount beats one without (½ with a figure before full-time without)',
      res: result(scheme('medischeBijstand', true, [form({ form: 'FT', remainingMonths: 12 }), form({ form: 'HALF', remainingMonths: 24, grossMonthly: 500 })])),
      expected: ['medischeBijstand:HALF'],
    },
    {
      name: 'among known amounts, most paid time still wins',
      res: result(
        scheme('palliatiefVerlof', true, [form({ form: 'FT', remainingMonths: 3, grossMonthly: 1000 })]),
        scheme('vlaamsZorgkrediet', true, [form({ form: 'FT', remainingMonths: 18, grossMonthly: 668 })]),
      ),
      expected: ['vlaamsZorgkrediet:FT', 'palliatiefVerlof:FT'],
    },
  ];
  for (const row of rows) it(row.name, () => expect(ids(row.res)).to.deep.equal(row.expected));

  it('reports paid time in full-time months and the number of open conditions', () => {
    const [top] = rankLeaveOptions(result(scheme('mantelzorgverlof', 'check', [form({ form: 'HALF', remainingMonths: 6, allowance: 'check' })])));
    expect(top).to.include({ scheme: 'mantelzorgverlof', available: 'check', paidMonthsFullTime: 3, conditions: 2 });
  });
});

describe('rankLeaveOptions on real situations', () => {
  it('a full-time private employee caring for a seriously ill parent: medical assistance (a known amount) first, not time credit (no amount), never the premium', () => {
    const res = run({ caredFor: { relation: 'parent', ageYears: 80, situation: ['seriouslyIll'] } });
    const ranked = rankLeaveOptions(res);
    expect(ranked.length).to.be.greaterThan(1);
    expect(ranked.map((r) => r.scheme)).to.not.include('aanmoedigingspremie');
    expect(ranked[0].scheme).to.equal('medischeBijstand');
    expect(ranked[0].form.grossMonthly).to.be.greaterThan(0);
    // Known amounts first; within the known and within the unknown amounts, most paid time first.
    const known = (r: (typeof ranked)[number]): boolean => r.form.grossMonthly !== null && r.form.grossMonthly > 0;
    const firstUnknown = ranked.findIndex((r) => !known(r));
    expect(ranked.slice(firstUnknown).some(known), 'no known amount after an unknown one').to.equal(false);
    for (const part of [ranked.slice(0, firstUnknown), ranked.slice(firstUnknown).filter((r) => r.paidMonthsFullTime > 0)]) {
      for (let i = 1; i < part.length; i++) expect(part[i - 1].paidMonthsFullTime).to.be.at.least(part[i].paidMonthsFullTime);
    }
  });

  it('a Flemish civil servant: zorgkrediet (18 months, with an amount) first', () => {
    const ranked = rankLeaveOptions(run({ status: 'flemishGovernment', caredFor: { relation: 'mother', ageYears: 79, situation: ['seriouslyIll'] } }));
    expect(ranked[0].scheme).to.equal('vlaamsZorgkrediet');
    expect(ranked[0].paidMonthsFullTime).to.equal(18);
  });
});
