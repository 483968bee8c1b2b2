// mantelkit/rules — association finder: pure logic, no DOM.
// Names are finder-prefixed because src/rules/index.ts star-exports all four widgets' rules.
export { findSupport } from './find-support.js';
export { finderSource } from './sources.js';
export { bestMatches as finderBestMatches, fitKey as finderFitKey, BEST_MATCH_LIMITS as FINDER_BEST_MATCH_LIMITS } from './rank.js';
export type { BestMatchLimits as FinderBestMatchLimits } from './rank.js';
export { FINDER_LANG_VALUES, FINDER_ORDER_VALUES, FINDER_REGION_VALUES, FINDER_MAX_TEXT } from './validate.js';
export type { RecordText as FinderRecordText, RecordTexts as FinderRecordTexts } from '../../data/finder/texts/types.js';
export { validateOverlay as validateFinderOverlay, overlayIssuePath as finderOverlayIssuePath, MAX_OFFERS as FINDER_MAX_OFFERS } from './overlay.js';
export { FILTER_WORDS as FINDER_FILTER_WORDS, filtersFromWords as finderFiltersFromWords, urgentLines as finderUrgentLines } from './ui.js';
export type { UrgentLine as FinderUrgentLine } from './ui.js';
export type { LocalOffer as FinderLocalOffer, ValidOverlay as FinderValidOverlay } from './overlay.js';
export type {
  FinderItem,
  FinderItemKind,
  FinderLang,
  FinderOrder,
  FinderProfile,
  FinderResult,
  FindSupportOptions,
  LocalPremium as FinderPremium,
  OverlayIssue as FinderOverlayIssue,
  OverlayIssueCode as FinderOverlayIssueCode,
  ReasonKey as FinderReasonKey,
  CitedDocument as FinderCitedDocument,
  ContactSource as FinderContactSource,
  ContactSources as FinderContactSources,
} from './types.js';
export {
  CARE_FOR as FINDER_CARE_FOR,
  NEEDS as FINDER_NEEDS,
  HEALTH_FUNDS as FINDER_HEALTH_FUNDS,
  AGE_GROUPS as FINDER_AGE_GROUPS,
  OFFER_TAGS as FINDER_OFFER_TAGS,
} from '../../data/finder/vocabulary.js';
export type { CareFor as FinderCareFor, Need as FinderNeed, HealthFund as FinderHealthFund } from '../../data/finder/vocabulary.js';
