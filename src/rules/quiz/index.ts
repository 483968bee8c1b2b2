// mantelkit/rules, recognition quiz part. Explicit, prefixed names only: src/rules/index.ts
// re-exports four widgets with `export *`, so generic names (Task, Impact…) would collide.
export {
  assessRecognition, recognitionActions, RECOGNITION_OUTCOMES,
  type RecognitionAnswers, type RecognitionResult, type RecognitionOutcome, type RecognitionFlags,
  type RecognitionReasonKey, type RecognitionActionKey,
} from './recognition.js';
export {
  assessYoungCarer, youngCarerReferrals, YOUNG_OUTCOMES,
  type YoungCarerAnswers, type YoungCarerResult, type YoungOutcome, type YoungLoad, type YoungReasonKey,
  type YoungReferrals, type YoungHelplineId,
} from './young.js';
