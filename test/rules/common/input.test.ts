/** The shared strict-input helpers: what passes, and the exact messages (path, value, allowed values). */
import { expect } from '@open-wc/testing';
import { bool, isoDay, list, number, object, oneOf, range, realDay, record, word } from '../../../src/rules/common/input.js';

function thrown(f: () => unknown): Error {
  try { f(); } catch (e) { return e as Error; }
  throw new Error('did not throw');
}

describe('rules/common/input', () => {
  it('undefined always passes ("not answered")', () => {
    expect(record(undefined, 'a', ['x'])).to.equal(undefined);
    expect(oneOf(undefined, 'a', ['x'])).to.equal(undefined);
    expect(number(undefined, 'a', 0, 1)).to.equal(undefined);
    expect(bool(undefined, 'a')).to.equal(undefined);
    expect(isoDay(undefined, 'a')).to.equal(undefined);
    expect(list(undefined, 'a', (x) => x)).to.equal(undefined);
  });

  it('valid values pass through', () => {
    expect(oneOf('x', 'a', ['x', 'y'])).to.equal('x');
    expect(number(0.5, 'a', 0, 1)).to.equal(0.5);
    expect(isoDay('2024-02-29', 'a')).to.equal('2024-02-29');
    expect(record(Object.create(null) as object, 'a')).to.deep.equal({});
    expect(list(['x'], 'a', (x, p) => oneOf(x, p, ['x']))).to.deep.equal(['x']);
  });

  it('realDay: only real calendar dates', () => {
    for (const d of ['2024-02-29', '2026-12-31']) expect(realDay(d), d).to.equal(true);
    for (const d of ['2025-02-30', '2025-13-01', '2025-1-01', '', 'garbage', 20250101, null]) expect(realDay(d), String(d)).to.equal(false);
  });

  it('object(): paths, strict keys, root label', () => {
    const check = object({ a: word(['x']), b: object({ n: range(0, 1) }, true) });
    expect(() => check({ a: 'x', b: { n: 1 }, other: 1 }, '')).not.to.throw();
    expect(() => check({ a: 'y' }, '')).to.throw(RangeError, 'a: "y" is not one of x');
    expect(() => check({ b: { n: 2 } }, 'cfg')).to.throw(RangeError, 'cfg.b.n: 2 is not a number from 0 to 1');
    expect(() => check({ b: { m: 1 } }, '')).to.throw(RangeError, 'b: unknown key "m" is not one of n');
    expect(() => check(5, '')).to.throw(TypeError, '(root): expected a plain object, got 5');
  });

  const rows: [string, () => unknown, typeof TypeError | typeof RangeError, string][] = [
    ['unknown word', () => oneOf('brother', 'caredFor.relation', ['spouse', 'sibling']), RangeError, 'caredFor.relation: "brother" is not one of spouse, sibling'],
    ['inherited name is no word', () => oneOf('toString', 'status', ['a']), RangeError, 'status: "toString" is not one of a'],
    ['word of wrong type', () => oneOf(5, 'status', ['a']), TypeError, 'status: expected a string, got 5'],
    ['NaN', () => number(NaN, 'age', 0, 10), RangeError, 'age: NaN is not a number from 0 to 10'],
    ['negative', () => number(-1, 'age', 0, 10), RangeError, 'age: -1 is not a number from 0 to 10'],
    ['huge', () => number(1e308, 'age', 0, 10), RangeError, 'age: 1e+308 is not a number from 0 to 10'],
    ['number as string', () => number('3', 'age', 0, 10), TypeError, 'age: expected a number, got "3"'],
    ['boolean as string', () => bool('no', 'danger'), TypeError, 'danger: expected true or false, got "no"'],
    ['impossible date', () => isoDay('2025-02-30', 'config.asOf'), RangeError, 'config.asOf: "2025-02-30" is not a real date YYYY-MM-DD'],
    ['date object', () => isoDay(new Date(0), 'config.asOf'), TypeError, 'config.asOf: expected a date string YYYY-MM-DD, got a value of type object'],
    ['array for object', () => record([], 'caredFor'), TypeError, 'caredFor: expected a plain object, got an array'],
    ['null for object', () => record(null, 'caredFor'), TypeError, 'caredFor: expected a plain object, got null'],
    ['class instance', () => record(new Date(0), 'used'), TypeError, 'used: expected a plain object, got a value of type object'],
    ['inherited fields', () => record(Object.create({ status: 'x' }) as object, 's'), TypeError, 's: expected a plain object, got a value of type object'],
    ['unknown key', () => record({ FT: 1, ft: 2 }, 'used.x', ['FT', 'partial']), RangeError, 'used.x: unknown key "ft" is not one of FT, partial'],
    ['__proto__ key', () => record(JSON.parse('{"__proto__":{"a":1}}'), 's'), RangeError, 's: unknown key "__proto__" is not one of (no such key allowed)'],
    ['constructor key', () => record({ constructor: 1 }, 's', ['constructor']), RangeError, 's: unknown key "constructor" is not one of constructor'],
    ['list item', () => list(['a', 'b'], 'caredFor.situation', (x, p) => oneOf(x, p, ['a'])), RangeError, 'caredFor.situation[1]: "b" is not one of a'],
    ['list hole', () => list([undefined], 'xs', (x) => x), TypeError, 'xs[0]: expected a value, got undefined'],
    ['long strings are cut', () => oneOf('x'.repeat(60), 'a', ['b']), RangeError, `a: "${'x'.repeat(40)}…" is not one of b`],
  ];
  for (const [name, f, type, message] of rows) {
    it(`${name}: ${type.name} "${message}"`, () => {
      const e = thrown(f);
      expect(e).to.be.instanceOf(type);
      expect(e.message).to.equal(message);
    });
  }
});
