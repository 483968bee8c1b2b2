import type {
  RecognitionActionKey, RecognitionOutcome, RecognitionReasonKey, RecognitionResult, YoungCarerResult, YoungLoad, YoungOutcome,
  YoungReasonKey, YoungReferrals,
} from '../../../rules/quiz/index.js';
import type { HelplineId } from '../../../data/help/helplines.js';
import { YOUNG_SERVICE_LINKS, type QuizLocale, type YoungService } from '../../../rules/quiz/links.js';
import { toRecognitionAnswers } from '../adult/questions.js';
import { toYoungAnswers } from '../young/questions.js';

/** The rules chunk of the audience (the school version's also holds its result template). */
export type QuizRules =
  | { adult: typeof import('../adult/index.js'); young?: undefined }
  | { young: typeof import('../young/index.js'); adult?: undefined };

/** What the adult result shows, decided once from the rules' answer (pure: no DOM, no Lit, no texts). */
export interface AdultResultView {
  audience: 'adult';
  outcome: RecognitionOutcome;
  /** Some caring outcome: the recognition block and the "bring this to your health fund" sheet title. */
  caring: boolean;
  needUnsure: boolean;
  reasons: RecognitionReasonKey[];
  /** Kinds of task, for `reason.tasks`. */
  taskCount: number;
  actions: RecognitionActionKey[];
  /** 50+ hours and caring: the social-rights hint and what to bring. */
  socialRights: boolean;
}

/** What the school version's result shows. */
export interface YoungResultView {
  audience: 'young';
  outcome: YoungOutcome;
  /** A red flag: the lines come first, in their own block. */
  urgent: boolean;
  helplines: HelplineId[];
  /** Services that exist in this language (school and GP exist everywhere; the rest need a URL). */
  services: YoungService[];
  load: YoungLoad | null;
  good: boolean;
  reasons: YoungReasonKey[];
}

export type QuizResultView = AdultResultView | YoungResultView;

export type QuizResult =
  | { audience: 'adult'; result: RecognitionResult; actions: RecognitionActionKey[]; taskCount: number }
  | { audience: 'young'; result: YoungCarerResult; referrals: YoungReferrals; locale: QuizLocale };

/** The rules' answer for the form answers on the path (pure: the rules module comes in as a value). */
export function assess(rules: QuizRules, answers: Record<string, unknown>, locale: QuizLocale): QuizResult {
  if (rules.young) {
    const a = toYoungAnswers(answers);
    const result = rules.young.assessYoungCarer(a);
    return { audience: 'young', result, referrals: rules.young.youngCarerReferrals(result, a, locale), locale };
  }
  const a = toRecognitionAnswers(answers);
  const result = rules.adult.assessRecognition(a);
  return { audience: 'adult', result, actions: rules.adult.recognitionActions(result), taskCount: new Set(a.tasks).size };
}

export function toResultView(x: QuizResult): QuizResultView {
  if (x.audience === 'adult') {
    const r = x.result;
    const caring = r.outcome === 'caregiver_intensive' || r.outcome === 'caregiver' || r.outcome === 'occasional';
    return {
      audience: 'adult', outcome: r.outcome, caring, needUnsure: r.flags.needUnsure && r.outcome !== 'not_now', reasons: r.reasons,
      taskCount: x.taskCount, actions: x.actions, socialRights: r.flags.mayQualifySocialRights,
    };
  }
  const r = x.result;
  return {
    audience: 'young', outcome: r.outcome, urgent: r.outcome === 'urgent', helplines: x.referrals.helplines,
    services: x.referrals.services.filter((s) => s === 'school' || s === 'gp' || YOUNG_SERVICE_LINKS[s][x.locale] !== undefined),
    load: r.load, good: r.reasons.includes('yreason.good'), reasons: r.reasons.filter((k) => k !== 'yreason.good'),
  };
}
