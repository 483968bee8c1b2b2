import { POLICY_PILLAR_IDS, POLICY_PRACTICES, POLICY_QUESTIONS, POLICY_SCAN_VERSION, type PolicyPillarId } from '../../data/scans/policy.js';
import { checkAnswers, checkOptions, isGap, scoreGroups, weakestFirst, type ScanAnswers, type ScanGroupScore, type ScanOptions } from './common.js';

export { POLICY_SCAN_VERSION, POLICY_PILLAR_IDS, POLICY_QUESTIONS, POLICY_BASIS_SOURCES } from '../../data/scans/policy.js';
export type { PolicyPillarId, PolicyQuestion } from '../../data/scans/policy.js';

export interface PolicyScanPractice {
  readonly pillar: PolicyPillarId;
  readonly id: string;
  /** Who runs it: a municipality, or a primary-care zone or Flemish project open to municipalities. */
  readonly municipality: string;
  /** The public page that describes it. */
  readonly url: string;
  /** The questions (gaps) that led to it. */
  readonly questions: readonly string[];
}

export interface PolicyScanResult {
  readonly version: string;
  readonly pillars: ReadonlyArray<ScanGroupScore<PolicyPillarId>>;
  /**
   * The pillar with the highest and the lowest share of its maximum (ties: the first in pillar
   * order). Both null when nothing was answered, or when every pillar scores the same share.
   */
  readonly strongest: PolicyPillarId | null;
  readonly weakest: PolicyPillarId | null;
  /** One or two practices per gap, the weakest pillar first; each practice listed once. */
  readonly practices: readonly PolicyScanPractice[];
}

const IDS = POLICY_QUESTIONS.map((q) => q.id);
const ITEMS = POLICY_QUESTIONS.map((q) => ({ id: q.id, group: q.pillar }));

/**
 * The local caregiver-policy scan on the four pillars (find and reach, strengthen, relieve,
 * connect). `answers` maps question ids to 0 not yet, 1 started, 2 in place, 3 evaluated; skipped
 * questions may be left out. Unknown ids or values throw, naming them.
 */
export function scorePolicyScan(answers: ScanAnswers, options?: ScanOptions): PolicyScanResult {
  const a = checkAnswers('scorePolicyScan', answers, IDS);
  const o = checkOptions('scorePolicyScan', options);
  const pillars = scoreGroups(POLICY_PILLAR_IDS, ITEMS, a);
  const order = weakestFirst(pillars);
  const same = order.every((p) => p.score * order[0].max === order[0].score * p.max);
  const none = a.size === 0 || same;
  const practices = new Map<string, { pillar: PolicyPillarId; questions: string[] }>();
  for (const p of order) {
    for (const q of POLICY_QUESTIONS) {
      if (q.pillar !== p.id || !isGap(a.get(q.id), o)) continue;
      for (const id of q.practices.slice(0, 2)) {
        const hit = practices.get(id);
        if (hit) hit.questions.push(q.id);
        else practices.set(id, { pillar: p.id, questions: [q.id] });
      }
    }
  }
  const strongest = pillars.reduce((best, p) => (p.score * best.max > best.score * p.max ? p : best));
  return {
    version: POLICY_SCAN_VERSION,
    pillars,
    strongest: none ? null : strongest.id,
    weakest: none ? null : order[0].id,
    practices: [...practices].map(([id, x]) => {
      const def = POLICY_PRACTICES.find((d) => d.id === id);
      if (!def) throw new Error(`policy scan data: no practice "${id}"`);
      return { pillar: x.pillar, id, municipality: def.municipality, url: def.source, questions: x.questions };
    }),
  };
}

