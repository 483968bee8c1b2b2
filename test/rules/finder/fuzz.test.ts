/**
 * Seeded fuzz of findSupport(): random input mixing valid words with wrong types, unknown words, NaN,
 * negative and huge numbers, nested garbage and `__proto__` keys. Only the documented errors may be
 * thrown (TypeError/RangeError whose message starts with a JSON path); what passes keeps the result
 * invariants. A failure prints its run number: replay it with the same seed.
 */
import { expect } from '@open-wc/testing';
import { findSupport, FINDER_AGE_GROUPS, FINDER_CARE_FOR, FINDER_HEALTH_FUNDS, FINDER_NEEDS, type FinderProfile, type FindSupportOptions } from '../../../src/rules/finder/index.js';
import { FINDER_LANG_VALUES, FINDER_ORDER_VALUES, FINDER_REGION_VALUES } from '../../../src/rules/finder/validate.js';
import { prng } from '../../helpers/prng.js';

const SEED = 20261203;
const RUNS = 10_000;
/** "path: …" where path is a JSON path such as careFor[2], options.texts.samana.description or (root). */
const PATH_MESSAGE = /^(\(root\)|options|[A-Za-z]+(\.[A-Za-z]+|\[\d+\])*): /;
const SIX = ['coponcho', 'lieverThuisLm', 'mantelzorgnetwerk', 'okraZorgrecht', 'samana', 'steunpuntMantelzorg'];

function fuzz(r: () => number): { profile: unknown; options: unknown } {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const garbage = (): unknown => pick<() => unknown>([
    () => NaN, () => -1, () => 1e308, () => -Infinity, () => '', () => 'foo', () => 'no', () => '__proto__', () => 'toString', () => 'constructor',
    () => true, () => false, () => null, () => [], () => ({}), () => [garbage()], () => ({ x: garbage() }), () => JSON.parse('{"__proto__":{"danger":true}}'),
    () => new Date(NaN), () => new Date(0), () => 3, () => '3', () => 0.5, () => 'x'.repeat(3000),
  ])();
  const v = <T,>(good: () => T): T | unknown => (r() < 0.15 ? undefined : r() < 0.04 ? garbage() : good());
  const word = <T,>(xs: readonly T[]): T | unknown => v(() => pick(xs));
  const some = <T,>(xs: readonly T[]): unknown => v(() => [...xs.filter(() => r() < 0.3), ...(r() < 0.03 ? [garbage()] : [])]);
  const profile: Record<string, unknown> = {
    danger: v(() => r() < 0.3),
    ageGroup: word(FINDER_AGE_GROUPS),
    careFor: some(FINDER_CARE_FOR),
    needs: some(FINDER_NEEDS),
    healthFund: word(FINDER_HEALTH_FUNDS),
  };
  if (r() < 0.03) profile[pick(['carefor', '__proto__', 'constructor', 'extra'])] = garbage();
  const texts = (): unknown => (r() < 0.5 ? {} : { samana: { description: v(() => 'Texte'), affiliation: v(() => 'Lien') }, ...(r() < 0.05 ? { nope: { description: 'x' } } : {}) });
  const options: Record<string, unknown> = {
    lang: word(FINDER_LANG_VALUES),
    order: word(FINDER_ORDER_VALUES),
    region: word(FINDER_REGION_VALUES),
    today: v(() => new Date(2026, Math.floor(r() * 12), 1 + Math.floor(r() * 28))),
    overlay: v(() => (r() < 0.5 ? { offers: [{ name: 'Loket', tags: [pick(FINDER_CARE_FOR)] }] } : garbage())),
    texts: v(texts),
  };
  if (r() < 0.02) options[pick(['language', 'regio', '__proto__'])] = 'nl';
  return { profile: r() < 0.02 ? garbage() : profile, options: r() < 0.02 ? garbage() : options };
}

