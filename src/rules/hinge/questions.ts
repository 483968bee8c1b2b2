/**
 * Which questions the element asks per moment (each answer changes the checklist only through
 * src/rules/hinge/checklist.ts). Small on purpose: it loads with the questions, the checklist later.
 */
import type { HingeMoment, HingeSituation } from '../../data/hinge/types.js';

export type HingeQuestion = keyof HingeSituation;

/** At most six per moment, the moment question included when the page did not set it. */
export const HINGE_ASKS: Readonly<Record<HingeMoment, readonly HingeQuestion[]>> = {
  'hospital-admission': ['admission', 'helpInPlace', 'works', 'involved'],
  'hospital-discharge': ['careAtHome', 'helpInPlace', 'papers', 'works', 'involved'],
  'care-home': ['papers', 'works', 'involved'],
  'end-of-life': ['place', 'helpInPlace', 'papers', 'works', 'involved'],
};

export function hingeAsks(moment: HingeMoment | undefined, question: HingeQuestion): boolean {
  return moment !== undefined && HINGE_ASKS[moment].includes(question);
}

export { HINGE_ADMISSION, HINGE_CARE_AT_HOME, HINGE_HELP, HINGE_MOMENTS, HINGE_PAPERS, HINGE_PLACE } from '../../data/hinge/types.js';
