/**
 * What the pages the association finder cites are: title (the page's own title or heading, in its
 * language), publisher, the date the page states (`null`: the page states none, never a guess) and
 * language. Keyed by the exact URL in src/data/finder/. Only pages whose title was read in the page
 * itself are listed; the others still show their site, never a slug (the finder is in the source
 * bar's pending list until they are done: docs/content/finder.md).
 */
import type { SourceCatalog } from './types.js';

export const FINDER_SOURCES: SourceCatalog = {
  // Recognised associations and their own pages
  'https://www.dezilverensleutel.be/index.php?id=62': { title: 'Verenigingen van gebruikers en mantelzorgers', publisher: 'De Zilveren Sleutel', date: null, lang: 'nl' },
  'https://www.fsmb.be/nl/mantelzorg': { title: 'In de kijker: Coponcho', publisher: 'Solidaris Brabant', date: null, lang: 'nl' },
  'https://www.samana.be/mantelzorger/': { title: 'Mantelzorger?', publisher: 'Samana', date: null, lang: 'nl' },
  'https://www.samana.be/erkenning-mantelzorger/': { title: 'Nieuw: de erkenning als mantelzorger met of zonder sociaal recht', publisher: 'Samana', date: null, lang: 'nl' },
  'http://regio.okra.be/page?orl=8357&ssn=&lng=1&pge=17988': { title: 'OKRA-ZORGRECHT', publisher: 'OKRA', date: null, lang: 'nl' },
  'https://www.okra.be/zorg-en-gezondheid/klachten': { title: 'Ik heb een klacht over een woonzorgcentrum. Waar kan ik hiermee terecht?', publisher: 'OKRA', date: null, lang: 'nl' },
  'https://burgersaanzet.be/zojong/': { title: 'Welkom bij ZoJong; de eerste organisatie voor jonge mantelzorgers!', publisher: 'Burgers aan zet', date: null, lang: 'nl' },
  'https://eurocarers.org/young-carers-week-celebrated-for-the-first-time-in-flanders-wecareforyou/': {
    title: 'Young Carers Week Celebrated for the First Time in Flanders – #WeCareForYou',
    publisher: 'Eurocarers',
    date: null,
    lang: 'en',
  },
  'https://leuvenleert.bpart.be/leuven_leert/p/theme/1230/posts/236606': { title: 'Hoe houden we iedereen aan boord?', publisher: 'Leuven Leert', date: null, lang: 'nl' },
  'https://coface-eu.org/magenta-organises-international-study-seminar-making-a-difference-for-families-together': {
    title: 'Magenta organises international study seminar: Making a difference for families together',
    publisher: 'COFACE Families Europe',
    date: null,
    lang: 'en',
  },
  // Recognition and routing services
  'https://weliswaar.be/als-jij-geen-oplossing-meer-ziet-het-caw-er': { title: '‘Als jij geen oplossing meer ziet, is het CAW er’', publisher: 'Weliswaar', date: null, lang: 'nl' },
  'http://www.ejustice.just.fgov.be/eli/besluit/2020/06/16/2020202727/justel': {
    title: 'Koninklijk besluit tot uitvoering van de wet van 12 mei 2014 betreffende de erkenning van de mantelzorger en de toekenning van sociale rechten aan de mantelzorger',
    publisher: 'Belgisch Staatsblad',
    date: '2020-06-16',
    lang: 'nl',
  },
  'https://www.mantelzorgers.be/nl/over-ons': { title: 'Over ons', publisher: 'Vlaams Expertisepunt Mantelzorg', date: null, lang: 'nl' },
  'https://www.mantelzorgers.be/nl/oppas': { title: 'Oppas', publisher: 'Vlaams Expertisepunt Mantelzorg', date: null, lang: 'nl' },
  'https://zorgsaam.be/Actualiteit/Website-Vlaams-Expertisepunt-Mantelzorg-online': { title: 'Website Vlaams Expertisepunt Mantelzorg', publisher: 'Zorgsaam', date: null, lang: 'nl' },
  'https://www.hechtel-eksel.be/centrum-voor-kortverblijf-2': { title: 'Centrum voor kortverblijf', publisher: 'Gemeente Hechtel-Eksel', date: null, lang: 'nl' },
  'https://5dok.net/document/yr30v0mv-jaarverslag.html': { title: 'Jaarverslag 2019', publisher: 'Expertisecentrum Dementie Vlaanderen', date: null, lang: 'nl' },
  'https://leif.be/vragen-antwoorden/palliatieve-zorg/dagcentrum/': { title: 'Supportief dagcentrum', publisher: 'LEIF', date: null, lang: 'nl' },
  'https://www.hln.be/regio/koksijde/mantelzorgcafes-vind-je-voortaan-allemaal-op-een-website~a6f4e9bd/': {
    title: 'Mantelzorgcafés vind je voortaan allemaal op één website',
    publisher: 'HLN',
    date: '2019-02-05',
    lang: 'nl',
  },
};
