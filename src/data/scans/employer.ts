/**
 * The caregiver-friendly employer scan: its statements, themes, actions and the legal baseline.
 * Wording lives in src/i18n/employer-scan; why each item is there: docs/content/scans.md#employer.
 * Changing a statement, its theme or the scale changes `EMPLOYER_SCAN_VERSION` (a printed result
 * names the version, so two results can be compared only when it matches).
 */

/** The question set's version: printed on every result and in every export. */
export const EMPLOYER_SCAN_VERSION = '2026-12';

export const EMPLOYER_THEME_IDS = ['awareness', 'leaveInfo', 'flexibility', 'contact', 'culture', 'absence', 'youngCarers'] as const;
export type EmployerThemeId = (typeof EMPLOYER_THEME_IDS)[number];

/** Where an action points: a public page, or another Mantelkit widget to embed. */
export interface EmployerAction {
  readonly id: string;
  readonly sources: readonly string[];
  /** A Mantelkit element that does (part of) the job, e.g. on the intranet. */
  readonly widget?: 'mz-leave-calculator' | 'mz-association-finder' | 'mz-recognition-quiz' | 'mz-overload-check';
}

export interface EmployerStatement {
  readonly id: string;
  readonly theme: EmployerThemeId;
  /** The action shown when this statement is a gap (answered "no" or "sometimes"). */
  readonly action: string;
}

const VERSO_AZ_WEST = 'https://verso-net.be/themas/item/2025/06/16/taboe-rond-mantelzorg-doorbreken-met-personeelsbeleid';
const MIB_EMPLOYER = 'https://www.mantelzorginbeweging.be/wat-kan-je-doen-voor-je-werknemer/';
const CAO_162 = 'https://werk.belgie.be/nl/themas/feestdagen-en-verloven/flexibele-werkregelingen-voor-zorgdoeleinden/recht-om-flexibele';
const SECUREX_CAO_162 = 'https://www.securex.be/nl/lex4you/werkgever/nieuws/je-werknemers-kunnen-flexibele-werkregelingen-aanvragen-voor-zorgdoeleinden';
const TELEWORK = 'https://www.sociare.be/kennisbank329/start-werkrelatie/arbeidsovereenkomst-en-reglement/nieuws/werkbaar-wendbaar-werk-occasioneel-telewerk/';
const PREVENTION = 'https://werk.belgie.be/nl/themas/welzijn-op-het-werk/psychosociale-risicos-op-het-werk/rol-en-statuut-van-de-actoren-4';
const CARE_LEAVE = 'https://www.rva.be/burgers/loopbaanonderbreking-tijdskrediet-en-thematische-verloven/thematische-verloven-alle-sectoren/verlof-voor-mantelzorg';
const UNPAID_CARE_DAYS = 'https://www.zelfstandige.vlaanderen/nieuw-zorgverlof-voor-werknemers-wat-moet-de-werkgever-weten/';
const ZIGZAG = 'https://zigzaghr.be/mantelzorgbeleid-op-het-werk-zorgt-voor-minder-ziekteverzuim-en-personeelsverloop/';
const ABVV = 'https://abvv-experten.be/combinatie-gezin-arbeid/extra-aandacht-voor-mantelzorgers-op-de-werkvloer/';
const YOUNG_STUDENT = 'https://www.mantelzorgers.be/nl/ben-jij-een-jonge-studerende-mantelzorger';
const UCLL = 'https://www.ucll.be/nl/uitgelicht/studeren-en-zorg-dragen-een-onderschatte-combinatie';
const MEMORANDUM = 'https://www.mantelzorgers.be/nl/nieuws/memorandum-vlaams-mantelzorgplatform';
const WVG_ADVICE = 'https://www.vlaamseraadwvg.be/vlarwvg/publicatie/advies-mantelzorgplan-2022-2024';

