/**
 * What only the result screen needs: its own module so this loads with the result chunk, not with
 * the questions.
 */
import { HELPLINES, isHelplineId, type Helpline } from '../../data/help/helplines.js';
import { OVERLOAD_THRESHOLDS, STRAIN_ITEM_IDS, type OverloadAudience, type StrainItemId } from '../../data/overload/thresholds.js';
import { SERVICES, type HelplineReferralId, type OverloadReferralId, type ServiceInfo, type ServiceReferralId } from '../../data/overload/referrals.js';
import { overloadIsAsked } from './items.js';

/** Where a service referral points (a sibling widget, or a website per language). */
export const overloadService = (id: ServiceReferralId): ServiceInfo => SERVICES[id];

/** Referral ids that are phone lines (drawn with the shared `helplineItem()`). */
export const isOverloadHelpline = (id: OverloadReferralId): id is HelplineReferralId => isHelplineId(id);

/** The phone line behind a referral id (number, hours, description from the one helpline table). */
export const overloadHelpline = (id: HelplineReferralId): Helpline => HELPLINES[id];

/** The strain items this audience is asked (in the data's order; the widget picks its own order). */
export function overloadItemsAsked(audience: OverloadAudience): StrainItemId[] {
  return STRAIN_ITEM_IDS.filter((id) => overloadIsAsked(id, audience));
}

/** The public sources the bands are anchored on (listed under "what is this based on?"). */
export const OVERLOAD_SOURCES: readonly string[] = OVERLOAD_THRESHOLDS.sources;
