/**
 * Associations and routing services for <mz-association-finder>.
 *
 * Built from a draft list of the associations, keeping only what a cited source confirms
 * (the draft mixed in "seed" phone numbers, guessed pillars and guessed websites). Where a fact was
 * not confirmed it is left out and `unverified` says which kind, so the card never shows a guess.
 * Descriptions are our own words (B1). `lastChecked` is the date the record's texts were last
 * compared with its sources; `contact` says, per contact line, which source it comes from and when
 * that was compared. The card shows both next to the source's own date, so it never claims more
 * freshness than the source has (docs/content/finder.md#recognised-associations).
 */
import type { HelplineLang, Localized } from '../help/helplines.js';
import type { HealthFund, Region, ServiceTag, TargetTag } from './vocabulary.js';
import { SOCIALE_KAART_URL, ZG_LIST } from './links.js';

export { SOCIALE_KAART_URL, ZG_LIST };

export const FINDER_DATA_VERSION = '2026-12-03';
/** When the records' texts were compared with their sources. */
const CHECKED = '2026-11-23';
/** When the contact lines were compared with the presentation and the associations' own pages. */
const CONTACTS_CHECKED = '2026-12-03';

/** A document without a web address (a presentation, a leaflet): cited by title, publisher and date. */
export interface CitedDocument {
  readonly title: string;
  readonly publisher: string;
  /** The date the document states; `null` when it states none (never a guess). */
  readonly date: string | null;
  readonly lang: 'nl' | 'fr' | 'en' | 'de';
}

/** Where a contact line comes from: a URL of the finder's source catalogue, or a document without one. */
export type ContactSource = string | CitedDocument;

/**
 * The caregiver field's own presentation that lists the associations' phone numbers, e-mail
 * addresses and websites for caregivers to use. It states no date (its content points to
 * 2022-2023: docs/content/finder.md), so it is shown as undated. An association's own page wins
 * where one confirms or contradicts a line.
 */
export const FIELD_PRESENTATION: CitedDocument = {
  title: 'Mantelzorg (presentatie eerstelijnszone regio Aalst)',
  publisher: 'Vlaams Expertisepunt Mantelzorg',
  date: null,
  lang: 'nl',
};

/** Per contact line, its source; `checked` is when the lines were compared with those sources. */
export interface ContactSources {
  phone?: ContactSource;
  email?: ContactSource;
  website?: ContactSource;
  checked: string;
}

const ZG_RECOGNITION = 'https://zorg-en-gezondheid.be/een-erkenning-aanvragen-voor-een-vereniging-van-gebruikers-en-mantelzorgers';
const VL_ASSOCIATIONS = 'https://www.vlaanderen.be/gezondheid-en-welzijn/gezondheid/vereniging-van-gebruikers-en-mantelzorgers';

export type RecordCaveat =
  /** a pillar/affiliation is only inferred (e-mail domain, phone exchange): not shown */
  | 'affiliationUnverified'
  /** no source names a phone number or e-mail address: none shown */
  | 'contactUnverified'
  /** only the tasks every recognised association shares are confirmed */
  | 'servicesUnverified'
  /** no stored source names the website (a seed or a guess): not shown */
  | 'websiteUnverified';

export type RecordId =
  | 'lieverThuisLm'
  | 'coponcho'
  | 'okraZorgrecht'
  | 'mantelzorgnetwerk'
  | 'samana'
  | 'steunpuntMantelzorg'
  | 'zojong'
  | 'magenta'
  | 'aidantsProches'
  | 'jeunesAidantsProches'
  | 'healthFundRecognition'
  | 'healthFundSocialService'
  | 'caw'
  | 'jac'
  | 'gp'
  | 'dementiaExpertise'
  | 'sittingService'
  | 'dayCare'
  | 'palliativeDayCentre'
  | 'shortStay'
  | 'localServiceCentre'
  | 'mantelzorghub'
  | 'woonzorglijn'
  | 'vem'
  | 'socialeKaart'
  | 'rechtenverkenner'
  | 'kenniscentrumWwz';

