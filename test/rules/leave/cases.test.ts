/**
 * Every worked case in test/rules/leave/fixtures/leave-cases.json (v0.1, 2026-11-23): situations with
 * the answer worked out by hand from the public sources in src/data/leave/sources.ts. When the amounts
 * tables are refreshed, update the numbers in the fixture, not the logic.
 *
 * The JSON is fetched relative to this file rather than imported: the test server's esbuild step
 * (target es2021) strips `with { type: 'json' }`, and Chromium then refuses a JSON module without it.
 */
import { expect } from '@open-wc/testing';
import { leaveOptions, LEAVE_SCHEME_IDS } from '../../../src/rules/leave/index.js';
import type { LeaveForm, LeaveResult, LeaveSchemeId, LeaveSchemeResult, LeaveSituation } from '../../../src/rules/leave/index.js';

interface CaseFile {
  version: string;
  cases: { id: string; input: Record<string, unknown>; expected: { ratesTable?: string; schemes: Record<string, unknown>[] } }[];
}

/** Listed here so mocha can name one test per case; a test below checks the list matches the file. */
const CASE_IDS = [
  'mz-neighbour-ft-recognised', 'mz-only-general-recognition', 'mb-half-mother-seriously-ill', 'mb-single-parent-own-child',
  'pal-friend-ft', 'zv-father-hospital-2-days', 'ov-child-13-no-disability', 'tk-fatherinlaw-half-small-employer',
  'ap-brussels-workplace', 'zk-flemish-gov-spouse', 'se-partner-full', 'mz-one-fifth-aunt', 'local-geraardsbergen-and-zorgbudget',
];

/**
 * Cases about things leaveOptions() deliberately does not compute, with why. The test still runs
 * them through leaveOptions() (must not throw, must not invent these schemes).
 */
const OUT_OF_SCOPE: Record<string, string> = {
  // Municipal premium and the Flemish care budget are paid to carers/the person cared for, not leave;
  // the input has no worker status at all. Municipal premiums come from partner data (finder), see report.
  'local-geraardsbergen-and-zorgbudget': 'municipal premium and zorgbudget are not leave schemes',
};

/** Free-text fields in the cases: explanations for humans, not assertable values. */
const PROSE = new Set(['reason', 'note', 'structure', 'start', 'protection', 'notice', 'proof', 'contributionExemption', 'requestDeadline', 'breakdown', 'motive']);

let file: CaseFile | undefined;
async function load(): Promise<CaseFile> {
  if (!file) {
    const res = await fetch(new URL('./fixtures/leave-cases.json', import.meta.url));
    file = (await res.json()) as CaseFile;
  }
  return file;
}

const PARTIAL_FORMS: readonly LeaveForm[] = ['HALF', 'ONE_FIFTH', 'ONE_TENTH', 'PARTIAL'];
const form = (r: LeaveSchemeResult, f: string) => r.forms.find((x) => x.form === f);

/** Forms a months object like {FT: 3, orPartial: 6} or {FT: 18, HALF: 36} refers to. */
function formsFor(key: string, r: LeaveSchemeResult): LeaveSchemeResult['forms'] {
  if (key === 'orPartial' || key === 'partial') return r.forms.filter((f) => PARTIAL_FORMS.includes(f.form));
  return r.forms.filter((f) => f.form === key);
}

function assertMonths(r: LeaveSchemeResult, field: 'maxMonthsThisPerson' | 'careerMaxMonths', want: unknown, where: string): void {
  if (typeof want === 'number') {
    expect(r.forms.length, `${where}: no forms`).to.be.greaterThan(0);
    for (const f of r.forms) if (f.form !== 'FT_WEEKS') expect(f[field], `${where} ${f.form}`).to.equal(want);
    return;
  }
  for (const [k, v] of Object.entries(want as Record<string, number>)) {
    const fs = formsFor(k, r);
    expect(fs.length, `${where}: no form for ${k}`).to.be.greaterThan(0);
    for (const f of fs) expect(f[field], `${where} ${f.form}`).to.equal(v);
  }
}

const MOTIVES: Record<string, string> = {
  seriouslyIllFamilyMember: 'SeriouslyIll',
  palliative: 'Palliative',
};

