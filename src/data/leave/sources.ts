/**
 * Source URLs for the leave data, one constant per public page so a page that moves is fixed in one
 * place. Publishers: RVA/ONEM (federal employment office), FOD WASO, belgium.be, Vlaanderen.be and the
 * Flemish department WSE, RSVZ/INASTI, BOSA, unions (ACV/CSC), social secretariats and law firms (as
 * named in each URL). All were read on or before 2026-11-23 (LEAVE_DATA_VERSION).
 */

// RVA amounts, single-parent and 50+ rules, index steps
export const RVA_AMOUNTS_THEMATIC = 'https://www.rva.be/documentatie/bedragen/loopbaanonderbreking-tijdskrediet/thematische-verloven';
export const RVA_SINGLE_PARENT_FAQ =
  'https://www.rva.be/nl/burgers/loopbaanonderbreking-tijdskrediet-en-thematische-verloven/faq/tijdskrediet-en-thematische-verloven-ouderschapsverlof-verlof-voor-medische-bijstand-palliatief-verlof-en-verlof-voor-mantelzorg/ontvang-ik-de-verhoogde-onderbrekingsuitkeringen-voor';
export const RVA_SINGLE_PARENT_2023 = 'https://www.rva.be/nieuws/2023/07/04/tijdskrediet-en-thematische-verloven-verhoging-van-bepaalde-uitkeringen-vanaf-01.07.2023';
export const ONEM_2023_02_MEASURES =
  'https://www.onem.be/actualites/2023/02/01/nouvelles-mesures-applicables-a-partir-du-01.02.2023-interruption-de-carriere-credit-temps-et-conges-thematiques';
export const KATHOND_50_2023 = 'https://pro.katholiekonderwijs.vlaanderen/wijziging-toeslagen-bij-specifieke-loopbaanonderbreking-voor-50';
export const DEPLA_SINGLE_PARENT_2017 =
  'https://www.advocatenkantoordepla.be/documents/news-items/kl2145039-thematische-verloven-hogere-uitkeringen-voor-alleenstaanden-.xml?lang=en';
export const INDEX_2023_11 = 'https://orbiss.be/nieuws/spilindex-overschreden-in-oktober-2023';
export const INDEX_2024_05 = 'https://abvv.be/index.php/indexering-uitkeringen-pensioenen';
export const INDEX_2024_05_ATTENTIA = 'https://www.attentia.be/nl/nieuws/spilindex-overschreden-in-april-2024/';
export const INDEX_2025_01_BOSA = 'https://bosa.belgium.be/nl/news/index-januari-2025';
export const INDEX_2025_02_TRENDS =
  'https://trends.levif.be/mon-argent/indexation-le-bureau-du-plan-sattend-un-depassement-de-lindice-pivot-en-decembre-mais-pas-en-2026';
export const INDEX_2025_12_ACERTA = 'https://www.acerta.be/fr/inspiration/depassement-de-lindice-pivot-en-decembre-2025';
export const INDEX_2026_03_CESSOC = 'https://incidence-asbl.org/cessoc-indexation-des-baremes-pour-fevrier-2026';

// Recognition and caregiver leave (verlof voor mantelzorg); the pages the quiz cites too live with the shared figures.
export { DILLEN_3_MONTHS, NIEL_OLD_RULE, RVA_T164, SALAR_2021, SAMANA_RECOGNITION, VL_MANTELZORGVERLOF } from '../recognition.js';
export const SECUREX_MZ_NOTICE =
  'https://www.securex.be/nl/lex4you/werkgever/themas/vakantie-afwezigheid/thematische-verloven/hoe-moet-de-werknemer-het-mantelzorgverlof-bij-de-werkgever-aanvragen';
export const VL_INTERN_MANTELZORGVERLOF = 'https://www.vlaanderen.be/intern/mantelzorgverlof';

