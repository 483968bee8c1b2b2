import type { LeaveForm, LeaveReasonKey, LeaveResult, LeaveSchemeId, LeaveSchemeResult } from '../../../rules/leave/index.js';

/** What the result screen shows, decided once from the rules' answer (pure: no DOM, no Lit, no texts). */
export interface LeaveResultView {
  asOf: string;
  /** Schemes that fit, that need a check with HR, that do not apply (each with the rules' reasons). */
  yes: LeaveSchemeResult[];
  check: LeaveSchemeResult[];
  no: LeaveSchemeResult[];
  /** Why recognition as a caregiver matters here; undefined when it is settled or irrelevant. */
  recognition: LeaveReasonKey[] | undefined;
  /** Comparison rows: only when there are two or more schemes to compare. */
  compare: LeaveSchemeResult[];
  /** What the notice letter can ask for (the premium is not asked from the employer). */
  letter: Array<{ scheme: LeaveSchemeId; form: LeaveForm }>;
  /** `mz-complete` outcome: ids of the schemes that fit (no answers). */
  outcome: { schemes: LeaveSchemeId[] };
}

/** Not asked from an employer: the Flemish premium, and the self-employed have none. */
const NO_EMPLOYER: readonly LeaveSchemeId[] = ['aanmoedigingspremie', 'mantelzorguitkeringZelfstandige'];

export function toResultView(res: LeaveResult, selfEmployed: boolean): LeaveResultView {
  const yes = res.schemes.filter((s) => s.available === true);
  const check = res.schemes.filter((s) => s.available === 'check');
  const no = res.schemes.filter((s) => s.available === false);
  const fit = [...yes, ...check];
  const rows = fit.filter((r) => r.forms.length && r.scheme !== 'aanmoedigingspremie');
  return {
    asOf: res.asOf,
    yes,
    check,
    no,
    recognition: res.recognition.socialRights !== true && !selfEmployed ? res.recognition.reasons : undefined,
    compare: rows.length >= 2 ? rows : [],
    letter: fit.filter((r) => !NO_EMPLOYER.includes(r.scheme)).flatMap((r) => r.forms.map((f) => ({ scheme: r.scheme, form: f.form }))),
    outcome: { schemes: yes.map((s) => s.scheme) },
  };
}

/** Schemes whose maximum is a career total, not "for this person". */
export function careerOnly(scheme: LeaveSchemeId): boolean {
  return scheme === 'aanmoedigingspremie' || scheme === 'tijdskredietZorg' || scheme === 'vlaamsZorgkrediet' || scheme === 'mantelzorguitkeringZelfstandige';
}

