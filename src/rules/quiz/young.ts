/**
 * assessYoungCarer: the school version (audience="young") of the recognition quiz.
 * Red flags first, then the home gate, then "helps or worries", then the load band.
 * Pure: no DOM, no Lit, no I/O. Referrals are ids only; the component turns them into text.
 */
import {
  CARE_AT_HOME_OPTIONS, GOOD_OPTIONS, HELP_ITEMS, WHO_OPTIONS, IMPACT_ITEMS, YOUNG_THRESHOLDS as T,
  type CareAtHome, type Good, type HelpItem, type ImpactItem, type ScaleValue, type Who,
} from '../../data/quiz/young.js';
import type { QuizLocale, YoungService } from '../../data/quiz/links.js';
import type { HelplineId } from '../../data/help/helplines.js';
import { linesFor } from '../help/lines.js';
import { bool, listOf, object, show, word, type Check } from '../common/input.js';

export type { CareAtHome, Good, HelpItem, ImpactItem, ScaleValue, Who };
// The option lists the component asks with (components read data through src/rules).
export { CARE_AT_HOME_OPTIONS, GOOD_OPTIONS, HELP_ITEMS, IMPACT_ITEMS, WHO_OPTIONS } from '../../data/quiz/young.js';

export type YoungCarerAnswers = {
  careAtHome?: CareAtHome;
  /** Wording only, never scored. */
  who?: readonly Who[];
  /** Positive side (message only, never scored). */
  good?: readonly Good[];
  rf_unsafe?: boolean;
  rf_cantGoOn?: boolean;
} & { [K in HelpItem | ImpactItem]?: ScaleValue };

export type YoungOutcome = 'urgent' | 'not_now' | 'grows_up_with_care' | 'young_carer';
export const YOUNG_OUTCOMES: readonly YoungOutcome[] = ['urgent', 'not_now', 'grows_up_with_care', 'young_carer'];
export type YoungLoad = 'ok' | 'a_lot' | 'heavy';
const YOUNG_LOADS: readonly YoungLoad[] = ['ok', 'a_lot', 'heavy'];

export type YoungReasonKey =
  | 'yreason.unsafe' | 'yreason.cantGoOn' | 'yreason.noCareAtHome' | 'yreason.notSure'
  | 'yreason.helpsOften' | 'yreason.helpsSometimes' | 'yreason.worries'
  | 'yreason.tiredOrHomework' | 'yreason.lessFreeTime' | 'yreason.alone' | 'yreason.noHelpNoWorry'
  | 'yreason.good';

export interface YoungCarerResult {
  outcome: YoungOutcome;
  /** null for urgent and not_now. */
  load: YoungLoad | null;
  /** Sum of the six help items, 0–12. */
  helpScore: number;
  /** worry + the four impact items, 0–10. */
  impactScore: number;
  reasons: YoungReasonKey[];
}

/** 0 (never), 1 (sometimes) or 2 (often): a number, not "2"; 1.5, -1 or NaN is a RangeError. */
const SCALE_CHECK: Check = (v, path) => {
  if (v === undefined) return undefined;
  if (typeof v !== 'number') throw new TypeError(`${path}: expected a number, got ${show(v)}`);
  if (v !== 0 && v !== 1 && v !== 2) throw new RangeError(`${path}: ${show(v)} is not one of 0, 1, 2`);
  return v;
};
/**
 * The input vocabulary, checked before any rule runs (src/rules/common/input.ts): a wrong type throws
 * a TypeError, an unknown word or scale value a RangeError, each naming the JSON path, the value and
 * what is allowed. A missing answer means "not answered" (a missing scale item counts as 0, "never");
 * `null` means nothing was answered. Unknown keys are ignored.
 */
const ANSWERS = object({
  careAtHome: word(CARE_AT_HOME_OPTIONS), who: listOf(word(WHO_OPTIONS)), good: listOf(word(GOOD_OPTIONS)),
  rf_unsafe: bool, rf_cantGoOn: bool,
  ...(Object.fromEntries([...HELP_ITEMS, ...IMPACT_ITEMS].map((k) => [k, SCALE_CHECK])) as Record<HelpItem | ImpactItem, Check>),
} satisfies Record<keyof YoungCarerAnswers, Check>);
const RESULT = object({ outcome: word(YOUNG_OUTCOMES), load: (v, p) => (v === null ? null : word(YOUNG_LOADS)(v, p)) });
const LOCALES: readonly QuizLocale[] = ['nl', 'fr', 'en', 'de'];

/** A checked scale answer; missing counts as 0, as the spec says. */
const scale = (value: ScaleValue | undefined): ScaleValue => value ?? 0;

