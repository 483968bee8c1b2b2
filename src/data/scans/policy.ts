/**
 * The local caregiver-policy scan on four pillars (find and reach, strengthen, relieve, connect):
 * its questions and the Flemish practices shown per gap. The questions restate the policy questions
 * of the VVSG guidance on local caregiver policy in our own words (docs/content/scans.md#policy).
 * Changing a question, its pillar or the scale changes `POLICY_SCAN_VERSION`.
 */

export const POLICY_SCAN_VERSION = '2026-12';

export const POLICY_PILLAR_IDS = ['find', 'strengthen', 'relieve', 'connect'] as const;
export type PolicyPillarId = (typeof POLICY_PILLAR_IDS)[number];

export interface PolicyQuestion {
  readonly id: string;
  readonly pillar: PolicyPillarId;
  /** Practices shown when this question is a gap (answered "not yet" or "started"), best first; at most two. */
  readonly practices: readonly string[];
}

/** A practice a Flemish municipality (or a Flemish project open to municipalities) runs, with its public source. */
export interface PolicyPractice {
  readonly id: string;
  /** Who runs it: a municipality, a primary-care zone or a Flemish project. */
  readonly municipality: string;
  readonly source: string;
}

/** 20 questions, 5 per pillar, in asking order (one pillar per screen). */
export const POLICY_QUESTIONS: readonly PolicyQuestion[] = [
  { id: 'targetGroups', pillar: 'find', practices: ['we40Mapping', 'vilvoordeCoordinator'] },
  { id: 'staffTraining', pillar: 'find', practices: ['hingeTraining'] },
  { id: 'contactPoint', pillar: 'find', practices: ['londerzeelDesk'] },
  { id: 'plainLanguage', pillar: 'find', practices: [] },
  { id: 'youngCarers', pillar: 'find', practices: ['samanaSchool'] },
  { id: 'ownGoals', pillar: 'strengthen', practices: ['kortenakenMantelkracht'] },
  { id: 'realChoice', pillar: 'strengthen', practices: ['localLevers'] },
  { id: 'appreciation', pillar: 'strengthen', practices: ['zaventemDay', 'eekloDay'] },
  { id: 'premium', pillar: 'strengthen', practices: ['localLevers'] },
  { id: 'voice', pillar: 'strengthen', practices: ['memorandum'] },
  { id: 'overloadSignals', pillar: 'relieve', practices: ['gbo'] },
  { id: 'information', pillar: 'relieve', practices: ['wevelgemInfo'] },
  { id: 'emotionalSupport', pillar: 'relieve', practices: ['koksijdeCafe', 'oostkustCafe'] },
  { id: 'respite', pillar: 'relieve', practices: ['lievegemSitting'] },
  { id: 'practicalHelp', pillar: 'relieve', practices: ['caringNeighbourhoods'] },
  { id: 'careTeams', pillar: 'connect', practices: ['hingeTraining'] },
  { id: 'communication', pillar: 'connect', practices: ['mantelzorghub'] },
  { id: 'partnerships', pillar: 'connect', practices: ['we40Mapping', 'caringNeighbourhoods'] },
  { id: 'hiddenNeeds', pillar: 'connect', practices: ['gbo', 'serviceCentre'] },
  { id: 'hub', pillar: 'connect', practices: ['oostendeHub', 'vilvoordeCoordinator'] },
];

export const POLICY_PRACTICES: readonly PolicyPractice[] = [
  { id: 'we40Mapping', municipality: 'Beernem, Jabbeke, Oostkamp, Zedelgem (ELZ WE40)', source: 'https://www.eerstelijnszone.be/mantelzorg-binnen-eerstelijszone-we40' },
  { id: 'vilvoordeCoordinator', municipality: 'Vilvoorde', source: 'https://www.ringtv.be/nieuws/eerste-mantelzorgcaf%C3%A9-vilvoorde' },
  { id: 'hingeTraining', municipality: 'Vlaams Mantelzorgplan (Coponcho, OKRA-Zorgrecht)', source: 'https://www.mantelzorgers.be/nl/nieuws/dossier-mantelzorgplan-aandacht-voor-mantelzorgers-op-de-werkvloer-en-de-zorg' },
  { id: 'londerzeelDesk', municipality: 'Londerzeel', source: 'https://www.mantelzorgers.be/nl/informeer-mantelzorgers' },
  { id: 'samanaSchool', municipality: 'Samana (scholen in Vlaanderen)', source: 'https://www.kennisplein.be/sites/Vlaams%20Expertisepunt%20Mantelzorg/Pages/Mantelzorgvriendelijke%20school%20secundair.aspx' },
  { id: 'kortenakenMantelkracht', municipality: 'Kortenaken', source: 'https://weliswaar.be/ouderen/mantelkracht-helpt-mantelzorgers-zorgen-ook-voor-zichzelf' },
  { id: 'localLevers', municipality: 'Vlaams Expertisepunt Mantelzorg', source: 'https://www.mantelzorgers.be/nl/wat-kan-ik-met-het-lokaal-bestuur-doen-voor-mantelzorgers' },
  { id: 'zaventemDay', municipality: 'Zaventem', source: 'https://www.zaventem.be/dag-van-de-mantelzorgers' },
  { id: 'eekloDay', municipality: 'Eeklo', source: 'https://www.hln.be/eeklo/eeklo-zet-mantelzorgers-in-de-bloemetjes-zij-maken-elke-dag-het-verschil~aa5002b6/' },
  { id: 'memorandum', municipality: 'Vlaams Mantelzorgplatform', source: 'https://www.mantelzorgers.be/nl/nieuws/memorandum-vlaams-mantelzorgplatform' },
  { id: 'gbo', municipality: 'Eerstelijnszones (GBO)', source: 'https://www.eerstelijnszone.be/geintegreerd-breed-onthaal-1' },
  { id: 'wevelgemInfo', municipality: 'Wevelgem', source: 'https://kw.be/nieuws/samenleving/gezondheid/verzorging/mantelzorgers-actiever-begeleid-in-wevelgem/' },
  { id: 'koksijdeCafe', municipality: 'Koksijde', source: 'https://www.tij-dingen.be/februari-2022/wil-je-graag-andere-mantelzorgers-ontmoeten' },
  { id: 'oostkustCafe', municipality: 'Blankenberge, Damme, De Haan, Knokke-Heist, Zuienkerke', source: 'https://kw.be/nieuws/samenleving/mantelzorgcafe-regio-oostkust-schiet-succesvol-uit-de-startblokken-in-westkapelle/' },
  { id: 'lievegemSitting', municipality: 'Lievegem', source: 'https://lievegem.be/thuiszorg-oppasdienst' },
  { id: 'caringNeighbourhoods', municipality: 'Zorgzame buurten (VVSG)', source: 'https://www.vvsg.be/nieuws/projectoproep-zorgzame-buurten-11-juni-2021' },
  { id: 'mantelzorghub', municipality: 'De MantelzorgHub (!DROPS)', source: 'https://www.mantelzorghub.be/over-het-project' },
  { id: 'serviceCentre', municipality: 'Lokale dienstencentra (VVSG)', source: 'https://www.vvsg.be/kennisitem/vvsg/lokale-dienstencentra' },
  { id: 'oostendeHub', municipality: 'Oostende', source: 'https://www.hln.be/in-de-buurt/oostende/grote-opkomst-voor-mantelzorgcafe~abde4703/' },
];

/** The guidance the questions restate (cited on every result). */
export const POLICY_BASIS_SOURCES: readonly string[] = ['https://www.vvsg.be/kennisitem/vvsg/mantelzorg'];
