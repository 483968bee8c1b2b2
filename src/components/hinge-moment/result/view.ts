import type { HingeChecklist, HingeMoment, HingeSource, HingeStep, HingeWhen } from '../../../rules/hinge/index.js';

/** What the checklist screen shows, decided once from the rules' answer (pure: no DOM, no Lit, no texts). */
export interface HingeResultView {
  moment: HingeMoment;
  asOf: string;
  dataVersion: string;
  /** The phases that have steps, in time order. */
  groups: Array<{ when: HingeWhen; steps: HingeStep[] }>;
  /** Every source the steps cite, once, in order of first use ("how was this made"). */
  sources: HingeSource[];
  count: number;
  /** `mz-complete` outcome: the moment only (never answers or ticks). */
  outcome: { moment: HingeMoment; steps: number };
}

const WHEN: readonly HingeWhen[] = ['before', 'day', 'after'];

export function toResultView(c: HingeChecklist): HingeResultView {
  const seen = new Map<string, HingeSource>();
  for (const s of c.steps) for (const src of s.sources) if (!seen.has(src.url)) seen.set(src.url, src);
  return {
    moment: c.moment,
    asOf: c.asOf,
    dataVersion: c.dataVersion,
    groups: WHEN.map((when) => ({ when, steps: c.steps.filter((s) => s.when === when) })).filter((g) => g.steps.length > 0),
    sources: [...seen.values()],
    count: c.steps.length,
    outcome: { moment: c.moment, steps: c.steps.length },
  };
}
