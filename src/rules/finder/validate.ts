/**
 * The input vocabulary of findSupport(), checked before any rule runs (src/rules/common/input.ts):
 * an unknown word or a wrong type throws with its JSON path instead of being answered as something
 * else (`danger: "no"` used to count as "in danger"). Missing fields stay allowed: "not answered".
 * The overlay is partner data: validateOverlay drops its bad parts with an issue, so it is not checked here.
 */
import { bool, listOf, object, record, show, word, type Check } from '../common/input.js';
import { AGE_GROUPS, CARE_FOR, HEALTH_FUNDS, NEEDS } from '../../data/finder/vocabulary.js';
import type { RecordId } from '../../data/finder/records.js';
import type { FindSupportOptions, FinderLang, FinderOrder, FinderProfile } from './types.js';

/** A closed list, written as a Record so TypeScript fails when the union gains or loses a value. */
const words = <T extends string>(o: Record<T, 0>): readonly T[] => Object.keys(o) as T[];

export const FINDER_LANG_VALUES = words<FinderLang>({ nl: 0, fr: 0, en: 0, de: 0 });
export const FINDER_ORDER_VALUES = words<FinderOrder>({ alphabetical: 0, shuffle: 0 });
export const FINDER_REGION_VALUES = words<NonNullable<FindSupportOptions['region']>>({ flanders: 0, brussels: 0 });
const RECORD_IDS = words<RecordId>({
  lieverThuisLm: 0, coponcho: 0, okraZorgrecht: 0, mantelzorgnetwerk: 0, samana: 0, steunpuntMantelzorg: 0, zojong: 0, magenta: 0,
  aidantsProches: 0, jeunesAidantsProches: 0, healthFundRecognition: 0, healthFundSocialService: 0, caw: 0, jac: 0, gp: 0,
  dementiaExpertise: 0, sittingService: 0, dayCare: 0, palliativeDayCentre: 0, shortStay: 0, localServiceCentre: 0, mantelzorghub: 0,
  woonzorglijn: 0, vem: 0, socialeKaart: 0, rechtenverkenner: 0, kenniscentrumWwz: 0,
});
/** Longest record text accepted (a description is a few sentences). */
export const FINDER_MAX_TEXT = 2000;

const text: Check = (v, path) => {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new TypeError(`${path}: expected a string, got ${show(v)}`);
  if (v.length > FINDER_MAX_TEXT) throw new RangeError(`${path}: a text of ${v.length} characters is longer than ${FINDER_MAX_TEXT}`);
  return v;
};

/** A real Date (an invalid one would seed the shuffle with NaN). */
const day: Check = (v, path) => {
  if (v === undefined) return undefined;
  if (!(v instanceof Date)) throw new TypeError(`${path}: expected a Date, got ${show(v)}`);
  if (Number.isNaN(v.getTime())) throw new RangeError(`${path}: an invalid Date is not a day`);
  return v;
};

/** The page's URL: an absolute URL (partner paths are resolved against it). */
const pageUrl: Check = (v, path) => {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new TypeError(`${path}: expected a string, got ${show(v)}`);
  try {
    void new URL(v);
  } catch {
    throw new RangeError(`${path}: ${show(v)} is not an absolute URL`);
  }
  return v;
};

/** Reader-language texts: only known record ids, each `{ description, affiliation? }`. */
const TEXT: Check = object({ description: text, affiliation: text }, true);
const texts: Check = (v, path) => {
  const o = record(v, path, RECORD_IDS);
  if (o) for (const k of Object.keys(o)) TEXT(o[k], `${path}.${k}`);
  return o;
};

/**
 * Unknown keys: ignored in the profile (a shared case file may carry answers for other tools; an
 * unknown key only leaves a question unanswered) and rejected in the options, where a misspelt
 * `lang` or `region` would silently change the answer.
 */
const PROFILE = object({
  danger: bool,
  ageGroup: word(AGE_GROUPS),
  careFor: listOf(word(CARE_FOR)),
  needs: listOf(word(NEEDS)),
  healthFund: word(HEALTH_FUNDS),
} satisfies Record<keyof FinderProfile, Check>);

const OPTIONS = object(
  {
    lang: word(FINDER_LANG_VALUES),
    overlay: () => undefined,
    base: pageUrl,
    order: word(FINDER_ORDER_VALUES),
    today: day,
    region: word(FINDER_REGION_VALUES),
    texts,
    all: bool,
  } satisfies Record<keyof FindSupportOptions, Check>,
  true,
);

/** Throws TypeError/RangeError on the first value findSupport() cannot read; null means "nothing answered". */
export function checkFinderInput(profile: unknown, options: unknown): void {
  OPTIONS(options, 'options');
  if (profile !== null) PROFILE(profile, '');
}
