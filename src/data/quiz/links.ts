/**
 * Where the quiz sends people when the page has no partner link and no sibling widget.
 * Official or recognised organisations only (docs/content/finder.md, docs/content/leave.md),
 * checked 2026-11-23. Helpline numbers live in src/data/helplines.ts.
 */
export type QuizLocale = 'nl' | 'fr' | 'en' | 'de';

export const LINKS_CHECKED_ON = '2026-11-23';

/** Onward targets the partner may override with partner JSON `links`. */
export const ONWARD_TARGETS = ['overloadCheck', 'leaveCalculator', 'finder'] as const;
export type OnwardTarget = (typeof ONWARD_TARGETS)[number];

/** Which Mantelkit element answers each onward target when it is on the same page. */
export const ONWARD_ELEMENTS: Record<OnwardTarget, string> = {
  overloadCheck: 'mz-overload-check',
  leaveCalculator: 'mz-leave-calculator',
  finder: 'mz-association-finder',
};

const RVA_LEAVE_NL = 'https://www.rva.be/burgers/loopbaanonderbreking-tijdskrediet-en-thematische-verloven/thematische-verloven-alle-sectoren/verlof-voor-mantelzorg';
// The LfA's German sheet T164 still reads "Zuletzt aktualisiert am 01-09-2020" (before the later
// changes to the leave); its German FAQ page is the current official German description.
const LFA_LEAVE_FAQ_DE = 'https://www.lfa.be/buerger/laufbahnunterbrechung-zeitkredit-und-thematische-urlaube/faq-laufbahnunterbrechung-zeitkredit-und-thematische-urlaube/urlaub-fur-nahestehende-hilfspersonen';
const ONEM_LEAVE_FR = 'https://www.onem.be/citoyens/interruption-de-carriere-credit-temps-et-conges-thematiques/faq-interruption-de-carriere-credit-temps-et-conges-thematiques/conge-pour-aidants-proches';

/** Fallback URLs (official sites), per language. */
export const OFFICIAL_LINKS: Record<OnwardTarget, Record<QuizLocale, string>> = {
  // No official self-test exists; the Flemish expertise centre's site is the neutral starting point.
  overloadCheck: {
    nl: 'https://www.mantelzorgers.be', en: 'https://www.mantelzorgers.be',
    fr: 'https://www.aidants-proches.be',
    de: 'https://www.freie.be/meine-situation/krankheitsbedingte-situation/pflegebedurftige-und-senioren/pflegende-angehorige/',
  },
  leaveCalculator: {
    nl: RVA_LEAVE_NL, en: RVA_LEAVE_NL, fr: ONEM_LEAVE_FR, de: LFA_LEAVE_FAQ_DE,
  },
  finder: {
    nl: 'https://www.vlaanderen.be/gezondheid-en-welzijn/gezondheid/vereniging-van-gebruikers-en-mantelzorgers',
    en: 'https://www.vlaanderen.be/gezondheid-en-welzijn/gezondheid/vereniging-van-gebruikers-en-mantelzorgers',
    fr: 'https://www.aidants-proches.be',
    de: 'https://www.freie.be/meine-situation/krankheitsbedingte-situation/pflegebedurftige-und-senioren/pflegende-angehorige/',
  },
};

/** "What counts as mantelzorg" page for the occasional / not-now outcomes. */
export const LEARN_MORE_LINKS: Record<QuizLocale, string> = {
  nl: 'https://www.mantelzorgers.be', en: 'https://www.mantelzorgers.be',
  fr: 'https://www.aidants-proches.be', de: 'https://ckk-mc.be/meine-situation/pflegende-angehoerige/anerkennung',
};

/** Non-urgent services for young people (not phone lines), per language. */
export const YOUNG_SERVICES = ['school', 'youthAdvice', 'youngCarersOrg', 'gp'] as const;
export type YoungService = (typeof YOUNG_SERVICES)[number];

/** URL per service and language; a missing entry means "no such service found for this language". */
export const YOUNG_SERVICE_LINKS: Record<YoungService, Partial<Record<QuizLocale, string>>> = {
  school: {},
  gp: {},
  // JAC (CAW, 12–25) in Dutch; AMO is the French-language counterpart; Kaleido in Ostbelgien.
  youthAdvice: {
    nl: 'https://www.caw.be', en: 'https://www.caw.be',
    fr: 'https://www.bruxelles-j.be/ton-autonomie/tu-es-mineur/amo',
    de: 'https://prodg.be/kaleido-dg-weg-frei-fuer-neuen-standort-st-vith/',
  },
  // ZoJong! (nl); Jeunes & Aidants Proches (fr). No German-language group was found.
  youngCarersOrg: {
    nl: 'https://www.zojong.be', en: 'https://www.zojong.be',
    fr: 'https://partenamut.be/fr/blog-sante-et-bien-etre/aidants-proches/jeunes-ap/jeunes-aidants-proches',
  },
};

export const YOUNG_LINKS_SOURCES = [
  'https://burgersaanzet.be/zojong/',
  'https://www.ms-vlaanderen.be/news/young-heroes-platform-voor-jonge-mantelzorgers',
  'https://weliswaar.be/als-jij-geen-oplossing-meer-ziet-het-caw-er',
  'http://www.federation-wallonie-bruxelles.be/index.php?id=180',
];
