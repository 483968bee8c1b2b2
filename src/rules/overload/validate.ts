/**
 * The input vocabulary of scoreOverload() and overloadReferrals(), checked before any rule runs (see
 * src/rules/common/input.ts): a wrong type throws a TypeError, an unknown word, key or number a
 * RangeError, each naming its JSON path, the value and what is allowed. Missing fields mean "not
 * answered"; `null` is allowed where the answers document it (`global`, a red flag, `canShare`).
 * Unknown keys are refused everywhere: `selfharm: true` silently read as "no red flag" would hide the
 * most important answer.
 */
import { bool, listOf, object, show, word, type Check } from '../common/input.js';
import { AUDIENCES, OVERLOAD_THRESHOLDS, RED_FLAG_IDS, STRAIN_ITEM_IDS } from '../../data/overload/thresholds.js';
import { OVERLOAD_LANGS } from '../../data/overload/referrals.js';
import type { OverloadAnswers, ScoreOverloadOptions } from './score.js';
import { overloadReferrals } from './referrals.js';

export const OVERLOAD_STRAIN_VALUES = ['no', 'sometimes', 'yes', 'skip'] as const;
export const OVERLOAD_CAN_SHARE_VALUES = ['yes', 'no', 'dontKnow', 'skip'] as const;
export const OVERLOAD_CARE_FOR_VALUES = ['dementia', 'mentalHealth', 'disability', 'chronicIllness', 'frailty', 'child'] as const;
export const OVERLOAD_BAND_VALUES = ['urgent', 'high', 'elevated', 'low', 'incomplete'] as const;

/** `null` is an answer here ("not given" / "skipped"), not a wrong type. */
const orNull = (c: Check): Check => (v, p) => (v === null ? null : c(v, p));

/** A whole number within [min, max] (the 0–10 rating has no halves). */
const whole = (min: number, max: number): Check => (v, p) => {
  if (v === undefined) return undefined;
  if (typeof v !== 'number') throw new TypeError(`${p}: expected a whole number from ${min} to ${max}, got ${show(v)}`);
  if (!(Number.isInteger(v) && v >= min && v <= max)) throw new RangeError(`${p}: ${show(v)} is not a whole number from ${min} to ${max}`);
  return v;
};

const each = (ids: readonly string[], c: Check): Record<string, Check> => Object.fromEntries(ids.map((id) => [id, c]));

const ANSWERS = object(
  {
    strain: object(each(STRAIN_ITEM_IDS, word(OVERLOAD_STRAIN_VALUES)), true),
    global: orNull(whole(OVERLOAD_THRESHOLDS.globalMin, OVERLOAD_THRESHOLDS.globalMax)),
    redFlags: object(each(RED_FLAG_IDS, orNull(bool)), true),
    routing: object({ canShare: orNull(word(OVERLOAD_CAN_SHARE_VALUES)), careFor: listOf(word(OVERLOAD_CARE_FOR_VALUES)) }, true),
  } satisfies Record<keyof OverloadAnswers, Check>,
  true,
);
const OPTIONS = object({ audience: word(AUDIENCES), lang: word(OVERLOAD_LANGS) } satisfies Record<keyof ScoreOverloadOptions, Check>, true);

/** Throws TypeError/RangeError on the first value scoreOverload() cannot read. */
export function checkOverloadInput(answers: unknown, options: unknown): void {
  if (options !== null) OPTIONS(options, 'options');
  // The answers themselves must be there: nothing to score is a mistake, not "all skipped".
  if (answers === undefined || answers === null) throw new TypeError(`(root): expected a plain object, got ${show(answers)}`);
  ANSWERS(answers, '');
}

/** Throws TypeError/RangeError on the first argument overloadReferrals() cannot read. */
export function checkReferralsInput(band: unknown, audience: unknown, lang: unknown, redFlags: unknown): void {
  if (band === undefined) throw new TypeError(`band: expected one of ${OVERLOAD_BAND_VALUES.join(', ')}, got undefined`);
  word(OVERLOAD_BAND_VALUES)(band, 'band');
  word(AUDIENCES)(audience, 'audience');
  word(OVERLOAD_LANGS)(lang, 'lang');
  listOf(word(RED_FLAG_IDS))(redFlags, 'redFlags');
}

/**
 * `overloadReferrals` as `mantelkit/rules` exports it: with its arguments checked. The widget calls
 * the unchecked one (its arguments are its own, already-checked values), so the check stays out of
 * the questions' chunk.
 */
export function checkedOverloadReferrals(...args: Parameters<typeof overloadReferrals>): ReturnType<typeof overloadReferrals> {
  const [band, audience = 'adult', lang = 'nl', redFlags = []] = args;
  checkReferralsInput(band, audience, lang, redFlags);
  return overloadReferrals(band, audience, lang, redFlags);
}
