import {
  scoreOverload,
  type OverloadAnswers,
  type OverloadAudience,
  type OverloadBand,
  type OverloadFinderTargetGroup,
  type OverloadHelplineReferralId,
  type OverloadLang,
  type OverloadResult,
  type OverloadServiceReferralId,
  type OverloadTipKey,
} from '../../../rules/overload/index.js';
import { isOverloadHelpline } from '../../../rules/overload/services.js';
import type { Offer } from '../partner.js';

/** What the result screen shows, decided once from the rules' answer (pure: no DOM, no Lit, no texts). */
export interface OverloadResultView {
  band: OverloadBand;
  aud: OverloadAudience;
  /** Urgent: the phone lines go first, in the help block; the services after it. */
  lines: OverloadHelplineReferralId[];
  services: OverloadServiceReferralId[];
  /** Every referral in the rules' order (the non-urgent "where to get help" list). */
  referrals: Array<OverloadHelplineReferralId | OverloadServiceReferralId>;
  /** The partner's offers for this band and audience. */
  offers: Offer[];
  /** Where the band comes from ('' when it needs no explanation) and how many items were skipped. */
  source: 'both' | 'strain' | 'global' | '';
  skipped: number;
  tips: OverloadTipKey[];
  rulesVersion: string;
  rulesValidFrom: string;
  /** Handed to an association finder on this page, on click only. */
  finderTargetGroups: OverloadFinderTargetGroup[];
}

const BANDS: readonly OverloadBand[] = ['urgent', 'high', 'elevated', 'low', 'incomplete'];

/**
 * Scores through the rules. Returns undefined for answers the rules refuse (e.g. tampered stored
 * progress): the element then shows its fallback with the help lines rather than a wrong result.
 */
export function computeResult(input: OverloadAnswers, aud: OverloadAudience, lang: OverloadLang): OverloadResult | undefined {
  try {
    return scoreOverload(input, { audience: aud, lang });
  } catch {
    return undefined;
  }
}

/** Partner offers for this band and audience; by default every band except urgent, both audiences. */
export function offersFor(offers: readonly Offer[], band: OverloadBand, aud: OverloadAudience): Offer[] {
  const other = aud === 'young' ? 'adult' : 'young';
  return offers.filter((o) => (o.bands ?? BANDS.filter((b) => b !== 'urgent')).includes(band) && (o.audience ?? 'all') !== other);
}

export function toResultView(result: OverloadResult, aud: OverloadAudience, offers: readonly Offer[]): OverloadResultView {
  const s = result.bandSource;
  return {
    band: result.band,
    aud,
    lines: result.referrals.filter(isOverloadHelpline),
    services: result.referrals.filter((id): id is OverloadServiceReferralId => !isOverloadHelpline(id)),
    referrals: [...result.referrals],
    offers: offersFor(offers, result.band, aud),
    source: s === 'both' || s === 'strain' || s === 'global' ? s : '',
    skipped: result.askedStrainItems - result.answeredStrainItems,
    tips: [...result.tips],
    rulesVersion: result.rulesVersion,
    rulesValidFrom: result.rulesValidFrom,
    finderTargetGroups: [...result.finderTargetGroups],
  };
}
