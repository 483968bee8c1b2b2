/**
 * Referral table for `<mz-overload-check>`: which help to show for each band, audience and language.
 *
 * PROVISIONAL, like the thresholds (see thresholds.ts): to be reviewed with a caregiver association,
 * CAW and (for the young variant) Awel / ZoJong! before launch.
 *
 * The table speaks in *roles* ("a listening line", "a welfare centre") so the same table serves every
 * language. Phone-line roles are resolved by the project-wide routing table
 * (src/data/help/routes.ts, through `linesFor()`); the services that are not phone lines are
 * resolved per language here (SERVICE_BY_LANG). Sources: REFERRALS_META.sources below.
 */
import type { HelplineId } from '../help/helplines.js';
import type { HelpRole } from '../help/routes.js';
import type { OverloadAudience, RedFlagId } from './thresholds.js';

export const OVERLOAD_LANGS = ['nl', 'fr', 'en', 'de'] as const;
export type OverloadLang = (typeof OVERLOAD_LANGS)[number];

/** Phone lines: ids of the project-wide table src/data/help/helplines.ts. */
export type HelplineReferralId = HelplineId;

/** Services and next steps that are not phone lines; the widget words them from its own catalog. */
export const SERVICE_REFERRAL_IDS = [
  'gp',
  'caw',
  'jac',
  'casg',
  'amo',
  'kaleido',
  'healthFundSocial',
  'respite',
  'associations',
  'zoJong',
  'jeunesAidantsProches',
  'schoolContact',
  'recognitionQuiz',
  'leaveCalculator',
] as const;
export type ServiceReferralId = (typeof SERVICE_REFERRAL_IDS)[number];

export type OverloadReferralId = HelplineReferralId | ServiceReferralId;

/** Roles answered by a phone line (resolved by the project-wide routing table). */
export type HelplineRole = Extract<HelpRole, 'danger' | 'suicide' | 'listen' | 'violence' | 'violenceOtherLang' | 'doctorNow' | 'youthLine'>;

export type ServiceRole =
  | 'gp'
  | 'welfare'
  | 'youthWelfare'
  | 'healthFundSocial'
  | 'respite'
  | 'associations'
  | 'youngAssociations'
  | 'school'
  | 'recognition'
  | 'leave';

export type ReferralRole = HelplineRole | ServiceRole;

/**
 * Service role → services per language. An empty list is a known gap (no service found in a stored
 * source): we show nothing rather than guess.
 */
export const SERVICE_BY_LANG: { readonly [R in ServiceRole]: { readonly [L in OverloadLang]: readonly ServiceReferralId[] } } = {
  gp: { nl: ['gp'], fr: ['gp'], en: ['gp'], de: ['gp'] },
  // CAW is Flemish; French-speaking Brussels has the CASG (Centre d'Action Sociale Globale, per the
  // Parlement francophone bruxellois, parlementfrancophone.brussels); no German counterpart found.
  welfare: { nl: ['caw'], fr: ['casg'], en: ['caw'], de: [] },
  youthWelfare: { nl: ['jac'], fr: ['amo'], en: ['jac'], de: ['kaleido'] },
  healthFundSocial: { nl: ['healthFundSocial'], fr: ['healthFundSocial'], en: ['healthFundSocial'], de: ['healthFundSocial'] },
  respite: { nl: ['respite'], fr: ['respite'], en: ['respite'], de: ['respite'] },
  associations: { nl: ['associations'], fr: ['associations'], en: ['associations'], de: ['associations'] },
  // No German-language young-carer organisation found. ZoJong! is Dutch-language; Jeunes & Aidants
  // Proches is the French one. Young Heroes is left out: its only source is the 2019 launch ("Young
  // Heroes: platform voor jonge mantelzorgers", MS-Liga Vlaanderen), so we cannot say it is active.
  youngAssociations: { nl: ['zoJong'], fr: ['jeunesAidantsProches'], en: ['zoJong'], de: [] },
  school: { nl: ['schoolContact'], fr: ['schoolContact'], en: ['schoolContact'], de: ['schoolContact'] },
  recognition: { nl: ['recognitionQuiz'], fr: ['recognitionQuiz'], en: ['recognitionQuiz'], de: ['recognitionQuiz'] },
  leave: { nl: ['leaveCalculator'], fr: ['leaveCalculator'], en: ['leaveCalculator'], de: ['leaveCalculator'] },
};

export const isServiceRole = (role: ReferralRole): role is ServiceRole => role in SERVICE_BY_LANG;

export type ReferralBand = 'urgent' | 'high' | 'elevated' | 'low' | 'incomplete';

/** Roles per band and audience, most important first. */
export const REFERRAL_ROLES: { readonly [A in OverloadAudience]: { readonly [B in ReferralBand]: readonly ReferralRole[] } } = {
  adult: {
    urgent: ['danger', 'suicide', 'listen', 'violence', 'doctorNow', 'violenceOtherLang', 'gp'],
    high: ['gp', 'welfare', 'healthFundSocial', 'respite', 'associations', 'listen'],
    elevated: ['associations', 'respite', 'recognition', 'leave'],
    low: ['associations'],
    incomplete: ['listen', 'welfare', 'gp'],
  },
  // Young: the youth line (Awel / 103 / 108), JAC, someone at school and the
  // young-carer groups in every band; the GP only for the heaviest band; the urgent lines first.
  young: {
    // 112 first, then "their" line (as in the shared urgent strip), then 1712: it answers on working
    // days only and is no emergency line ("Over 1712", 1712.be; "Hulplijn 1712 tegen geweld",
    // Focus-WTV), so 112 and the youth line stay before or next to it, also when a "not safe at
    // home" answer moves it up (URGENT_ROLE_FOR_FLAG). The listening line closes the list.
    urgent: ['danger', 'youthLine', 'violence', 'suicide', 'listen', 'violenceOtherLang'],
    high: ['school', 'youthLine', 'youthWelfare', 'gp', 'youngAssociations'],
    elevated: ['school', 'youthLine', 'youthWelfare', 'youngAssociations'],
    low: ['youngAssociations', 'youthLine', 'school', 'youthWelfare'],
    incomplete: ['youthLine', 'school', 'youthWelfare', 'youngAssociations'],
  },
};

