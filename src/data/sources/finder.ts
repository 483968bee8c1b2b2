/**
 * What the pages the association finder cites are: title (the page's own title or heading, in its
 * language), publisher, the date the page states (`null`: the page states none, never a guess) and
 * language. Keyed by the exact URL in src/data/finder/. A page we could not read is described in its
 * own language and marked `// ≈`, so the next reviewer checks it against the live page;
 * `// ≈ heading not seen` = a stored copy was read and matches what the data cite it for, but it
 * shows no heading to quote. A dated news
 * address (`…/2025/09/24/…`, `dmf20211130`) gives the article's date. A URL another catalogue also
 * lists is described identically (test/data/sources.test.ts checks it).
 */
import type { SourceCatalog } from './types.js';

export const FINDER_SOURCES: SourceCatalog = {
  // Recognised associations and their own pages
  'https://www.vlaanderen.be/gezondheid-en-welzijn/gezondheid/vereniging-van-gebruikers-en-mantelzorgers': {
    title: 'Gezondheid: verenigingen die gebruikers en mantelzorgers informeren en vertegenwoordigen',
    publisher: 'Vlaamse overheid',
    date: null,
    lang: 'nl',
  }, // ≈ heading not seen
  'https://zorg-en-gezondheid.be/per-domein/thuiszorg/verenigingen-van-gebruikers-en-mantelzorgers': {
    title: 'Verenigingen voor mantelzorgers en gebruikers',
    publisher: 'Zorg en Gezondheid',
    date: null,
    lang: 'nl',
  },
  'http://lieverthuislm.be/': {
    title: 'Liever Thuis LM: thuiszorg en steun voor mantelzorgers',
    publisher: 'Liever Thuis LM',
    date: null,
    lang: 'nl',
  }, // ≈
  'https://okra.vbro.be/wanneer-je-vragen-of-klachten-hebt-over-je-zorgverlening-okra-zorgrecht/': {
    title: 'Wanneer je vragen of klachten hebt over je zorgverlening – OKRA- ZORGRECHT',
    publisher: 'OKRA',
    date: null,
    lang: 'nl',
  },
  'https://kw.be/nieuws/samenleving/zorg-tielt-en-samana-gaan-unieke-mantelzorgcafes-organiseren-inzetten-op-welbevinden-van-mantelzorgers/': {
    title: 'Nieuwe mantelzorgcafés van Samana en Zorg Tielt',
    publisher: 'Krant van West-Vlaanderen',
    date: null,
    lang: 'nl',
  }, // ≈ heading not seen
  'https://ma-zo.be/news/maandthema-reiskriebels/als-mantelzorger-op-vakantie-ontdek-de-mogelijkhed': {
    title: 'Op reis gaan terwijl je voor iemand zorgt: de mogelijkheden',
    publisher: 'Mantelzorgplatform Ma-Zo',
    date: null,
    lang: 'nl',
  }, // ≈ heading not seen
  'https://www.femma.be/nl/inspiratie/artikel/samana-waar-mensen-het-opnemen-voor-elkaar': {
    title: 'Samana stelt zich voor: een vereniging die voor elkaar zorgt',
    publisher: 'Femma',
    date: null,
    lang: 'nl',
  }, // ≈
  'https://www.samana.be/mantelzorg-in-kleur/': {
    title: 'Mantelzorg in kleur',
    publisher: 'Samana',
    date: null,
    lang: 'nl',
  },
  'https://steunpuntmantelzorg.be/2025/09/24/de-zorgpremie-stijgt-in-2026-wat-betekent-dat-voor-jou/': {
    title: 'Wat de hogere zorgpremie in 2026 voor jou betekent',
    publisher: 'Steunpunt Mantelzorg',
    date: '2025-09-24',
    lang: 'nl',
  }, // ≈
  'https://steunpuntmantelzorg.be/category/nieuws/': {
    title: 'Nieuwsberichten van Steunpunt Mantelzorg',
    publisher: 'Steunpunt Mantelzorg',
    date: null,
    lang: 'nl',
  }, // ≈
  'https://www.wedoenerietsaan.be/kailydesmet': {
    title: 'Kaily Desmet',
    publisher: 'De Warmste Week',
    date: null,
    lang: 'nl',
  },
  'https://www.trefpuntstan.be/nieuws/magenta-organiseert-managementworkshops-voor-ouders-van-een-zorgenkind': {
    title: 'Magenta organiseert managementworkshops voor ouders van een zorgenkind',
    publisher: 'Trefpunt Stan',
    date: '2019-11-20',
    lang: 'nl',
  },
  'https://parismatch.be/actualites/sante/514562/la-reconnaissance-et-le-soutien-des-aidants-proches': {
    title: 'Aidants proches : être reconnus et soutenus',
    publisher: 'Paris Match Belgique',
    date: null,
    lang: 'fr',
  }, // ≈
  'https://carict.eu/servicedetail.php?id=77&qstring=dGFzaz1wcm9qZWN0cyZkYj0yJm9yZGVyPW5hbWUmZGlyPUFTQyZrZXl3b3JkPWluZGVwZW5kZW50K2xpdmluZw==': {
    title: 'Fiche d’un service de soutien aux aidants en Belgique',
    publisher: 'CARICT (Commission européenne)',
    date: null,
    lang: 'en',
  }, // ≈
  'http://fr.medipedia.be/alzheimer/testimonial_soutien-aidants-proches_73': {
    title: 'Alzheimer : témoignage sur le soutien aux aidants',
    publisher: 'Medipedia',
    date: null,
    lang: 'fr',
  }, // ≈
  'http://www.x-fragile.be/espace-entourage/aidants-proches': {
    title: 'Syndrome de l’X fragile : l’entourage qui aide au quotidien',
    publisher: 'X fragile Belgique',
    date: null,
    lang: 'fr',
  }, // ≈
  'https://bx1.be/categories/news/une-centaine-dactivites-pour-la-12e-semaine-des-aidants-proches/': {
    title: 'Douzième Semaine des aidants proches : le programme',
    publisher: 'BX1',
    date: '2025-09-29',
    lang: 'fr',
  }, // ≈ heading not seen
  'https://wallonie.aidants-proches.be/21-juin-journee-nationale-des-aidants-proches': {
    title: 'La journée nationale des aidants proches en juin',
    publisher: 'Aidants Proches',
    date: null,
    lang: 'fr',
  }, // ≈
  'https://bx1.be/categories/news/14-des-jeunes-a-bruxelles-se-reconnaissent-comme-aidants-proches': {
    title: '14% des jeunes à Bruxelles se reconnaissent comme aidants proches',
    publisher: 'BX1',
    date: null,
    lang: 'fr',
  },
  'https://www.rtbf.be/info/regions/detail_a-laeken-une-premiere-maison-pour-les-jeunes-aidants-proches-nombreux-et-pourtant-invisibles?id=10029091': {
    title: 'Une maison pour les jeunes aidants proches ouvre à Laeken',
    publisher: 'RTBF',
    date: '2018-09',
    lang: 'fr',
  }, // ≈ heading not seen
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
  'https://ckk-mc.be/meine-situation/pflegende-angehoerige/anerkennung': {
    title: 'Anerkennung eines pflegenden Angehörigen',
    publisher: 'Christliche Krankenkasse',
    date: null,
    lang: 'de',
  },
  'https://delorkgavere.be/erkenningsattest-mantelzorg/': {
    title: 'Erkenningsattest mantelzorg',
    publisher: 'De Lork Gavere',
    date: null,
    lang: 'nl',
  },
  'https://www.mc.be/que-faire-en-cas-de/perte-autonomie/reconnaissance': {
    title: 'Reconnaissance des aidants proches',
    publisher: 'Mutualité chrétienne',
    date: null,
    lang: 'fr',
  },
  'https://refli.be/fr/lex/2019014454': {
    title: 'Texte légal consolidé cité pour le service social des mutualités',
    publisher: 'Refli',
    date: null,
    lang: 'fr',
  }, // ≈
  'https://departementwvg.be/welzijn-en-samenleving/welzijnswerk/centra-algemeen-welzijnswerk%20': {
    title: 'Centra voor algemeen welzijnswerk',
    publisher: 'Departement Zorg',
    date: null,
    lang: 'nl',
  },
  'https://www.hbvl.be/cnt/blcne_04900826/caw-verhoogt-bereikbaarheid': {
    title: 'Het CAW wordt beter bereikbaar',
    publisher: 'Het Belang van Limburg',
    date: null,
    lang: 'nl',
  }, // ≈
  'http://nl.wikipedia.org/wiki/Jongeren_Advies_Centrum_%28Belgi%C3%AB%29': {
    title: 'Jongeren Advies Centrum (België) – Wikipedia',
    publisher: 'Wikipedia',
    date: null,
    lang: 'nl',
  },
  'https://www.knack.be/nieuws/belgie/coronablog-amerikaanse-autoriteiten-keuren-zelftest-goed/live-normal-1575193.html': {
    title: 'Liveblog over het coronavirus',
    publisher: 'Knack',
    date: null,
    lang: 'nl',
  }, // ≈
  'http://mantelzorgwesterveld.nl/ws/h/312/0/13674/Overig/Test-overbelasting-mantelzorgers': {
    title: 'Zelftest: ben je als mantelzorger overbelast?',
    publisher: 'Mantelzorg Westerveld',
    date: null,
    lang: 'nl',
  }, // ≈
  'https://dewarmsteweek.be/goede-doelen/expertisecentrum-dementie-vlaanderen': {
    title: 'Expertisecentrum Dementie Vlaanderen',
    publisher: 'De Warmste Week',
    date: null,
    lang: 'nl',
  },
  'https://www.vlaanderen.be/gezondheid-en-welzijn/gezondheid/ziekteverzekering-en-medische-kosten/dementie': {
    title: 'Gezondheid: hulp en tegemoetkomingen bij dementie',
    publisher: 'Vlaamse overheid',
    date: null,
    lang: 'nl',
  }, // ≈
  'https://lievegem.be/thuiszorg-oppasdienst': { title: 'Oppas aan huis in Lievegem', publisher: 'Gemeente Lievegem', date: null, lang: 'nl' }, // ≈
  'https://www.mc.be/en-marche/societe/seniors/garde-domicile-entre-securite-et-soutien': {
    title: 'Garde à domicile : entre sécurité et soutien',
    publisher: 'Mutualité chrétienne',
    date: '2025-05-14',
    lang: 'fr',
  },
  'https://www.ccc-ggc.brussels/nl/bijstand-aan-personen/centra-voor-dagopvang-van-ouderen': {
    title: 'Centra voor dagopvang van ouderen',
    publisher: 'Gemeenschappelijke Gemeenschapscommissie',
    date: null,
    lang: 'nl',
  },
  'https://www.vvsg.be/kennisitem/vvsg/dagverzorgingscentra': {
    title: 'Wat een dagverzorgingscentrum doet',
    publisher: 'VVSG',
    date: null,
    lang: 'nl',
  }, // ≈ heading not seen
  'https://www.departementwvg.be/vipa-woonzorg': {
    title: 'Investeringssubsidies voor woonzorgvoorzieningen (VIPA)',
    publisher: 'Departement Zorg',
    date: null,
    lang: 'nl',
  }, // ≈
  'https://nl.wikipedia.org/wiki/Lokaal_dienstencentrum': { title: 'Lokaal dienstencentrum – Wikipedia', publisher: 'Wikipedia', date: null, lang: 'nl' },
  'https://www.ringtv.be/nieuws/eerste-mantelzorgcaf%C3%A9-vilvoorde': {
    title: 'Vilvoorde krijgt zijn eerste café voor mantelzorgers',
    publisher: 'Ring TV',
    date: '2022-09',
    lang: 'nl',
  }, // ≈ heading not seen
  'https://www.vvsg.be/kennisitem/vvsg/lokale-dienstencentra': {
    title: 'Wat een lokaal dienstencentrum doet',
    publisher: 'VVSG',
    date: null,
    lang: 'nl',
  }, // ≈
  'https://www.mantelzorghub.be/over-het-project': { title: "Wat is 'De MantelzorgHub'?", publisher: 'De MantelzorgHub', date: null, lang: 'nl' },
  'https://onshartkloptvooru.be/klachten-en-de-woonzorglijn/': {
    title: 'Met een klacht over woonzorg naar de Woonzorglijn',
    publisher: 'Ons hart klopt voor u',
    date: null,
    lang: 'nl',
  }, // ≈
  'https://departementwvg.be/veelgestelde-vragen-over-de-werking-van-de-rechtenverkenner': {
    title: 'Vragen en antwoorden over de Rechtenverkenner',
    publisher: 'Departement Zorg',
    date: null,
    lang: 'nl',
  }, // ≈
  'https://www.desocialekaart.be/inhoud-sociale-kaart': {
    title: 'Inhoud sociale kaart',
    publisher: 'De Sociale Kaart',
    date: null,
    lang: 'nl',
  },
  'https://www.weliswaar.be/welzijn-zorg/sociale-kaart-informeert-over-zorgaanbod-vlaanderen-en-brussel': {
    title: 'Sociale kaart informeert over zorgaanbod in Vlaanderen en Brussel',
    publisher: 'Weliswaar',
    date: null,
    lang: 'nl',
  },
  'https://www.seltom.be/lokalesamenwerking/mantelzorgtoelage/': {
    title: 'De gemeentelijke premie voor mantelzorgers in de regio',
    publisher: 'Seltom',
    date: null,
    lang: 'nl',
  }, // ≈
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
  // Pages other widgets cite too, described exactly as in their catalogues
  'https://www.geel.be/ben-ik-mantelzorger': { title: 'Ben ik mantelzorger?', publisher: 'Stad Geel', date: null, lang: 'nl' }, // ≈
  'https://partenamut.be/fr/blog-sante-et-bien-etre/aidants-proches/jeunes-ap/jeunes-aidants-proches': { title: 'Aidants proches : les jeunes aidants proches', publisher: 'Partenamut', date: null, lang: 'fr' }, // ≈
  'https://www.vlaamse-ouderenraad.be/actualiteit/welzijn-zorg/vraag-je-mantelzorgerkenning-en-mantelzorgverlof-nu-aan': { title: 'Actualiteit: vraag je mantelzorgerkenning en mantelzorgverlof nu aan', publisher: 'Vlaamse Ouderenraad', date: null, lang: 'nl' }, // ≈
  'https://www.kenniscentrumwwz.be/mantelzorg': { title: 'Mantelzorg', publisher: 'Kenniscentrum WWZ', date: null, lang: 'nl' },
};
