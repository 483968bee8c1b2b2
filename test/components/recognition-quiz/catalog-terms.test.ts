// Review checks on the catalogs of both caregiver widgets (quiz and overload check), language by
// language: Belgian terms (CONTRIBUTING.md, "Language and wording"), the young register (tu / du, no caregiver word before
// the result), French typography, and no wording left over from a licensed instrument.
import { expect } from '@open-wc/testing';
import quizNl from '../../../src/i18n/quiz/nl.js';
import quizFr from '../../../src/i18n/quiz/fr.js';
import quizEn from '../../../src/i18n/quiz/en.js';
import quizDe from '../../../src/i18n/quiz/de.js';
import quizResNl from '../../../src/i18n/quiz/result/nl.js';
import quizResFr from '../../../src/i18n/quiz/result/fr.js';
import quizResEn from '../../../src/i18n/quiz/result/en.js';
import quizResDe from '../../../src/i18n/quiz/result/de.js';
import youngNl from '../../../src/i18n/quiz/young/nl.js';
import youngFr from '../../../src/i18n/quiz/young/fr.js';
import youngEn from '../../../src/i18n/quiz/young/en.js';
import youngDe from '../../../src/i18n/quiz/young/de.js';
import ovNl from '../../../src/i18n/overload/nl.js';
import ovFr from '../../../src/i18n/overload/fr.js';
import ovEn from '../../../src/i18n/overload/en.js';
import ovDe from '../../../src/i18n/overload/de.js';
import resNl from '../../../src/i18n/overload/result/nl.js';
import resFr from '../../../src/i18n/overload/result/fr.js';
import resEn from '../../../src/i18n/overload/result/en.js';
import resDe from '../../../src/i18n/overload/result/de.js';

type Lang = 'nl' | 'fr' | 'en' | 'de';

/** Every catalog entry as [key, text]; functions are called with sample arguments. */
function flatten(cat: object, prefix = ''): [string, string][] {
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(cat)) {
    const key = prefix + k;
    if (typeof v === 'string') out.push([key, v]);
    // Texts that name a helpline get its number from the helpline table (a Dial function).
    else if (typeof v === 'function' && /^((y\.)?yline\.|tip\.\w+\.talk$)/.test(key)) out.push([key, String((v as (no: (id: string) => string) => unknown)(() => '106'))]);
    else if (typeof v === 'function') out.push([key, String((v as (...a: unknown[]) => unknown)(2, 3, '1 september 2020'))]);
    else if (Array.isArray(v)) v.forEach((s, i) => out.push([`${key}.${i}`, String(s)]));
    else if (v && typeof v === 'object') out.push(...flatten(v as object, `${key}.`));
  }
  return out;
}

// The school version's catalog is an audience variant with the adult key names: its entries are
// listed under `y.` so the young checks below know them.
const CATALOGS: Record<Lang, [string, string][]> = {
  nl: [...flatten(quizNl), ...flatten(quizResNl), ...flatten(youngNl, 'y.'), ...[ovNl, resNl].flatMap((c) => flatten(c))],
  fr: [...flatten(quizFr), ...flatten(quizResFr), ...flatten(youngFr, 'y.'), ...[ovFr, resFr].flatMap((c) => flatten(c))],
  en: [...flatten(quizEn), ...flatten(quizResEn), ...flatten(youngEn, 'y.'), ...[ovEn, resEn].flatMap((c) => flatten(c))],
  de: [...flatten(quizDe), ...flatten(quizResDe), ...flatten(youngDe, 'y.'), ...[ovDe, resDe].flatMap((c) => flatten(c))],
};

