/**
 * What the worker's answers say about the federal recognition as a caregiver (asked at the health fund).
 * Figures: src/data/recognition.ts, shared with the recognition quiz.
 */
import { RECOGNITION } from '../../data/leave/index.js';
import { num, type Ctx } from './engine/context.js';
import type { LeaveAvailability, LeaveReasonKey, LeaveRecognitionResult } from './types.js';

export function recognition(c: Ctx): LeaveRecognitionResult {
  const reasons: LeaveReasonKey[] = [];
  const rec = c.s.recognition;
  const hours = num(c.s.caregiverHoursPerMonth);
  let general: LeaveAvailability = 'check';
  let socialRights: LeaveAvailability = 'check';
  if (rec === 'socialRights') { general = true; socialRights = true; reasons.push('reason.hasSocialRightsRecognition'); }
  else {
    if (rec === 'general') general = true;
    if (hours !== undefined && hours < RECOGNITION.socialRightsHoursPerMonth) { socialRights = false; reasons.push('reason.needsSocialRightsRecognition'); }
    else reasons.push('reason.recognitionCouldBePossible');
  }
  return { general, socialRights, reasons, sources: [...RECOGNITION.sources] };
}
