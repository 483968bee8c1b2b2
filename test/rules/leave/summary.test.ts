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
  ];
  for (const row of rows) it(row.name, () => expect(ids(row.res)).to.deep.equal(row.expected));

  it('reports paid time in full-time months and the number of open conditions', () => {
    const [top] = rankLeaveOptions(result(scheme('mantelzorgverlof', 'check', [form({ form: 'HALF', remainingMonths: 6, allowance: 'check' })])));
    expect(top).to.include({ scheme: 'mantelzorgverlof', available: 'check', paidMonthsFullTime: 3, conditions: 2 });
  });
});

describe('rankLeaveOptions on real situations', () => {
  it('a full-time private employee caring for a seriously ill parent: a paid thematic leave or time credit first, never the premium', () => {
    const res = run({ caredFor: { relation: 'parent', ageYears: 80, situation: ['seriouslyIll'] } });
    const ranked = rankLeaveOptions(res);
    expect(ranked.length).to.be.greaterThan(1);
    expect(ranked.map((r) => r.scheme)).to.not.include('aanmoedigingspremie');
    expect(ranked[0].paidMonthsFullTime).to.be.greaterThan(0);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].paidMonthsFullTime).to.be.at.least(ranked[i].paidMonthsFullTime);
  });
});
