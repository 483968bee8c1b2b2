import { HELPLINES, isHelplineId, type Helpline } from '../../data/help/helplines.js';
import type { HelplineReferralId, OverloadReferralId } from '../../data/overload/referrals.js';

/** Referral ids that are phone lines (drawn with the shared `helplineItem()` on steps and result). */
export const isHelpline = (id: OverloadReferralId): id is HelplineReferralId => isHelplineId(id);

export function helplines(ids: readonly OverloadReferralId[]): Helpline[] {
  return ids.filter(isHelpline).map((id) => HELPLINES[id]);
}
