/**
 * The shared help texts (src/i18n/help: "Bel …", a source's "publisher, date") as one lazy
 * namespace for every widget: each reader fetches only their language, once per page.
 */
import { createLazyCatalog } from '../../core/i18n/catalog.js';
import type { HelpMessages } from '../../i18n/help/nl.js';

export const helpTexts = createLazyCatalog<HelpMessages>({
  nl: () => import('../../i18n/help/nl.js'),
  fr: () => import('../../i18n/help/fr.js'),
  en: () => import('../../i18n/help/en.js'),
  de: () => import('../../i18n/help/de.js'),
});