/** 20 statements in 7 themes, in asking order (one theme per screen). */
export const EMPLOYER_STATEMENTS: readonly EmployerStatement[] = [
  { id: 'survey', theme: 'awareness', action: 'survey' },
  { id: 'vision', theme: 'awareness', action: 'vision' },
  { id: 'signals', theme: 'awareness', action: 'briefManagers' },
  { id: 'overview', theme: 'leaveInfo', action: 'leaveCalculator' },
  { id: 'paperwork', theme: 'leaveInfo', action: 'hrChecklist' },
  { id: 'beyondLaw', theme: 'leaveInfo', action: 'paidCareDays' },
  { id: 'flexBeyondLaw', theme: 'flexibility', action: 'flexProcedure' },
  { id: 'shortNotice', theme: 'flexibility', action: 'teamAgreement' },
  { id: 'careCalls', theme: 'flexibility', action: 'careCalls' },
  { id: 'hoursOptions', theme: 'flexibility', action: 'describeOptions' },
  { id: 'contactPerson', theme: 'contact', action: 'nameContact' },
  { id: 'referral', theme: 'contact', action: 'finder' },
  { id: 'leadership', theme: 'culture', action: 'leadershipExample' },
  { id: 'talks', theme: 'culture', action: 'talks' },
  { id: 'union', theme: 'culture', action: 'committee' },
  { id: 'evaluate', theme: 'culture', action: 'repeatSurvey' },
  { id: 'returnTalk', theme: 'absence', action: 'returnTalk' },
  { id: 'careerProtection', theme: 'absence', action: 'checkRewards' },
  { id: 'students', theme: 'youngCarers', action: 'studentSchedules' },
  { id: 'trainees', theme: 'youngCarers', action: 'traineeStatute' },
];

/** One concrete action per gap, each with the public pages behind it. */
export const EMPLOYER_ACTIONS: readonly EmployerAction[] = [
  { id: 'survey', sources: [VERSO_AZ_WEST], widget: 'mz-recognition-quiz' },
  { id: 'vision', sources: [MIB_EMPLOYER, ZIGZAG] },
  { id: 'briefManagers', sources: [MIB_EMPLOYER] },
  { id: 'leaveCalculator', sources: [CARE_LEAVE, MEMORANDUM], widget: 'mz-leave-calculator' },
  { id: 'hrChecklist', sources: [CARE_LEAVE] },
  { id: 'paidCareDays', sources: [UNPAID_CARE_DAYS, MEMORANDUM], widget: 'mz-leave-calculator' },
  { id: 'flexProcedure', sources: [CAO_162, SECUREX_CAO_162] },
  { id: 'teamAgreement', sources: [TELEWORK] },
  { id: 'careCalls', sources: [MIB_EMPLOYER] },
  { id: 'describeOptions', sources: [CAO_162] },
  { id: 'nameContact', sources: [VERSO_AZ_WEST, PREVENTION] },
  { id: 'finder', sources: [MIB_EMPLOYER], widget: 'mz-association-finder' },
  { id: 'leadershipExample', sources: [ZIGZAG] },
  { id: 'talks', sources: [PREVENTION], widget: 'mz-overload-check' },
  { id: 'committee', sources: [ABVV] },
  { id: 'repeatSurvey', sources: [WVG_ADVICE, VERSO_AZ_WEST] },
  { id: 'returnTalk', sources: [MIB_EMPLOYER], widget: 'mz-overload-check' },
  { id: 'checkRewards', sources: [CAO_162] },
  { id: 'studentSchedules', sources: [YOUNG_STUDENT] },
  { id: 'traineeStatute', sources: [UCLL] },
];

/**
 * What Belgian law already guarantees: obeying it earns no credit in the scan ("no / only what the
 * law requires" is the lowest answer). Ids in a fixed order; texts in the catalogs.
 */
export const EMPLOYER_LEGAL_BASELINE: ReadonlyArray<{ readonly id: string; readonly sources: readonly string[] }> = [
  { id: 'thematicLeave', sources: [CARE_LEAVE] },
  { id: 'unpaidCareDays', sources: [UNPAID_CARE_DAYS] },
  { id: 'flexibleWorkRequest', sources: [CAO_162, SECUREX_CAO_162] },
  { id: 'occasionalTelework', sources: [TELEWORK] },
  { id: 'preventionAdviser', sources: [PREVENTION] },
];
