/**
 * Which lines the "Need help now?" disclosure shows on every step, per audience and language
 * (quiz-and-checklist.md §1.12 and §4.1 rule 4). Numbers, names and links come from the shared
 * table src/data/helplines.ts (owned by the finder); this file only picks and orders ids.
 * English: Belgium has no English-language line, so English shows the Dutch and French ones.
 */
import type { HelplineId } from '../helplines.js';
import type { QuizLocale } from './links.js';

export const HELP_NOW: Record<'adult' | 'young', Record<QuizLocale, readonly HelplineId[]>> = {
  adult: {
    nl: ['emergency112', 'teleOnthaal106', 'suicide1813'],
    fr: ['emergency112', 'teleAccueil107', 'suicideFr0800'],
    de: ['emergency112', 'telefonhilfe108'],
    en: ['emergency112', 'teleOnthaal106', 'teleAccueil107', 'suicide1813', 'suicideFr0800'],
  },
  young: {
    nl: ['emergency112', 'awel102', 'suicide1813'],
    fr: ['emergency112', 'ecouteEnfants103', 'suicideFr0800'],
    de: ['emergency112', 'telefonhilfe108'],
    en: ['emergency112', 'awel102', 'ecouteEnfants103', 'suicide1813', 'suicideFr0800'],
  },
};
