/**
 * Seeded fuzz of scoreOverload() and overloadReferrals(): random input mixing valid answers with wrong
 * types, unknown words, NaN, negative and huge numbers, nested garbage and `__proto__` keys. Only the
 * documented errors may be thrown (TypeError/RangeError whose message starts with a JSON path); what
 * passes keeps the result invariants (the band follows from the scores, no NaN). A failure prints its
 * run number: replay it with the same seed.
 */
import { expect } from '@open-wc/testing';
import {
  OVERLOAD_BAND_RANK,
  OVERLOAD_CAN_SHARE_ANSWERS,
  OVERLOAD_CARE_FOR_IDS,
  OVERLOAD_RED_FLAG_IDS,
  OVERLOAD_STRAIN_ANSWERS,
  OVERLOAD_STRAIN_ITEM_IDS,
  OVERLOAD_THRESHOLDS,
  overloadReferrals,
  scoreOverload,
  type OverloadAnswers,
  type OverloadLevel,
  type ScoreOverloadOptions,
} from '../../../src/rules/overload/index.js';
import { prng } from '../../helpers/prng.js';

const SEED = 20261203;
const RUNS = 10_000;
/** "path: …" where path is a JSON path such as strain.time, routing.careFor[2] or options.lang. */
const PATH_MESSAGE = /^(\(root\)|options|band|audience|lang|[A-Za-z]+(\.[A-Za-z]+|\[\d+\])*): /;

function fuzz(r: () => number): { answers: unknown; options: unknown } {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const garbage = (): unknown => pick<() => unknown>([
    () => NaN, () => -1, () => 1e308, () => -Infinity, () => '', () => 'foo', () => '__proto__', () => 'toString', () => 'constructor',
    () => true, () => null, () => [], () => ({}), () => [garbage()], () => ({ x: garbage() }), () => JSON.parse('{"__proto__":{"global":3}}'),
    () => new Date(0), () => 3, () => '3', () => 0.5, () => 11, () => 'YES',
  ])();
  // Mostly valid values, so that many inputs pass and their results are checked too.
  const v = <T,>(good: () => T): T | unknown => (r() < 0.1 ? undefined : r() < 0.02 ? garbage() : good());
  const strain: Record<string, unknown> = {};
  for (const id of OVERLOAD_STRAIN_ITEM_IDS) if (r() < 0.9) strain[id] = v(() => pick(OVERLOAD_STRAIN_ANSWERS));
  if (r() < 0.01) strain[pick(['alwayson', '__proto__', 'constructor', 'Time'])] = 'yes';
  const redFlags: Record<string, unknown> = {};
  for (const id of OVERLOAD_RED_FLAG_IDS) if (r() < 0.5) redFlags[id] = v(() => (r() < 0.08 ? true : r() < 0.5 ? false : null));
  if (r() < 0.01) redFlags[pick(['selfharm', '__proto__'])] = true;
  const answers: Record<string, unknown> = {
    strain: v(() => strain),
    global: v(() => (r() < 0.2 ? null : Math.floor(r() * 11))),
    redFlags: v(() => redFlags),
    routing: v(() => ({ canShare: v(() => pick([...OVERLOAD_CAN_SHARE_ANSWERS, null])), careFor: v(() => OVERLOAD_CARE_FOR_IDS.filter(() => r() < 0.3)) })),
  };
  if (r() < 0.01) answers[pick(['strains', '__proto__', 'Global'])] = {};
  const options = r() < 0.02 ? garbage() : r() < 0.2 ? undefined : { audience: v(() => pick(['adult', 'young'])), lang: v(() => pick(['nl', 'fr', 'en', 'de'])) };
  return { answers: r() < 0.01 ? garbage() : answers, options };
}

const levelFor = (x: number, ranges: readonly { level: OverloadLevel; min: number; max: number }[]): OverloadLevel | undefined =>
  ranges.find((b) => x >= b.min && x <= b.max)?.level;

describe('overload rules: seeded fuzz', () => {
  it(`${RUNS} inputs: only documented errors, invariants on every result (seed ${SEED})`, () => {
    const r = prng(SEED);
    const t = OVERLOAD_THRESHOLDS;
    let passed = 0;
    for (let i = 0; i < RUNS; i++) {
      const { answers, options } = fuzz(r);
      const where = `run ${i}`;
      let res;
      try {
        res = scoreOverload(answers as OverloadAnswers, options as ScoreOverloadOptions);
      } catch (e) {
        if (!(e instanceof TypeError || e instanceof RangeError)) throw new Error(`${where}: undocumented ${String(e)}`);
        expect(e.message, `${where}: message without a path`).to.match(PATH_MESSAGE);
        continue;
      }
      passed++;
      // No NaN, no Infinity: every number in the result is a finite count or score.
      for (const [k, x] of Object.entries(res)) if (typeof x === 'number') expect(Number.isFinite(x), `${where}: ${k} = ${x}`).to.equal(true);
      expect(res.answeredStrainItems, where).to.be.within(0, res.askedStrainItems);
      if (res.strainScore === null) expect(res.answeredStrainItems, where).to.be.below(t.minAnsweredStrainItems);
      else {
        expect(Number.isInteger(res.strainScore) && res.strainScore >= 0 && res.strainScore <= t.strainMax, `${where}: score ${res.strainScore}`).to.equal(true);
        expect(res.strainBand, where).to.equal(levelFor(res.strainScore, t.strainBands));
      }
      // The band follows from the red flags and the two scores, never lower than either.
      if (res.redFlags.length) {
        expect([res.band, res.bandSource, res.tips.length], where).to.deep.equal(['urgent', 'redFlag', 0]);
        expect(res.referrals[0], where).to.equal('emergency');
      } else if (res.strainBand === null && res.globalBand === null) expect(res.band, where).to.equal('incomplete');
      else {
        const top = Math.max(res.strainBand ? OVERLOAD_BAND_RANK[res.strainBand] : 0, res.globalBand ? OVERLOAD_BAND_RANK[res.globalBand] : 0);
        expect(OVERLOAD_BAND_RANK[res.band], where).to.equal(top);
      }
      expect(res.referrals.length, where).to.be.greaterThan(0);
      expect(new Set(res.referrals).size, `${where}: duplicate referral`).to.equal(res.referrals.length);
      // The referrals function agrees with the score (same checked arguments).
      expect(overloadReferrals(res.band, res.audience, res.lang, res.redFlags), where).to.deep.equal(res.referrals);
    }
    // Both halves are exercised: a fuzz that only ever throws (or never) proves little.
    expect(passed, 'inputs that passed').to.be.within(RUNS * 0.1, RUNS * 0.9);
  });
});
