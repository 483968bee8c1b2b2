import { POLICY_PILLAR_IDS, POLICY_QUESTIONS } from '../../rules/scans/policy.js';
import type { ScanGroup } from '../scan-common/types.js';

/** One screen per pillar, its questions in the rules' order. */
export const POLICY_GROUPS: readonly ScanGroup[] = POLICY_PILLAR_IDS.map((id) => ({ id, questions: POLICY_QUESTIONS.filter((q) => q.pillar === id).map((q) => q.id) }));

