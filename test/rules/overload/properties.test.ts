import { expect } from '@open-wc/testing';
import {
  scoreOverload,
  OVERLOAD_BAND_RANK,
  OVERLOAD_STRAIN_ITEM_IDS,
  OVERLOAD_RED_FLAG_IDS,
  type OverloadAnswers,
  type OverloadAudience,
  type OverloadStrainAnswer,
  type OverloadStrainItemId,
} from '../../../src/rules/overload/index.js';
import { prng } from '../../helpers/prng.js';


const SEED = 20261123;
const RUNS = 3000;
const VALUES: OverloadStrainAnswer[] = ['no', 'sometimes', 'yes', 'skip'];
const NEXT: Record<OverloadStrainAnswer, OverloadStrainAnswer | null> = { no: 'sometimes', sometimes: 'yes', yes: null, skip: null };

function randomAnswers(rnd: () => number, audience: OverloadAudience, flagChance: number): OverloadAnswers {
  const strain: Partial<Record<OverloadStrainItemId, OverloadStrainAnswer>> = {};
  // Bias towards few skips so both sides of the 8-answer threshold are well covered.
  const skipChance = rnd() * 0.4;
  for (const id of OVERLOAD_STRAIN_ITEM_IDS) {
    if (audience === 'young' && id === 'money') continue;
    strain[id] = rnd() < skipChance ? 'skip' : (VALUES[Math.floor(rnd() * 3)] as OverloadStrainAnswer);
  }
  const global = rnd() < 0.25 ? null : Math.floor(rnd() * 11);
  const redFlags = Object.fromEntries(OVERLOAD_RED_FLAG_IDS.map((f) => [f, rnd() < flagChance]));
  return { strain, global, redFlags };
}

const rank = (a: OverloadAnswers, audience: OverloadAudience) => OVERLOAD_BAND_RANK[scoreOverload(a, { audience }).band];

describe(`overload: properties (seed ${SEED}, ${RUNS} runs per audience)`, () => {
  for (const audience of ['adult', 'young'] as const) {
    it(`${audience}: any red flag ⇒ urgent, whatever else is answered`, () => {
      const rnd = prng(SEED);
      for (let i = 0; i < RUNS; i++) {
        const a = randomAnswers(rnd, audience, 0.3);
        const anyFlag = Object.values(a.redFlags ?? {}).some(Boolean);
        const r = scoreOverload(a, { audience });
        expect(r.band === 'urgent', `run ${i}: ${JSON.stringify(a)}`).to.equal(anyFlag);
        if (anyFlag) expect(r.bandSource).to.equal('redFlag');
      }
    });

    it(`${audience}: the band never drops when one answer rises`, () => {
      const rnd = prng(SEED + 1);
      for (let i = 0; i < RUNS; i++) {
        const a = randomAnswers(rnd, audience, 0.05);
        const before = rank(a, audience);
        const ctx = `run ${i}: ${JSON.stringify(a)}`;
        // Each strain item one step up (no → sometimes → yes), and skip → yes.
        for (const [id, v] of Object.entries(a.strain ?? {}) as [OverloadStrainItemId, OverloadStrainAnswer][]) {
          const up = v === 'skip' ? 'yes' : NEXT[v];
          if (!up) continue;
          const b: OverloadAnswers = { ...a, strain: { ...a.strain, [id]: up } };
          expect(rank(b, audience), `${ctx} ${id}: ${v}→${up}`).to.be.at.least(before);
        }
        // The overall rating one step up, or from "not given" to any value.
        const g = a.global ?? null;
        const gUps = g === null ? [0, 5, 10] : g < 10 ? [g + 1] : [];
        for (const up of gUps) expect(rank({ ...a, global: up }, audience), `${ctx} global→${up}`).to.be.at.least(before);
        // Any red flag turned on.
        for (const f of OVERLOAD_RED_FLAG_IDS) {
          expect(scoreOverload({ ...a, redFlags: { ...a.redFlags, [f]: true } }, { audience }).band).to.equal('urgent');
        }
      }
    });
  }

  it('band is always the higher of the two bands (no red flag)', () => {
    const rnd = prng(SEED + 2);
    const lv = { low: 1, elevated: 2, high: 3 } as const;
    for (let i = 0; i < RUNS; i++) {
      const r = scoreOverload(randomAnswers(rnd, 'adult', 0));
      const s = r.strainBand ? lv[r.strainBand] : 0;
      const g = r.globalBand ? lv[r.globalBand] : 0;
      expect(OVERLOAD_BAND_RANK[r.band]).to.equal(Math.max(s, g));
      expect(r.strainScore === null || (r.strainScore >= 0 && r.strainScore <= 20)).to.equal(true);
    }
  });

  // Documented, not a bug: turning a skipped item into "no" or "sometimes" *can* lower a prorated
  // score (the answer is below the average so far). Only "rises" of an answered value, and skip → yes,
  // are monotone. This example pins that behaviour so nobody "fixes" the property test into a lie.
  it('skip → no may lower the prorated score (by design)', () => {
    const base: OverloadAnswers = { strain: { time: 'yes', combine: 'yes', physical: 'yes', sleep: 'yes', emotional: 'yes', alwaysOn: 'no', social: 'no', money: 'no' } };
    expect(scoreOverload(base).strainScore).to.equal(13);
    expect(scoreOverload({ strain: { ...base.strain, health: 'no' } }).strainScore).to.equal(11);
  });
});
