/**
 * The input vocabulary of hingeChecklist(), checked before any rule runs (src/rules/common/input.ts):
 * a wrong type throws a TypeError, an unknown word or key a RangeError, each naming its JSON path,
 * the value and what is allowed. Missing fields mean "not answered". The overlay is partner data: it
 * is sanitised (./overlay.ts), never thrown on.
 */
import { bool, isoDay, listOf, object, oneOf, record, show, word, type Check } from '../common/input.js';
import { HINGE_ADMISSION, HINGE_CARE_AT_HOME, HINGE_HELP, HINGE_LANGS, HINGE_MOMENTS, HINGE_PAPERS, HINGE_PLACE, type HingeMoment, type HingeSituation } from '../../data/hinge/types.js';

const SITUATION = object(
  {
    admission: word(HINGE_ADMISSION),
    careAtHome: word(HINGE_CARE_AT_HOME),
    helpInPlace: listOf(word(HINGE_HELP)),
    papers: word(HINGE_PAPERS),
    works: bool,
    involved: bool,
    place: word(HINGE_PLACE),
  } satisfies Record<keyof HingeSituation, Check>,
  true,
);

export const HINGE_OPTION_KEYS = ['moment', 'asOf', 'lang', 'overlay', 'base'] as const;

/** Throws on the first value hingeChecklist() cannot read; returns the moment (required). */
export function checkHingeInput(situation: unknown, options: unknown): HingeMoment {
  if (situation === null) throw new TypeError(`(root): expected a plain object, got ${show(situation)}`);
  SITUATION(situation ?? {}, '');
  if (options === undefined || options === null) throw new TypeError(`options: expected a plain object with a moment (${HINGE_MOMENTS.join(', ')}), got ${show(options)}`);
  const o = record(options, 'options', HINGE_OPTION_KEYS);
  const moment = oneOf(o?.moment, 'options.moment', HINGE_MOMENTS);
  if (!moment) throw new TypeError(`options.moment: expected one of ${HINGE_MOMENTS.join(', ')}, got undefined`);
  isoDay(o?.asOf, 'options.asOf');
  oneOf(o?.lang, 'options.lang', HINGE_LANGS);
  if (o?.base !== undefined && typeof o.base !== 'string') throw new TypeError(`options.base: expected a URL string, got ${show(o.base)}`);
  return moment;
}
