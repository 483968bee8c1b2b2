/** Gates several schemes share: who may ask at all, and whether the illness is serious enough. */
import { has, seriouslyIll, situationUnknown, type Ctx } from './context.js';
import type { Verdict } from './verdict.js';

/** Employees only (the RVA thematic leaves and zorgverlof). */
export function employeeGate(c: Ctx, v: Verdict): void {
  if (c.status === undefined) v.check('reason.statusUnknown');
  else if (c.status === 'selfEmployed') v.fail('reason.employeesOnly');
}

/** Seriously ill: the doctor decides, so dependence or a disability alone is an "ask". */
export function seriousIllnessGate(c: Ctx, v: Verdict): void {
  if (situationUnknown(c)) v.check('reason.situationUnknown');
  else if (seriouslyIll(c)) v.ok('reason.seriouslyIll');
  else if (has(c, 'dependent', 'disabled')) v.check('reason.doctorDecidesSeriousIllness');
  else v.fail('reason.notSeriouslyIll');
}
