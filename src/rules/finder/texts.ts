import type { RecordTexts } from '../../data/finder/texts/types.js';
import type { FinderLang } from './types.js';

/**
 * Loads the record texts for a reader language (a separate chunk each), for `findSupport`'s
 * `texts` option. Dutch is built into the records, so `nl` resolves to undefined.
 */
export async function loadFinderTexts(lang: FinderLang): Promise<RecordTexts | undefined> {
  switch (lang) {
    case 'fr':
      return (await import('../../data/finder/texts/fr.js')).texts;
    case 'en':
      return (await import('../../data/finder/texts/en.js')).texts;
    case 'de':
      return (await import('../../data/finder/texts/de.js')).texts;
    default:
      return undefined;
  }
}
