import { expect } from '@open-wc/testing';
import { leaveOptions } from '../../../src/rules/leave/index.js';
import type { LeaveResult, LeaveSchemeId, LeaveSchemeResult, LeaveSituation } from '../../../src/rules/leave/index.js';

/** Shared by the table-driven leave tests: a typical worker caring for a seriously ill mother. */
export const BASE: LeaveSituation = {
  status: 'privateEmployee', workplaceRegion: 'flanders', workRegime: 1, regimePastYear: 1, seniorityMonths: 60,
  employerHeadcount: 120, age: 45, household: 'withPartner', recognition: 'none',
  caredFor: { relation: 'mother', ageYears: 75, situation: ['seriouslyIll'] },
};
export const ASOF = '2025-10-01';

export function run(over: Partial<LeaveSituation>, asOf = ASOF): LeaveResult {
  return leaveOptions({ ...BASE, ...over }, { asOf });
}
export function scheme(res: LeaveResult, id: LeaveSchemeId): LeaveSchemeResult {
  const s = res.schemes.find((x) => x.scheme === id);
  if (!s) throw new Error(`no ${id}`);
  return s;
}
export const forms = (s: LeaveSchemeResult) => s.forms.map((x) => x.form);
export const f = (s: LeaveSchemeResult, form: string) => s.forms.find((x) => x.form === form);

/** One table row: a change to BASE, the scheme, the expected availability and optional checks. */
export interface Row {
  name: string;
  over: Partial<LeaveSituation>;
  asOf?: string;
  id: LeaveSchemeId;
  available: LeaveSchemeResult['available'];
  reason?: string;
  check?: (s: LeaveSchemeResult, r: LeaveResult) => void;
}

/** Runs one row and checks what every table checks: availability (with the reasons in the message) and the expected reason. */
export function runRow(row: Row): { res: LeaveResult; s: LeaveSchemeResult } {
  const res = run(row.over, row.asOf);
  const s = scheme(res, row.id);
  expect(s.available, `available (reasons: ${s.reasons.join(', ')})`).to.equal(row.available);
  if (row.reason) expect(s.reasons).to.include(row.reason);
  return { res, s };
}
