/** Checks the form and months the worker asked for against a scheme's result. */
import { MANTELZORGVERLOF as MZ } from '../../data/leave/index.js';
import { num, type Ctx } from './engine/context.js';
import type { LeaveSchemeResult } from './types.js';

export function withRequestCheck(c: Ctx, r: LeaveSchemeResult): LeaveSchemeResult {
  const form = c.s.requestedForm;
  if (!form) return r;
  const months = num(c.s.requestedMonths);
  const f = r.forms.find((x) => x.form === form);
  const check: NonNullable<LeaveSchemeResult['requested']> = { form, allowed: r.available, reasons: [] };
  if (months !== undefined) check.months = months;
  if (!f) { check.allowed = false; check.reasons.push('reason.requestedFormNotPossible'); }
  else if (months !== undefined && f.remainingMonths !== null && months > f.remainingMonths) { check.allowed = false; check.reasons.push('reason.requestedMonthsTooMany'); }
  // Part-time caregiver leave is taken in blocks of 2 months.
  else if (months !== undefined && r.scheme === 'mantelzorgverlof' && form !== 'FT' && months % MZ.blockMonths.partial !== 0) {
    check.allowed = false; check.reasons.push('reason.requestedMonthsBlocks');
  } else if (r.available !== false) check.reasons.push('reason.requestedOk');
  return { ...r, requested: check };
}