// Public-sector staff: the thematic leaves as the Flemish government (VPS) and FOD BOSA (federal staff) describe them
export const VL_INTERN_MB = 'https://www.vlaanderen.be/intern/personeel/verloven-en-afwezigheden/medisch-bijstandsverlof';
export const OVERHEID_PAL = 'https://overheid.vlaanderen.be/personeel/verloven-afwezigheden-en-werktijdregeling/palliatief-verlof';
export const OVERHEID_FEDERAL_CARE_LEAVE = 'https://overheid.vlaanderen.be/federale-zorgverloven';
export const BOSA_MB = 'https://bosa.belgium.be/nl/themas/werken-bij-de-overheid/werktijd-verlof-en-afwezigheden/minder-werken/loopbaanonderbreking-3';
export const BOSA_CAREER_BREAK = 'https://bosa.belgium.be/nl/themas/werken-bij-de-overheid/werktijd-verlof-en-afwezigheden/minder-werken/loopbaanonderbreking-5';

// Medical assistance leave
export const RVA_MB_VS_TK =
  'https://www.rva.be/nl/ik-werk-de-privesector-wat-zijn-de-verschillen-tussen-verlof-voor-medische-bijstand-en-tijdskrediet-met-motief-zorg-bijstand-verlenen-aan-een-zwaar-ziek-gezins-familielid';
export const BELGIUM_MB =
  'https://www.belgium.be/nl/werk/loopbaanbeheer/verlof_en_loopbaanonderbrekingen/tijdskrediet_en_loopbaanonderbreking/medische_bijstand';
export const VL_MB = 'https://www.vlaanderen.be/verlof-voor-medische-bijstand';
export const KORTENBERG_MB = 'https://www.kortenberg.be/verlof-voor-medische-bijstand';
export const CSC_HOSPITAL_CHILD =
  'https://www.csc-en-ligne.be/csc-en-ligne/Je-cherche-des-infos-sur/Interruption-de-carriere/Conges-thematiques/Hospitalisation-d-un-enfant/conge-pour-soins-hospitalisation-enfant.html';
// Sodalis (social secretariat), undated, citing vlaanderen.be: premium exception for 1–2 weeks for a hospitalised child.
export const SODALIS_AP_WEEKS = 'https://sodalis.be/pas-de-prime-dencouragement-flamande-pour-le-conge-parental-1-10e-ni-pour-le-conge-thematique-a-temps-plein-en-semaines/';
export const SOCIALSECURITY_MB = 'https://www.socialsecurity.be/citizen/nl/werk-en-werkloosheid/tijdelijk-stoppen-met-werken/verlof-voor-medische-bijstand';

// Palliative leave
export const BELGIUM_PAL = 'https://www.belgium.be/nl/werk/loopbaanbeheer/verlof_en_loopbaanonderbrekingen/tijdskrediet_en_loopbaanonderbreking/palliatief_verlof/';
export const NPZL_PAL = 'https://npzl.be/nl/financi-le-tegemoetkomingen/palliatief-verlof-voor-naasten';
// Half-time from a 3/4 job, 1/5 from a full-time job (law of 5 March 2017, "werkbaar en wendbaar werk").
export const BESOX_PAL_2017 = 'https://www.besox.be/uitbreiding-palliatief-verlof/';
export const PHA_PAL = 'https://pha.be/ik-ben-patient-mantelzorger/mantelzorgers-sociale-verzieningen/';
export const ACERTA_PAL_3M =
  'https://www.acerta.be/nl/klantenportaal/werkgevers/wegwijs-bij-acerta/juridisch-nieuws-en-updates/tot-drie-maanden-palliatief-verlof';

// Parental leave
export const OZ_PARENTAL = 'https://www.oz.be/gezondheid/wat-te-doen-bij/baby-op-komst/ouderschapsverlof';
export const RVA_E52 = 'https://www.rva.be/werkgevers/loopbaanonderbreking-tijdskrediet-en-thematische-verloven/aanvraagprocedure-voor-de-thematische-verloven';
export const CSC_PARENTAL =
  'https://www.lacsc.be/ma-carriere/travailler-dans-le-secteur-prive/credit-temps-et-conges-thematique/cong%C3%A9s-th%C3%A9matiques/cong%C3%A9-parental';
export const ACERTA_ARIZONA = 'https://www.acerta.be/fr/employeurs/accord-arizona/conges';

// Time credit with a care motive
export const WERK_TK_MOTIVE = 'https://werk.belgie.be/nl/themas/feestdagen-en-verloven/het-tijdskrediet-cao-nr-103/tijdskrediet-met-motief';
export const ACV_TK_MOTIVES =
  'https://www.hetacv.be/mijn-loopbaan/werken-in-de-prive-sector/tijdskrediet-en-thematisch-verlof/tijdskrediet/voor-welke-motieven-kan-je-tijdskrediet-opnemen';