function assertScheme(res: LeaveResult, want: Record<string, unknown>, input: LeaveSituation, where: string): void {
  const id = want.scheme as string;
  if (id === 'erkenning') {
    expect(res.recognition.general, `${where} general`).to.equal(want.general);
    expect(res.recognition.socialRights, `${where} socialRights`).to.equal(want.socialRights);
    return;
  }
  expect(LEAVE_SCHEME_IDS, `${where}: unknown scheme id`).to.include(id);
  const r = res.schemes.find((x) => x.scheme === (id as LeaveSchemeId));
  expect(r, `${where}: scheme missing`).to.exist;
  if (!r) return;
  expect(r.reasons.length, `${where}: reasons`).to.be.greaterThan(0);
  const requested = input.requestedForm;
  for (const [key, value] of Object.entries(want)) {
    const w = `${where}.${key}`;
    if (key === 'scheme' || PROSE.has(key) && key !== 'motive') continue;
    switch (key) {
      case 'available': expect(r.available, w).to.equal(value); break;
      case 'forms': expect(r.forms.map((f) => f.form).filter((f) => f !== 'FT_WEEKS'), w).to.have.members(value as string[]); break;
      case 'maxMonthsThisPerson': case 'maxMonthsThisPatient': assertMonths(r, 'maxMonthsThisPerson', value, w); break;
      case 'careerMaxMonths': case 'careerCapMonths': assertMonths(r, 'careerMaxMonths', value, w); break;
      case 'blockMonths': expect(r.details.blockMonths, w).to.deep.include(value as object); break;
      case 'noticeDaysMin': expect(r.details.noticeDaysMin, w).to.equal(value); break;
      case 'noticeMonths': expect(r.details.noticeMonthsMin, w).to.equal(value); break;
      case 'perRequestMonths': expect(r.details.perRequestMonths, w).to.deep.equal(value); break;
      case 'perRequestMaxMonths': expect(r.details.perRequestMonths?.max, w).to.equal(value); break;
      case 'minMonths': expect(r.details.perRequestMonths?.min, w).to.equal(value); break;
      case 'employerMayRefuse': expect(r.details.employerMayRefuse, w).to.equal(value); break;
      case 'seniorityMonthsRequired': expect(r.details.seniorityMonthsRequired, w).to.equal(value); break;
      case 'paid': expect(r.details.paid, w).to.equal(value); break;
      case 'maxDaysPerYear': expect(form(r, 'DAYS')?.maxDays, w).to.equal(value); break;
      case 'daysGranted': expect(form(r, 'DAYS')?.daysGranted, w).to.equal(value); break;
      case 'remainingZorgverlofDays': case 'remainingDaysThisYear': expect(form(r, 'DAYS')?.remainingDays, w).to.equal(value); break;
      case 'requestedMonthsAllowed': expect(r.requested?.allowed, w).to.equal(value); break;
      case 'ratesTable': expect(r.ratesTable, w).to.equal(value); break;
      case 'grossValidFrom': expect(form(r, requested ?? 'FT')?.amountValidFrom, w).to.equal(value); break;
      case 'motive': {
        const m = Object.entries(MOTIVES).find(([k]) => String(value).startsWith(k));
        expect(m, `${w}: motive not mapped`).to.exist;
        if (m) expect(r.motive, w).to.contain(m[1]);
        break;
      }
      case 'grossMonthly': {
        if (value === null) break; // null = not in the sources: never asserted numerically
        if (typeof value === 'number') {
          // Scalar amounts (the premium) are for the form the worker asked for.
          expect(form(r, requested ?? 'FT')?.grossMonthly, w).to.equal(value);
          break;
        }
        for (const [f, amount] of Object.entries(value as Record<string, number | null>)) {
          if (amount === null) { expect(form(r, f)?.grossMonthly ?? null, `${w}.${f} must stay unknown`).to.equal(null); continue; }
          expect(form(r, f)?.grossMonthly, `${w}.${f}`).to.equal(amount);
        }
        break;
      }
      default:
        throw new Error(`${w}: expected field not handled by this test (add it, do not ignore it)`);
    }
  }
}

describe('leave-cases.json (worked cases from the facts)', () => {
  it('lists exactly the cases of the fixture', async () => {
    const f = await load();
    expect(f.cases.map((c) => c.id)).to.deep.equal(CASE_IDS);
  });

  for (const id of CASE_IDS) {
    it(id, async () => {
      const c = (await load()).cases.find((x) => x.id === id);
      expect(c, id).to.exist;
      if (!c) return;
      const input = c.input as LeaveSituation;
      const asOf = typeof input.requestDate === 'string' ? input.requestDate : '2025-10-01';
      const res = leaveOptions(input, { asOf });
      if (OUT_OF_SCOPE[id]) {
        const ids = res.schemes.map((s) => s.scheme as string);
        for (const s of c.expected.schemes) expect(ids, `${id}: must not invent ${String(s.scheme)}`).not.to.include(s.scheme);
        return;
      }
      if (c.expected.ratesTable) expect(res.schemes.map((s) => s.ratesTable), `${id} ratesTable`).to.include(c.expected.ratesTable);
      for (const s of c.expected.schemes) assertScheme(res, s, input, `${id}/${String(s.scheme)}`);
    });
  }
});
