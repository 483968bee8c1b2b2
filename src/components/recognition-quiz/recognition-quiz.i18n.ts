import { createCatalog, createLazyCatalog } from '../../core/i18n/catalog.js';
import type { QuizMessages } from '../../i18n/quiz/nl.js';
import type { QuizResultMessages } from '../../i18n/quiz/result/nl.js';
import type { YoungMessages } from '../../i18n/quiz/young/nl.js';

/** The quiz's namespaces and the helpline chunk, as the element loads them. */
export const catalog = createCatalog<QuizMessages>({
  nl: () => import('../../i18n/quiz/nl.js'),
  fr: () => import('../../i18n/quiz/fr.js'),
  en: () => import('../../i18n/quiz/en.js'),
  de: () => import('../../i18n/quiz/de.js'),
});

/**
 * The result and print-sheet texts (both audiences): a chunk per language loaded on "Start" with
 * the result templates, so the first screen's download stays within its budget.
 */
export const resultCatalog = createLazyCatalog<QuizResultMessages>({
  nl: () => import('../../i18n/quiz/result/nl.js'),
  fr: () => import('../../i18n/quiz/result/fr.js'),
  en: () => import('../../i18n/quiz/result/en.js'),
  de: () => import('../../i18n/quiz/result/de.js'),
});

/**
 * The school version's wording: an audience variant (only the keys it changes, plus its own
 * questions and results), a chunk per language loaded before the first young render.
 */
export const youngCatalog = createLazyCatalog<YoungMessages>({
  nl: () => import('../../i18n/quiz/young/nl.js'),
  fr: () => import('../../i18n/quiz/young/fr.js'),
  en: () => import('../../i18n/quiz/young/en.js'),
  de: () => import('../../i18n/quiz/young/de.js'),
});

/** The shared help texts (call button, website label): the one lazy namespace every widget uses. */
export { helpTexts as helpCatalog } from '../common/help-texts.js';

/** The project-wide helpline table, a chunk of its own (src/rules/quiz/helplines.ts). */
export const loadHelplines = async () => (await import('../../rules/quiz/helplines.js')).HELPLINES;
