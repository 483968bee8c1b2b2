/** Public events (bubbling, composed). Details never carry raw answers. */
export interface MzStepDetail {
  /** 1-based step number; 0 for the intro, `total + 1` for the result. */
  step: number;
  total: number;
}
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
  | 'locale-unavailable'
  | 'storage-unavailable'
  | 'render-failed';

export interface Issue {
  code: IssueCode;
  /** The attribute name, JSON path or record that failed; shown to help the webmaster. */
  detail?: string;
}
