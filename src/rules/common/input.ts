/**
 * Strict input checks for the public rules (`mantelkit/rules`): a value the rules cannot read throws
 * at once, naming its JSON path, the value and what is allowed, instead of being answered as
 * something else. Wrong type → TypeError; wrong value (unknown word, NaN, out of bounds, unknown
 * key) → RangeError. `undefined` always passes: it means "not answered".
 * Pure and tiny on purpose: it ships in every rules chunk.
 */

/** Own keys that could reach a prototype if a caller copies the object: never accepted. */
const POISON = ['__proto__', 'constructor', 'prototype'];

/** The value as a message shows it: strings quoted, objects by kind (never their content). */
export function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (v === null || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'undefined') return String(v);
  return Array.isArray(v) ? 'an array' : `a value of type ${typeof v}`;
}

const wrongType = (path: string, want: string, v: unknown): TypeError => new TypeError(`${path}: expected ${want}, got ${show(v)}`);
const notOneOf = (path: string, v: unknown, allowed: readonly string[]): RangeError =>
  new RangeError(`${path}: ${show(v)} is not one of ${allowed.join(', ')}`);

/**
 * A plain object (`{}` or `Object.create(null)`), so no inherited field can slip past the checks.
 * With `keys`, any other own key is a RangeError (use it where a typo would silently change the
 * answer); without, unknown keys are ignored. `__proto__`, `constructor`, `prototype` always throw.
 */
export function record(v: unknown, path: string, keys?: readonly string[]): Readonly<Record<string, unknown>> | undefined {
  if (v === undefined) return undefined;
  const proto: unknown = v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.getPrototypeOf(v) : undefined;
  if (proto !== null && proto !== Object.prototype) throw wrongType(path, 'a plain object', v);
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (POISON.includes(k) || (keys && !keys.includes(k))) {
      throw new RangeError(`${path}: unknown key ${show(k)} is not one of ${(keys ?? []).join(', ') || '(no such key allowed)'}`);
    }
  }
  return o;
}

/** One word from a closed list. */
export function oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[]): T | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw wrongType(path, 'a string', v);
  if (!(allowed as readonly string[]).includes(v)) throw notOneOf(path, v, allowed);
  return v as T;
}

/** A finite number within [min, max]. */
export function number(v: unknown, path: string, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number') throw wrongType(path, 'a number', v);
  if (!(v >= min && v <= max)) throw new RangeError(`${path}: ${show(v)} is not a number from ${min} to ${max}`);
  return v;
}

export function bool(v: unknown, path: string): boolean | undefined {
  if (v === undefined || typeof v === 'boolean') return v;
  throw wrongType(path, 'true or false', v);
}

/** A real calendar date written YYYY-MM-DD ("2025-02-30" is not). */
export function realDay(v: unknown): v is string {
  const t = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN;
  return t === t && new Date(t).toISOString().slice(0, 10) === v; // t === t: not NaN
}

export function isoDay(v: unknown, path: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw wrongType(path, 'a date string YYYY-MM-DD', v);
  if (!realDay(v)) throw new RangeError(`${path}: ${show(v)} is not a real date YYYY-MM-DD`);
  return v;
}

/** An array whose every item passes `item` (a hole or `undefined` item is an error: it answers nothing). */
export function list<T>(v: unknown, path: string, item: (x: unknown, path: string) => T | undefined): T[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) throw wrongType(path, 'an array', v);
  const out: T[] = [];
  for (let i = 0; i < v.length; i++) {
    const x = item(v[i], `${path}[${i}]`);
    if (x === undefined) throw wrongType(`${path}[${i}]`, 'a value', undefined);
    out.push(x);
  }
  return out;
}

/** A check for one value at a JSON path; `undefined` passes. */
export type Check = (v: unknown, path: string) => unknown;
export const word = <T extends string>(allowed: readonly T[]): Check => (v, p) => oneOf(v, p, allowed);
export const range = (min: number, max: number): Check => (v, p) => number(v, p, min, max);
export const listOf = (item: Check): Check => (v, p) => list(v, p, item);

/**
 * An object whose fields are checked by `spec` (paths `path.key`; at the root, `path` is '' and a
 * wrong root shows as "(root)"). `strict`: a key not in `spec` is a RangeError (see `record`).
 */
export const object = (spec: Readonly<Record<string, Check>>, strict?: boolean): Check => (v, path) => {
  const o = record(v, path || '(root)', strict ? Object.keys(spec) : undefined);
  if (o) for (const k of Object.keys(spec)) spec[k]?.(o[k], path ? `${path}.${k}` : k);
  return o;
};
