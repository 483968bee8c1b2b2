// Public API of the rights overview rules (re-exported by src/rules/index.ts as part of `mantelkit/rules`).
export { rightsOverview, rightsOverviewSync } from './overview.js';
export { sanitiseRightsOverlay, RIGHTS_ITEM_IDS, PREMIUM_MAX_PER_MONTH as RIGHTS_PREMIUM_MAX_PER_MONTH } from './overlay.js';
export type { RightsOverlayCheck } from './overlay.js';
export { RIGHTS_NEED_VALUES } from './validate.js';
export type * from './types.js';