export interface FinderRecord {
  id: RecordId;
  /** 'association': a caregivers' association you can join; 'service': a place to turn to. */
  kind: 'association' | 'service';
  /** Names in the languages in which they exist; other languages fall back to nl. */
  name: Localized;
  /** True only for the six associations recognised by Zorg en Gezondheid. */
  recognised: boolean;
  /** In plain words (Dutch), and only where a source confirms it. fr/en/de: ./texts/<lang>.ts. */
  affiliation?: string;
  /** Our own words (Dutch, B1). fr/en/de: ./texts/<lang>.ts, loaded only for readers of that language. */
  description: string;
  targets: TargetTag[];
  services: ServiceTag[];
  phone?: string;
  email?: string;
  website?: string;
  regions: Region[];
  /** Languages in which the organisation works with the public. */
  languages: HelplineLang[];
  /** Membership (or the service) is free, per a source. */
  free?: boolean;
  /** Health funds this association belongs to; `autoMember` when members are members automatically. */
  healthFund?: { funds: HealthFund[]; autoMember: boolean };
  /** Shown to every profile (general routes such as recognition and the social map). */
  general?: boolean;
  /** Shown as a same-language alternative to readers of these languages. */
  alternativeFor?: HelplineLang[];
  /** Where each contact line comes from: required for a phone number or e-mail address (data test). */
  contact?: ContactSources;
  unverified: RecordCaveat[];
  sources: string[];
  lastChecked: string;
}

/**
 * The tasks all six share (so the same tags, which keeps them tied): information and a member
 * magazine, training, peer contact, advocacy (Zorg en Gezondheid), and advice on the caregiver's
 * rights and duties (dezilverensleutel.be on the recognised associations: ASSOCIATION_RIGHTS).
 */
const SHARED_TASKS: ServiceTag[] = ['info', 'magazine', 'training', 'peers', 'advocacy', 'rights'];
const ASSOCIATION_RIGHTS = 'https://www.dezilverensleutel.be/index.php?id=62';