export const RVA_E65 = 'https://www.rva.be/werkgevers/loopbaanonderbreking-tijdskrediet-en-thematische-verloven/aanvraagprocedure-van-het-tijdskrediet';
export const WERK_TK_2023 = 'https://werk.belgie.be/nl/nieuws/loopbaanonderbreking-tijdskrediet-en-thematische-verloven-wijziging-van-het-recht-op';
export const SDWORX_TK_HALF_FULLTIME = 'https://www.sd.be/ellawebsite/nl/legalnews/98f78e80-ff93-4a52-abb9-6eb529cb1a88';
export const SODALIS_2023 = 'https://sodalis.be/wijzigingen-inzake-tijdskrediet-vanaf-1-februari-2023/';
export const ONEM_T160 = 'https://www.onem.be/citoyens/interruption-de-carriere-credit-temps-et-conges-thematiques/credit-temps-secteur-prive/le-credit-temps-avec-motif';
export const RVA_T193 =
  'https://www.rva.be/bladzijde/tijdskrediet-landingsbaan---recht-op-verlof-bij-de-werkgever-en-recht-op-onderbrekingsuitkeringen-toegekend-door-de-rva';
export const TK_SMALL_EMPLOYER = 'https://www.devenirinfirmier.be/soutien-la-formation/travailleureuses/credit-temps-interruption-de-carriere';

// Zorgverlof and dwingende redenen
export const CROWE_ZORGVERLOF = 'https://crowelegal.be/blog/vraag-en-antwoord-work-life-balance';
export const ACERTA_ZORGVERLOF_FR =
  'https://acerta.be/fr/portail-client/employeurs/votre-guide-acerta/updates-et-nouvelles-juridiques/nouveau-droit-au-conge-dassistance';
export const AIDANTS_5_DAYS = 'https://wallonie.aidants-proches.be/nouveau-conge-daidant-de-5-jours-an';
export const TRENDS_UNPAID =
  'https://trends.levif.be/a-la-une/politique-economique/comment-lidee-dun-conge-daidant-remunere-a-fini-discretement-aux-oubliettes/';
export const ZELFSTANDIGE_ZORGVERLOF = 'https://www.zelfstandige.vlaanderen/nieuw-zorgverlof-voor-werknemers-wat-moet-de-werkgever-weten/';
// CAO 45 summary by a social secretariat: household or 1st-degree relative/in-law (list not limitative); part-timers pro rata.
export const GROUPS_CAO45 = 'https://www.groups.be/fr/legislation-sociale/documentation-sectorielle/commissions-paritaires/30600000000/14/conge-pour';
export const BOSA_CONGE_AIDANT = 'https://bosa.belgium.be/fr/themes/travailler-dans-la-fonction-publique/temps-de-travail-conges-et-absences/famille/conge-0';
export const PLUS_DWINGEND = 'https://plusmagazine.levif.be/droit-et-argent/5-jours-de-conge-pour-aider-un-proche/article-normal-1592775.html';

// Vlaams zorgkrediet
export const WERK_ZK_WHO = 'https://www.werk.be/online-diensten/vlaams-zorgkrediet/voor-wie';
// "Uw werkgever mag uw aanvraag niet weigeren" (except functions the work rules name).
export const VL_ZK_WHO = 'https://www.vlaanderen.be/vlaams-zorgkrediet/wie-komt-in-aanmerking-voor-vlaams-zorgkrediet';
export const WERK_ZK_MOTIVES = 'https://www.werk.be/online-diensten/vlaams-zorgkrediet/motieven';
export const VL_ZK_DURATION = 'https://www.vlaanderen.be/vlaams-zorgkrediet/duur-en-opname-in-maanden';
export const VL_ZK_AMOUNTS =
  'https://www.vlaanderen.be/werken/verlof-en-tijdelijk-minder-werken/vlaams-zorgkrediet/uitkering-vlaams-zorgkrediet-en-combinatie-met-andere-inkomsten';
export const OVERHEID_ZK = 'https://overheid.vlaanderen.be/zorgkrediet';
export const ZK_METADATA = 'https://www.vlaanderen.be/statistiek-vlaanderen/arbeid/vlaams-zorgkrediet/metadata-vlaams-zorgkrediet';
export const EDULEX_ZK = 'https://data-onderwijs.vlaanderen.be/edulex/document.aspx?docid=14977';

