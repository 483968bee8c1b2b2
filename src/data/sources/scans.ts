/**
 * What the two organisation scans cite (src/data/scans/): title, publisher and the page's own date.
 * `≈` marks a title that describes the page rather than quoting it. URLs that other catalogues
 * cite too are described exactly as there.
 */
import type { SourceCatalog } from './types.js';

export const SCAN_SOURCES: SourceCatalog = {
  // Employer scan
  'https://verso-net.be/themas/item/2025/06/16/taboe-rond-mantelzorg-doorbreken-met-personeelsbeleid': { title: 'Taboe rond mantelzorg doorbreken met personeelsbeleid', publisher: 'Verso', date: '2025-06-16', lang: 'nl' },
  'https://www.mantelzorginbeweging.be/wat-kan-je-doen-voor-je-werknemer/': { title: 'Wat kan je doen voor je werknemer?', publisher: 'Mantelzorg in beweging', date: null, lang: 'nl' }, // ≈
  'https://werk.belgie.be/nl/themas/feestdagen-en-verloven/flexibele-werkregelingen-voor-zorgdoeleinden/recht-om-flexibele': {
    title: 'Recht om flexibele werkregelingen aan te vragen voor zorgdoeleinden – Werknemers uit de privésector (cao nr. 162)',
    publisher: 'FOD Werkgelegenheid, Arbeid en Sociaal Overleg',
    date: null,
    lang: 'nl',
  },
  'https://www.securex.be/nl/lex4you/werkgever/nieuws/je-werknemers-kunnen-flexibele-werkregelingen-aanvragen-voor-zorgdoeleinden': { title: 'Je werknemers kunnen flexibele werkregelingen aanvragen voor zorgdoeleinden', publisher: 'Securex', date: '2022-09-30', lang: 'nl' },
  'https://www.sociare.be/kennisbank329/start-werkrelatie/arbeidsovereenkomst-en-reglement/nieuws/werkbaar-wendbaar-werk-occasioneel-telewerk/': { title: 'Werkbaar wendbaar werk: occasioneel telewerk', publisher: 'Sociare', date: '2017-03-15', lang: 'nl' }, // ≈
  'https://werk.belgie.be/nl/themas/welzijn-op-het-werk/psychosociale-risicos-op-het-werk/rol-en-statuut-van-de-actoren-4': { title: 'Psychosociale risico’s op het werk: rol en statuut van de actoren', publisher: 'FOD Werkgelegenheid, Arbeid en Sociaal Overleg', date: null, lang: 'nl' }, // ≈
  'https://www.rva.be/burgers/loopbaanonderbreking-tijdskrediet-en-thematische-verloven/thematische-verloven-alle-sectoren/verlof-voor-mantelzorg': { title: 'Verlof voor mantelzorg (infoblad T164)', publisher: 'RVA', date: '2024-06-01', lang: 'nl' },
  'https://www.zelfstandige.vlaanderen/nieuw-zorgverlof-voor-werknemers-wat-moet-de-werkgever-weten/': { title: 'Nieuw zorgverlof voor werknemers: wat moet de werkgever weten?', publisher: 'Zelfstandige Vlaanderen', date: null, lang: 'nl' }, // ≈
  'https://zigzaghr.be/mantelzorgbeleid-op-het-werk-zorgt-voor-minder-ziekteverzuim-en-personeelsverloop/': { title: 'Mantelzorgbeleid op het werk zorgt voor minder ziekteverzuim en personeelsverloop', publisher: 'ZigZagHR', date: null, lang: 'nl' }, // ≈
  'https://abvv-experten.be/combinatie-gezin-arbeid/extra-aandacht-voor-mantelzorgers-op-de-werkvloer/': { title: 'Extra aandacht voor mantelzorgers op de werkvloer', publisher: 'ABVV-experten', date: null, lang: 'nl' }, // ≈
  'https://www.mantelzorgers.be/nl/ben-jij-een-jonge-studerende-mantelzorger': { title: 'Ben jij een jonge, studerende mantelzorger?', publisher: 'Vlaams Expertisepunt Mantelzorg', date: null, lang: 'nl' }, // ≈
  'https://www.ucll.be/nl/uitgelicht/studeren-en-zorg-dragen-een-onderschatte-combinatie': { title: 'Studeren en zorg dragen: een onderschatte combinatie', publisher: 'UCLL', date: null, lang: 'nl' }, // ≈
  'https://www.mantelzorgers.be/nl/nieuws/memorandum-vlaams-mantelzorgplatform': { title: 'Memorandum Vlaams Mantelzorgplatform', publisher: 'Vlaams Expertisepunt Mantelzorg', date: null, lang: 'nl' }, // ≈
  'https://www.vlaamseraadwvg.be/vlarwvg/publicatie/advies-mantelzorgplan-2022-2024': { title: 'Advies Mantelzorgplan 2022-2024', publisher: 'Vlaamse Raad WVG', date: null, lang: 'nl' }, // ≈
  // Policy scan: the guidance and the practices
  'https://www.vvsg.be/kennisitem/vvsg/mantelzorg': { title: 'Mantelzorg', publisher: 'VVSG', date: null, lang: 'nl' }, // ≈
  'https://www.eerstelijnszone.be/mantelzorg-binnen-eerstelijszone-we40': { title: 'Mantelzorg binnen eerstelijnszone WE40', publisher: 'Eerstelijnszones Vlaanderen', date: null, lang: 'nl' }, // ≈
  'https://www.ringtv.be/nieuws/eerste-mantelzorgcaf%C3%A9-vilvoorde': { title: 'Vilvoorde krijgt zijn eerste café voor mantelzorgers', publisher: 'Ring TV', date: '2022-09', lang: 'nl' }, // ≈
  'https://www.mantelzorgers.be/nl/nieuws/dossier-mantelzorgplan-aandacht-voor-mantelzorgers-op-de-werkvloer-en-de-zorg': { title: 'Dossier Mantelzorgplan: aandacht voor mantelzorgers op de werkvloer en in de zorg', publisher: 'Vlaams Expertisepunt Mantelzorg', date: null, lang: 'nl' }, // ≈
  'https://www.mantelzorgers.be/nl/informeer-mantelzorgers': { title: 'Informeer mantelzorgers', publisher: 'Vlaams Expertisepunt Mantelzorg', date: null, lang: 'nl' }, // ≈
  'https://www.kennisplein.be/sites/Vlaams%20Expertisepunt%20Mantelzorg/Pages/Mantelzorgvriendelijke%20school%20secundair.aspx': { title: 'Samen naar een mantelzorgvriendelijke school (secundair)', publisher: 'Kennisplein (Vlaams Expertisepunt Mantelzorg)', date: null, lang: 'nl' }, // ≈
  'https://weliswaar.be/ouderen/mantelkracht-helpt-mantelzorgers-zorgen-ook-voor-zichzelf': { title: 'Mantelkracht helpt mantelzorgers zorgen, ook voor zichzelf', publisher: 'Weliswaar', date: null, lang: 'nl' }, // ≈
  'https://www.mantelzorgers.be/nl/wat-kan-ik-met-het-lokaal-bestuur-doen-voor-mantelzorgers': { title: 'Wat kan ik met het lokaal bestuur doen voor mantelzorgers?', publisher: 'Vlaams Expertisepunt Mantelzorg', date: null, lang: 'nl' }, // ≈
  'https://www.zaventem.be/dag-van-de-mantelzorgers': { title: 'Dag van de mantelzorgers', publisher: 'Gemeente Zaventem', date: null, lang: 'nl' }, // ≈
  'https://www.hln.be/eeklo/eeklo-zet-mantelzorgers-in-de-bloemetjes-zij-maken-elke-dag-het-verschil~aa5002b6/': { title: 'Eeklo zet mantelzorgers in de bloemetjes: “Zij maken elke dag het verschil”', publisher: 'HLN', date: '2022-06', lang: 'nl' },
  'https://www.eerstelijnszone.be/geintegreerd-breed-onthaal-1': { title: 'Geïntegreerd breed onthaal', publisher: 'Eerstelijnszones Vlaanderen', date: null, lang: 'nl' }, // ≈
  'https://kw.be/nieuws/samenleving/gezondheid/verzorging/mantelzorgers-actiever-begeleid-in-wevelgem/': { title: 'Mantelzorgers actiever begeleid in Wevelgem', publisher: 'Krant van West-Vlaanderen', date: '2023-06', lang: 'nl' }, // ≈
  'https://www.tij-dingen.be/februari-2022/wil-je-graag-andere-mantelzorgers-ontmoeten': { title: 'Wil je graag andere mantelzorgers ontmoeten?', publisher: 'Tij-dingen (Gemeente Koksijde)', date: '2022-02', lang: 'nl' }, // ≈
  'https://kw.be/nieuws/samenleving/mantelzorgcafe-regio-oostkust-schiet-succesvol-uit-de-startblokken-in-westkapelle/': { title: 'Mantelzorgcafé regio Oostkust schiet succesvol uit de startblokken in Westkapelle', publisher: 'Krant van West-Vlaanderen', date: '2022-03', lang: 'nl' }, // ≈
  'https://lievegem.be/thuiszorg-oppasdienst': { title: 'Oppas aan huis in Lievegem', publisher: 'Gemeente Lievegem', date: null, lang: 'nl' }, // ≈
  'https://www.vvsg.be/nieuws/projectoproep-zorgzame-buurten-11-juni-2021': { title: 'Projectoproep zorgzame buurten', publisher: 'VVSG', date: '2021-06-15', lang: 'nl' }, // ≈
  'https://www.vvsg.be/kennisitem/vvsg/lokale-dienstencentra': { title: 'Wat een lokaal dienstencentrum doet', publisher: 'VVSG', date: null, lang: 'nl' },
  'https://www.hln.be/in-de-buurt/oostende/grote-opkomst-voor-mantelzorgcafe~abde4703/': { title: 'Grote opkomst voor mantelzorgcafé', publisher: 'HLN', date: '2020-01-29', lang: 'nl' },
  'https://www.mantelzorghub.be/over-het-project': { title: "Wat is 'De MantelzorgHub'?", publisher: 'De MantelzorgHub', date: null, lang: 'nl' },
};
