/**
 * The one table of Belgian urgent-help and listening lines, for every Mantelkit widget.
 *
 * Owned by the project (not by one widget): a change here reaches the finder, the overload check
 * and the recognition quiz at once. Which line a reader sees is decided in ./routes.ts; `tel:`
 * links are derived from `number` by `telUri()` in src/rules/help (no stored `tel:` string).
 * Ids are stable names, not numbers, so a new number is a one-field edit.
 *
 * Facts were read from the public pages listed in each record's `sources`
 * (news reports and the services' own sites), not from live sites; `lastChecked` dates that check.
 *
 * Rules we keep (why):
 * - No opening hours for lines whose hours change (Awel, chats): the sources say "link, don't
 *   hard-code". `availability` (and its text `hours`) is only set where a source says the phone
 *   line is open day and night, or on working days only (1712: then `note` says so everywhere).
 * - A website is only listed when a source names that domain; otherwise it is left out and
 *   `unverified` says so, so no one ships a guessed URL.
 * - `languages` is the language the line answers in. There is no English-language Belgian line, so
 *   English readers are routed to the Dutch and French lines (see ./routes.ts).
 */

export type HelplineLang = 'nl' | 'fr' | 'de' | 'en';

export type HelplineId =
  | 'emergency'
  | 'police'
  | 'suicideLine'
  | 'preventionSuicide'
  | 'teleOnthaal'
  | 'teleAccueil'
  | 'telefonhilfe'
  | 'awel'
  | 'ecouteEnfants'
  | 'violenceLine'
  | 'doctorOnCall'
  | 'alzheimerLiga';




/** Controlled vocabulary: what a caller can turn to the line for. */
export type HelplineTopic = 'danger' | 'suicide' | 'talk' | 'violence' | 'doctorOnCall' | 'dementia';
export const HELPLINE_TOPICS: readonly HelplineTopic[] = ['danger', 'suicide', 'talk', 'violence', 'doctorOnCall', 'dementia'];

/** What the sources did NOT confirm for a line. Shown to maintainers, and the UI can hedge. */
export type HelplineCaveat =
  /** the source does not name the website domain, so we do not link one */
  | 'websiteUnverified'
  /** the official name of the line is not in a source (only the number and its purpose are) */
  | 'nameUnverified'
  /** the line is not available everywhere yet (regional rollout) or coverage is unconfirmed */
  | 'coverageVaries'
  /** hours change or the only source is old: link to the service instead of quoting hours */
  | 'hoursUnverified'
  /** no line in this language exists per the sources; this line is the documented route */
  | 'substituteForGap';

export type Localized = { nl: string; fr?: string; en?: string; de?: string };
export type FullyLocalized = { nl: string; fr: string; en: string; de: string };

export interface Helpline {
  id: HelplineId;
  /** Proper name(s): `nl`, plus a language only where the service uses another name in it (the others fall back to `nl`). */
  name: Localized;
  /**
   * The language `name.nl` is in (the service's own name): templates mark it with `lang` where the
   * reader's language has no name of its own, so "Écoute-Enfants" is read in French in a Dutch
   * widget. Unset for names that are only a number (112, 101, 1733).
   */
  nameLang?: HelplineLang;
  /** What the line is, in plain words (our own wording), in every UI language. */
  description: FullyLocalized;
  /** As dialled, with the usual Belgian grouping. */
  number: string;
  /** Languages in which the line answers. */
  languages: HelplineLang[];
  /** 'young' = children and young people only; 'all' = anyone (incl. young people). */
  audience: 'all' | 'young';
  /** Only where a source says so; phrased per UI language (derived from `availability`). */
  hours?: FullyLocalized;
  /**
   * When the phone line answers, where a source says so: 'dayAndNight', or 'workingDays' (then the
   * line must never be offered as the only help, and `note` says so wherever it is shown).
   */
  availability?: 'dayAndNight' | 'workingDays';
  /**
   * A short caution the shared helpline template (src/components/common/help.ts) shows next to the
   * number in every widget: set for every 'workingDays' and every 'coverageVaries' line
   * (test/rules/help/data.test.ts).
   */
  note?: FullyLocalized;
  free?: boolean;
  anonymous?: boolean;
  website?: string;
  /** Facts the sources did not confirm (see HelplineCaveat). Empty = all shown facts are sourced. */
  unverified: HelplineCaveat[];
  sources: string[];
  /** Date we last compared the record with its sources (stored copies, not the live sites), YYYY-MM-DD. */
  lastChecked: string;
}

