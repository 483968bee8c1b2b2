/**
 * Seeded fuzz of leaveOptions(): random input mixing valid words with wrong types, unknown words, NaN,
 * negative and huge numbers, nested garbage and `__proto__` keys. Only the documented errors may be
 * thrown (TypeError/RangeError whose message starts with a JSON path); what passes keeps the result
 * invariants. A failure prints its run number: replay it with the same seed.
 */
import { expect } from '@open-wc/testing';
import { leaveOptions } from '../../../src/rules/leave/index.js';
import type { LeaveSituation } from '../../../src/rules/leave/index.js';
import { LEAVE_FORM_VALUES, LEAVE_RELATION_VALUES, LEAVE_SITUATION_VALUES, LEAVE_STATUS_VALUES, LEAVE_USED_KEYS } from '../../../src/rules/leave/validate.js';
import { prng } from '../../helpers/prng.js';

const SEED = 20261203;
const RUNS = 10_000;
/** "path: …" where path is a JSON path such as caredFor.situation[2] or used.mantelzorgverlofCareer.FT. */
const PATH_MESSAGE = /^(\(root\)|config|config\.asOf|[A-Za-z]+(\.[A-Za-z]+|\[\d+\])*): /;
/** Reasons that say "no": a scheme with one of them is never `available: true`. */
const NOT_ELIGIBLE = /NotFamily|notCloseEnough|Only$|TooOld|TooShort|NoMotive|NoDaysLeft|CapUsed|WorkedTooLittle|counterUsedUp|notSeriouslyIll|notTerminal|notOwnChild|NeedsRvaLeave|NotPublicSector|OutsideFlanders/;

function fuzz(r: () => number): { s: unknown; config: unknown } {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const garbage = (): unknown => pick<() => unknown>([
    () => NaN, () => -1, () => 1e308, () => -Infinity, () => '', () => 'foo', () => '__proto__', () => 'toString', () => 'constructor',
    () => true, () => null, () => [], () => ({}), () => [garbage()], () => ({ x: garbage() }), () => JSON.parse('{"__proto__":{"status":"selfEmployed"}}'),
    () => new Date(0), () => 3, () => '3', () => 0.5,
  ])();
  // Mostly valid values, so that many inputs pass and their results are checked too.
  const v = <T,>(good: () => T): T | unknown => (r() < 0.1 ? undefined : r() < 0.03 ? garbage() : good());
  const n = (max: number): number => Math.round(r() * max * 100) / 100;
  const word = <T,>(xs: readonly T[]): T | unknown => v(() => pick(xs));
  const used = (): unknown => {
    const u: Record<string, unknown> = {};
    for (const k of LEAVE_USED_KEYS) if (r() < 0.4) u[k] = k.startsWith('mantelzorgverlof') || k.startsWith('medische') ? { FT: v(() => n(8)), partial: v(() => n(14)) } : v(() => n(20));
    if (r() < 0.02) u[pick(['mantelzorgverlof', 'FT', '__proto__', 'constructor'])] = 1;
    return u;
  };
  const s: Record<string, unknown> = {
    status: word(LEAVE_STATUS_VALUES),
    workplaceRegion: word(['flanders', 'brussels', 'wallonia']),
    workRegime: v(() => pick([1, 0.8, 0.75, 0.5, n(1)])),
    regimePastYear: v(() => n(1)),
    seniorityMonths: v(() => n(200)),
    employerHeadcount: v(() => n(500)),
    age: v(() => n(80)),
    household: word(['withPartner', 'aloneWithChildren', 'alone']),
    childrenWithChildBenefit: v(() => r() < 0.5),
    caredFor: v(() => ({
      relation: word(LEAVE_RELATION_VALUES),
      ageYears: v(() => n(100)),
      situation: v(() => LEAVE_SITUATION_VALUES.filter(() => r() < 0.3)),
      disabilityPct: v(() => n(100)),
      livesWithWorker: v(() => r() < 0.5),
    })),
    recognition: word(['none', 'general', 'socialRights']),
    caregiverHoursPerMonth: v(() => n(200)),
    used: v(used),
    requestedForm: word(LEAVE_FORM_VALUES),
    requestedMonths: v(() => n(60)),
    daysNeeded: v(() => n(12)),
    employerAgrees: v(() => r() < 0.5),
    requestDate: v(() => `202${Math.floor(r() * 7)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`),
  };
  const date = `202${Math.floor(r() * 7)}-0${1 + Math.floor(r() * 9)}-0${1 + Math.floor(r() * 9)}`;
  const config = r() < 0.02 ? garbage() : { asOf: v(() => date) };
  return { s: r() < 0.02 ? garbage() : s, config };
}

describe('leave rules: seeded fuzz', () => {
  it(`${RUNS} inputs: only documented errors, invariants on every result (seed ${SEED})`, () => {
    const r = prng(SEED);
    let passed = 0;
    for (let i = 0; i < RUNS; i++) {
      const { s, config } = fuzz(r);
      const where = `run ${i}`;
      let res;
      try {
        res = leaveOptions(s as LeaveSituation, config as { asOf?: string });
      } catch (e) {
        if (!(e instanceof TypeError || e instanceof RangeError)) throw new Error(`${where}: undocumented ${String(e)}`);
        expect(e.message, `${where}: message without a path`).to.match(PATH_MESSAGE);
        continue;
      }
      passed++;
      for (const sc of res.schemes) {
        const at = `${where} ${sc.scheme}`;
        if (sc.available === true) {
          const no = sc.reasons.filter((k) => NOT_ELIGIBLE.test(k));
          expect(no, `${at}: available with a "not eligible" reason`).to.deep.equal([]);
        }
        for (const f of sc.forms) {
          for (const k of ['maxMonthsThisPerson', 'careerMaxMonths', 'remainingMonths', 'remainingDays'] as const) {
            const x = f[k];
            if (x !== null && x !== undefined) expect(x >= 0 && Number.isFinite(x), `${at}.${f.form}.${k} = ${x}`).to.equal(true);
          }
          if (f.remainingMonths !== null) {
            const cap = Math.min(f.maxMonthsThisPerson ?? Infinity, f.careerMaxMonths ?? Infinity);
            expect(f.remainingMonths, `${at}.${f.form}: remaining above maximum`).to.be.at.most(cap);
          }
          if (f.grossMonthly === null) expect(f.amountStatus, `${at}.${f.form}`).to.equal('unknown');
          else {
            expect(Number.isFinite(f.grossMonthly), `${at}.${f.form}: amount NaN`).to.equal(true);
            expect(f.amountValidFrom, `${at}.${f.form}: amount without date`).to.match(/^\d{4}-\d{2}-\d{2}$/);
          }
          if (f.premium?.grossMonthly !== null && f.premium?.grossMonthly !== undefined) expect(Number.isFinite(f.premium.grossMonthly), `${at}: premium NaN`).to.equal(true);
        }
      }
    }
    // Both halves are exercised: a fuzz that only ever throws (or never) proves little.
    expect(passed, 'inputs that passed').to.be.within(RUNS * 0.1, RUNS * 0.9);
  });
});
