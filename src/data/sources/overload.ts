/**
 * What the overload-check data cite (src/data/overload/): title, publisher, the page's own date.
 * `≈` marks a title that describes the page (no stored copy was available to quote; `≈ heading not
 * seen`: a stored copy was read and matches what the data cite it for, but shows no heading); a date taken
 * from a news address (…/2020-12-18/…) is the article's publication date.
 */
import type { SourceCatalog } from './types.js';

export const OVERLOAD_SOURCES: SourceCatalog = {
  // Instruments and their cut-offs
  'https://instrumentwijzer.nl/ervaren-druk-door-informele-zorg-plus': { title: 'Ervaren Druk door Informele Zorg-plus', publisher: 'Instrumentwijzer', date: null, lang: 'nl' },
  'https://tvgg-archief.nl/artikelen/ervaren-belasting-door-mantelzorg-constructie-van-de-ediz-plus/': {
    title: 'Ervaren belasting door mantelzorg; constructie van de EDIZ-plus',
    publisher: 'Tijdschrift voor Gerontologie en Geriatrie',
    date: '2012',
    lang: 'nl',
  },
  'https://scholargate.app/en/social-gerontology/caregiver-strain-assessment': { title: 'Social gerontology: caregiver strain assessment', publisher: 'ScholarGate', date: null, lang: 'en' }, // ≈
  'https://bmchealthservres.biomedcentral.com/articles/10.1186/s12913-018-3047-4': {
    title: 'Screening for caregivers at risk: extended validation of the short version of the Burden Scale for Family Caregivers (BSFC-s)',
    publisher: 'BMC Health Services Research',
    date: '2018',
    lang: 'en',
  },
  'https://www.imta.nl/questionnaires/ivicq/': { title: 'iVICQ: iMTA Valuation of Informal Care Questionnaire', publisher: 'iMTA, Erasmus Universiteit Rotterdam', date: null, lang: 'en' },
  'http://togows.dbcls.jp/entry/ncbi-pubmed/15053130': {
    title: 'Instruments for assessing the burden of informal caregiving for stroke patients in clinical practice',
    publisher: 'Clinical Rehabilitation (PubMed record)',
    date: '2004',
    lang: 'en',
  },
  // Helplines and services
  'https://www.aalter.be/noodoproepen': { title: 'Noodoproepen', publisher: 'Gemeente Aalter', date: null, lang: 'nl' },
  'https://nieuws.vtm.be/binnenland/67758-nieuw-nummer-zelfmoordlijn1813': { title: 'Nieuw nummer zelfmoordlijn:1813', publisher: 'VTM Nieuws', date: null, lang: 'nl' },
  'https://bx1.be/categories/news/la-reine-mathilde-visite-le-centre-de-prevention-du-suicide-a-ixelles/': {
    title: 'La reine Mathilde visite le Centre de prévention du suicide à Ixelles',
    publisher: 'BX1',
    date: null,
    lang: 'fr',
  }, // ≈ heading not seen
  'https://focus-wtv.be/nieuws/meer-oproepen-voor-tele-onthaal-vlaanderen-met-extra-geld-vrij': {
    title: 'Ook in West-Vlaanderen meer oproepen: meer Vlaams geld naar Tele-onthaal',
    publisher: 'Focus-WTV',
    date: '2025-08-05',
    lang: 'nl',
  },
  'https://plus.lesoir.be/344336/article/2020-12-18/sante-mentale-les-lignes-decoute-surchauffent-chaque-durcissement-des-mesures': {
    title: 'Santé mentale: les lignes d’écoute surchauffent à chaque durcissement des mesures',
    publisher: 'Le Soir',
    date: '2020-12-18',
    lang: 'fr',
  },
  'https://telefonhilfe.be/uber-uns': { title: 'Über uns', publisher: 'Telefonhilfe Ostbelgien', date: null, lang: 'de' },
  'https://brf.be/national/1894844': { title: 'Suizidprävention: Hilfe und Anlaufstellen', publisher: 'BRF', date: null, lang: 'de' }, // ≈
  'https://www.hln.be/nieuws/binnenland/ruim-23-000-contacten-met-kinderen-en-jongeren-voor-awel-de-voormalige-kinder-en-jongerentelefoon~a1065a0b/': {
    title: 'Ruim 23.000 contacten met kinderen en jongeren voor Awel, de voormalige Kinder- en Jongerentelefoon',
    publisher: 'HLN',
    date: '2020-02-19',
    lang: 'nl',
  },
  'https://www.rtbf.be/article/ecoute-enfants-le-numero-103-en-quete-de-visibilite-11076758': {
    title: 'Ecoute-enfants : le numéro "103" en quête de visibilité',
    publisher: 'RTBF',
    date: null,
    lang: 'fr',
  },
  'https://www.ringtv.be/nieuws/caw-halle-vilvoorde-%E2%80%9Cook-tijden-van-corona-bieden-we-een-luisterend-oor%E2%80%9D': {
    title: 'CAW Halle-Vilvoorde: “Ook in tijden van corona bieden we een luisterend oor”',
    publisher: 'Ring TV',
    date: null,
    lang: 'nl',
  },
  'https://www.gezondbelgie.be/nl/blikvanger-gezondheidszorg/dringende-medische-en-psychosociale-hulpverlening/organisatie/het-nummer-1733': {
    title: 'Dringende medische hulpverlening: het nummer 1733',
    publisher: 'FOD Volksgezondheid',
    date: null,
    lang: 'nl',
  },
  'https://weliswaar.be/als-jij-geen-oplossing-meer-ziet-het-caw-er': { title: '‘Als jij geen oplossing meer ziet, is het CAW er’', publisher: 'Weliswaar', date: null, lang: 'nl' },
  'https://www.parlementfrancophone.brussels/le-parlement/competences/action-sociale': {
    title: 'Compétences : action sociale',
    publisher: 'Parlement francophone bruxellois',
    date: null,
    lang: 'fr',
  }, // ≈
  'https://www.bruxelles-j.be/ton-autonomie/tu-es-mineur/amo': { title: 'Qu’est-ce qu’une AMO ?', publisher: 'Bruxelles-J', date: null, lang: 'fr' },
  'https://prodg.be/kaleido-dg-weg-frei-fuer-neuen-standort-st-vith/': { title: 'Kaleido-DG: Weg frei für neuen Standort St. Vith', publisher: 'ProDG', date: '2014-12-16', lang: 'de' },
  'https://www.kenniscentrumwwz.be/mantelzorg': { title: 'Mantelzorg', publisher: 'Kenniscentrum WWZ', date: null, lang: 'nl' },
  'https://www.mantelzorgers.be/nl/oppas': { title: 'Oppas', publisher: 'Vlaams Expertisepunt Mantelzorg', date: null, lang: 'nl' },
  'https://partenamut.be/fr/blog-sante-et-bien-etre/aidants-proches/jeunes-ap/jeunes-aidants-proches': {
    title: 'Aidants proches : les jeunes aidants proches',
    publisher: 'Partenamut',
    date: null,
    lang: 'fr',
  }, // ≈
  'https://www.ms-vlaanderen.be/news/young-heroes-platform-voor-jonge-mantelzorgers': {
    title: 'Young Heroes platform voor jonge mantelzorgers',
    publisher: 'MS-Liga Vlaanderen',
    date: null,
    lang: 'nl',
  },
  // 1712 hours (working days) and status (not an emergency line).
  'https://www.1712.be/nl/over-1712': { title: 'Over 1712', publisher: '1712', date: null, lang: 'nl' },
  'https://www.focus-wtv.be/nieuws/hulplijn-1712-tegen-geweld-gemiddeld-5-telefoons-dag': { title: 'Hulplijn 1712 tegen geweld: gemiddeld 5 telefoons per dag', publisher: 'Focus-WTV', date: null, lang: 'nl' },
};
