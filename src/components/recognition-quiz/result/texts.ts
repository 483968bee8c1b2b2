import type { CoreMessages } from '../../../i18n/core/nl.js';
import type { QuizMessages } from '../../../i18n/quiz/nl.js';
import type { Formatters } from '../../../core/i18n/format.js';
import type { QuizLocale } from '../../../rules/quiz/links.js';

/** Everything the result templates read: the texts in the reader's language (young wording applied) and the formatters. */
export interface QuizTexts {
  t: QuizMessages;
  c: CoreMessages;
  fmt: Formatters;
  locale: QuizLocale;
}
