/**
 * The help module's sources (src/data/help/**) as people read them: the page's own title (or its
 * heading), who publishes it, the date the page itself states (null: the page is undated) and the
 * language of the title. Keyed by the exact URL the data cite.
 *
 * Only pages whose title we have seen are listed; a cited URL without an entry is still to do
 * (test/data/sources.test.ts keeps the help area pending until every URL has one). Three pages
 * whose real title equals their URL slug wait for the source bar to accept that: Gemeente Aalter,
 * "Noodoproepen" (undated); 1712, "Over 1712" (undated); FOD Volksgezondheid, "Het nummer 1733"
 * (2021-06-01). See docs/content/help.md#sources.
 */
import type { SourceCatalog } from './types.js';

export const HELP_SOURCES: SourceCatalog = {
  // 112 and 101
  'https://www.diekeure.be/nl-be/professional/nieuws/noodnummers': { title: 'In geval van nood kent men zijn ... nummers!', publisher: 'die Keure', date: null, lang: 'nl' },
  // 1813 and the Centre de Prévention du Suicide
  'https://nieuws.vtm.be/binnenland/67758-nieuw-nummer-zelfmoordlijn1813': { title: 'Nieuw nummer zelfmoordlijn:1813', publisher: 'VTM Nieuws', date: null, lang: 'nl' },
  'https://www.preventionsuicide.be/actualites/le-centre-de-prevention-du-suicide-publie-son-rapport-dactivites-2022': {
    title: 'Le Centre de Prévention du Suicide publie son rapport d’activités 2022',
    publisher: 'Centre de Prévention du Suicide',
    date: null,
    lang: 'fr',
  },
  // Télé-Accueil and Telefonhilfe
  'https://www.rtbf.be/article/le-centre-tele-accueil-de-liege-a-l-ecoute-depuis-50-ans-11188471': { title: 'Le centre Télé-Accueil de Liège à l’écoute depuis 50 ans', publisher: 'RTBF', date: '2023-04', lang: 'fr' },
  'https://telefonhilfe.be/uber-uns': { title: 'Über uns', publisher: 'Telefonhilfe Ostbelgien', date: null, lang: 'de' },
  // Awel and Écoute-Enfants
  'https://www.benjamindalle.be/post/awel-luistert-naar-alle-kinderen-en-jongeren-met-zorgen-of-vragen-nooitalleeninuwkot': {
    title: 'Awel luistert naar alle kinderen en jongeren met zorgen of vragen #nooitalleeninuwkot',
    publisher: 'Benjamin Dalle, Vlaams minister van Jeugd',
    date: null,
    lang: 'nl',
  },
  'https://www.rtbf.be/article/ecoute-enfants-le-numero-103-en-quete-de-visibilite-11076758': { title: 'Ecoute-enfants : le numéro "103" en quête de visibilité', publisher: 'RTBF', date: null, lang: 'fr' },
  'https://deapotheker.pmg.be/fr/fichier/EAKbe2605S43_00': { title: 'Plus de 4.700 appels au 103, la ligne d’écoute pour les jeunes', publisher: 'De Apotheker (PMG), Belga', date: '2026', lang: 'fr' },
  // 1712
  'https://www.focus-wtv.be/nieuws/hulplijn-1712-tegen-geweld-gemiddeld-5-telefoons-dag': { title: 'Hulplijn 1712 tegen geweld: gemiddeld 5 telefoons per dag', publisher: 'Focus-WTV', date: null, lang: 'nl' },
  // 1733
  // Alzheimer Liga Vlaanderen
  'https://trappenloop.be/goede-doel/': { title: 'Goede doel: Alzheimer Liga Vlaanderen', publisher: 'Trappenloop', date: null, lang: 'nl' },
};
