/** Public events (bubbling, composed). Details never carry raw answers. */

/**
 * `mz-step`, the same in every widget (emitted by StepFlowController on every move, including
 * "restart" and "back to the intro"):
 * - `step: 0` is the intro;
 * - `step: 1 … total` are the questions that apply to the answers so far;
 * - `step: total + 1` is every screen after the questions: the result, a check page, a list mode.
 *
 * `total` counts the questions that apply now, so it can change when an answer adds or drops one.
 * The recognition quiz is the exception: its `total` is the longest path (8 adult, 16 young), because
 * a total that moves with the answers would let a page listening to `mz-step` guess those answers.
 */
export interface MzStepDetail {
  step: number;
  total: number;
}

/**
 * `mz-complete`, once per visit of the result: the widget's name and a small outcome (scheme ids, a
 * level), never the answers that led to it.
 */
export interface MzCompleteDetail<O = unknown> {
  widget: string;
  outcome: O;
}
export interface MzErrorDetail {
  code: IssueCode;
  message: string;
}
export interface MantelkitEventMap {
  'mz-ready': { widget: string; version: string };
  'mz-step': MzStepDetail;
  'mz-complete': MzCompleteDetail;
  'mz-error': MzErrorDetail;
}

/** Named failure codes, stable for partners (listed in the README). */
export type IssueCode =
  | 'bad-attribute'
  | 'bad-json'
  | 'bad-config'
  | 'config-fetch-failed'
  /** `src` has not answered yet (after 5 s); its data is still used when it comes, and the notice goes. */
  | 'config-slow'
  | 'locale-unavailable'
  | 'storage-unavailable'
  | 'render-failed';

export interface Issue {
  code: IssueCode;
  /** The attribute name, JSON path or record that failed; shown to help the webmaster. */
  detail?: string;
}
