// mantelkit/rules: the pure domain logic (no DOM, no Lit), for partners who want our rules without our UI.
export * from './leave/index.js';
export * from './quiz/index.js';
export * from './overload/index.js';
export * from './finder/index.js';
// The one URL policy for partner links (https:, or a path on the page's own origin passed as `base`).
export { partnerUrl, type PartnerUrl } from './help/links.js';
export * from './hinge/index.js';
export * from './scans/index.js';
export * from './rights/index.js';
