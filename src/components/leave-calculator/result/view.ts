import type { LeaveForm, LeaveFormOption, LeaveHrQuestion, LeaveRankedOption, LeaveReasonKey, LeaveResult, LeaveSchemeId, LeaveSchemeResult } from '../../../rules/leave/index.js';

/** One option of the summary at the top: the ranked choice and its scheme (for what to check). */
export interface LeaveSummaryOption extends LeaveRankedOption {
  result: LeaveSchemeResult;
}

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
  /** The answer first: the best one or two options (empty when nothing fits). */
  summary: LeaveSummaryOption[];
  /** Per scheme, the form its card's one-line summary shows (the ranked best form). */
  best: Partial<Record<LeaveSchemeId, LeaveFormOption>>;
  /** Public-sector statuses: what to ask HR where the rules depend on the employer (empty elsewhere). */
  askHr: LeaveHrQuestion[];
  /** `mz-complete` outcome: ids of the schemes that fit (no answers). */
  outcome: { schemes: LeaveSchemeId[] };
}

/** Not asked from an employer: the Flemish premium, and the self-employed have none. */
const NO_EMPLOYER: readonly LeaveSchemeId[] = ['aanmoedigingspremie', 'mantelzorguitkeringZelfstandige'];

/** The second option joins the first when its paid time is within this share of the best. */
const CLOSE = 0.75;

/** The summary's options from the ranked list (`rankLeaveOptions` of the lazy rules chunk, passed in). */
export function summaryOptions(res: LeaveResult, ranked: readonly LeaveRankedOption[]): LeaveSummaryOption[] {
  const withResult = ranked.flatMap((o) => {
    const result = res.schemes.find((s) => s.scheme === o.scheme);
    return result ? [{ ...o, result }] : [];
  });
  const [first, second] = withResult;
  if (!first) return [];
  if (!second) return [first];
  const close = second.paidMonthsFullTime >= first.paidMonthsFullTime * CLOSE;
  // Also when the best has no known amount: the reader then sees one option with a figure too.
  return close || first.available === 'check' || second.available === 'check' || first.form.grossMonthly === null ? [first, second] : [first];
}

export function toResultView(res: LeaveResult, selfEmployed: boolean, ranked: readonly LeaveRankedOption[] = [], askHr: readonly LeaveHrQuestion[] = []): LeaveResultView {
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
    summary: summaryOptions(res, ranked),
    best: Object.fromEntries(ranked.map((o) => [o.scheme, o.form])),
    askHr: [...askHr],
    outcome: { schemes: yes.map((s) => s.scheme) },
  };
}
