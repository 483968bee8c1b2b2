import type { OverloadCanShareAnswer, OverloadCareForId, OverloadRedFlagId, OverloadStrainAnswer, OverloadStrainItemId } from '../../rules/overload/index.js';

/**
 * The overload check's shapes, shared by the element and its result chunk. Types only: the result
 * view reads them from here, never from the element (no layering inversion, no type-level cycle).
 */
export type { LocalText, Offer, PartnerLinks } from './partner.js';

export type Step =
  | { kind: 'item'; id: OverloadStrainItemId }
  | { kind: 'global' }
  | { kind: 'canShare' }
  | { kind: 'careFor' }
  | { kind: 'redFlag'; id: OverloadRedFlagId };

/** Everything the user answered. Kept inside the element (and in sessionStorage only with `remember`). */
export interface Answers {
  strain: Partial<Record<OverloadStrainItemId, OverloadStrainAnswer>>;
  global: number | null;
  redFlags: Partial<Record<OverloadRedFlagId, boolean>>;
  canShare: OverloadCanShareAnswer | null;
  careFor: OverloadCareForId[];
}
