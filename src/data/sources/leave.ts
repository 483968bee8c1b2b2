/**
 * What the leave data cite (src/data/leave/sources.ts): title, publisher and the page's own date.
 * Keyed by the same constants, so the bundle carries each URL once. Loaded with the leave result
 * only (src/rules/leave/sources.ts), never with the widget.
 *
 * Titles are the page's title or heading in its language. Where a stored copy of the page was not
 * available the title describes the page in its own words, marked `≈`; `≈ heading not seen` = a stored
 * copy was read and matches what the data cite it for, but it shows no heading to quote. Where the heading is just the
 * last words of the address ("Verlof voor mantelzorg"), the section the page sits in comes first,
 * so the title still says what the page is. `date: null` = the page states no date.
 */
import * as S from '../leave/sources.js';
import type { SourceCatalog } from './types.js';

export const LEAVE_SOURCES: SourceCatalog = {
  // RVA amounts, single-parent and 50+ rules
  [S.RVA_AMOUNTS_THEMATIC]: { title: 'Thematische verloven – Privésector (bedragen)', publisher: 'RVA', date: null, lang: 'nl' },
  [S.RVA_SINGLE_PARENT_FAQ]: {
    title: 'Ontvang ik de verhoogde onderbrekingsuitkeringen voor een eenoudergezin enkel wanneer ik verlof vraag om te zorgen voor mijn kind?',
    publisher: 'RVA',
    date: null,
    lang: 'nl',
  },
  [S.RVA_SINGLE_PARENT_2023]: { title: 'Tijdskrediet en thematische verloven – Verhoging van bepaalde uitkeringen vanaf 01.07.2023', publisher: 'RVA', date: '2023-07-04', lang: 'nl' },
  // The news page's date is the one in its address (onem.be/actualites/2023/02/01/…).
  [S.ONEM_2023_02_MEASURES]: { title: 'Nouvelles mesures applicables à partir du 01.02.2023 (crédit-temps et congés thématiques)', publisher: 'ONEM', date: '2023-02-01', lang: 'fr' }, // ≈
  [S.KATHOND_50_2023]: { title: 'Wijziging toeslagen bij specifieke loopbaanonderbreking voor 50+', publisher: 'Katholiek Onderwijs Vlaanderen', date: '2023-02-15', lang: 'nl' },
  [S.BREAK_AT_WORK]: { title: 'Break@work', publisher: 'Portaal van de sociale zekerheid', date: null, lang: 'nl' },
  [S.DEPLA_SINGLE_PARENT_2017]: { title: 'Thematische verloven: hogere uitkeringen voor alleenstaanden', publisher: 'Advocatenkantoor Depla', date: null, lang: 'nl' },
  // Index steps
  [S.INDEX_2023_11]: { title: 'Nieuws: spilindex overschreden in oktober 2023', publisher: 'Orbiss', date: null, lang: 'nl' },
  [S.INDEX_2024_05]: { title: 'Uitkeringen en pensioenen omhoog door overschrijding spilindex', publisher: 'ABVV', date: '2024-05-27', lang: 'nl' },
  [S.INDEX_2024_05_ATTENTIA]: { title: 'Nieuws: spilindex overschreden in april 2024', publisher: 'Attentia', date: null, lang: 'nl' },
  [S.INDEX_2025_01_BOSA]: { title: 'Nieuws: index januari 2025', publisher: 'FOD BOSA', date: null, lang: 'nl' },
  [S.INDEX_2025_02_TRENDS]: { title: 'Indexation : le Bureau du Plan s’attend à un dépassement de l’indice-pivot en décembre, mais pas en 2026', publisher: 'Trends-Tendances', date: null, lang: 'fr' }, // ≈ heading not seen
  [S.INDEX_2025_12_ACERTA]: { title: 'Dépassement de l’indice pivot en décembre 2025', publisher: 'Acerta', date: null, lang: 'fr' },
  [S.INDEX_2026_03_CESSOC]: { title: 'CESSoC : indexation des barèmes pour février 2026', publisher: 'Incidence', date: null, lang: 'fr' }, // ≈ heading not seen
  // Caregiver leave (its recognition pages are in ./recognition.ts)
  [S.SECUREX_MZ_NOTICE]: { title: 'Hoe moet de werknemer het mantelzorgverlof bij de werkgever aanvragen?', publisher: 'Securex', date: '2024-01-15', lang: 'nl' },
  [S.VL_INTERN_MB]: { title: 'Medisch bijstandsverlof (personeel van de Vlaamse overheid)', publisher: 'Vlaamse overheid', date: null, lang: 'nl' },
  [S.OVERHEID_PAL]: { title: 'Palliatief verlof (personeel van de Vlaamse overheid)', publisher: 'Vlaamse overheid', date: null, lang: 'nl' },
  [S.OVERHEID_FEDERAL_CARE_LEAVE]: { title: 'Federale zorgverloven (personeel van de Vlaamse overheid)', publisher: 'Vlaamse overheid', date: null, lang: 'nl' },
  [S.BOSA_MB]: { title: 'Loopbaanonderbreking voor medische bijstand (federaal personeel)', publisher: 'FOD BOSA', date: null, lang: 'nl' },
  [S.BOSA_CAREER_BREAK]: { title: 'Loopbaanonderbreking (federaal personeel)', publisher: 'FOD BOSA', date: null, lang: 'nl' },
  [S.VL_INTERN_MANTELZORGVERLOF]: { title: 'Verloven en afwezigheden: mantelzorgverlof', publisher: 'Vlaamse overheid', date: null, lang: 'nl' },
  // Medical assistance leave
  [S.RVA_MB_VS_TK]: { title: 'Wat zijn de verschillen tussen verlof voor medische bijstand en tijdskrediet met motief zorg?', publisher: 'RVA', date: null, lang: 'nl' },
  [S.BELGIUM_MB]: { title: 'Tijdskrediet en loopbaanonderbreking: medische bijstand', publisher: 'Federale overheid (belgium.be)', date: null, lang: 'nl' }, // ≈
  [S.VL_MB]: { title: 'Verlof voor medische bijstand: voorwaarden en aanvraag', publisher: 'Vlaamse overheid', date: null, lang: 'nl' }, // ≈
  [S.KORTENBERG_MB]: { title: 'Verlof voor medische bijstand (productfiche)', publisher: 'Gemeente Kortenberg', date: null, lang: 'nl' },
  [S.CSC_HOSPITAL_CHILD]: { title: 'Congés thématiques : hospitalisation d’un enfant', publisher: 'CSC', date: null, lang: 'fr' },
  [S.SOCIALSECURITY_MB]: { title: 'Tijdelijk stoppen met werken: verlof voor medische bijstand', publisher: 'Portaal van de sociale zekerheid', date: null, lang: 'nl' },
  // Palliative leave
  [S.BELGIUM_PAL]: { title: 'Tijdskrediet en loopbaanonderbreking: palliatief verlof', publisher: 'Federale overheid (belgium.be)', date: null, lang: 'nl' },
  [S.NPZL_PAL]: { title: 'Financiële tegemoetkomingen: palliatief verlof voor naasten', publisher: 'Netwerk Palliatieve Zorg Limburg', date: null, lang: 'nl' }, // ≈
  [S.BESOX_PAL_2017]: { title: 'Nieuws: uitbreiding palliatief verlof', publisher: 'Besox', date: '2017-05-02', lang: 'nl' },
  [S.PHA_PAL]: { title: 'Mantelzorgers – sociale voorzieningen', publisher: 'Palliatieve Hulpverlening Antwerpen', date: null, lang: 'nl' },
  [S.ACERTA_PAL_3M]: { title: 'Juridisch nieuws: tot drie maanden palliatief verlof', publisher: 'Acerta', date: '2016-12-30', lang: 'nl' },
  // Parental leave
  [S.OZ_PARENTAL]: { title: 'Baby op komst: ouderschapsverlof', publisher: 'Onafhankelijk Ziekenfonds', date: null, lang: 'nl' }, // ≈
  [S.RVA_E52]: { title: 'Aanvraagprocedure voor de thematische verloven (E52)', publisher: 'RVA', date: '2020-10-20', lang: 'nl' },
  [S.CSC_PARENTAL]: { title: 'Congés thématiques : congé parental', publisher: 'CSC', date: null, lang: 'fr' }, // ≈
  // Time credit with a care motive
  [S.WERK_TK_MOTIVE]: { title: 'Tijdskrediet met motief', publisher: 'FOD Werkgelegenheid', date: null, lang: 'nl' },
  [S.ACV_TK_MOTIVES]: { title: 'Voor welke motieven kan je tijdskrediet opnemen?', publisher: 'ACV', date: null, lang: 'nl' },
  [S.RVA_E65]: { title: 'Aanvraagprocedure van het tijdskrediet (E65)', publisher: 'RVA', date: '2024-06-01', lang: 'nl' },
  [S.WERK_TK_2023]: {
    title: 'Loopbaanonderbreking, tijdskrediet en thematische verloven – Wijziging van het recht op uitkeringen vanaf 1 februari 2023',
    publisher: 'FOD Werkgelegenheid',
    date: null,
    lang: 'nl',
  },
  [S.SDWORX_TK_HALF_FULLTIME]: { title: 'Besparingen op de uitkeringen bij tijdskrediet en themaverloven vanaf 1 februari 2023', publisher: 'SD Worx', date: null, lang: 'nl' }, // ≈
  [S.SODALIS_2023]: { title: 'Nieuws: wijzigingen inzake tijdskrediet vanaf 1 februari 2023', publisher: 'Sodalis', date: null, lang: 'nl' },
  [S.ONEM_T160]: { title: 'Le crédit-temps avec motif (T160)', publisher: 'ONEM', date: null, lang: 'fr' }, // ≈
  [S.RVA_T193]: { title: 'Tijdskrediet landingsbaan – Recht op verlof bij de werkgever en recht op onderbrekingsuitkeringen toegekend door de RVA (T193)', publisher: 'RVA', date: '2026-01-01', lang: 'nl' },
  [S.TK_SMALL_EMPLOYER]: { title: 'Crédit-temps, interruption de carrière', publisher: 'Devenir infirmier (fonds sociaux du non-marchand)', date: null, lang: 'fr' }, // ≈
  // Zorgverlof and dwingende redenen
  [S.CROWE_ZORGVERLOF]: { title: 'Vraag en antwoord: work-life balance', publisher: 'Crowe Legal', date: '2023-09-20', lang: 'nl' }, // ≈
  [S.ACERTA_ZORGVERLOF_FR]: { title: 'Nouveau droit au congé d’assistance', publisher: 'Acerta', date: null, lang: 'fr' }, // ≈
  [S.AIDANTS_5_DAYS]: { title: 'Nouveau congé d’aidant de 5 jours par an', publisher: 'Aidants Proches Wallonie', date: null, lang: 'fr' }, // ≈
  [S.TRENDS_UNPAID]: { title: 'Comment l’idée d’un congé d’aidant rémunéré a fini discrètement aux oubliettes', publisher: 'Trends-Tendances', date: '2023-10', lang: 'fr' }, // ≈
  [S.ZELFSTANDIGE_ZORGVERLOF]: { title: 'Nieuw zorgverlof voor werknemers: wat moet de werkgever weten?', publisher: 'Zelfstandige Vlaanderen', date: null, lang: 'nl' }, // ≈ heading not seen
  [S.BOSA_CONGE_AIDANT]: { title: 'Famille : congé pour aidant proche', publisher: 'FOD BOSA', date: null, lang: 'fr' }, // ≈
  [S.ACERTA_ARIZONA]: { title: 'Accord Arizona : congés', publisher: 'Acerta', date: null, lang: 'fr' }, // ≈
  [S.GROUPS_CAO45]: { title: 'Congé pour raisons impérieuses (CP 306)', publisher: 'Group S', date: null, lang: 'fr' }, // ≈
  [S.PLUS_DWINGEND]: { title: '5 jours de congé pour aider un proche', publisher: 'Plus Magazine', date: '2022-10', lang: 'fr' }, // ≈ heading not seen
  // Vlaams zorgkrediet
  [S.WERK_ZK_WHO]: { title: 'Vlaams zorgkrediet - wie komt in aanmerking?', publisher: 'Departement Werk en Sociale Economie', date: null, lang: 'nl' },
  [S.WERK_ZK_MOTIVES]: { title: 'Vlaams zorgkrediet – wanneer kom je in aanmerking?', publisher: 'Departement Werk en Sociale Economie', date: null, lang: 'nl' },
  [S.VL_ZK_DURATION]: { title: 'Vlaams zorgkrediet: duur en opname in maanden', publisher: 'Vlaamse overheid', date: null, lang: 'nl' },
  [S.VL_ZK_WHO]: { title: 'Wie komt in aanmerking voor Vlaams zorgkrediet?', publisher: 'Vlaamse overheid', date: null, lang: 'nl' },
  [S.VL_ZK_AMOUNTS]: { title: 'Vlaams zorgkrediet: uitkering en combinatie met andere inkomsten', publisher: 'Vlaamse overheid', date: null, lang: 'nl' },
  [S.OVERHEID_ZK]: { title: 'Zorgkrediet', publisher: 'Vlaamse overheid', date: null, lang: 'nl' },
  [S.ZK_METADATA]: { title: 'Statistiek Vlaams zorgkrediet: metadata', publisher: 'Statistiek Vlaanderen', date: null, lang: 'nl' }, // ≈
  [S.EDULEX_ZK]: { title: 'Zorgkrediet voor de personeelsleden van het onderwijs en de centra voor leerlingenbegeleiding', publisher: 'Vlaamse overheid, Onderwijs en Vorming', date: null, lang: 'nl' },
  // Self-employed caregiver allowance
  [S.DROITSQ_SELF]: { title: 'Je suis indépendant et aidant proche : ai-je droit à une aide ?', publisher: 'Droits Quotidiens', date: null, lang: 'fr' }, // ≈ heading not seen
  [S.RSVZ_FAQ]: { title: 'Zorgen voor een familielid: heb ik recht op een uitkering mantelzorg en hoe vraag ik ze aan?', publisher: 'RSVZ', date: null, lang: 'nl' },
  [S.CM_SELF]: { title: 'Mantelzorguitkering voor zelfstandigen', publisher: 'CM', date: null, lang: 'nl' },
  [S.SECUREX_SELF_2020]: { title: 'Mantelzorguitkering voor zelfstandigen: bedragen 2020', publisher: 'Securex', date: null, lang: 'nl' }, // ≈
  [S.SECUREX_SELF_2024]: { title: 'Lex4You, zelfstandige in hoofdberoep, uw gezin: mantelzorg', publisher: 'Securex', date: '2024-02-19', lang: 'nl' },
  [S.SECUREX_SELF_2021]: { title: 'Zelfstandigen: mantelzorg', publisher: 'Securex', date: null, lang: 'nl' },
  [S.UCM_SELF_FAQ]: { title: 'Ai-je droit à une aide si je dois interrompre mon activité pour m’occuper d’un proche ?', publisher: 'UCM', date: null, lang: 'fr' }, // ≈ heading not seen
  [S.LIANTIS_SELF_HALF]: { title: 'Mantelzorg en zelfstandige: wie heeft recht op een vergoeding?', publisher: 'Liantis', date: null, lang: 'nl' },
  [S.LECHO_SELF_HALF]: { title: 'Que permet le statut d’aidant proche pour les indépendants ?', publisher: 'L’Echo', date: null, lang: 'fr' }, // ≈ heading not seen
  // The page's only date is the one its figures state ("cijfers op 01/07/2019").
  [S.MULTIPEN_SELF_2019]: { title: 'Uw rechten: recht op mantelzorg', publisher: 'Multipen', date: '2019-07-01', lang: 'nl' },
  [S.UNIZO_SELF_2022]: { title: 'Zelfstandig en mantelzorger: welke ondersteuning krijg je als je zorgt voor zieke familieleden?', publisher: 'Unizo', date: '2022-08-10', lang: 'nl' },
  // Flemish incentive premium
  [S.VL_AP_AMOUNTS_PRIVATE]: { title: 'Aanmoedigingspremie zorgkrediet privésector: bedrag en uitbetaling', publisher: 'Vlaamse overheid', date: null, lang: 'nl' }, // ≈
  [S.VL_AP_DURATION_PRIVATE]: { title: 'Aanmoedigingspremie zorgkrediet privésector: duur, stopzetting en wijzigingen', publisher: 'Vlaamse overheid', date: null, lang: 'nl' }, // ≈
  [S.VL_AP_CONDITIONS_PRIVATE]: { title: 'Voorwaarden voor de aanmoedigingspremie in de privésector', publisher: 'Vlaamse overheid', date: null, lang: 'nl' },
  [S.VL_AP_CONDITIONS_SOCIAL]: { title: 'Voorwaarden voor de aanmoedigingspremie in de socialprofitsector', publisher: 'Vlaamse overheid', date: null, lang: 'nl' },
  [S.VL_AP_WHICH]: { title: 'Welke aanmoedigingspremie past bij uw situatie?', publisher: 'Vlaamse overheid', date: null, lang: 'nl' },
  [S.VL_AP_MANTELZORG]: { title: 'Nieuwsbericht: aanmoedigingspremie voor mantelzorgers', publisher: 'Departement Werk en Sociale Economie', date: null, lang: 'nl' }, // ≈
  [S.VL_AP_PUBLIC_END]: { title: 'Aanmoedigingspremie voor tijdskrediet', publisher: 'Vlaamse overheid', date: null, lang: 'nl' },
  // Cites vlaanderen.be for a premium exception ("1/10e" written out: a title never carries a slash).
  [S.SODALIS_AP_WEEKS]: {
    title: 'Pas de prime d’encouragement flamande pour le congé parental d’un dixième ni pour le congé thématique à temps plein en semaines',
    publisher: 'Sodalis',
    date: null,
    lang: 'fr',
  },
  [S.VERSO_AP]: { title: 'Aanmoedigingspremies in de social profit', publisher: 'Verso', date: null, lang: 'nl' }, // ≈
  [S.CREVITS_AP_TENTH]: { title: 'Vanaf september aanmoedigingspremie voor wie 1⁄10de ouderschapsverlof opneemt', publisher: 'Hilde Crevits, Vlaams minister van Werk', date: null, lang: 'nl' },
};