/** Keys read by young people: the school quiz, and the overload check's young keys and overrides. */
const isYoungKey = (k: string) => /^y(\.|line\.|service\.|reason\.)/.test(k) || /(^|\.)young(\.|$)/.test(k);
/** Young keys shown before the result (questions, intro, help box), where the caregiver word must not appear. */
const isYoungQuestionKey = (k: string) =>
  /^y\.(title|intro|q|opt|scale|error|help)/.test(k) ||
  /^((q|rf|careFor|canShare|global|title|intro)\.young|redFlags\.intro\.young|privacy\.young|signal\.young)/.test(k);

describe('caregiver catalogs: Belgian terms and register', () => {
  it('fr: Belgian terms only (aidant proche, mutualité), never the France-only forms', () => {
    for (const [k, s] of CATALOGS.fr) {
      expect(s, k).not.to.match(/proche aidant|congé de proche aidant|\bmutuelle\b|\bCAF\b/i);
    }
  });
  it('de: no Germany-only terms', () => {
    for (const [k, s] of CATALOGS.de) {
      expect(s, k).not.to.match(/Pflegezeit|Pflegegrad|Pflegekasse|Verhinderungspflege|Elternzeit|Nummer gegen Kummer|116 ?111|Bürgergeld/);
    }
  });
  it('de: recognition uses the legal term (nahestehende Hilfsperson)', () => {
    for (const [k, s] of CATALOGS.de) {
      if (/Anerkennung als/.test(s)) expect(s, k).to.match(/Anerkennung als nahestehende Hilfsperson/);
    }
  });
  it('fr: a non-breaking space before ? ! : and inside « »', () => {
    for (const [k, s] of CATALOGS.fr) {
      expect(s, k).not.to.match(/ [?!:»]|« /);
    }
  });
  it('young fr / de: "tu" / "du", never "vous" / "Sie"', () => {
    for (const [k, s] of CATALOGS.fr.filter(([k]) => isYoungKey(k))) expect(s, k).not.to.match(/\b[Vv]ous\b|\bvotre\b|\bvos\b/);
    for (const [k, s] of CATALOGS.de.filter(([k]) => isYoungKey(k))) {
      expect(s, k).not.to.match(/\bIhnen\b|\bIhre[mnrs]?\b|\b(Rufen|Wählen|Sprechen|Fragen|Machen|Lassen|Bitten|Schauen|Können|Haben|Sind) Sie\b/);
    }
  });
  it('young: no caregiver word in the questions, intro or help box', () => {
    const words: Record<Lang, RegExp> = { nl: /mantelzorg/i, fr: /aidant/i, en: /\bcarers?\b|caregiver/i, de: /pflegende|Hilfsperson/i };
    for (const lang of ['nl', 'fr', 'en', 'de'] as const) {
      for (const [k, s] of CATALOGS[lang].filter(([k]) => isYoungQuestionKey(k))) expect(s, `${lang} ${k}`).not.to.match(words[lang]);
    }
  });
  it('nl young: "wie jou kan helpen", never the ambiguous "wie je kan helpen"', () => {
    for (const [k, s] of CATALOGS.nl) expect(s, k).not.to.match(/wie je kan helpen|Wie kan je helpen/);
  });
});

describe('caregiver catalogs: own wording (docs/content/overload.md#items)', () => {
  // Phrases of the EDIZ items ("always be ready for", "never lets me go", "too little of my own
  // life") must not come back in a question; the dimension is asked in other words.
  it('nl: no EDIZ item phrasing', () => {
    for (const [k, s] of CATALOGS.nl) {
      expect(s, k).not.to.match(/altijd (maar )?klaar(\s)?staan|laat (mij|je) nooit los|nooit (even )?(kunt )?loslaten|aan (mijn|je) leven toe|in de knel|doe ik anderen tekort/i);
    }
  });
  it('every language asks the same questions (same keys in every catalog)', () => {
    const keys = (lang: Lang) => CATALOGS[lang].map(([k]) => k).filter((k) => !k.startsWith('young.overrides')).sort();
    for (const lang of ['fr', 'en', 'de'] as const) expect(keys(lang), lang).to.deep.equal(keys('nl'));
  });
});
