/**
 * The young help-line texts (src/i18n/help/young: the one source for every widget's young audience)
 * as a lazy namespace, and a line's words from them. Its own module, apart from ./help.ts and
 * ./help-texts.ts: only a widget with young readers loads it (the quiz's school version carries the
 * texts inside its own young catalog), so the other widgets' chunks stay as they were.
 */
import { createLazyCatalog } from '../../core/i18n/catalog.js';
import type { HelplineId } from '../../data/help/helplines.js';
import type { Dial } from '../../rules/help/lines.js';
import type { YoungHelpMessages } from '../../i18n/help/young/nl.js';

export const youngHelpTexts = createLazyCatalog<YoungHelpMessages>({
  nl: () => import('../../i18n/help/young/nl.js'),
  fr: () => import('../../i18n/help/young/fr.js'),
  en: () => import('../../i18n/help/young/en.js'),
  de: () => import('../../i18n/help/young/de.js'),
});

/** A line in young words, its number from the helpline table; undefined for a line the young texts do not word. */
export function youngLineText(y: YoungHelpMessages, id: HelplineId, dial: Dial): string | undefined {
  const own: Partial<Record<`yline.${HelplineId}`, (no: Dial) => string>> = y;
  return own[`yline.${id}`]?.(dial);
}