const CHECKED = '2026-11-23';

const dayAndNight = {
  hours: { nl: 'Dag en nacht bereikbaar', fr: 'Joignable jour et nuit', en: 'Open day and night', de: 'Tag und Nacht erreichbar' },
  availability: 'dayAndNight',
} as const;

// 1712 answers on working days only and is not an emergency line (1712, "Over 1712"; Focus-WTV).
const onWorkingDays: FullyLocalized = {
  nl: 'Op werkdagen',
  fr: 'Les jours ouvrables',
  en: 'On working days',
  de: 'An Werktagen',
};

export const HELPLINES: Readonly<Record<HelplineId, Helpline>> = {
  emergency: {
    id: 'emergency',
    name: { nl: '112' },
    description: {
      nl: 'Noodnummer voor ziekenwagen en brandweer als iemands leven in gevaar is.',
      fr: 'Numéro d’urgence pour une ambulance ou les pompiers quand une vie est en danger.',
      en: 'Emergency number for an ambulance or the fire service when a life is in danger.',
      de: 'Notruf für Rettungswagen und Feuerwehr, wenn ein Leben in Gefahr ist.',
    },
    number: '112',
    // Dutch, French or German: announced for all of Belgium in 2023 (P-Magazine), started as a pilot
    // language menu in Namur and Limburg in January 2026 (The Bulletin); elsewhere the operator
    // transfers the call. English "in general" per an older page.
    languages: ['nl', 'fr', 'de', 'en'],
    audience: 'all',
    free: true,
    unverified: [],
    sources: [
      'https://www.sos112.be/nl/faq-112.html',
      'https://www.aalter.be/noodoproepen',
      'https://www.diekeure.be/nl-be/professional/nieuws/noodnummers',
      'https://www.1712.be/nl/over-1712',
      'https://p-magazine.com/nl/articles/belgie-voor-dummies-voor-help-druk-1-voor-au-secours-2-voor-hilfe-druk-3',
      'https://1001infos.net/belgique/112-choix-linguistique-a-faire-en-appelant-en-provinces-de-namur-et-de-limbourg',
      'https://thebulletin.be/112-call-centres-offer-language-menu-options-pilot-project',
      'http://www.seniorennet.nl/Pages/Nuttige_telefoonnummers/112.php?grotereletters=3',
    ],
    lastChecked: CHECKED,
  },
  police: {
    id: 'police',
    name: { nl: '101' },
    description: {
      nl: 'Noodnummer van de politie.',
      fr: 'Numéro d’urgence de la police.',
      en: 'Police emergency number.',
      de: 'Notruf der Polizei.',
    },
    number: '101',
    languages: ['nl', 'fr', 'de'],
    audience: 'all',
    free: true,
    unverified: [],
    sources: ['https://www.sos112.be/nl/faq-112.html', 'https://www.aalter.be/noodoproepen', 'https://www.diekeure.be/nl-be/professional/nieuws/noodnummers', 'https://www.1712.be/nl/over-1712'],
    lastChecked: CHECKED,
  },
  suicideLine: {
    id: 'suicideLine',
    name: { nl: 'Zelfmoordlijn 1813' },
    nameLang: 'nl',
    description: {
      nl: 'Gratis hulplijn als je aan zelfdoding denkt, of als je je zorgen maakt om iemand. In het Nederlands.',
      fr: 'Ligne gratuite en néerlandais, pour qui pense au suicide ou s’inquiète pour quelqu’un.',
      en: 'Free line, in Dutch, if you think about suicide or worry about someone.',
      de: 'Kostenlose Hilfe auf Niederländisch bei Suizidgedanken oder Sorge um einen anderen Menschen.',
    },
    number: '1813',
    languages: ['nl'],
    audience: 'all',
    ...dayAndNight,
    free: true,
    website: 'https://www.zelfmoord1813.be',
    unverified: [],
    sources: [
      'https://nieuws.vtm.be/binnenland/67758-nieuw-nummer-zelfmoordlijn1813',
      'https://www.hbvl.be/cnt/dmf20211130_93272468',
      'https://www.nieuwsblad.be/cnt/dmf20190909_04598208',
    ],
    lastChecked: CHECKED,
  },
  preventionSuicide: {
    id: 'preventionSuicide',
    name: { nl: 'Centre de Prévention du Suicide' },
    nameLang: 'fr',
    description: {
      nl: 'Gratis en anonieme Franstalige hulplijn bij gedachten aan zelfdoding.',
      fr: 'Ligne gratuite et anonyme, pour qui pense au suicide ou s’inquiète pour quelqu’un.',
      en: 'Free, anonymous line in French if you think about suicide.',
      de: 'Kostenlose, anonyme Hilfe auf Französisch bei Suizidgedanken.',
    },
    number: '0800 32 123',
    languages: ['fr'],
    audience: 'all',
    ...dayAndNight,
    free: true,
    anonymous: true,
    website: 'https://www.preventionsuicide.be',
    unverified: [],
    sources: [
      'https://bx1.be/categories/news/la-reine-mathilde-visite-le-centre-de-prevention-du-suicide-a-ixelles/',
      'https://www.lalibre.be/belgique/societe/2023/02/21/le-centre-de-prevention-du-suicide-est-confronte-a-une-hausse-du-nombre-dappels-A54EZGXFSJB3HNFT4ZSPCEPJ5I/',
      'https://www.telesambre.be/info/societe/des-jeunes-sadressent-aux-jeunes-pour-prevenir-le-suicide/72685',
      'https://www.dhnet.be/dernieres-depeches/2023/09/05/une-nouvelle-campagne-de-prevention-du-suicide-pour-agir-avant-le-drame-ZGY4QISYTREFDEKWQIYM5IIN7Q/',
    ],
    lastChecked: CHECKED,
  },
  teleOnthaal: {
    id: 'teleOnthaal',
    name: { nl: 'Tele-Onthaal' },
    nameLang: 'nl',
    description: {
      nl: 'Gratis en anoniem praten met iemand die luistert. Bellen of chatten.',
      fr: 'Ligne d’écoute gratuite et anonyme, en néerlandais.',
      en: 'Free, anonymous listening line, in Dutch. Phone or chat.',
      de: 'Kostenloses, anonymes Gesprächstelefon auf Niederländisch.',
    },
    number: '106',
    languages: ['nl'],
    audience: 'all',
    ...dayAndNight,
    free: true,
    anonymous: true,
    website: 'https://www.tele-onthaal.be',
    unverified: [],
    sources: [
      'https://focus-wtv.be/nieuws/meer-oproepen-voor-tele-onthaal-vlaanderen-met-extra-geld-vrij',
      'https://www.vrt.be/vrtnws/nl/2019/12/20/tele-onthaal-ook-tijdens-de-feestdagen-een-luisterend-oor-voor-w/',
    ],
    lastChecked: CHECKED,
  },
  teleAccueil: {
    id: 'teleAccueil',
    name: { nl: 'Télé-Accueil' },
    nameLang: 'fr',
    description: {
      nl: 'Gratis en anonieme Franstalige luisterlijn.',
      fr: 'Ligne d’écoute gratuite et anonyme. Par téléphone ou par chat.',
      en: 'Free, anonymous listening line, in French.',
      de: 'Kostenloses, anonymes Gesprächstelefon auf Französisch.',
    },
    number: '107',
    languages: ['fr'],
    audience: 'all',
    ...dayAndNight,
    free: true,
    anonymous: true,
    // The domain is Télé-Accueil's own: its Brussels centre publishes on tele-accueil.be/bruxelles/
    // ("à l'écoute 24h/24, 365 jours par an", phone and chat).
    website: 'https://tele-accueil.be',
    unverified: [],
    sources: [
      'https://tele-accueil.be/bruxelles/ressources/',
      'https://plus.lesoir.be/344336/article/2020-12-18/sante-mentale-les-lignes-decoute-surchauffent-chaque-durcissement-des-mesures',
      'https://www.rtbf.be/article/le-centre-tele-accueil-de-liege-a-l-ecoute-depuis-50-ans-11188471',
      'https://www.lavenir.net/actu/2022/09/20/tele-accueilrecoit-de-plus-en-plus-dappels-lies-au-stress-financier-MXQOGX2HZFDTJHGHS72GRJW6XI/',
    ],
    lastChecked: CHECKED,
  },
  telefonhilfe: {
    id: 'telefonhilfe',
    name: { nl: 'Telefonhilfe' },
    nameLang: 'de',
    description: {
      nl: 'Gratis en anonieme Duitstalige luisterlijn in Oost-België, voor alle leeftijden.',
      fr: 'Ligne d’écoute gratuite et anonyme en allemand (Belgique de l’Est), pour tous les âges.',
      en: 'Free, anonymous listening line in German (East Belgium), for all ages.',
      de: 'Kostenloses, anonymes Gesprächstelefon in Ostbelgien, für jedes Alter. Telefon, Chat und Mail.',
    },
    number: '108',
    languages: ['de'],
    audience: 'all',
    ...dayAndNight,
    free: true,
    anonymous: true,
    website: 'https://telefonhilfe.be',
    unverified: ['substituteForGap'],
    sources: ['https://telefonhilfe.be/uber-uns', 'https://brf.be/regional/2013931', 'https://brf.be/national/1894844'],
    lastChecked: CHECKED,
  },
  awel: {
    id: 'awel',
    name: { nl: 'Awel' },
    nameLang: 'nl',
    description: {
      // That the hours are limited is sourced (2018, 2020); the current hours are on awel.be only.
      nl: 'Gratis en anoniem voor kinderen en jongeren met een zorg of een vraag. Bellen, chatten of mailen. Awel is niet op elk uur bereikbaar: de uren staan op de website.',
      fr: 'Ligne gratuite et anonyme en néerlandais pour les enfants et les jeunes. Pas joignable à toute heure.',
      en: 'Free, anonymous line in Dutch for children and young people. Not open at all hours.',
      de: 'Kostenlose, anonyme Hilfe auf Niederländisch für Kinder und Jugendliche. Nicht rund um die Uhr erreichbar.',
    },
    number: '102',
    languages: ['nl'],
    audience: 'young',
    free: true,
    anonymous: true,
    // Awel's own yearly figures (2020) name awel.be as where young people chat and mail. The hours
    // are limited and change, and no current source states them: link the site, never quote hours.
    website: 'https://awel.be',
    unverified: ['hoursUnverified'],
    sources: [
      'https://awel.be/2020',
      'https://www.hln.be/nieuws/binnenland/ruim-23-000-contacten-met-kinderen-en-jongeren-voor-awel-de-voormalige-kinder-en-jongerentelefoon~a1065a0b/',
      'https://www.benjamindalle.be/post/awel-luistert-naar-alle-kinderen-en-jongeren-met-zorgen-of-vragen-nooitalleeninuwkot',
      'https://www.vrt.be/vrtnws/nl/2018/03/02/jongerenhulplijn-awel-krijgt-meer-oproepen-via-telefoon-en-chat/',
    ],
    lastChecked: CHECKED,
  },
  ecouteEnfants: {
    id: 'ecouteEnfants',
    name: { nl: 'Écoute-Enfants' },
    nameLang: 'fr',
    description: {
      nl: 'Gratis en anonieme Franstalige lijn voor kinderen en jongeren.',
      fr: 'Ligne gratuite et anonyme pour les enfants et les jeunes.',
      en: 'Free, anonymous line in French for children and young people.',
      de: 'Kostenlose, anonyme Hilfe auf Französisch für Kinder und Jugendliche.',
    },
    number: '103',
    languages: ['fr'],
    audience: 'young',
    free: true,
    anonymous: true,
    // 103ecoute.be is announced in a 2025 report without a launch date: do not link it yet.
    unverified: ['websiteUnverified', 'hoursUnverified'],
    sources: ['https://www.rtbf.be/article/ecoute-enfants-le-numero-103-en-quete-de-visibilite-11076758', 'https://deapotheker.pmg.be/fr/fichier/EAKbe2605S43_00'],
    lastChecked: CHECKED,
  },
  violenceLine: {
    id: 'violenceLine',
    name: { nl: '1712, hulplijn voor geweld, misbruik en kindermishandeling' },
    nameLang: 'nl',
    description: {
      nl: 'Hulplijn voor elke vraag over geweld of misbruik, ook in het gezin of in een zorgsituatie. Voor kinderen, volwassenen en ouderen. Je hoeft niet te zeggen wie je bent.',
      fr: 'Ligne en néerlandais pour les questions sur la violence, aussi dans la famille.',
      en: 'Line in Dutch for questions about violence, also within a family or a care situation.',
      de: 'Hilfe auf Niederländisch bei Fragen zu Gewalt, auch in der Familie.',
    },
    number: '1712',
    languages: ['nl'],
    audience: 'all',
    availability: 'workingDays',
    hours: onWorkingDays,
    note: onWorkingDays,
    free: true,
    anonymous: true,
    // 1712 says itself it is not an emergency number (101 / 112 for that), hence no 'danger' topic.
    website: 'https://www.1712.be',
    unverified: [],
    sources: [
      'https://www.1712.be/nl/over-1712',
      'https://www.focus-wtv.be/nieuws/hulplijn-1712-tegen-geweld-gemiddeld-5-telefoons-dag',
      'https://kitieper.be/hulplijn-1712/',
      'https://www.ringtv.be/nieuws/caw-halle-vilvoorde-%E2%80%9Cook-tijden-van-corona-bieden-we-een-luisterend-oor%E2%80%9D',
    ],
    lastChecked: CHECKED,
  },
  doctorOnCall: {
    id: 'doctorOnCall',
    name: { nl: '1733' },
    description: {
      nl: 'Huisarts van wacht, als je eigen huisarts niet bereikbaar is. Bij levensgevaar bel je 112.',
      fr: 'Médecin généraliste de garde, quand le médecin habituel n’est pas joignable. En cas de danger de mort : 112.',
      en: 'GP on call, when your own GP cannot be reached. If a life is in danger, call 112.',
      de: 'Hausarzt im Bereitschaftsdienst, wenn der eigene Hausarzt nicht erreichbar ist. Bei Lebensgefahr: 112.',
    },
    number: '1733',
    languages: ['nl', 'fr', 'de'],
    audience: 'all',
    // Rolled out region by region in Flanders; German-speaking coverage not confirmed.
    unverified: ['coverageVaries'],
    note: { nl: 'Of je huisarts', fr: 'Ou votre médecin', en: 'Or your GP', de: 'Oder Ihr Hausarzt' },
    sources: [
      'https://www.gezondbelgie.be/nl/blikvanger-gezondheidszorg/dringende-medische-en-psychosociale-hulpverlening/organisatie/het-nummer-1733',
      'https://www.health.belgium.be/nl/news/franstalige-campagne-over-het-wachtnummer-1733',
    ],
    lastChecked: CHECKED,
  },
  alzheimerLiga: {
    id: 'alzheimerLiga',
    name: { nl: 'Alzheimer Liga Vlaanderen' },
    nameLang: 'nl',
    description: {
      nl: 'Gratis luister- en infolijn over dementie, voor wie ermee leeft en voor familie en mantelzorgers.',
      fr: 'Ligne gratuite d’écoute et d’information sur la démence, en néerlandais.',
      en: 'Free listening and information line about dementia, in Dutch.',
      de: 'Kostenloses Zuhör- und Infotelefon zu Demenz, auf Niederländisch.',
    },
    number: '0800 15 225',
    languages: ['nl'],
    audience: 'all',
    free: true,
    // "Around the clock" comes from a 2019 page only: not shown.
    unverified: ['websiteUnverified', 'hoursUnverified'],
    sources: [
      'https://trappenloop.be/goede-doel/',
      'https://nl.metrotime.be/2019/12/13/native/alzheimer-liga/001-alzheimer-liga/alzheimer-liga-vlaanderen-zet-mensen-met-dementie-niet-in-de-vergeethoek/',
    ],
    lastChecked: CHECKED,
  },
};

export const HELPLINE_IDS = Object.keys(HELPLINES) as HelplineId[];
export const isHelplineId = (id: string): id is HelplineId => (HELPLINE_IDS as readonly string[]).includes(id);

/** True when the line answers in the reader's language (the UI then adds "in Dutch" etc. otherwise). */
export function speaksLanguage(h: Helpline, lang: HelplineLang): boolean {
  return h.languages.includes(lang);
}
