/** Public-sector statuses: real answers where public employers' own pages give them, and what to ask HR where they do not. */
import { expect } from '@open-wc/testing';
import { leaveHrQuestions } from '../../../src/rules/leave/index.js';
import { BOSA_MB, OVERHEID_PAL, RVA_MB_VS_TK, VL_INTERN_MB, VL_ZK_WHO } from '../../../src/data/leave/sources.js';
import type { LeaveSituation } from '../../../src/rules/leave/index.js';
import { run, scheme } from './helpers.js';

const flemishCivilServant: Partial<LeaveSituation> = { status: 'flemishGovernment', household: 'alone', caredFor: { relation: 'mother', ageYears: 79, situation: ['seriouslyIll'] } };

describe('public sector: Flemish civil servant', () => {
  it('gets Vlaams zorgkrediet as a right, with its months and its (undated) amounts', () => {
    const zk = scheme(run(flemishCivilServant), 'vlaamsZorgkrediet');
    expect(zk.available).to.equal(true);
    expect(zk.details.employerMayRefuse).to.equal(false);
    expect(zk.notes).to.include('note.zkRightExceptions');
    expect(zk.sources).to.include(VL_ZK_WHO);
    const ft = zk.forms.find((f) => f.form === 'FT');
    expect(ft?.remainingMonths).to.equal(18);
    expect(ft?.grossMonthly).to.be.greaterThan(0);
  });

  it('cites the Flemish government’s own pages for medical assistance and palliative leave, not the RVA private-sector page', () => {
    const res = run({ ...flemishCivilServant, caredFor: { relation: 'mother', ageYears: 79, situation: ['terminal'] } });
    const mb = scheme(res, 'medischeBijstand');
    expect(mb.sources).to.include(VL_INTERN_MB);
    expect(mb.sources).not.to.include(RVA_MB_VS_TK);
    expect(scheme(res, 'palliatiefVerlof').sources).to.include(OVERHEID_PAL);
  });

  it('a federal civil servant’s medical assistance leave cites FOD BOSA', () => {
    expect(scheme(run({ status: 'federalStatutory' }), 'medischeBijstand').sources).to.include(BOSA_MB);
  });
});

describe('leaveHrQuestions: what to ask HR', () => {
  const rows: Array<{ name: string; over: Partial<LeaveSituation>; expected: string[] }> = [
    { name: 'private sector: nothing to ask (the rules are known)', over: {}, expected: [] },
    { name: 'self-employed: no HR', over: { status: 'selfEmployed' }, expected: [] },
    { name: 'Flemish civil servant: the RVA amount, zorgkrediet or a federal leave, the statute, the pot of days, notice, balance',
      over: flemishCivilServant, expected: ['hr.amount', 'hr.zorgkrediet', 'hr.statute', 'hr.days', 'hr.notice', 'hr.balance'] },
    { name: 'federal civil servant: no zorgkrediet question', over: { status: 'federalStatutory' }, expected: ['hr.amount', 'hr.statute', 'hr.days', 'hr.notice', 'hr.balance'] },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const s = { status: 'privateEmployee' as const, ...row.over };
      expect(leaveHrQuestions(s, run(row.over))).to.deep.equal(row.expected);
    });
  }
  it('no status: nothing (the status question was skipped)', () => {
    expect(leaveHrQuestions({}, run({ status: undefined }))).to.deep.equal([]);
  });
});
