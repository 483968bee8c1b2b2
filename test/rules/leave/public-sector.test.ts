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

describe('days left this year (zorgverlof and dwingende redenen share one pot)', () => {
  const days = (over: Partial<LeaveSituation>, id: 'zorgverlof' | 'dwingendeRedenen') => {
    const f = scheme(run(over), id).forms[0];
    return { left: f?.remainingDays, granted: f?.daysGranted, max: f?.maxDays };
  };
  const rows: Array<{ name: string; over: Partial<LeaveSituation>; id: 'zorgverlof' | 'dwingendeRedenen'; expected: object }> = [
    { name: 'nothing used, nothing asked: all 5 left, none granted', over: {}, id: 'zorgverlof', expected: { left: 5, granted: undefined, max: 5 } },
    { name: '3 zorgverlof days used: 2 left', over: { used: { zorgverlofDaysThisYear: 3 } }, id: 'zorgverlof', expected: { left: 2, granted: undefined, max: 5 } },
    { name: '3 used, 2 asked: 2 granted, 0 left afterwards', over: { used: { zorgverlofDaysThisYear: 3 }, daysNeeded: 2 }, id: 'zorgverlof', expected: { left: 0, granted: 2, max: 5 } },
    { name: '8 dwingende days used: only 2 zorgverlof days left in the pot', over: { used: { dwingendeRedenenDaysThisYear: 8 } }, id: 'zorgverlof', expected: { left: 2, granted: undefined, max: 5 } },
    { name: 'dwingende redenen: 3 zorgverlof days used come out of the 10', over: { used: { zorgverlofDaysThisYear: 3 } }, id: 'dwingendeRedenen', expected: { left: 7, granted: undefined, max: 10 } },
    { name: 'dwingende redenen, 4/5 job: 8 days a year', over: { workRegime: 0.8 }, id: 'dwingendeRedenen', expected: { left: 8, granted: undefined, max: 8 } },
  ];
  for (const row of rows) it(row.name, () => expect(days(row.over, row.id)).to.deep.equal(row.expected));
});