describe('finder rules: seeded fuzz', () => {
  it(`${RUNS} inputs: only documented errors, invariants on every result (seed ${SEED})`, function () {
    // Each run builds a whole result: give the 10 000 runs room on a busy machine.
    this.timeout(120_000);
    const r = prng(SEED);
    let passed = 0;
    for (let i = 0; i < RUNS; i++) {
      const { profile, options } = fuzz(r);
      const where = `run ${i}`;
      let res;
      try {
        res = findSupport(profile as FinderProfile, options as FindSupportOptions);
      } catch (e) {
        if (!(e instanceof TypeError || e instanceof RangeError)) throw new Error(`${where}: undocumented ${String(e)}`);
        expect(e.message, `${where}: message without a path`).to.match(PATH_MESSAGE);
        continue;
      }
      passed++;
      const p = (profile ?? {}) as FinderProfile;
      const o = (options ?? {}) as FindSupportOptions;
      expect(FINDER_LANG_VALUES, `${where}: lang`).to.include(res.lang);
      expect(res.lang, `${where}: lang echoed`).to.equal(o.lang ?? 'nl');
      expect(res.urgent.length > 0, `${where}: urgent lines only for danger === true`).to.equal(p.danger === true);
      const ids = res.associations.map((a) => a.id);
      for (const id of SIX) expect(ids, `${where}: all six recognised associations`).to.include(id);
      expect(res.count, `${where}: count`).to.equal(res.urgent.length + res.local.length + res.associations.length + res.helplines.length + res.services.length);
      for (const item of [...res.urgent, ...res.local, ...res.associations, ...res.helplines, ...res.services]) {
        expect(Number.isFinite(item.score) && item.score >= 0, `${where} ${item.id}: score ${item.score}`).to.equal(true);
        expect(item.name, `${where} ${item.id}: name`).to.be.a('string').and.not.equal('');
      }
    }
    expect(passed, 'inputs that passed').to.be.within(RUNS * 0.1, RUNS * 0.9);
  });
});

describe('finder rules: strict input, named errors', () => {
  it('danger: "no" is refused, never answered as "in danger"', () => {
    expect(() => findSupport({ danger: 'no' } as unknown as FinderProfile)).to.throw(TypeError, 'danger: expected true or false, got "no"');
    expect(findSupport({ danger: false }).urgent).to.deep.equal([]);
    expect(findSupport({ danger: true }).urgent.length).to.be.greaterThan(0);
  });
  it('an unknown word names its path, its value and the allowed words', () => {
    expect(() => findSupport({ careFor: ['dementia', 'brother'] } as unknown as FinderProfile)).to.throw(RangeError, 'careFor[1]: "brother" is not one of older, dementia');
    expect(() => findSupport({}, { lang: 'xx' } as unknown as FindSupportOptions)).to.throw(RangeError, 'options.lang: "xx" is not one of nl, fr, en, de');
    expect(() => findSupport({ careFor: 'dementia' } as unknown as FinderProfile)).to.throw(TypeError, 'careFor: expected an array');
    expect(() => findSupport({}, { regio: 'brussels' } as unknown as FindSupportOptions)).to.throw(RangeError, 'options: unknown key "regio"');
    expect(() => findSupport({}, { today: new Date(NaN) })).to.throw(RangeError, 'options.today');
    expect(() => findSupport(JSON.parse('{"__proto__":{"danger":true}}') as FinderProfile)).to.throw(RangeError, '(root): unknown key "__proto__"');
  });
  it('missing fields stay allowed; unknown profile keys are ignored; null means nothing answered', () => {
    expect(findSupport({}).associations.length).to.be.greaterThan(5);
    expect(findSupport(null).count).to.equal(findSupport({}).count);
    expect(findSupport({ extra: 1 } as unknown as FinderProfile).count).to.equal(findSupport({}).count);
    expect(findSupport(undefined, {}).lang).to.equal('nl');
  });
  it('a garbage overlay never throws: its bad parts come back as issues', () => {
    expect(findSupport({}, { overlay: 'nonsense' }).issues.length).to.be.greaterThan(0);
  });
});
