// Public API of the overload-check rules (re-exported by src/rules/index.ts as `mantelkit/rules`).
// Every name carries "overload" so `export *` beside the other widgets' rules can never collide.
// Checked arguments (TypeError/RangeError naming the argument, the value and the allowed words).
export { checkedOverloadReferrals as overloadReferrals } from './validate.js';
export {
  scoreOverload,
  BAND_RANK as OVERLOAD_BAND_RANK,
  STRAIN_ANSWERS as OVERLOAD_STRAIN_ANSWERS,
  CAN_SHARE_ANSWERS as OVERLOAD_CAN_SHARE_ANSWERS,
  CARE_FOR_IDS as OVERLOAD_CARE_FOR_IDS,
} from './score.js';
export type {
  OverloadAnswers,
  ScoreOverloadOptions,
  OverloadResult,
  OverloadBand,
  OverloadBandSource,
  OverloadTipId,
  OverloadTipKey,
  StrainAnswer as OverloadStrainAnswer,
  CanShareAnswer as OverloadCanShareAnswer,
  CareForId as OverloadCareForId,
  FinderTargetGroup as OverloadFinderTargetGroup,
} from './score.js';
export {
  OVERLOAD_THRESHOLDS,
  STRAIN_ITEM_IDS as OVERLOAD_STRAIN_ITEM_IDS,
  RED_FLAG_IDS as OVERLOAD_RED_FLAG_IDS,
  OVERLOAD_LANGS,
  REFERRALS_META as OVERLOAD_REFERRALS_META,
} from '../../data/overload/index.js';
export type {
  StrainItemId as OverloadStrainItemId,
  RedFlagId as OverloadRedFlagId,
  OverloadAudience,
  OverloadLevel,
  OverloadLang,
  OverloadReferralId,
  HelplineReferralId as OverloadHelplineReferralId,
  ServiceReferralId as OverloadServiceReferralId,
} from '../../data/overload/index.js';
