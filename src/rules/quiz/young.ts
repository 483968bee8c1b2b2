/**
 * assessYoungCarer: the school version (audience="young"), quiz-and-checklist.md §4.3.
 * Red flags first, then the home gate, then "helps or worries", then the load band.
 * Pure: no DOM, no Lit, no I/O. Referrals are ids only; the component turns them into text.
 */
import {
  CARE_AT_HOME_OPTIONS, GOOD_OPTIONS, HELP_ITEMS, IMPACT_ITEMS, YOUNG_THRESHOLDS as T,
  type CareAtHome, type Good, type HelpItem, type ImpactItem, type ScaleValue, type Who,
} from '../../data/quiz/young.js';
import type { QuizLocale, YoungService } from '../../data/quiz/links.js';
import type { HelplineId } from '../../data/helplines.js';

export type { CareAtHome, Good, HelpItem, ImpactItem, ScaleValue, Who };

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

/** 0, 1 or 2; anything else (missing, "2", 3, NaN) counts as 0, as the spec says for missing. */
function scale(value: unknown): ScaleValue {
  return value === 1 || value === 2 ? value : 0;
}

export function assessYoungCarer(answers: YoungCarerAnswers): YoungCarerResult {
  const a = answers ?? {};
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

  // "notSure" counts as yes; a missing or unknown answer does not (we never assume care at home).
  const careAtHome = (CARE_AT_HOME_OPTIONS as readonly unknown[]).includes(a.careAtHome) ? a.careAtHome : undefined;
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
  if (Array.isArray(a.good) && a.good.some((g) => (GOOD_OPTIONS as readonly unknown[]).includes(g))) {
    reasons.push('yreason.good');
  }

  const load: YoungLoad =
    impactScore >= T.heavy.impactMin || helpScore >= T.heavy.helpMin ? 'heavy'
      : impactScore >= T.aLot.impactMin || helpScore >= T.aLot.helpMin ? 'a_lot'
        : 'ok';
  return { outcome, load, helpScore, impactScore, reasons };
}

/** Ids in src/data/helplines.ts (owned by the finder) that the young result may show. */
export type YoungHelplineId = Extract<HelplineId,
  'emergency112' | 'violence1712' | 'suicide1813' | 'suicideFr0800' | 'awel102' | 'ecouteEnfants103' | 'telefonhilfe108'>;

export interface YoungReferrals {
  /** Phone/chat lines, most urgent first. */
  helplines: YoungHelplineId[];
  /** Non-urgent services (school, youth advice, young-carer groups, GP). */
  services: YoungService[];
}

/**
 * Per language, because helplines differ by language community (§1.12, glossary.md):
 * nl → 1712, 1813, Awel 102; fr → 0800 32 123, Écoute-Enfants 103 (no French 1712 was confirmed);
 * de → Telefonhilfe 108 for both (no German child or suicide line exists); en → both communities.
 */
const CHILD_LINE: Record<QuizLocale, YoungHelplineId[]> = {
  nl: ['awel102'], fr: ['ecouteEnfants103'], de: ['telefonhilfe108'], en: ['awel102', 'ecouteEnfants103'],
};
const SUICIDE_LINE: Record<QuizLocale, YoungHelplineId[]> = {
  nl: ['suicide1813'], fr: ['suicideFr0800'], de: ['telefonhilfe108'], en: ['suicide1813', 'suicideFr0800'],
};
const UNSAFE_LINE: Record<QuizLocale, YoungHelplineId[]> = {
  nl: ['violence1712'], en: ['violence1712'], fr: [], de: [],
};

export function youngCarerReferrals(result: YoungCarerResult, answers: YoungCarerAnswers, locale: QuizLocale): YoungReferrals {
  const helplines: YoungHelplineId[] = [];
  if (result.outcome === 'urgent') {
    helplines.push('emergency112');
    if (answers.rf_cantGoOn === true) helplines.push(...SUICIDE_LINE[locale]);
    if (answers.rf_unsafe === true) helplines.push(...UNSAFE_LINE[locale]);
  }
  helplines.push(...CHILD_LINE[locale]);
  const services: YoungService[] = ['school'];
  if (result.outcome === 'not_now') {
    return { helplines: [...new Set(helplines)], services };
  }
  services.push('youthAdvice', 'youngCarersOrg');
  if (locale === 'nl' || locale === 'en') services.push('youngHeroes');
  if (result.load === 'heavy') services.push('gp');
  return { helplines: [...new Set(helplines)], services };
}
