/**
 * Realistic bounds of the numbers a person types (and `leaveOptions()` accepts): beyond them a number
 * is a typing mistake, not a fact. One table for the widget's fields and the rules' strict input, so
 * the two cannot disagree. Tiny on purpose: the widget entry imports it, not the rules chunk.
 */
export const LEAVE_BOUNDS = {
  /** A person's age in years (the worker, the person cared for). */
  age: { min: 0, max: 120 },
  /** Hours of care a month: at most every hour of a 31-day month. */
  hoursPerMonth: { min: 0, max: 744 },
  /** Months already taken on one counter: ten years is more than any care leave allows. */
  usedMonths: { min: 0, max: 120 },
  /** Days already taken this year: zorgverlof and dwingende redenen share at most 10 a year. */
  usedDays: { min: 0, max: 10 },
} as const;

export type LeaveBound = keyof typeof LEAVE_BOUNDS;