/** Throws a TypeError/RangeError (JSON path, value, allowed values) on an answer it cannot read. */
export function assessYoungCarer(answers: YoungCarerAnswers | null): YoungCarerResult {
  if (answers !== null) ANSWERS(answers, '');
  const a: YoungCarerAnswers = answers ?? {};
  const helpScore = HELP_ITEMS.reduce((sum, k) => sum + scale(a[k]), 0);
  const impactScore = IMPACT_ITEMS.reduce((sum, k) => sum + scale(a[k]), 0);
  const worry = scale(a.worry);
  const reasons: YoungReasonKey[] = [];

  // Only a literal `true` is a red flag (a stray string must not, and a missing answer cannot).
  const unsafe = a.rf_unsafe === true;
  const cantGoOn = a.rf_cantGoOn === true;
  if (unsafe || cantGoOn) {
    if (unsafe) reasons.push('yreason.unsafe');
    if (cantGoOn) reasons.push('yreason.cantGoOn');
    return { outcome: 'urgent', load: null, helpScore, impactScore, reasons };
  }

  // "notSure" counts as yes; a missing answer does not (we never assume care at home).
  const careAtHome = a.careAtHome;
  if (careAtHome !== 'yes' && careAtHome !== 'notSure') {
    return { outcome: 'not_now', load: null, helpScore, impactScore, reasons: ['yreason.noCareAtHome'] };
  }
  if (careAtHome === 'notSure') reasons.push('yreason.notSure');

  const outcome: YoungOutcome = helpScore === 0 && worry === 0 ? 'grows_up_with_care' : 'young_carer';
  if (outcome === 'grows_up_with_care') reasons.push('yreason.noHelpNoWorry');
  else if (HELP_ITEMS.some((k) => scale(a[k]) === 2)) reasons.push('yreason.helpsOften');
  else if (helpScore > 0) reasons.push('yreason.helpsSometimes');
  if (worry > 0) reasons.push('yreason.worries');
  if (scale(a.imp_tired) + scale(a.imp_homework) > 0) reasons.push('yreason.tiredOrHomework');
  if (scale(a.imp_friends) > 0) reasons.push('yreason.lessFreeTime');
  if (scale(a.imp_alone) > 0) reasons.push('yreason.alone');
  if (a.good?.length) {
    reasons.push('yreason.good');
  }

  const load: YoungLoad =
    impactScore >= T.heavy.impactMin || helpScore >= T.heavy.helpMin ? 'heavy'
      : impactScore >= T.aLot.impactMin || helpScore >= T.aLot.helpMin ? 'a_lot'
        : 'ok';
  return { outcome, load, helpScore, impactScore, reasons };
}

/** Lines the young result words in its own voice (`yline.*` catalog keys); ids of src/data/help/helplines.ts. */
export type YoungHelplineId = Extract<HelplineId,
  'emergency' | 'violenceLine' | 'suicideLine' | 'preventionSuicide' | 'awel' | 'ecouteEnfants' | 'telefonhilfe'>;

export interface YoungReferrals {
  /** Phone/chat lines, most urgent first. */
  helplines: HelplineId[];
  /** Non-urgent services (school, youth advice, young-carer groups, GP). */
  services: YoungService[];
}

/**
 * Lines come from the project-wide routing table (src/data/help/routes.ts), per language because
 * helplines differ by language community: 112 first when urgent, then the suicide line when the
 * reader cannot go on, the violence line when unsafe at home, and always the youth line.
 */
export function youngCarerReferrals(result: YoungCarerResult, answers: YoungCarerAnswers | null, locale: QuizLocale): YoungReferrals {
  RESULT(result, 'result');
  if (result === undefined) throw new TypeError('result: expected a plain object, got undefined');
  if (answers !== null) ANSWERS(answers, 'answers');
  if (word(LOCALES)(locale, 'locale') === undefined) throw new TypeError(`locale: expected one of ${LOCALES.join(', ')}, got undefined`);
  const helplines: HelplineId[] = [];
  if (result.outcome === 'urgent') {
    helplines.push(...linesFor('danger', 'young', locale));
    if (answers?.rf_cantGoOn === true) helplines.push(...linesFor('suicide', 'young', locale));
    if (answers?.rf_unsafe === true) helplines.push(...linesFor('violence', 'young', locale));
  }
  helplines.push(...linesFor('youthLine', 'young', locale));
  const services: YoungService[] = ['school'];
  if (result.outcome === 'not_now') {
    return { helplines: [...new Set(helplines)], services };
  }
  services.push('youthAdvice', 'youngCarersOrg');
  if (result.load === 'heavy') services.push('gp');
  return { helplines: [...new Set(helplines)], services };
}
