/**
 * The recognition figures as the leave rules read them. The figures themselves live once, in
 * src/data/recognition.ts, shared with the recognition quiz.
 */
import { CAREGIVER_RECOGNITION } from '../recognition.js';
import { COVERAGE_FROM } from './coverage.js';

export const RECOGNITION = {
  validFrom: COVERAGE_FROM,
  sources: CAREGIVER_RECOGNITION.leaveSources,
  socialRightsHoursPerMonth: CAREGIVER_RECOGNITION.socialRights.minHoursPerMonth,
  socialRightsHoursPerYear: CAREGIVER_RECOGNITION.socialRights.minHoursPerYear,
} as const;
