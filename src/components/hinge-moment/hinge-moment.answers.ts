import { isRecord } from '../../core/partner-config.js';
import { HINGE_ADMISSION, HINGE_CARE_AT_HOME, HINGE_HELP, HINGE_MOMENTS, HINGE_PAPERS, HINGE_PLACE, hingeAsks } from '../../rules/hinge/questions.js';
import type { HingeMoment, HingeSituation } from '../../rules/hinge/index.js';

/**
 * The hinge-moment answers: their shape, the option lists, answers → rules input, and the strict
 * check of stored progress (each unknown value is dropped, one by one).
 */
export type YesNo = 'yes' | 'no';
export const YES_NO: readonly YesNo[] = ['yes', 'no'];

export interface Answers {
  /** Asked only when the page did not set the `moment` attribute. */
  moment?: HingeMoment;
  admission?: (typeof HINGE_ADMISSION)[number];
  careAtHome?: (typeof HINGE_CARE_AT_HOME)[number];
  helpInPlace?: Array<(typeof HINGE_HELP)[number]>;
  papers?: (typeof HINGE_PAPERS)[number];
  works?: YesNo;
  involved?: YesNo;
  place?: (typeof HINGE_PLACE)[number];
}

export { HINGE_ADMISSION, HINGE_CARE_AT_HOME, HINGE_HELP, HINGE_MOMENTS, HINGE_PAPERS, HINGE_PLACE };

/** The answers in the rules' shape, for this moment (answers to questions it does not ask are left out). */
export function toSituation(a: Answers, moment: HingeMoment): HingeSituation {
  const s: HingeSituation = {};
  if (a.admission && hingeAsks(moment, 'admission')) s.admission = a.admission;
  if (a.careAtHome && hingeAsks(moment, 'careAtHome')) s.careAtHome = a.careAtHome;
  if (a.helpInPlace && hingeAsks(moment, 'helpInPlace')) s.helpInPlace = [...a.helpInPlace];
  if (a.papers && hingeAsks(moment, 'papers')) s.papers = a.papers;
  if (a.works) s.works = a.works === 'yes';
  if (a.involved) s.involved = a.involved === 'yes';
  if (a.place && hingeAsks(moment, 'place')) s.place = a.place;
  return s;
}

const ONE: ReadonlyArray<[keyof Answers, readonly string[]]> = [
  ['moment', HINGE_MOMENTS],
  ['admission', HINGE_ADMISSION],
  ['careAtHome', HINGE_CARE_AT_HOME],
  ['papers', HINGE_PAPERS],
  ['works', YES_NO],
  ['involved', YES_NO],
  ['place', HINGE_PLACE],
];

/** Stored progress, with every value we could not have written ourselves dropped. */
export function restoreHingeAnswers(v: unknown): Answers | undefined {
  if (!isRecord(v)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, allowed] of ONE) if (typeof v[key] === 'string' && allowed.includes(v[key])) out[key] = v[key];
  const help = v['helpInPlace'];
  if (Array.isArray(help)) out['helpInPlace'] = help.filter((h): h is string => typeof h === 'string' && (HINGE_HELP as readonly string[]).includes(h));
  return out as Answers;
}

/** Stored ticks: step ids only (letters, digits, dashes), at most 100. */
export function restoreTicks(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string' && /^[A-Za-z0-9-]{1,40}$/.test(t)).slice(0, 100) : [];
}