// Self-employed caregiver allowance
export const DROITSQ_SELF = 'https://www.droitsquotidiens.be/fr/question/je-suis-independant-et-aidant-proche-ai-je-droit-une-aide';
export const RSVZ_FAQ = 'https://www.rsvz-inasti.fgov.be/nl/faq/zorgen-voor-een-familielid-heb-ik-recht-op-een-uitkering-mantelzorg-en-hoe-vraag-ik-ze-aan';
export const CM_SELF = 'https://www.cm.be/wat-te-doen/thuiszorg/vlot-verloop/loopbaanonderbreking/zelfstandigen';
export const SECUREX_SELF_2020 = 'https://www.securex.eu/be/lex-go.nsf/vwNewsRSSZf_nl/DA32E12E7A34EBA1C125852A005301D0?OpenDocument';
export const SECUREX_SELF_2024 = 'https://www.securex.be/nl/lex4you/zelfstandige/rechten-plichten/hoofdberoep/rechten/uw-gezin/mantelzorg';
export const SECUREX_SELF_2021 = 'https://www.securex.eu/lex-go.nsf/vwReferencesByCategory_nl/E76B5E6608A9F08BC12577740045BE2D?OpenDocument';
export const LIANTIS_SELF_HALF = 'https://www.liantis.be/nl/zelfstandig-worden/sociale-bijdragen/rechten/mantelzorg';
export const LECHO_SELF_HALF = 'https://lecho.be/monargent/travail/independant/que-permet-le-statut-d-aidant-proche-pour-les-independants/10288591.html';
export const MULTIPEN_SELF_2019 = 'https://www.multipen.be/rechten-en-plichten/uw-rechten/recht-op-mantelzorg/';
export const UCM_SELF_FAQ =
  'https://www.ucm.be/faq/mes-droits/ai-je-droit-un-aide-si-je-dois-interrompre-mon-activite-pour-moccuper-dun-proche-malade-en-fin-de-vie-ou-en-situation-de-handicap';
export const UNIZO_SELF_2022 =
  'https://www.unizo.be/advies/zelfstandig-en-mantelzorger-welke-ondersteuning-krijg-je-als-je-zorgt-voor-zieke-familieleden';

// Flemish incentive premium
export const VL_AP_AMOUNTS_PRIVATE =
  'https://www.vlaanderen.be/aanmoedigingspremie-zorgkrediet-privesector/aanmoedigingspremie-zorgkrediet-bedrag-en-uitbetaling-privesector';
export const VL_AP_DURATION_PRIVATE =
  'https://www.vlaanderen.be/aanmoedigingspremie-zorgkrediet-privesector/aanmoedigingspremie-zorgkrediet-duur-stopzetting-en-wijzigingen-privesector';
export const VL_AP_CONDITIONS_PRIVATE = 'https://www.vlaanderen.be/nl/werk/loopbaan/voorwaarden-voor-de-aanmoedigingspremie-de-privesector';
export const VL_AP_CONDITIONS_SOCIAL = 'https://www.vlaanderen.be/nl/werk/loopbaan/voorwaarden-voor-de-aanmoedigingspremie-de-socialprofitsector';
export const VL_AP_WHICH = 'https://www.vlaanderen.be/aanmoedigingspremies/welke-aanmoedigingspremie-past-bij-uw-situatie';
export const VL_AP_MANTELZORG = 'https://www.vlaanderen.be/departement-werk-sociale-economie/nieuwsberichten/aanmoedigingspremie-voor-mantelzorgers';
export const VERSO_AP = 'https://verso-net.be/content/aanmoedigingspremies';
export const CREVITS_AP_TENTH = 'https://www.hildecrevits.be/vanaf_september_aanmoedigingspremie_voor_wie_1_10de_ouderschapsverlof_opneemt';
export const VL_AP_PUBLIC_END = 'https://www.vlaanderen.be/nl/werk/loopbaan/aanmoedigingspremie-voor-tijdskrediet';

// Where users check their own balance: Break@Work (social security portal)
export const BREAK_AT_WORK = 'https://www.socialsecurity.be/citizen/nl/static/applics/breakatwork/index.htm';