export const RECORDS: readonly FinderRecord[] = [
  // ——— The six recognised associations (alphabetical here; order is decided by the rules) ———
  {
    id: 'coponcho',
    kind: 'association',
    name: { nl: 'Coponcho' },
    recognised: true,
    affiliation: 'Hoort bij de socialistische mutualiteit (Solidaris).',
    description: 'Vereniging voor mantelzorgers. Je krijgt gratis een nieuwsbrief, vier keer per jaar, met tips en uitleg over geld. Ook wie zorgt voor iemand met psychische problemen of een verslaving, is mantelzorger.',
    // The source names illness, disability, mental problems and addiction in its general definition
    // of a caregiver, not as Coponcho's own target groups: no extra target tags (they would rank it
    // above the other five without a source).
    targets: ['allCaregivers'],
    services: [...SHARED_TASKS],
    // The field's presentation gives all three; no newer own page of Coponcho is known. Its own site,
    // not the regional Solidaris page (which also calls caregiver leave "verlof voor medische hulp").
    phone: '02 515 02 63',
    email: 'info@coponcho.be',
    website: 'https://www.coponcho.be',
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    free: true,
    healthFund: { funds: ['solidaris'], autoMember: false },
    contact: { phone: FIELD_PRESENTATION, email: FIELD_PRESENTATION, website: FIELD_PRESENTATION, checked: CONTACTS_CHECKED },
    unverified: [],
    sources: ['https://www.fsmb.be/nl/mantelzorg', ZG_LIST, VL_ASSOCIATIONS, ASSOCIATION_RIGHTS],
    lastChecked: CHECKED,
  },
  {
    id: 'lieverThuisLm',
    kind: 'association',
    name: { nl: 'Liever Thuis LM' },
    recognised: true,
    affiliation: 'Hoort bij de Liberale Mutualiteit (LM).',
    description: 'Vereniging voor mantelzorgers. Geeft informatie en vorming en organiseert activiteiten, bijvoorbeeld over dementie.',
    // Dementia is one activity theme (an escape game in 2023), not a stated target group: no
    // 'dementia' tag, which would rank it above the other five for dementia carers.
    targets: ['allCaregivers'],
    services: [...SHARED_TASKS],
    phone: '02 542 87 09',
    email: 'lieverthuis@lm.be',
    website: 'https://lieverthuislm.be',
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    free: true,
    healthFund: { funds: ['lm'], autoMember: false },
    // Its own page wins over the presentation (both give the same phone and e-mail).
    contact: { phone: 'http://lieverthuislm.be/', email: 'http://lieverthuislm.be/', website: 'http://lieverthuislm.be/', checked: CONTACTS_CHECKED },
    unverified: [],
    sources: ['http://lieverthuislm.be/', ZG_LIST, VL_ASSOCIATIONS, ASSOCIATION_RIGHTS],
    lastChecked: CHECKED,
  },
  {
    id: 'mantelzorgnetwerk',
    kind: 'association',
    name: { nl: 'Mantelzorgnetwerk' },
    recognised: true,
    // Ferm / Samenferm is only inferred from an e-mail domain: not shown.
    description: 'Erkende vereniging voor mantelzorgers. Zoals elke erkende vereniging geeft ze informatie en vorming, en brengt ze mantelzorgers samen.',
    targets: ['allCaregivers'],
    services: [...SHARED_TASKS],
    // From the field's presentation; no page of the association itself is known.
    phone: '016 24 49 49',
    email: 'mantelzorgnetwerk@samenferm.be',
    website: 'https://www.mantelzorgnetwerk.com',
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    free: true,
    contact: { phone: FIELD_PRESENTATION, email: FIELD_PRESENTATION, website: FIELD_PRESENTATION, checked: CONTACTS_CHECKED },
    unverified: ['affiliationUnverified', 'servicesUnverified'],
    sources: [ZG_LIST, VL_ASSOCIATIONS, 'https://www.mantelzorgers.be/nl/over-ons', ASSOCIATION_RIGHTS],
    lastChecked: CHECKED,
  },
  {
    id: 'okraZorgrecht',
    kind: 'association',
    name: { nl: 'OKRA-ZORGRECHT' },
    recognised: true,
    affiliation: 'Dienst van ouderenvereniging OKRA. Werkt nauw samen met CM.',
    description: 'Voor wie zorg krijgt en voor mantelzorgers. Je kunt er terecht met vragen en klachten over zorg. Extra aandacht voor bewoners van woonzorgcentra. Ook als je geen lid bent van OKRA.',
    targets: ['allCaregivers', 'older', 'careHomeResidents'],
    services: [...SHARED_TASKS, 'complaint'],
    phone: '02 246 57 72',
    email: 'zorgrecht@okra.be',
    website: 'https://www.okra.be',
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    free: true,
    // Phone and e-mail: the presentation (it names no website); the site: OKRA's own pages.
    contact: { phone: FIELD_PRESENTATION, email: FIELD_PRESENTATION, website: 'https://www.okra.be/zorg-en-gezondheid/klachten', checked: CONTACTS_CHECKED },
    unverified: [],
    sources: [
      'http://regio.okra.be/page?orl=8357&ssn=&lng=1&pge=17988',
      'https://okra.vbro.be/wanneer-je-vragen-of-klachten-hebt-over-je-zorgverlening-okra-zorgrecht/',
      'https://www.okra.be/zorg-en-gezondheid/klachten',
      ZG_LIST,
      ASSOCIATION_RIGHTS,
    ],
    lastChecked: CHECKED,
  },
  {
    id: 'samana',
    kind: 'association',
    name: { nl: 'Samana' },
    recognised: true,
    // "Automatically a member through CM" rests on one local group's page only: not claimed.
    affiliation: 'Hoort bij de Christelijke Mutualiteit (CM).',
    description: 'Vereniging van en voor mensen met een chronische ziekte of een beperking en hun mantelzorgers. Lokale groepen, huisbezoeken, mantelzorgcafés en aangepaste vakanties, ook samen met de mantelzorger.',
    targets: ['allCaregivers', 'chronicIllness', 'disability', 'migrationBackground'],
    services: [...SHARED_TASKS, 'holidays', 'caregiverCafe', 'homeVisits'],
    phone: '02 246 47 94',
    email: 'mantelzorg@samana.be',
    website: 'https://www.samana.be/mantelzorger/',
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    free: true,
    healthFund: { funds: ['cm'], autoMember: false },
    // E-mail and site: Samana's own page (it wins); the phone is only in the presentation.
    contact: { phone: FIELD_PRESENTATION, email: 'https://www.samana.be/mantelzorger/', website: 'https://www.samana.be/mantelzorger/', checked: CONTACTS_CHECKED },
    unverified: [],
    sources: [
      'https://www.samana.be/mantelzorger/',
      'https://www.samana.be/erkenning-mantelzorger/',
      'https://www.femma.be/nl/inspiratie/artikel/samana-waar-mensen-het-opnemen-voor-elkaar',
      'https://ma-zo.be/news/maandthema-reiskriebels/als-mantelzorger-op-vakantie-ontdek-de-mogelijkhed',
      'https://kw.be/nieuws/samenleving/zorg-tielt-en-samana-gaan-unieke-mantelzorgcafes-organiseren-inzetten-op-welbevinden-van-mantelzorgers/',
      'https://www.samana.be/mantelzorg-in-kleur/',
      ZG_LIST,
      ASSOCIATION_RIGHTS,
    ],
    lastChecked: CHECKED,
  },
  {
    id: 'steunpuntMantelzorg',
    kind: 'association',
    name: { nl: 'Steunpunt Mantelzorg' },
    recognised: true,
    // The pillar is only inferred from a phone exchange and a partner name: not shown.
    description: 'Erkende vereniging voor mantelzorgers. Legt rechten en premies uit. Organiseerde ook een activiteit voor jonge mantelzorgers tot 25 jaar.',
    // One event for young caregivers (2023) is not a stated target group: no 'young' tag, which
    // would rank it above the other five for under-25s.
    targets: ['allCaregivers'],
    services: [...SHARED_TASKS],
    phone: '02 515 04 42',
    email: 'info@steunpuntmantelzorg.be',
    website: 'https://steunpuntmantelzorg.be',
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    free: true,
    // Phone and e-mail: the presentation; the site: its own news pages.
    contact: { phone: FIELD_PRESENTATION, email: FIELD_PRESENTATION, website: 'https://steunpuntmantelzorg.be/category/nieuws/', checked: CONTACTS_CHECKED },
    unverified: ['affiliationUnverified'],
    sources: [
      'https://steunpuntmantelzorg.be/category/nieuws/',
      'https://steunpuntmantelzorg.be/2025/09/24/de-zorgpremie-stijgt-in-2026-wat-betekent-dat-voor-jou/',
      'https://www.geel.be/ben-ik-mantelzorger',
      ZG_LIST,
      ASSOCIATION_RIGHTS,
    ],
    lastChecked: CHECKED,
  },

  // ——— Not recognised as an association, shown when they fit ———
  {
    id: 'zojong',
    kind: 'association',
    name: { nl: 'ZoJong!' },
    recognised: false,
    affiliation: 'Onafhankelijke vzw van vrijwilligers.',
    description: 'Online plek voor kinderen en jongeren tot 25 jaar die thuis zorgen voor iemand. Verhalen, tips en andere jongeren ontmoeten. Ook voor scholen.',
    targets: ['young'],
    services: ['info', 'peers', 'onlinePlatform'],
    website: 'https://www.zojong.be',
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    contact: { website: FIELD_PRESENTATION, checked: CONTACTS_CHECKED },
    unverified: [],
    sources: [
      'https://burgersaanzet.be/zojong/',
      'https://www.wedoenerietsaan.be/kailydesmet',
      'https://eurocarers.org/young-carers-week-celebrated-for-the-first-time-in-flanders-wecareforyou/',
    ],
    lastChecked: CHECKED,
  },
  {
    id: 'magenta',
    kind: 'association',
    name: { nl: 'Magenta' },
    recognised: false,
    affiliation: 'Project verbonden aan de KU Leuven.',
    description: 'Voor ouders van een kind met een handicap of een chronische ziekte. Betrouwbare informatie op één plek, en workshops voor ouders.',
    targets: ['childWithNeeds', 'disability', 'chronicIllness'],
    services: ['info', 'training', 'onlinePlatform'],
    // The project pages speak of "the website of Magenta"; the field's presentation names it.
    website: 'https://www.magentaproject.be',
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    contact: { website: FIELD_PRESENTATION, checked: CONTACTS_CHECKED },
    unverified: [],
    sources: [
      'https://leuvenleert.bpart.be/leuven_leert/p/theme/1230/posts/236606',
      'https://www.trefpuntstan.be/nieuws/magenta-organiseert-managementworkshops-voor-ouders-van-een-zorgenkind',
      'https://coface-eu.org/magenta-organises-international-study-seminar-making-a-difference-for-families-together',
    ],
    lastChecked: CHECKED,
  },
  {
    id: 'aidantsProches',
    kind: 'association',
    name: { fr: 'Aidants Proches', nl: 'Aidants Proches' },
    recognised: false,
    affiliation: 'Franstalige vzw’s in Wallonië en Brussel, opgestart door de Koning Boudewijnstichting.',
    description: 'Franstalige organisatie voor mantelzorgers. Luistert en geeft advies per telefoon en online, en organiseert de Semaine des Aidants Proches.',
    targets: ['allCaregivers'],
    services: ['info', 'talk', 'training', 'advocacy'],
    website: 'https://www.aidants-proches.be',
    regions: ['wallonia', 'brussels'],
    languages: ['fr'],
    alternativeFor: ['fr'],
    unverified: [],
    sources: [
      'https://parismatch.be/actualites/sante/514562/la-reconnaissance-et-le-soutien-des-aidants-proches',
      'https://carict.eu/servicedetail.php?id=77&qstring=dGFzaz1wcm9qZWN0cyZkYj0yJm9yZGVyPW5hbWUmZGlyPUFTQyZrZXl3b3JkPWluZGVwZW5kZW50K2xpdmluZw==',
      'http://fr.medipedia.be/alzheimer/testimonial_soutien-aidants-proches_73',
      'http://www.x-fragile.be/espace-entourage/aidants-proches',
      'https://bx1.be/categories/news/une-centaine-dactivites-pour-la-12e-semaine-des-aidants-proches/',
      'https://wallonie.aidants-proches.be/21-juin-journee-nationale-des-aidants-proches',
    ],
    lastChecked: CHECKED,
  },
  {
    id: 'jeunesAidantsProches',
    kind: 'association',
    name: { fr: 'Jeunes & Aidants Proches', nl: 'Jeunes & Aidants Proches' },
    recognised: false,
    description: 'Franstalige vereniging voor jonge mantelzorgers tot 25 jaar, in Brussel en Wallonië.',
    targets: ['young'],
    services: ['info', 'peers'],
    regions: ['wallonia', 'brussels'],
    languages: ['fr'],
    alternativeFor: ['fr'],
    // No source names its website or phone.
    unverified: ['contactUnverified'],
    sources: [
      'https://partenamut.be/fr/blog-sante-et-bien-etre/aidants-proches/jeunes-ap/jeunes-aidants-proches',
      'https://bx1.be/categories/news/14-des-jeunes-a-bruxelles-se-reconnaissent-comme-aidants-proches',
      'https://www.rtbf.be/info/regions/detail_a-laeken-une-premiere-maison-pour-les-jeunes-aidants-proches-nombreux-et-pourtant-invisibles?id=10029091',
    ],
    lastChecked: CHECKED,
  },

  // ——— Routing services ———
  {
    id: 'healthFundRecognition',
    kind: 'service',
    name: {
      nl: 'Erkenning als mantelzorger bij je ziekenfonds',
      fr: 'Reconnaissance comme aidant proche auprès de votre mutualité',
      en: 'Recognition as an informal carer at your health fund',
      de: 'Anerkennung als nahestehende Hilfsperson bei Ihrer Krankenkasse',
    },
    recognised: false,
    description: 'Vraag de erkenning aan bij je eigen ziekenfonds. Met de erkenning met sociale rechten kun je verlof voor mantelzorg nemen. Leeftijd speelt geen rol.',
    targets: ['allCaregivers', 'young'],
    services: ['recognition', 'rights'],
    regions: ['flanders', 'brussels', 'wallonia'],
    languages: ['nl', 'fr', 'de'],
    general: true,
    unverified: [],
    sources: [
      'http://www.ejustice.just.fgov.be/eli/besluit/2020/06/16/2020202727/justel',
      'https://www.samana.be/erkenning-mantelzorger/',
      'https://www.vlaamse-ouderenraad.be/actualiteit/welzijn-zorg/vraag-je-mantelzorgerkenning-en-mantelzorgverlof-nu-aan',
      'https://delorkgavere.be/erkenningsattest-mantelzorg/',
      'https://www.mc.be/que-faire-en-cas-de/perte-autonomie/reconnaissance',
      'https://ckk-mc.be/meine-situation/pflegende-angehoerige/anerkennung',
    ],
    lastChecked: CHECKED,
  },
  {
    id: 'healthFundSocialService',
    kind: 'service',
    name: {
      nl: 'Dienst maatschappelijk werk van je ziekenfonds',
      fr: 'Service social de votre mutualité',
      en: 'Social work service of your health fund',
      de: 'Sozialdienst Ihrer Krankenkasse',
    },
    recognised: false,
    // Sources: support and information (Kenniscentrum WWZ), sitting services via the health fund
    // (mantelzorgers.be). "Applying for premiums" was not in a source: left out, and no 'rights' tag.
    description: 'Een maatschappelijk werker van je ziekenfonds geeft steun en informatie. Hij of zij helpt je ook om zorg thuis te regelen, zoals een oppas.',
    targets: ['allCaregivers'],
    services: ['info', 'respite', 'coordination'],
    regions: ['flanders', 'brussels', 'wallonia'],
    languages: ['nl', 'fr', 'de'],
    unverified: [],
    sources: ['https://www.kenniscentrumwwz.be/mantelzorg', 'https://www.mantelzorgers.be/nl/oppas', 'https://refli.be/fr/lex/2019014454', 'https://ckk-mc.be/meine-situation/pflegende-angehoerige/anerkennung'],
    lastChecked: CHECKED,
  },
  {
    id: 'caw',
    kind: 'service',
    name: { nl: 'CAW (Centrum Algemeen Welzijnswerk)' },
    recognised: false,
    description: 'Gratis en vertrouwelijke hulp bij elke vraag: relaties, geld, papieren, wonen. Vaak kun je zonder afspraak binnenlopen.',
    targets: ['allCaregivers'],
    services: ['info', 'rights', 'talk', 'coordination'],
    website: 'https://www.caw.be',
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    free: true,
    unverified: [],
    sources: [
      'https://weliswaar.be/als-jij-geen-oplossing-meer-ziet-het-caw-er',
      'https://departementwvg.be/welzijn-en-samenleving/welzijnswerk/centra-algemeen-welzijnswerk%20',
      'https://www.hbvl.be/cnt/blcne_04900826/caw-verhoogt-bereikbaarheid',
    ],
    lastChecked: CHECKED,
  },
  {
    id: 'jac',
    kind: 'service',
    name: { nl: 'JAC (jongeren bij het CAW)' },
    recognised: false,
    description: 'Gratis en anonieme hulp voor jongeren van 12 tot 25 jaar. Langskomen, bellen, mailen of chatten.',
    targets: ['young'],
    services: ['info', 'talk'],
    website: 'https://www.caw.be',
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    free: true,
    unverified: [],
    sources: [
      'http://nl.wikipedia.org/wiki/Jongeren_Advies_Centrum_%28Belgi%C3%AB%29',
      'https://www.knack.be/nieuws/belgie/coronablog-amerikaanse-autoriteiten-keuren-zelftest-goed/live-normal-1575193.html',
    ],
    lastChecked: CHECKED,
  },
  {
    id: 'gp',
    kind: 'service',
    name: { nl: 'Je huisarts', fr: 'Votre médecin généraliste', en: 'Your GP', de: 'Ihr Hausarzt' },
    recognised: false,
    description: 'Praat met je huisarts over hoe zwaar de zorg is en over je eigen gezondheid.',
    targets: ['allCaregivers', 'palliative'],
    services: ['talk'],
    regions: ['flanders', 'brussels', 'wallonia'],
    languages: ['nl', 'fr', 'de', 'en'],
    unverified: [],
    sources: ['http://mantelzorgwesterveld.nl/ws/h/312/0/13674/Overig/Test-overbelasting-mantelzorgers', 'https://refli.be/fr/lex/2019014454'],
    lastChecked: CHECKED,
  },
  {
    id: 'dementiaExpertise',
    kind: 'service',
    name: { nl: 'Expertisecentra Dementie' },
    recognised: false,
    description: 'Negen regionale centra geven advies en vorming, en organiseren praatcafés over dementie. Adressen op dementie.be.',
    targets: ['dementia'],
    services: ['info', 'training', 'peers', 'caregiverCafe'],
    website: 'https://www.dementie.be',
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    unverified: [],
    sources: [
      'https://www.vlaanderen.be/gezondheid-en-welzijn/gezondheid/ziekteverzekering-en-medische-kosten/dementie',
      'https://5dok.net/document/yr30v0mv-jaarverslag.html',
      'https://dewarmsteweek.be/goede-doelen/expertisecentrum-dementie-vlaanderen',
    ],
    lastChecked: CHECKED,
  },
  {
    id: 'sittingService',
    kind: 'service',
    name: { nl: 'Oppasdienst', fr: 'Garde à domicile', en: 'Home sitting service' },
    recognised: false,
    description: 'Een oppas, vaak een vrijwilliger, blijft bij de persoon zodat jij even weg kunt. Soms ook ’s nachts. Vraag het aan je ziekenfonds.',
    targets: ['older', 'dementia', 'chronicIllness', 'palliative', 'disability', 'childWithNeeds'],
    services: ['respite', 'respiteSitting'],
    website: 'https://www.mantelzorgers.be/nl/oppas',
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    unverified: [],
    sources: ['https://www.mantelzorgers.be/nl/oppas', 'https://lievegem.be/thuiszorg-oppasdienst', 'https://www.mc.be/en-marche/societe/seniors/garde-domicile-entre-securite-et-soutien'],
    lastChecked: CHECKED,
  },
  {
    id: 'dayCare',
    kind: 'service',
    name: { nl: 'Dagverzorgingscentrum', fr: 'Centre de soins de jour', en: 'Day care centre', de: 'Tagespflege' },
    recognised: false,
    description: 'Overdag opvang, verzorging en activiteiten, vooral voor 65-plussers. Zo kun jij op adem komen. Zoek er een op De Sociale Kaart.',
    targets: ['older', 'dementia', 'chronicIllness'],
    services: ['respite', 'respiteDayCare'],
    website: SOCIALE_KAART_URL,
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    unverified: [],
    sources: ['https://www.vvsg.be/kennisitem/vvsg/dagverzorgingscentra', 'https://www.ccc-ggc.brussels/nl/bijstand-aan-personen/centra-voor-dagopvang-van-ouderen'],
    lastChecked: CHECKED,
  },
  {
    id: 'palliativeDayCentre',
    kind: 'service',
    name: { nl: 'Dagcentrum voor palliatieve zorg', en: 'Palliative day centre' },
    recognised: false,
    description: 'Ondersteunend dagcentrum voor mensen in de palliatieve fase. De mantelzorger krijgt zo wat ruimte.',
    targets: ['palliative'],
    services: ['respite'],
    website: SOCIALE_KAART_URL,
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    unverified: [],
    sources: ['https://leif.be/vragen-antwoorden/palliatieve-zorg/dagcentrum/'],
    lastChecked: CHECKED,
  },
  {
    id: 'shortStay',
    kind: 'service',
    name: { nl: 'Kortverblijf', fr: 'Court séjour', en: 'Short stay', de: 'Kurzzeitpflege' },
    recognised: false,
    description: 'Een tijdelijk verblijf in een woonzorgcentrum, dag en nacht of alleen ’s nachts. Bijvoorbeeld als jij op vakantie gaat of ziek bent.',
    targets: ['older', 'dementia'],
    services: ['respite', 'respiteShortStay'],
    website: SOCIALE_KAART_URL,
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    unverified: [],
    sources: ['https://www.hechtel-eksel.be/centrum-voor-kortverblijf-2', 'https://www.departementwvg.be/vipa-woonzorg'],
    lastChecked: CHECKED,
  },
  {
    id: 'localServiceCentre',
    kind: 'service',
    name: { nl: 'Lokaal dienstencentrum', fr: 'Centre de services local', en: 'Local service centre' },
    recognised: false,
    description: 'Ontmoetingsplek in de buurt voor ouderen en mantelzorgers. Info, maaltijden, activiteiten en soms een mantelzorgcafé. Open voor iedereen.',
    targets: ['older', 'allCaregivers'],
    services: ['info', 'peers', 'caregiverCafe', 'coordination'],
    website: SOCIALE_KAART_URL,
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    unverified: [],
    sources: ['https://www.vvsg.be/kennisitem/vvsg/lokale-dienstencentra', 'https://nl.wikipedia.org/wiki/Lokaal_dienstencentrum', 'https://www.ringtv.be/nieuws/eerste-mantelzorgcaf%C3%A9-vilvoorde'],
    lastChecked: CHECKED,
  },
  {
    id: 'mantelzorghub',
    kind: 'service',
    name: { nl: 'De MantelzorgHub' },
    recognised: false,
    description: 'Overzicht van mantelzorgcafés in Vlaanderen, met vorming en een online platform. Ontmoet andere mantelzorgers.',
    targets: ['allCaregivers'],
    services: ['peers', 'caregiverCafe', 'training', 'onlinePlatform'],
    website: 'https://www.mantelzorghub.be',
    regions: ['flanders'],
    languages: ['nl'],
    unverified: [],
    sources: [
      'https://www.mantelzorghub.be/over-het-project',
      'https://www.hln.be/regio/koksijde/mantelzorgcafes-vind-je-voortaan-allemaal-op-een-website~a6f4e9bd/',
    ],
    lastChecked: CHECKED,
  },
  {
    id: 'woonzorglijn',
    kind: 'service',
    name: { nl: 'Woonzorglijn' },
    recognised: false,
    description: 'Vragen of klachten over een woonzorgcentrum, kortverblijf, dagverzorging of assistentiewoning. Voor bewoners, familie en personeel. Elke werkdag van 9 tot 12 uur.',
    targets: ['older', 'careHomeResidents'],
    services: ['complaint', 'info'],
    phone: '02 553 75 00',
    email: 'woonzorglijn@vlaanderen.be',
    website: 'http://www.woonzorglijn.be/',
    regions: ['flanders'],
    languages: ['nl'],
    contact: { phone: 'https://www.okra.be/zorg-en-gezondheid/klachten', email: 'https://www.okra.be/zorg-en-gezondheid/klachten', checked: CHECKED },
    unverified: [],
    sources: ['https://www.okra.be/zorg-en-gezondheid/klachten', 'https://onshartkloptvooru.be/klachten-en-de-woonzorglijn/'],
    lastChecked: CHECKED,
  },
  {
    id: 'vem',
    kind: 'service',
    name: { nl: 'Vlaams Expertisepunt Mantelzorg (mantelzorgers.be)' },
    recognised: false,
    description: 'Website met betrouwbare uitleg over mantelzorg in Vlaanderen: rechten, premies, oppas, werk en zorg.',
    targets: ['allCaregivers', 'young'],
    services: ['info', 'rights', 'directory'],
    website: 'https://www.mantelzorgers.be',
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    general: true,
    unverified: [],
    sources: ['https://www.mantelzorgers.be/nl/over-ons', 'https://zorgsaam.be/Actualiteit/Website-Vlaams-Expertisepunt-Mantelzorg-online'],
    lastChecked: CHECKED,
  },
  {
    id: 'socialeKaart',
    kind: 'service',
    name: { nl: 'De Sociale Kaart' },
    recognised: false,
    description: 'Officiële lijst van alle zorg- en welzijnsdiensten in Vlaanderen en Brussel. Zoek hier oppas, dagopvang of kortverblijf bij jou in de buurt.',
    targets: ['allCaregivers'],
    services: ['directory', 'respite'],
    website: SOCIALE_KAART_URL,
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    general: true,
    unverified: [],
    sources: [
      'https://www.desocialekaart.be/inhoud-sociale-kaart',
      'https://www.weliswaar.be/welzijn-zorg/sociale-kaart-informeert-over-zorgaanbod-vlaanderen-en-brussel',
      'https://departementwvg.be/veelgestelde-vragen-over-de-werking-van-de-rechtenverkenner',
    ],
    lastChecked: CHECKED,
  },
  {
    id: 'rechtenverkenner',
    kind: 'service',
    name: { nl: 'Rechtenverkenner' },
    recognised: false,
    description: 'Vul je postcode in en zie op welke premies en tegemoetkomingen je recht kunt hebben, ook een mantelzorgpremie van je gemeente.',
    targets: ['allCaregivers'],
    services: ['rights', 'directory'],
    website: 'https://www.rechtenverkenner.be',
    regions: ['flanders', 'brussels'],
    languages: ['nl'],
    unverified: [],
    sources: ['https://www.seltom.be/lokalesamenwerking/mantelzorgtoelage/', 'https://departementwvg.be/veelgestelde-vragen-over-de-werking-van-de-rechtenverkenner'],
    lastChecked: CHECKED,
  },
  {
    id: 'kenniscentrumWwz',
    kind: 'service',
    name: { nl: 'Mantelzorg Brussel (Kenniscentrum WWZ)' },
    recognised: false,
    description: 'Brussels kenniscentrum dat mantelzorgers en organisaties in Brussel met elkaar verbindt.',
    targets: ['allCaregivers'],
    services: ['info', 'coordination'],
    // The page gives 02 211 02 40 as one named staff member's direct line, not the service's number:
    // not shown (it would ring one person's desk, and change when she does). The page lists contacts.
    website: 'https://www.kenniscentrumwwz.be/mantelzorg',
    regions: ['brussels'],
    languages: ['nl'],
    // The general caregiver route in Brussels; only shown when the partner sets region="brussels".
    general: true,
    unverified: [],
    sources: ['https://www.kenniscentrumwwz.be/mantelzorg'],
    lastChecked: CHECKED,
  },
];

export const RECORDS_BY_ID: Readonly<Record<RecordId, FinderRecord>> = Object.fromEntries(RECORDS.map((r) => [r.id, r])) as Record<
  RecordId,
  FinderRecord
>;

/** Sources that back the claims shared by all six (free, closed list of six, you may join several). */
export const SHARED_SOURCES = [ZG_LIST, ZG_RECOGNITION, VL_ASSOCIATIONS];
