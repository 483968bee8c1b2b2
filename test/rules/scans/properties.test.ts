/**
 * Properties of both scans over seeded random answers, and a seeded fuzz with garbage: only the
 * documented errors (TypeError/RangeError naming the function) are thrown. A failure prints its run.
 */
import { expect } from '@open-wc/testing';
import { POLICY_QUESTIONS, EMPLOYER_STATEMENTS, scoreEmployerScan, scorePolicyScan, SCAN_VALUES, type ScanAnswers, type ScanValue } from '../../../src/rules/scans/index.js';
import { prng } from '../../helpers/prng.js';

const SEED = 20261215;
const RUNS = 3000;
const SCANS = [
  { name: 'employer', ids: EMPLOYER_STATEMENTS.map((s) => s.id), score: (a: ScanAnswers) => scoreEmployerScan(a), groups: (r: ReturnType<typeof scoreEmployerScan>) => r.themes },
  { name: 'policy', ids: POLICY_QUESTIONS.map((q) => q.id), score: (a: ScanAnswers) => scorePolicyScan(a), groups: (r: ReturnType<typeof scorePolicyScan>) => r.pillars },
] as const;

function randomAnswers(r: () => number, ids: readonly string[]): Record<string, ScanValue> {
  const out: Record<string, ScanValue> = {};
  for (const id of ids) if (r() < 0.7) out[id] = SCAN_VALUES[Math.floor(r() * 4)];
  return out;
}

describe('scans: properties', () => {
  it('0 ≤ score ≤ max; the total equals the sum of the answers; raising one answer never lowers its group', () => {
    const r = prng(SEED);
    for (let run = 0; run < RUNS; run++) {
      for (const scan of SCANS) {
        const a = randomAnswers(r, scan.ids);
        const groups = scan.name === 'employer' ? scoreEmployerScan(a).themes : scorePolicyScan(a).pillars;
        const total = groups.reduce((s, g) => s + g.score, 0);
        expect(total, `run ${run}`).to.equal(Object.values(a).reduce<number>((s, v) => s + v, 0));
        for (const g of groups) expect(g.score >= 0 && g.score <= g.max, `run ${run} ${g.id}`).to.equal(true);
        const id = scan.ids[Math.floor(r() * scan.ids.length)];
        const up = { ...a, [id]: 3 as ScanValue };
        const after = scan.name === 'employer' ? scoreEmployerScan(up).themes : scorePolicyScan(up).pillars;
        for (let i = 0; i < groups.length; i++) expect(after[i].score, `run ${run}`).to.be.at.least(groups[i].score);
      }
    }
  });

  it('policy: strongest share ≥ weakest share; both null only when nothing answered or all shares equal', () => {
    const r = prng(SEED + 1);
    for (let run = 0; run < RUNS; run++) {
      const a = randomAnswers(r, POLICY_QUESTIONS.map((q) => q.id));
      const res = scorePolicyScan(a);
      const share = (id: string | null) => {
        const p = res.pillars.find((x) => x.id === id)!;
        return p.score / p.max;
      };
      const shares = res.pillars.map((p) => p.score / p.max);
      const allEqual = shares.every((s) => s === shares[0]);
      expect(res.strongest === null, `run ${run}`).to.equal(Object.keys(a).length === 0 || allEqual);
      if (res.strongest && res.weakest) {
        expect(share(res.strongest)).to.equal(Math.max(...shares));
        expect(share(res.weakest)).to.equal(Math.min(...shares));
        expect(res.strongest).to.not.equal(res.weakest);
      }
    }
  });

  it('every gap leads to an action/practice; answers ≥ 2 never do', () => {
    const r = prng(SEED + 2);
    for (let run = 0; run < 500; run++) {
      const e = randomAnswers(r, EMPLOYER_STATEMENTS.map((s) => s.id));
      const er = scoreEmployerScan(e);
      const led = new Set(er.actions.flatMap((x) => x.statements));
      for (const s of EMPLOYER_STATEMENTS) expect(led.has(s.id), `run ${run} ${s.id}`).to.equal(e[s.id] !== undefined && e[s.id] <= 1);
      const p = randomAnswers(r, POLICY_QUESTIONS.map((q) => q.id));
      const pr = scorePolicyScan(p);
      const from = new Set(pr.practices.flatMap((x) => x.questions));
      for (const q of POLICY_QUESTIONS) expect(from.has(q.id), `run ${run} ${q.id}`).to.equal(q.practices.length > 0 && p[q.id] !== undefined && p[q.id] <= 1);
    }
  });
});

describe('scans: seeded fuzz', () => {
  it('garbage throws only TypeError/RangeError naming the function; what passes is a full result', () => {
    const r = prng(SEED + 3);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
    const garbage = (): unknown => pick([NaN, -1, 4, 1.5, '2', '', null, undefined, true, [], {}, 'x'.repeat(100), 1e308, -Infinity]);
    for (let run = 0; run < RUNS; run++) {
      const scan = pick(SCANS);
      const a: Record<string, unknown> = r() < 0.05 ? (garbage() as Record<string, unknown>) : {};
      if (a && typeof a === 'object' && !Array.isArray(a)) {
        for (const id of scan.ids) if (r() < 0.5) a[id] = r() < 0.9 ? pick(SCAN_VALUES) : garbage();
        if (r() < 0.05) a[pick(['nope', 'toString', 'constructor', 'Survey', ''])] = 1;
      }
      try {
        const res = scan.score(a as ScanAnswers);
        expect(res.version, `run ${run}`).to.be.a('string');
        expect((scan.name === 'employer' ? (res as ReturnType<typeof scoreEmployerScan>).themes : (res as ReturnType<typeof scorePolicyScan>).pillars).length).to.be.greaterThan(0);
      } catch (e) {
        expect(e instanceof TypeError || e instanceof RangeError, `run ${run}: ${String(e)}`).to.equal(true);
        expect((e as Error).message, `run ${run}`).to.match(/^score(Employer|Policy)Scan: /);
      }
    }
  });
});
