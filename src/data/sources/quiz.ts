/**
 * What the quiz data cite (src/data/quiz/): title, publisher, the page's own date. The quiz reads
 * only this catalogue (src/rules/quiz/sources.ts), so the recognition pages it cites are listed here
 * too, described exactly as in ./recognition.ts. `≈` marks a title that describes the page (no
 * stored copy was available to quote).
 */
import type { SourceCatalog } from './types.js';

export const QUIZ_SOURCES: SourceCatalog = {
  'https://www.geel.be/ben-ik-mantelzorger': { title: 'Ben ik mantelzorger?', publisher: 'Stad Geel', date: null, lang: 'nl' }, // ≈
  'https://carersuk.org/news-and-campaigns/general-election-2024/better-identification-and-recognition': {
    title: 'General election 2024: better identification and recognition of carers',
    publisher: 'Carers UK',
    date: null,
    lang: 'en',
  }, // ≈
  'https://burgersaanzet.be/zojong/': { title: 'Welkom bij ZoJong; de eerste organisatie voor jonge mantelzorgers!', publisher: 'Burgers aan zet', date: null, lang: 'nl' },
  'https://wlcccarers.com/the-hidden-caregivers-young-people-taking-on-a-larger-role/': {
    title: 'The hidden caregivers: young people taking on a larger role',
    publisher: 'WLCC Carers',
    date: null,
    lang: 'en',
  }, // ≈
  'https://sociaal.net/verhaal/een-op-zes-leerlingen-is-jonge-mantelzorger/': { title: 'Eén op zes leerlingen is jonge mantelzorger', publisher: 'Sociaal.Net', date: null, lang: 'nl' }, // ≈
  // The recognition result’s sources, described exactly as in the recognition catalogue
  // The leave pages the recognition result links to, in French (ONEM FAQ) and German (LfA FAQ).
  'https://www.onem.be/citoyens/interruption-de-carriere-credit-temps-et-conges-thematiques/faq-interruption-de-carriere-credit-temps-et-conges-thematiques/conge-pour-aidants-proches': { title: 'Congé pour aidants proches', publisher: 'ONEM', date: null, lang: 'fr' },
  'https://www.lfa.be/buerger/laufbahnunterbrechung-zeitkredit-und-thematische-urlaube/faq-laufbahnunterbrechung-zeitkredit-und-thematische-urlaube/urlaub-fur-nahestehende-hilfspersonen': { title: 'FAQ: Urlaub für nahestehende Hilfspersonen', publisher: 'LfA', date: null, lang: 'de' },
  'https://www.rva.be/burgers/loopbaanonderbreking-tijdskrediet-en-thematische-verloven/thematische-verloven-alle-sectoren/verlof-voor-mantelzorg': { title: 'Verlof voor mantelzorg (infoblad T164)', publisher: 'RVA', date: '2024-06-01', lang: 'nl' },
  'https://www.vlaanderen.be/verlof-voor-mantelzorg': { title: 'Verlof en tijdelijk minder werken: verlof voor mantelzorg', publisher: 'Vlaamse overheid', date: null, lang: 'nl' }, // ≈
  'http://www.ejustice.just.fgov.be/eli/besluit/2020/06/16/2020202727/justel': { title: 'Koninklijk besluit tot uitvoering van de wet van 12 mei 2014 betreffende de erkenning van de mantelzorger en de toekenning van sociale rechten aan de mantelzorger', publisher: 'Belgisch Staatsblad', date: '2020-06-16', lang: 'nl' },
  'https://www.samana.be/erkenning-mantelzorger/': { title: 'Nieuw: de erkenning als mantelzorger met of zonder sociaal recht', publisher: 'Samana', date: null, lang: 'nl' },
  'https://www.vlaamse-ouderenraad.be/actualiteit/welzijn-zorg/vraag-je-mantelzorgerkenning-en-mantelzorgverlof-nu-aan': { title: 'Actualiteit: vraag je mantelzorgerkenning en mantelzorgverlof nu aan', publisher: 'Vlaamse Ouderenraad', date: null, lang: 'nl' }, // ≈
  'https://www.eerstelijnszone.be/erkenning-als-mantelzorger-%E2%80%93-mantelzorgverlof': { title: 'Erkenning als mantelzorger en mantelzorgverlof', publisher: 'Eerstelijnszones Vlaanderen', date: null, lang: 'nl' }, // ≈
  // The recognition result's health fund page in French and German (described as in the finder catalogue)
  'https://www.mc.be/que-faire-en-cas-de/perte-autonomie/reconnaissance': { title: 'Reconnaissance des aidants proches', publisher: 'Mutualité chrétienne', date: null, lang: 'fr' },
  'https://ckk-mc.be/meine-situation/pflegende-angehoerige/anerkennung': { title: 'Anerkennung eines pflegenden Angehörigen', publisher: 'Christliche Krankenkasse', date: null, lang: 'de' },
};
