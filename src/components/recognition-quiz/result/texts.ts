import type { CoreMessages } from '../../../i18n/core/nl.js';
import type { QuizMessages } from '../../../i18n/quiz/nl.js';
import type { QuizResultMessages } from '../../../i18n/quiz/result/nl.js';
import type { Formatters } from '../../../core/i18n/format.js';
import type { QuizLocale } from '../../../rules/quiz/links.js';

/** Everything the result templates read: the texts in the reader's language (young wording applied) and the formatters. */
export interface QuizTexts {
  t: QuizMessages;
  c: CoreMessages;
  fmt: Formatters;
  locale: QuizLocale;
}

/** What the result and the print sheet read: the widget's texts plus the result namespace (loaded from "Start" on). */
export interface ResultTexts extends QuizTexts {
  t: QuizMessages & QuizResultMessages;
}
