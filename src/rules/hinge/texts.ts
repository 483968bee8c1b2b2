/**
 * The step texts of every language, for `hingeChecklist()` in `mantelkit/rules` (a partner asks for
 * any language without loading anything). The element does not import this module: it loads only
 * the reader's language, as a lazy catalog namespace, and calls buildHingeChecklist().
 */
import nl from '../../i18n/hinge/steps/nl.js';
import fr from '../../i18n/hinge/steps/fr.js';
import en from '../../i18n/hinge/steps/en.js';
import de from '../../i18n/hinge/steps/de.js';
import type { HingeDataTexts, HingeLang } from '../../data/hinge/types.js';

export const HINGE_TEXTS: Readonly<Record<HingeLang, HingeDataTexts>> = { nl, fr, en, de };
