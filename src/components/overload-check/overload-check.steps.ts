import { overloadIsAsked, RED_FLAG_IDS } from '../../rules/overload/items.js';
import type { OverloadAudience, OverloadStrainItemId } from '../../rules/overload/index.js';
import type { OverloadMessages } from '../../i18n/overload/nl.js';
import type { Step } from './overload-check.model.js';

/**
 * The order the check asks the strain items in: a UI choice, so it lives here and not in the
 * scoring parameters. Which items an audience is asked at all is the rules' call (`overloadIsAsked`).
 */
const STRAIN_ORDER: readonly OverloadStrainItemId[] = ['time', 'combine', 'physical', 'sleep', 'emotional', 'alwaysOn', 'social', 'money', 'health', 'outlook'];

/** The questions for an audience, in asking order. */
export function overloadSteps(aud: OverloadAudience): Step[] {
  const items: Step[] = STRAIN_ORDER.filter((id) => overloadIsAsked(id, aud)).map((id) => ({ kind: 'item', id }));
  const flags: Step[] = RED_FLAG_IDS.map((id) => ({ kind: 'redFlag', id }));
  // Red flags last (docs/content/overload.md#items): the gentle questions come after the rest, with help visible.
  return [...items, { kind: 'global' }, { kind: 'canShare' }, { kind: 'careFor' }, ...flags];
}

/** The question a step asks, in the audience's wording. */
export function questionText(t: OverloadMessages, aud: OverloadAudience, step: Step): string {
  switch (step.kind) {
    case 'item':
      return t[`q.${aud}.${step.id}`];
    case 'global':
      return t[`global.${aud}`];
    case 'canShare':
      return t[`canShare.${aud}`];
    case 'careFor':
      return t[`careFor.${aud}`];
    case 'redFlag':
      return t[`rf.${aud}.${step.id}`];
  }
}
