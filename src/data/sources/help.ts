/**
 * The help module's sources (src/data/help/**) as people read them: the page's own title (or its
 * heading), who publishes it, the date the page itself states (null: the page is undated) and the
 * language of the title. Keyed by the exact URL the data cite. A page we could not read is
 * described in its own language and marked `// ≈` (check it against the live page);
 * `// ≈ heading not seen` = a stored copy was read and matches what the data cite it for (number,
 * free, anonymous, hours), but it shows no heading to quote. A URL the
 * overload catalogue also lists is described identically (test/data/sources.test.ts checks it).
 */
import type { SourceCatalog } from './types.js';

export const HELP_SOURCES: SourceCatalog = {
  // 112 and 101
  // The federal 112 site (FOD Binnenlandse Zaken): what 112 and 101 are for, free, day and night.
  'https://www.sos112.be/nl/faq-112.html': { title: 'Veel gestelde vragen over het noodnummer 112', publisher: 'FOD Binnenlandse Zaken (112)', date: null, lang: 'nl' },
  'https://www.aalter.be/noodoproepen': { title: 'Noodoproepen', publisher: 'Gemeente Aalter', date: null, lang: 'nl' },
  'http://www.seniorennet.nl/Pages/Nuttige_telefoonnummers/112.php?grotereletters=3': { title: 'Alles over het 112 noodnummer', publisher: 'SeniorenNet', date: null, lang: 'nl' },
  'https://1001infos.net/belgique/112-choix-linguistique-a-faire-en-appelant-en-provinces-de-namur-et-de-limbourg': {
    title: 'Appeler les secours à Namur et au Limbourg : choisir d’abord sa langue',
    publisher: '1001infos',
    date: null,
    lang: 'fr',
  }, // ≈
  'https://p-magazine.com/nl/articles/belgie-voor-dummies-voor-help-druk-1-voor-au-secours-2-voor-hilfe-druk-3': {
    title: 'België voor dummies: “Voor ‘help’ druk 1, voor ‘au secours’ 2, voor ‘hilfe’ druk 3”',
    publisher: 'P-Magazine',
    date: '2023-11-22',
    lang: 'nl',
  },
  'https://thebulletin.be/112-call-centres-offer-language-menu-options-pilot-project': {
    title: '112 call centres to offer language menu options in pilot project',
    publisher: 'The Bulletin',
    date: '2026-01-22',
    lang: 'en',
  },
  'https://www.diekeure.be/nl-be/professional/nieuws/noodnummers': { title: 'In geval van nood kent men zijn ... nummers!', publisher: 'die Keure', date: null, lang: 'nl' },
  // 1813 and the Centre de Prévention du Suicide
  'https://nieuws.vtm.be/binnenland/67758-nieuw-nummer-zelfmoordlijn1813': { title: 'Nieuw nummer zelfmoordlijn:1813', publisher: 'VTM Nieuws', date: null, lang: 'nl' },
  'https://www.preventionsuicide.be/actualites/le-centre-de-prevention-du-suicide-publie-son-rapport-dactivites-2022': {
    title: 'Le Centre de Prévention du Suicide publie son rapport d’activités 2022',
    publisher: 'Centre de Prévention du Suicide',
    date: null,
    lang: 'fr',
  },
  'https://www.nieuwsblad.be/cnt/dmf20190909_04598208': { title: 'Nieuwsbericht over de Zelfmoordlijn 1813', publisher: 'Het Nieuwsblad', date: '2019-09-09', lang: 'nl' }, // ≈
  'https://www.hbvl.be/cnt/dmf20211130_93272468': { title: 'Nieuwsbericht over de langere openingsuren van de chat van de Zelfmoordlijn', publisher: 'Het Belang van Limburg', date: '2021-11-30', lang: 'nl' }, // ≈ heading not seen
  'https://www.lalibre.be/belgique/societe/2023/02/21/le-centre-de-prevention-du-suicide-est-confronte-a-une-hausse-du-nombre-dappels-A54EZGXFSJB3HNFT4ZSPCEPJ5I/': {
    title: 'Plus d’appels à la ligne d’écoute du Centre de Prévention du Suicide',
    publisher: 'La Libre Belgique',
    date: '2023-02-21',
    lang: 'fr',
  }, // ≈
  'https://www.dhnet.be/dernieres-depeches/2023/09/05/une-nouvelle-campagne-de-prevention-du-suicide-pour-agir-avant-le-drame-ZGY4QISYTREFDEKWQIYM5IIN7Q/': {
    title: 'Campagne de prévention du suicide : agir avant qu’il ne soit trop tard',
    publisher: 'La DH',
    date: '2023-09-05',
    lang: 'fr',
  }, // ≈ heading not seen
  'https://www.telesambre.be/info/societe/des-jeunes-sadressent-aux-jeunes-pour-prevenir-le-suicide/72685': {
    title: 'Prévention du suicide : des jeunes parlent aux jeunes',
    publisher: 'Télésambre',
    date: null,
    lang: 'fr',
  }, // ≈ heading not seen
  // Tele-Onthaal, Télé-Accueil and Telefonhilfe
  'https://www.vrt.be/vrtnws/nl/2019/12/20/tele-onthaal-ook-tijdens-de-feestdagen-een-luisterend-oor-voor-w/': {
    title: 'Tele-Onthaal heeft geen sluitingsdagen, ook niet met kerst en nieuwjaar',
    publisher: 'VRT NWS',
    date: '2019-12-20',
    lang: 'nl',
  }, // ≈ heading not seen
  'https://tele-accueil.be/bruxelles/ressources/': { title: 'Ressources : l’Observatoire social de Télé-Accueil', publisher: 'Télé-Accueil Bruxelles', date: null, lang: 'fr' },
  'https://www.lavenir.net/actu/2022/09/20/tele-accueilrecoit-de-plus-en-plus-dappels-lies-au-stress-financier-MXQOGX2HZFDTJHGHS72GRJW6XI/': {
    title: 'Le coût de la vie pèse sur les appels au 107',
    publisher: 'L’Avenir',
    date: '2022-09-20',
    lang: 'fr',
  }, // ≈ heading not seen
  'https://brf.be/regional/2013931': { title: 'Bericht über die Telefonhilfe Ostbelgien', publisher: 'BRF', date: null, lang: 'de' }, // ≈ heading not seen
  'https://www.rtbf.be/article/le-centre-tele-accueil-de-liege-a-l-ecoute-depuis-50-ans-11188471': { title: 'Le centre Télé-Accueil de Liège à l’écoute depuis 50 ans', publisher: 'RTBF', date: '2023-04', lang: 'fr' },
  'https://telefonhilfe.be/uber-uns': { title: 'Über uns', publisher: 'Telefonhilfe Ostbelgien', date: null, lang: 'de' },
  // Awel and Écoute-Enfants
  'https://www.vrt.be/vrtnws/nl/2018/03/02/jongerenhulplijn-awel-krijgt-meer-oproepen-via-telefoon-en-chat/': {
    title: 'Meer kinderen en jongeren bereiken Awel aan de telefoon en in de chat',
    publisher: 'VRT NWS',
    date: '2018-03-02',
    lang: 'nl',
  }, // ≈ heading not seen
  'https://www.benjamindalle.be/post/awel-luistert-naar-alle-kinderen-en-jongeren-met-zorgen-of-vragen-nooitalleeninuwkot': {
    title: 'Awel luistert naar alle kinderen en jongeren met zorgen of vragen #nooitalleeninuwkot',
    publisher: 'Benjamin Dalle, Vlaams minister van Jeugd',
    date: null,
    lang: 'nl',
  },
  'https://www.rtbf.be/article/ecoute-enfants-le-numero-103-en-quete-de-visibilite-11076758': { title: 'Ecoute-enfants : le numéro "103" en quête de visibilité', publisher: 'RTBF', date: null, lang: 'fr' },
  'https://deapotheker.pmg.be/fr/fichier/EAKbe2605S43_00': { title: 'Plus de 4.700 appels au 103, la ligne d’écoute pour les jeunes', publisher: 'De Apotheker (PMG), Belga', date: '2026', lang: 'fr' },
  // 1712
  'https://www.1712.be/nl/over-1712': { title: 'Over 1712', publisher: '1712', date: null, lang: 'nl' },
  'https://kitieper.be/hulplijn-1712/': { title: 'De hulplijn voor vragen over geweld, misbruik en kindermishandeling', publisher: 'Kitieper', date: null, lang: 'nl' }, // ≈
  'https://www.focus-wtv.be/nieuws/hulplijn-1712-tegen-geweld-gemiddeld-5-telefoons-dag': { title: 'Hulplijn 1712 tegen geweld: gemiddeld 5 telefoons per dag', publisher: 'Focus-WTV', date: null, lang: 'nl' },
  // 1733
  'https://www.health.belgium.be/nl/news/franstalige-campagne-over-het-wachtnummer-1733': {
    title: 'Campagne in Franstalig België voor de huisartsenwachtdienst op 1733',
    publisher: 'FOD Volksgezondheid',
    date: null,
    lang: 'nl',
  }, // ≈ heading not seen
  // Alzheimer Liga Vlaanderen
  'https://nl.metrotime.be/2019/12/13/native/alzheimer-liga/001-alzheimer-liga/alzheimer-liga-vlaanderen-zet-mensen-met-dementie-niet-in-de-vergeethoek/': {
    title: 'Alzheimer Liga Vlaanderen: steun en informatie voor mensen met dementie en hun mantelzorgers',
    publisher: 'Metro',
    date: '2019-12-13',
    lang: 'nl',
  }, // ≈ heading not seen
  'https://trappenloop.be/goede-doel/': { title: 'Goede doel: Alzheimer Liga Vlaanderen', publisher: 'Trappenloop', date: null, lang: 'nl' },
  // Pages the overload check cites too, described exactly as in its catalogue
  'https://bx1.be/categories/news/la-reine-mathilde-visite-le-centre-de-prevention-du-suicide-a-ixelles/': { title: 'La reine Mathilde visite le Centre de prévention du suicide à Ixelles', publisher: 'BX1', date: null, lang: 'fr' }, // ≈ heading not seen
  'https://focus-wtv.be/nieuws/meer-oproepen-voor-tele-onthaal-vlaanderen-met-extra-geld-vrij': { title: 'Ook in West-Vlaanderen meer oproepen: meer Vlaams geld naar Tele-onthaal', publisher: 'Focus-WTV', date: '2025-08-05', lang: 'nl' },
  'https://plus.lesoir.be/344336/article/2020-12-18/sante-mentale-les-lignes-decoute-surchauffent-chaque-durcissement-des-mesures': { title: 'Santé mentale: les lignes d’écoute surchauffent à chaque durcissement des mesures', publisher: 'Le Soir', date: '2020-12-18', lang: 'fr' },
  'https://brf.be/national/1894844': { title: 'Suizidprävention: Hilfe und Anlaufstellen', publisher: 'BRF', date: null, lang: 'de' }, // ≈
  // Awel's own page names awel.be (chat, contact form); page read 2026-12-03.
  'https://awel.be/2020': { title: 'Cijfers 2020', publisher: 'Awel', date: null, lang: 'nl' },
  'https://www.hln.be/nieuws/binnenland/ruim-23-000-contacten-met-kinderen-en-jongeren-voor-awel-de-voormalige-kinder-en-jongerentelefoon~a1065a0b/': { title: 'Ruim 23.000 contacten met kinderen en jongeren voor Awel, de voormalige Kinder- en Jongerentelefoon', publisher: 'HLN', date: '2020-02-19', lang: 'nl' },
  'https://www.ringtv.be/nieuws/caw-halle-vilvoorde-%E2%80%9Cook-tijden-van-corona-bieden-we-een-luisterend-oor%E2%80%9D': { title: 'CAW Halle-Vilvoorde: “Ook in tijden van corona bieden we een luisterend oor”', publisher: 'Ring TV', date: null, lang: 'nl' },
  'https://www.gezondbelgie.be/nl/blikvanger-gezondheidszorg/dringende-medische-en-psychosociale-hulpverlening/organisatie/het-nummer-1733': { title: 'Dringende medische hulpverlening: het nummer 1733', publisher: 'FOD Volksgezondheid', date: null, lang: 'nl' },
};
