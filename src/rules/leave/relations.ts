/**
 * Family ties as Belgian leave law counts them: blood degree, in-law degree, partner.
 * Kept apart from the scheme rules because four schemes each draw the family line differently.
 */
import type { LeaveCaredFor, LeaveRelation } from './types.js';

const BLOOD: Partial<Record<LeaveRelation, number>> = {
  child: 1, parent: 1, mother: 1, father: 1,
  sibling: 2, grandparent: 2, grandchild: 2,
  aunt: 3, uncle: 3, niece: 3, nephew: 3,
  cousin: 4,
};

const IN_LAW: Partial<Record<LeaveRelation, number>> = {
  parentInLaw: 1, motherInLaw: 1, fatherInLaw: 1, stepParent: 1, stepchild: 1, childInLaw: 1,
  siblingInLaw: 2, grandparentInLaw: 2,
};

export const bloodDegree = (r: LeaveRelation | undefined): number | undefined => (r ? BLOOD[r] : undefined);
export const inLawDegree = (r: LeaveRelation | undefined): number | undefined => (r ? IN_LAW[r] : undefined);

/** Married or legally cohabiting: a family tie even when not living together. */
export const isSpouseOrLegal = (r: LeaveRelation | undefined): boolean => r === 'spouse' || r === 'legalCohabitant';
export const isPartnerLike = (r: LeaveRelation | undefined): boolean => isSpouseOrLegal(r) || r === 'partner';

/**
 * Household member = lives at the worker's address. Partners are assumed to live together unless
 * the user said otherwise (the widget does not ask, to keep the questions few).
 */
export function isHousehold(c: LeaveCaredFor | undefined): boolean | undefined {
  if (!c) return undefined;
  if (c.livesWithWorker !== undefined) return c.livesWithWorker;
  if (isPartnerLike(c.relation)) return true;
  return undefined;
}

/** The worker's own child (blood or adopted: 'child'), as the single-parent rules require. */
export const isOwnChild = (r: LeaveRelation | undefined): boolean => r === 'child';
export const isChildLike = (r: LeaveRelation | undefined): boolean => r === 'child' || r === 'fosterChild' || r === 'stepchild';

/**
 * Family for the Flemish care schemes (zorgkrediet, self-employed caregiver allowance): the household,
 * relatives and in-laws up to the second degree, and a partner.
 */
export function isFamilyToSecondDegree(c: LeaveCaredFor | undefined): boolean {
  const rel = c?.relation;
  return isHousehold(c) === true || (bloodDegree(rel) ?? 9) <= 2 || (inLawDegree(rel) ?? 9) <= 2 || isPartnerLike(rel);
}
