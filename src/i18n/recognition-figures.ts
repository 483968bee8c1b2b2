/**
 * The federal recognition and caregiver-leave figures, as parameters for catalog strings. Both the
 * quiz and the leave texts state them; they come from src/data/recognition.ts so no translation holds
 * its own copy. A catalog writes such a string as `figures((f) => …)`; `withFigures()` renders it
 * once, when the catalog module loads, so readers still get plain strings.
 */
import { CAREGIVER_LEAVE_CURRENT, CAREGIVER_LEAVE_LIMITS_2020, CAREGIVER_RECOGNITION } from '../data/recognition.js';

const perMonth = CAREGIVER_RECOGNITION.socialRights.minHoursPerMonth;

export const RECOGNITION_FIGURES = {
  hoursPerMonth: perMonth,
  hoursPerYear: CAREGIVER_RECOGNITION.socialRights.minHoursPerYear,
  /** The monthly threshold as a rounded weekly figure, to help people estimate. */
  hoursPerWeekAbout: Math.round((perMonth * 12) / 52),
  validityYears: CAREGIVER_RECOGNITION.socialRights.validityYears,
  /** Part-time caregiver leave is taken in blocks of this many months. */
  leaveBlockMonths: CAREGIVER_LEAVE_CURRENT.blockMonths.partial,
  /** The first rule (before 1 September 2021), still quoted by outdated pages. */
  oldLeaveMonthsFT: CAREGIVER_LEAVE_LIMITS_2020.value.perPersonFT,
  oldLeaveMonthsPartial: CAREGIVER_LEAVE_LIMITS_2020.value.perPersonPartial,
} as const;

export type RecognitionFigures = Record<keyof typeof RECOGNITION_FIGURES, number>;

/** A catalog string that states recognition figures. */
export interface FigureText {
  (f: RecognitionFigures): string;
  readonly figureText: true;
}

export const figures = (render: (f: RecognitionFigures) => string): FigureText => Object.assign(render, { figureText: true as const });

/** The catalog as its readers see it: figure strings rendered. */
export type WithFigures<T> = { [K in keyof T]: T[K] extends FigureText ? string : T[K] };

/** Renders every figure string of a catalog with the current figures (or others, for tests). */
export function withFigures<T extends object>(texts: T, f: RecognitionFigures = RECOGNITION_FIGURES): WithFigures<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(texts)) out[k] = typeof v === 'function' && 'figureText' in v ? (v as FigureText)(f) : v;
  return out as WithFigures<T>;
}
