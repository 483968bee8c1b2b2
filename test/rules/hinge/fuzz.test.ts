/**
 * Seeded fuzz of hingeChecklist(): random situations and options mixing valid values with wrong
 * types, unknown words, `__proto__` keys and garbage overlays. Only the documented errors may be
 * thrown (TypeError/RangeError whose message starts with a JSON path and names the value); an overlay
 * never throws. A failure prints its run number: replay it with the same seed.
 */
import { expect } from '@open-wc/testing';
import { hingeChecklist, HINGE_ADMISSION, HINGE_CARE_AT_HOME, HINGE_HELP, HINGE_MOMENTS, HINGE_PAPERS, HINGE_PLACE } from '../../../src/rules/hinge/index.js';
import { prng } from '../../helpers/prng.js';

const SEED = 20261215;
const RUNS = 1500;
const PATH_MESSAGE = /^(\(root\)|options(\.[A-Za-z]+)?|[A-Za-z]+(\[\d+\])?): /;

function fuzz(r: () => number): { situation: unknown; options: unknown } {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const garbage = (): unknown => pick<() => unknown>([
    () => NaN, () => -1, () => '', () => 'foo', () => '__proto__', () => true, () => null, () => [], () => ({}), () => [garbage()],
    () => ({ x: garbage() }), () => JSON.parse('{"__proto__":{"works":true}}'), () => new Date(0), () => 3, () => 'PLANNED',
  ])();
  const v = <T,>(good: () => T): T | unknown => (r() < 0.15 ? undefined : r() < 0.04 ? garbage() : good());
  const s: Record<string, unknown> = {
    admission: v(() => pick(HINGE_ADMISSION)),
    careAtHome: v(() => pick(HINGE_CARE_AT_HOME)),
    helpInPlace: v(() => HINGE_HELP.filter(() => r() < 0.4)),
    papers: v(() => pick(HINGE_PAPERS)),
    works: v(() => r() < 0.5),
    involved: v(() => r() < 0.5),
    place: v(() => pick(HINGE_PLACE)),
  };
  for (const k of Object.keys(s)) if (s[k] === undefined) delete s[k];
  if (r() < 0.02) s[pick(['work', '__proto__', 'Place', 'moment'])] = 'x';
  const overlay = v(() => ({ contacts: [{ name: v(() => 'Sociale dienst'), phone: v(() => '015 00 00 00'), url: v(() => 'https://example.org/x') }], links: v(() => [garbage()]) }));
  const options = r() < 0.03 ? garbage() : { moment: v(() => pick(HINGE_MOMENTS)), asOf: v(() => pick(['2026-12-01', '2024-02-30', '2023-01-01'])), lang: v(() => pick(['nl', 'fr', 'en', 'de'])), overlay };
  return { situation: r() < 0.02 ? garbage() : s, options };
}

describe('hinge rules: seeded fuzz', () => {
  it(`${RUNS} inputs: only documented errors with a path, valid results otherwise (seed ${SEED})`, async () => {
    const r = prng(SEED);
    let passed = 0;
    for (let run = 0; run < RUNS; run++) {
      const { situation, options } = fuzz(r);
      try {
        const res = await hingeChecklist(situation as never, options as never);
        passed++;
        expect(res.steps.length, `run ${run}`).to.be.greaterThan(0);
        for (const s of res.steps) if (s.amount) expect(s.sources.length, `run ${run}`).to.be.greaterThan(0);
      } catch (e) {
        const err = e as Error;
        expect(err instanceof TypeError || err instanceof RangeError, `run ${run}: ${String(err)}`).to.equal(true);
        expect(err.message, `run ${run}`).to.match(PATH_MESSAGE);
      }
    }
    expect(passed).to.be.greaterThan(RUNS / 4);
  });

  it('clear errors name the path, the value and what is allowed', async () => {
    const fail = async (situation: unknown, options: unknown): Promise<string> => {
      try {
        await hingeChecklist(situation as never, options as never);
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(await fail({ admission: 'soon' }, { moment: 'hospital-admission' })).to.equal('admission: "soon" is not one of planned, urgent');
    expect(await fail({}, { moment: 'hospital' })).to.match(/^options\.moment: "hospital" is not one of hospital-admission, hospital-discharge, care-home, end-of-life/);
    expect(await fail({}, {})).to.match(/^options\.moment: expected one of/);
    expect(await fail({ helpInPlace: ['meals', 'cooking'] }, { moment: 'hospital-discharge' })).to.match(/^helpInPlace\[1\]: "cooking"/);
    expect(await fail({ works: 'yes' }, { moment: 'care-home' })).to.match(/^works: expected true or false/);
    expect(await fail({ job: true }, { moment: 'care-home' })).to.match(/^\(root\): unknown key "job"/);
    expect(await fail({}, { moment: 'care-home', asOf: '2025-02-30' })).to.match(/^options\.asOf/);
    expect(await fail({}, { moment: 'care-home', lang: 'es' })).to.match(/^options\.lang/);
  });
});
