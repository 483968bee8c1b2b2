/**
 * The skeleton every scheme shares: a verdict that collects reasons, empty forms, the month forms of
 * one counter, and the result record.
 */
import { maxDate } from './dates.js';
import { nonNeg } from './amounts.js';
import type {
  LeaveAvailability, LeaveForm, LeaveFormOption, LeaveNoteKey, LeaveReasonKey, LeaveSchemeDetails, LeaveSchemeId, LeaveSchemeResult,
} from '../types.js';

/** Yes / no / ask, with the catalog keys that say why. One "no" wins over any "ask". */
export class Verdict {
  value: LeaveAvailability = true;
  private readonly yes: LeaveReasonKey[] = [];
  private readonly no: LeaveReasonKey[] = [];
  private readonly unsure: LeaveReasonKey[] = [];
  ok(k: LeaveReasonKey): void { this.yes.push(k); }
  fail(k: LeaveReasonKey): void { this.value = false; this.no.push(k); }
  check(k: LeaveReasonKey): void { if (this.value !== false) this.value = 'check'; this.unsure.push(k); }
  /** For a "no", only the blocking reasons; for "ask", the open questions first, then what is fine. */
  reasons(): LeaveReasonKey[] {
    const uniq = (a: LeaveReasonKey[]): LeaveReasonKey[] => [...new Set(a)];
    if (this.value === false) return uniq(this.no);
    if (this.value === 'check') return uniq([...this.unsure, ...this.yes]);
    return uniq(this.yes);
  }
}

export function baseDetails(over: Partial<LeaveSchemeDetails>): LeaveSchemeDetails {
  return { employerMayRefuse: false, protection: 'notStated', paid: true, ...over };
}

export function emptyForm(form: LeaveForm): LeaveFormOption {
  return {
    form, maxMonthsThisPerson: null, careerMaxMonths: null, remainingMonths: null,
    grossMonthly: null, amountStatus: 'unknown', amountNotes: [], amountValidFrom: null,
  };
}

/** One form of a counter: `factor` converts full-time months left into months of this form. */
export interface FormRow<F extends LeaveForm> {
  form: F;
  /** false: this form is not open to this worker (e.g. a reduction from a part-time job). */
  when?: boolean;
  factor?: number;
}

/**
 * The forms of a scheme with one counter of months: each gets `left × factor` remaining months and
 * whatever `fill` adds (maximum, amount, agreement); a used-up counter makes the scheme a "no".
 * Call it after the scheme's gates, so "counter used up" follows their reasons.
 */
export function counterForms<F extends LeaveForm>(
  v: Verdict, left: number, rows: readonly FormRow<F>[], fill: (f: LeaveFormOption, form: F) => void,
): LeaveFormOption[] {
  const forms = rows.filter((r) => r.when !== false).map(({ form, factor = 1 }) => {
    const f = emptyForm(form);
    f.remainingMonths = nonNeg(left * factor);
    fill(f, form);
    return f;
  });
  if (left <= 0) v.fail('reason.counterUsedUp');
  return forms;
}

export interface SchemeParts {
  scheme: LeaveSchemeId;
  verdict: Verdict;
  forms: LeaveFormOption[];
  notes: LeaveNoteKey[];
  /** The rule's own date; the result is valid from the newest of it and the amounts' dates. */
  ruleValidFrom: string;
  sources: readonly string[];
  details: LeaveSchemeDetails;
  motive?: LeaveReasonKey | undefined;
  ratesTable?: string | null;
}

/** The result record: no forms for a "no", notes and sources without repeats. */
export function schemeResult(p: SchemeParts): LeaveSchemeResult {
  const available = p.verdict.value;
  const out: LeaveSchemeResult = {
    scheme: p.scheme, available, reasons: p.verdict.reasons(), forms: available === false ? [] : p.forms, notes: [...new Set(p.notes)],
    ratesTable: p.ratesTable ?? null, validFrom: maxDate(p.ruleValidFrom, ...p.forms.map((f) => f.amountValidFrom)),
    sources: [...new Set(p.sources)], details: p.details,
  };
  if (p.motive) out.motive = p.motive;
  return out;
}
