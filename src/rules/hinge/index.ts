// Public API of the hinge-moment rules (re-exported by src/rules/index.ts as `mantelkit/rules`).
// Every name carries "hinge" so `export *` beside the other widgets' rules can never collide.
import { buildHingeChecklist, type HingeChecklist } from './checklist.js';
import { sanitiseHingeOverlay } from './overlay.js';
import { HINGE_TEXTS } from './texts.js';
import { checkHingeInput } from './validate.js';
import type { HingeLang, HingeMoment, HingeSituation } from '../../data/hinge/types.js';

export interface HingeChecklistOptions {
  moment: HingeMoment;
  /** ISO date the amounts apply on (default: today). */
  asOf?: string;
  lang?: HingeLang;
  /** The hospital's or care home's partner JSON; sanitised (bad parts dropped), never thrown on. */
  overlay?: unknown;
  /** The page's URL: partner links that are paths on the page's own origin are then kept. */
  base?: string;
}

/**
 * The personal checklist for a hinge moment. Resolves to `{ moment, asOf, dataVersion, steps }`;
 * unknown situation or option values throw a TypeError/RangeError naming their path.
 */
export async function hingeChecklist(situation: HingeSituation | undefined, options: HingeChecklistOptions): Promise<HingeChecklist> {
  const moment = checkHingeInput(situation, options);
  const lang = options.lang ?? 'nl';
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  return buildHingeChecklist(situation ?? {}, { moment, asOf, lang, overlay: sanitiseHingeOverlay(options.overlay, options.base).overlay, texts: HINGE_TEXTS[lang] });
}

export { buildHingeChecklist, hingeExcludedServices } from './checklist.js';
export { sanitiseHingeOverlay, HINGE_CONTACT_ROLES, HINGE_OVERLAY_MAX } from './overlay.js';
export { HINGE_TEXTS } from './texts.js';
export { HINGE_ASKS, hingeAsks, type HingeQuestion } from './questions.js';
export { checkHingeInput } from './validate.js';
export { HINGE_AMOUNTS, HINGE_DATA_DATE, HINGE_DATA_VERSION } from '../../data/hinge/steps.js';
export {
  HINGE_MOMENTS,
  HINGE_WHEN,
  HINGE_LANGS,
  HINGE_ADMISSION,
  HINGE_CARE_AT_HOME,
  HINGE_HELP,
  HINGE_PAPERS,
  HINGE_PLACE,
} from '../../data/hinge/types.js';
export type { HingeChecklist, HingeStep, HingeContact, HingeAmount, HingeSource, BuildHingeOptions } from './checklist.js';
export type { HingeOverlay, HingeOverlayContact, HingeOverlayLink, HingeOverlayCheck, HingeOverlayProblem, HingeContactRole } from './overlay.js';
export type { HingeMoment, HingeWhen, HingeLang, HingeSituation, HingeService, HingeDataTexts } from '../../data/hinge/types.js';