/**
 * On an urgent result the line that matches the answer comes right after 112: thoughts of suicide →
 * the suicide line, fear of harm at home → the violence line, at breaking point → a listening line.
 */
export const URGENT_ROLE_FOR_FLAG: { readonly [F in RedFlagId]: ReferralRole } = {
  selfHarm: 'suicide',
  harmAtHome: 'violence',
  cantGoOn: 'listen',
};

export interface ServiceInfo {
  /** A link per language where a stored source confirms one; none means "name only". */
  readonly url?: Partial<Record<OverloadLang, string>>;
  /** A Mantelkit element that, when present on the page, is the better target than a URL. */
  readonly widget?: 'mz-association-finder' | 'mz-recognition-quiz' | 'mz-leave-calculator';
}

export const SERVICES: { readonly [S in ServiceReferralId]: ServiceInfo } = {
  gp: {},
  caw: { url: { nl: 'https://www.caw.be', en: 'https://www.caw.be' } },
  // JAC is the CAW's youth service; its pages live on caw.be.
  jac: { url: { nl: 'https://www.caw.be', en: 'https://www.caw.be' } },
  casg: {},
  amo: { url: { fr: 'https://www.bruxelles-j.be/ton-autonomie/tu-es-mineur/amo' } },
  kaleido: {},
  healthFundSocial: {},
  respite: { url: { nl: 'https://www.mantelzorgers.be/nl/oppas' } },
  // Without a finder on the page or a configured URL: the Flemish expertise centre's overview (Dutch).
  associations: { widget: 'mz-association-finder', url: { nl: 'https://www.mantelzorgers.be', en: 'https://www.mantelzorgers.be' } },
  zoJong: { url: { nl: 'https://www.zojong.be', en: 'https://www.zojong.be' } },
  jeunesAidantsProches: {},
  schoolContact: {},
  recognitionQuiz: { widget: 'mz-recognition-quiz' },
  leaveCalculator: { widget: 'mz-leave-calculator' },
};

export const REFERRALS_META = {
  // 0.3.0: Young Heroes left out (no source after its 2019 launch); young urgent: the youth line
  // before 1712 (working days only). 0.2.0: young bands all carry the young set (youth line,
  // school, JAC/AMO/Kaleido, young-carer groups); before, `low` and `incomplete` left some out.
  version: '0.3.0',
  validFrom: '2026-12-03',
  provisional: true,
  sources: [
    'https://www.aalter.be/noodoproepen',
    'https://nieuws.vtm.be/binnenland/67758-nieuw-nummer-zelfmoordlijn1813',
    'https://bx1.be/categories/news/la-reine-mathilde-visite-le-centre-de-prevention-du-suicide-a-ixelles/',
    'https://focus-wtv.be/nieuws/meer-oproepen-voor-tele-onthaal-vlaanderen-met-extra-geld-vrij',
    'https://plus.lesoir.be/344336/article/2020-12-18/sante-mentale-les-lignes-decoute-surchauffent-chaque-durcissement-des-mesures',
    'https://telefonhilfe.be/uber-uns',
    'https://brf.be/national/1894844',
    'https://www.hln.be/nieuws/binnenland/ruim-23-000-contacten-met-kinderen-en-jongeren-voor-awel-de-voormalige-kinder-en-jongerentelefoon~a1065a0b/',
    'https://www.rtbf.be/article/ecoute-enfants-le-numero-103-en-quete-de-visibilite-11076758',
    'https://www.ringtv.be/nieuws/caw-halle-vilvoorde-%E2%80%9Cook-tijden-van-corona-bieden-we-een-luisterend-oor%E2%80%9D',
    'https://www.gezondbelgie.be/nl/blikvanger-gezondheidszorg/dringende-medische-en-psychosociale-hulpverlening/organisatie/het-nummer-1733',
    'https://weliswaar.be/als-jij-geen-oplossing-meer-ziet-het-caw-er',
    'https://www.parlementfrancophone.brussels/le-parlement/competences/action-sociale',
    'https://www.bruxelles-j.be/ton-autonomie/tu-es-mineur/amo',
    'https://prodg.be/kaleido-dg-weg-frei-fuer-neuen-standort-st-vith/',
    'https://www.kenniscentrumwwz.be/mantelzorg',
    'https://www.mantelzorgers.be/nl/oppas',
    'https://partenamut.be/fr/blog-sante-et-bien-etre/aidants-proches/jeunes-ap/jeunes-aidants-proches',
    // 1712: working days only, no emergency line.
    'https://www.focus-wtv.be/nieuws/hulplijn-1712-tegen-geweld-gemiddeld-5-telefoons-dag',
    'https://www.1712.be/nl/over-1712',
    // The recognition as a caregiver is asked at one's own health fund (Royal Decree of 16 June 2020).
    'http://www.ejustice.just.fgov.be/eli/besluit/2020/06/16/2020202727/justel',
  ],
} as const;
