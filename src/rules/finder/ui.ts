/**
 * What the finder's first screens need before the records chunk loads: the answer vocabulary, the
 * fixed links, the urgent line and the overload check's filter words. Small and pure, so the widget
 * entry can import it statically while `find-support.ts` and the records stay in a lazy chunk.
 */
import { HELPLINES, type HelplineLang, type Localized } from '../../data/help/helplines.js';
import { CARE_FOR, type AgeGroup, type CareFor } from '../../data/finder/vocabulary.js';
import type { FinderTargetGroup } from '../overload/score.js';
import { linesFor } from '../help/lines.js';

export { CARE_FOR, NEEDS, HEALTH_FUNDS } from '../../data/finder/vocabulary.js';
export { SOCIALE_KAART_URL, ZG_LIST } from '../../data/finder/links.js';

export interface UrgentLine {
  /** The line's proper name in the reader's language (Dutch when it has none). */
  name: string;
  /** The language of `name` when it is not the reader's (for `lang` on it). */
  nameLang?: HelplineLang;
  number: string;
}

/**
 * The language of a name shown instead of one in the reader's language, so a screen reader
 * pronounces "Télé-Accueil" in French on an English page. Names without a reader's-language form
 * are kept under `nl` (the reference key), written in the language of a single-language line or
 * record ("Écoute-Enfants", "Aidants Proches"), else in Dutch. A number ("112") has no language.
 */
export function nameLang(name: Localized, languages: readonly HelplineLang[], lang: HelplineLang): HelplineLang | undefined {
  if (name[lang] !== undefined || /^[\d\s]+$/.test(name.nl)) return undefined;
  const own = languages.length === 1 ? languages[0] : 'nl';
  return own === lang ? undefined : own;
}

/** The "in danger now?" lines for an age group, most important first. */
export function urgentLines(ageGroup: AgeGroup | undefined, lang: HelplineLang): UrgentLine[] {
  return linesFor('urgentShort', ageGroup === 'under25' ? 'young' : 'adult', lang).map((id) => {
    const h = HELPLINES[id];
    return { name: h.name[lang] ?? h.name.nl, nameLang: nameLang(h.name, h.languages, lang), number: h.number };
  });
}

/**
 * The overload check's target-group words (its `mz-filters` event) → our `careFor` vocabulary.
 * Typed over the overload check's own word list, so a word added there fails to compile here until
 * it is mapped; `null` = not a care-for filter (young caregivers set the age group instead).
 */
export const FILTER_WORDS: Readonly<Record<FinderTargetGroup, CareFor | null>> = {
  dementia: 'dementia',
  'mental-health': 'mentalHealth',
  addiction: 'mentalHealth',
  disability: 'disability',
  'chronic-illness': 'chronicIllness',
  'older-people': 'older',
  'parents-of-children-with-disability-or-illness': 'childWithNeeds',
  'young-caregivers': null,
};

function isFilterWord(w: string): w is FinderTargetGroup {
  return Object.prototype.hasOwnProperty.call(FILTER_WORDS, w);
}

/**
 * Reads the words of an `mz-filters` event (untrusted: any value). Overload-check words are mapped,
 * our own `careFor` words accepted as they are, anything else ignored.
 */
export function filtersFromWords(words: readonly unknown[]): { careFor: CareFor[]; young: boolean } {
  const careFor = new Set<CareFor>();
  let young = false;
  for (const w of words) {
    if (typeof w !== 'string') continue;
    if (w === 'young-caregivers') young = true;
    const mapped = isFilterWord(w) ? FILTER_WORDS[w] : CARE_FOR.find((c) => c === w);
    if (mapped) careFor.add(mapped);
  }
  return { careFor: [...careFor], young };
}

export { AGE_GROUPS } from '../../data/finder/vocabulary.js';

/** "In danger now?" = yes ends the questions: the urgent help comes first, nothing else is asked. */
export function asksMore(profile: { danger?: boolean }): boolean {
  return profile.danger !== true;
}
