// Public API of the leave rules (re-exported by src/rules/index.ts as part of `mantelkit/rules`).
export { leaveOptions, leaveToday, LEAVE_SCHEME_IDS } from './leave-options.js';
export { sanitiseLeaveOverlay, safeHttpsUrl, leaveLocalized } from './overlay.js';
export { rankLeaveOptions } from './summary.js';
export { leaveHrQuestions, LEAVE_PUBLIC_STATUSES } from './ask-hr.js';
export { LEAVE_BOUNDS } from './bounds.js';
export type { LeaveBound } from './bounds.js';
export type { LeaveHrQuestion } from './ask-hr.js';
export type { LeaveRankedOption } from './summary.js';
export type { LeaveOverlayProblem, LeaveOverlayCheck } from './overlay.js';
export type * from './types.js';
// Where users see their official remaining months (Break@Work), for UIs that point to it.
export { BALANCE_URL as LEAVE_BALANCE_URL } from '../../data/leave/coverage.js';
