/**
 * leaveOptions(): which leave schemes fit a worker's situation, in which forms, for how long, and
 * for what gross amount, on a given date. Pure: reads src/data/leave/, no DOM, no I/O.
 *
 * Principle: an unknown or unsure fact gives `'check'` (ask HR / the RVA) or a null amount, never
 * a guess. Every gate adds a catalog key to `reasons`, so the UI can say why.
 */
import {
  AANMOEDIGINGSPREMIE as AP, AP_PRIVATE, AP_SOCIAL_PROFIT, BALANCE_URL, COVERAGE_FROM, DWINGENDE_REDENEN, LEAVE_DATA_VERSION,
  MANTELZORGVERLOF as MZ, MEDISCHE_BIJSTAND as MB, MINOR_AGE_BELOW, OVER_50_SUPPLEMENT as OVER50, SINGLE_PARENT, OUDERSCHAP, PALLIATIEF, RECOGNITION, RVA_THEMATIC_PRIVATE, SELF_EMPLOYED,
  TIJDSKREDIET as TK, ZELFSTANDIGE, ZORGKREDIET as ZK, ZORGKREDIET_RATES, ZORGVERLOF, pickDated, pickTable,
} from '../../data/leave/index.js';
import type { RatesTable } from '../../data/leave/index.js';
import { bloodDegree, inLawDegree, isChildLike, isHousehold, isOwnChild, isPartnerLike, isSpouseOrLegal } from './relations.js';
import { sanitiseLeaveOverlay } from './overlay.js';
import type {
  LeaveAmountStatus, LeaveAvailability, LeaveCareSituation, LeaveForm, LeaveFormOption, LeaveNoteKey, LeaveOptionsConfig,
  LeaveReasonKey, LeaveRecognitionResult, LeaveResult, LeaveSchemeDetails, LeaveSchemeId, LeaveSchemeResult, LeaveSituation,
  LeaveStatus, LeaveUsed,
} from './types.js';

/** Order in which schemes are returned (and shown): the list. */
export const LEAVE_SCHEME_IDS: readonly LeaveSchemeId[] = [
  'mantelzorgverlof', 'medischeBijstand', 'palliatiefVerlof', 'ouderschapsverlof', 'tijdskredietZorg',
  'zorgverlof', 'dwingendeRedenen', 'aanmoedigingspremie', 'vlaamsZorgkrediet', 'mantelzorguitkeringZelfstandige',
];

const PRIVATE: readonly LeaveStatus[] = ['privateEmployee', 'socialProfitEmployee'];
/** Administrations whose medical-assistance family line goes to 2nd-degree in-laws (§4). */
const PUBLIC_ADMIN: readonly LeaveStatus[] = ['federalStatutory', 'flemishGovernment', 'educationFlemish'];
const FLEMISH_PUBLIC: readonly LeaveStatus[] = ['flemishGovernment', 'educationFlemish', 'localGovernment'];
const FULL_TIME = 0.999; // a regime of 1 entered as 0.9999 by a slider is still full-time

// ---------------------------------------------------------------- small helpers

/** Finite, non-negative number or undefined: the rules must survive any input (property test). */
function num(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : undefined;
}
const nz = (x: unknown): number => num(x) ?? 0;
const round2 = (x: number): number => Math.round(x * 100) / 100;
const nonNeg = (x: number): number => Math.max(0, round2(x));

const ISO = /^\d{4}-\d{2}-\d{2}$/;
function isoDate(x: unknown): string | undefined {
  if (typeof x !== 'string' || !ISO.test(x)) return undefined;
  const d = new Date(`${x}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== x ? undefined : x;
}
/** Today in Belgium, as an ISO date (the default `asOf`). */
export function leaveToday(now: Date = new Date()): string {
  // sv-SE formats as YYYY-MM-DD; the Brussels zone keeps the date right around midnight.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels' }).format(now);
}
const maxDate = (...d: (string | null | undefined)[]): string => d.filter((x): x is string => !!x).sort().at(-1) ?? COVERAGE_FROM;

class Verdict {
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

interface Ctx {
  s: LeaveSituation;
  asOf: string;
  /** Rules that changed "for requests from" a date use the request date, else asOf. */
  ruleDate: string;
  used: LeaveUsed;
  regime: number | undefined;
  status: LeaveStatus | undefined;
  situations: ReadonlySet<LeaveCareSituation> | undefined;
  age: number | undefined;
}

const isFullTime = (c: Ctx): boolean => c.regime === undefined || c.regime >= FULL_TIME;
const allowsHalfFrom = (c: Ctx, min: number): boolean => c.regime === undefined || c.regime >= min;
const has = (c: Ctx, ...k: LeaveCareSituation[]): boolean => !!c.situations && k.some((x) => c.situations?.has(x));
const seriouslyIll = (c: Ctx): boolean => has(c, 'seriouslyIll', 'terminal', 'hospitalisedMinor');

function baseDetails(over: Partial<LeaveSchemeDetails>): LeaveSchemeDetails {
  return { employerMayRefuse: false, protection: 'notStated', paid: true, ...over };
}

function emptyForm(form: LeaveForm): LeaveFormOption {
  return {
    form, maxMonthsThisPerson: null, careerMaxMonths: null, remainingMonths: null,
    grossMonthly: null, amountStatus: 'unknown', amountNotes: [], amountValidFrom: null,
  };
}

/** Status gate shared by the employee schemes. */
function employeeGate(c: Ctx, v: Verdict): void {
  if (c.status === undefined) v.check('reason.statusUnknown');
  else if (c.status === 'selfEmployed') v.fail('reason.employeesOnly');
}

function situationUnknown(c: Ctx): boolean {
  return c.situations === undefined;
}

// ---------------------------------------------------------------- amounts

interface Amount {
  gross: number | null;
  status: LeaveAmountStatus;
  notes: LeaveNoteKey[];
  validFrom: string | null;
  tableId: string | null;
}

function applyTableStatus<K extends string>(t: RatesTable<K>, key: K, asOf: string, a: Amount): Amount {
  if (a.gross === null) return a;
  const notes = [...a.notes];
  let status: LeaveAmountStatus = 'official';
  if (!t.dateStated) { status = 'estimated'; notes.push('amount.undatedSource'); }
  if (t.doubtful?.includes(key)) { status = 'estimated'; notes.push('amount.doubtfulSource'); }
  if (t.indexedLaterOn?.some((d) => d <= asOf)) { status = 'estimated'; notes.push('amount.indexedSince'); }
  return { ...a, status, notes };
}

/**
 * RVA thematic-leave allowance. `singleParentChildBelow`: the age limit under which the increased
 * single-parent amount applies when caring for one's own child (§1.2), or undefined.
 */
function rvaAmount(c: Ctx, form: LeaveForm, singleParentChildBelow: number | undefined): Amount {
  const none = (note: LeaveNoteKey): Amount => ({ gross: null, status: 'unknown', notes: [note], validFrom: null, tableId: null });
  // Without the sector we cannot pick a table; public-sector thematic-leave amounts are not in our sources (§16.4).
  if (!c.status) return none('amount.dependsOnSector');
  if (!PRIVATE.includes(c.status)) return none('amount.publicSectorUnknown');
  const t = pickTable(RVA_THEMATIC_PRIVATE, c.asOf);
  if (!t) return none('amount.noTableForDate');
  const unknownHere = (note: LeaveNoteKey): Amount => ({ gross: null, status: 'unknown', notes: [note], validFrom: null, tableId: t.id });
  if (form === 'ONE_FIFTH' || form === 'ONE_TENTH' || form === 'FT_WEEKS') return unknownHere('amount.notInSource');
  const partial = form === 'HALF';
  // The table is for full-time jobs (§1.1, §15.4). A part-timer may take ½ medical assistance leave from a
  // 3/4 job (§4), but no source gives that amount: never show the full-time ½ figure for it.
  if (partial && c.regime !== undefined && c.regime < FULL_TIME) return unknownHere('amount.partTimePartialUnknown');
  // Before 1 Feb 2023, workers aged 50+ got a supplement on partial thematic leave; we have no figure for it.
  if (partial && c.ruleDate < OVER50.endedForRequestsFrom && (c.age === undefined || c.age >= OVER50.ageFrom)) return unknownHere('amount.over50SupplementOld');
  const childAge = num(c.s.caredFor?.ageYears);
  const singleParent =
    singleParentChildBelow !== undefined && c.s.household === 'aloneWithChildren' && isOwnChild(c.s.caredFor?.relation) &&
    childAge !== undefined && childAge < singleParentChildBelow;
  if (singleParent) {
    if (c.asOf < t.singleParentValidFrom) return unknownHere('amount.singleParentBeforeRaise');
    // §16.15: for partial forms the old "under 50" condition may still apply; without the age we cannot say.
    if (partial && (c.age === undefined || c.age >= OVER50.ageFrom)) return unknownHere('amount.singleParentPartialAgeUnclear');
    const key = partial ? 'HALF_singleParentOwnChild' : 'FT_singleParentOwnChild';
    const base = t.amounts[key];
    if (base === null) return unknownHere('amount.notInSource');
    return applyTableStatus(t, key, c.asOf, proRata(c, form, base, ['amount.singleParentApplied'], t.singleParentValidFrom, t.id));
  }
  const key = partial ? 'HALF' : 'FT';
  const base = t.amounts[key];
  if (base === null) return unknownHere('amount.notInSource');
  return applyTableStatus(t, key, c.asOf, proRata(c, form, base, [], t.validFrom, t.id));
}

/** A part-timer who stops fully gets the full-time amount pro rata (§1.1); partial forms need full-time jobs. */
function proRata(c: Ctx, form: LeaveForm, base: number, notes: LeaveNoteKey[], validFrom: string, tableId: string): Amount {
  if ((form === 'FT' || form === 'FULL') && c.regime !== undefined && c.regime < FULL_TIME) {
    return { gross: round2(base * c.regime), status: 'official', notes: [...notes, 'amount.partTimeProRata'], validFrom, tableId };
  }
  return { gross: base, status: 'official', notes, validFrom, tableId };
}

function setAmount(f: LeaveFormOption, a: Amount): void {
  f.grossMonthly = a.gross;
  f.amountStatus = a.gross === null ? 'unknown' : a.status;
  f.amountNotes = a.notes;
  f.amountValidFrom = a.gross === null ? null : a.validFrom;
}

// ---------------------------------------------------------------- schemes

function result(
  scheme: LeaveSchemeId, v: Verdict, forms: LeaveFormOption[], notes: LeaveNoteKey[], ruleValidFrom: string,
  sources: readonly string[], details: LeaveSchemeDetails, motive?: LeaveReasonKey,
): LeaveSchemeResult {
  const tables = forms.map((f) => f.amountValidFrom);
  const available = v.value;
  const out: LeaveSchemeResult = {
    scheme, available, reasons: v.reasons(), forms: available === false ? [] : forms, notes: [...new Set(notes)],
    ratesTable: null, validFrom: maxDate(ruleValidFrom, ...tables), sources: [...new Set(sources)], details,
  };
  if (motive) out.motive = motive;
  return out;
}

function mantelzorgverlof(c: Ctx): LeaveSchemeResult {
  const v = new Verdict();
  const notes: LeaveNoteKey[] = ['note.mantelzorgPerNotice', 'note.recognitionValidOneYear', 'note.checkBalanceBreakAtWork'];
  const details = baseDetails({ noticeDaysMin: MZ.noticeDaysMin, blockMonths: { ...MZ.blockMonths }, protection: 'yesPeriodUnknown' });
  if (c.ruleDate < MZ.startsOn) {
    v.fail('reason.notYetInForce');
    return result('mantelzorgverlof', v, [], notes, MZ.startsOn, MZ.sources, details);
  }
  employeeGate(c, v);
  const rel = c.s.caredFor?.relation;
  const rec = c.s.recognition;
  if (rec === 'socialRights') v.ok('reason.hasSocialRightsRecognition');
  else if (rec === undefined) v.check('reason.needsSocialRightsRecognition');
  else {
    v.fail('reason.needsSocialRightsRecognition');
    const hours = num(c.s.caregiverHoursPerMonth);
    if (hours === undefined || hours >= RECOGNITION.socialRightsHoursPerMonth) v.fail('reason.recognitionCouldBePossible');
  }
  if (rel && bloodDegree(rel) === undefined && inLawDegree(rel) === undefined && !isPartnerLike(rel)) v.ok('reason.noFamilyTieNeeded');

  const lim = pickDated(MZ.limits, c.ruleDate);
  const limits = lim?.value;
  if (lim && lim.validFrom < '2021-09-01') notes.push('note.mantelzorgOldRule');
  const u = c.used;
  const personEq = nz(u.mantelzorgverlofThisPerson?.FT) + nz(u.mantelzorgverlofThisPerson?.partial) / 2;
  const careerEq = Math.max(personEq, nz(u.mantelzorgverlofCareer?.FT) + nz(u.mantelzorgverlofCareer?.partial) / 2);
  const forms: LeaveFormOption[] = [];
  if (limits) {
    const leftPersonFT = limits.perPersonFT - personEq;
    const leftFT = limits.careerFT === null ? leftPersonFT : Math.min(leftPersonFT, limits.careerFT - careerEq);
    const mk = (form: LeaveForm, factor: number, career: number | null): LeaveFormOption => {
      const f = emptyForm(form);
      f.maxMonthsThisPerson = form === 'FT' ? limits.perPersonFT : limits.perPersonPartial;
      f.careerMaxMonths = career;
      f.remainingMonths = nonNeg(leftFT * factor);
      setAmount(f, rvaAmount(c, form, SINGLE_PARENT.childAgeBelow));
      return f;
    };
    forms.push(mk('FT', 1, limits.careerFT));
    if (isFullTime(c)) forms.push(mk('HALF', 2, limits.careerPartial), mk('ONE_FIFTH', 2, limits.careerPartial));
    if (leftFT <= 0) v.fail('reason.counterUsedUp');
  }
  if (c.regime === undefined) notes.push('note.regimeUnknown');
  notes.push('note.partialNeedsFullTime', 'note.separateCounters');
  return result('mantelzorgverlof', v, forms, notes, maxDate(MZ.startsOn, lim?.validFrom), [...MZ.sources, ...(lim?.sources ?? [])], details);
}

/** Medical-assistance family line (§4). */
function medischeFamily(c: Ctx, v: Verdict): void {
  const cf = c.s.caredFor;
  const rel = cf?.relation;
  const hh = isHousehold(cf);
  if (hh === true) { v.ok('reason.familyOrHousehold'); return; }
  if (rel === undefined) { v.check('reason.relationUnknown'); return; }
  const b = bloodDegree(rel);
  const l = inLawDegree(rel);
  if (b !== undefined && b <= 2) v.ok('reason.familyOrHousehold');
  else if (isPartnerLike(rel)) v.check('reason.partnerNotLivingTogetherCheck');
  else if (l === 1) v.ok('reason.familyOrHousehold');
  else if (l === 2) {
    if (c.status && PUBLIC_ADMIN.includes(c.status)) v.ok('reason.familyOrHousehold');
    else if (c.status === undefined || c.status === 'contractualPublic') v.check('reason.inLawSecondDegreeCheck');
    else v.fail('reason.notCloseEnoughFamily');
  } else if (rel === 'fosterChild' && hh === undefined) v.check('reason.relationUnknown');
  else if (rel === 'neighbour') v.fail('reason.neighbourNotFamily');
  else if (rel === 'friend') v.fail('reason.friendNotFamily');
  else v.fail('reason.notCloseEnoughFamily');
}

function seriousIllnessGate(c: Ctx, v: Verdict): void {
  if (situationUnknown(c)) v.check('reason.situationUnknown');
  else if (seriouslyIll(c)) v.ok('reason.seriouslyIll');
  else if (has(c, 'dependent', 'disabled')) v.check('reason.doctorDecidesSeriousIllness');
  else v.fail('reason.notSeriouslyIll');
}

function medischeBijstand(c: Ctx): LeaveSchemeResult {
  const v = new Verdict();
  employeeGate(c, v);
  medischeFamily(c, v);
  seriousIllnessGate(c, v);
  const notes: LeaveNoteKey[] = ['note.separateCounters', 'note.checkBalanceBreakAtWork'];
  const cf = c.s.caredFor;
  const childAge = num(cf?.ageYears);
  const doubled = c.s.household === 'aloneWithChildren' && isOwnChild(cf?.relation) && childAge !== undefined && childAge <= MB.doubledChildMaxAge;
  if (doubled) v.ok('reason.doubledSingleParentChild');
  const maxFT = doubled ? MB.doubledFT : MB.perPatientFT;
  const maxPartial = doubled ? MB.doubledPartial : MB.perPatientPartial;
  const u = c.used.medischeBijstandThisPatient;
  const leftFT = maxFT - (nz(u?.FT) + nz(u?.partial) / 2);
  const headcount = num(c.s.employerHeadcount);
  const small = headcount !== undefined && headcount < MB.reductionRightFromHeadcount;
  const forms: LeaveFormOption[] = [];
  const mk = (form: LeaveForm, max: number, factor: number): LeaveFormOption => {
    const f = emptyForm(form);
    f.maxMonthsThisPerson = max;
    f.remainingMonths = nonNeg(leftFT * factor);
    if (form !== 'FT' && small) f.needsEmployerAgreement = true;
    setAmount(f, rvaAmount(c, form, SINGLE_PARENT.childAgeBelow));
    return f;
  };
  forms.push(mk('FT', maxFT, 1));
  if (allowsHalfFrom(c, MB.halfMinRegime)) forms.push(mk('HALF', maxPartial, 2));
  if (isFullTime(c)) forms.push(mk('ONE_FIFTH', maxPartial, 2));
  // Hospitalised minor child: 1 week, renewable once (§4), for parents or 2nd-degree relatives.
  const rel = cf?.relation;
  if (has(c, 'hospitalisedMinor') && childAge !== undefined && childAge < MB.hospitalisedChild.childAgeBelow &&
      (isChildLike(rel) || rel === 'grandchild' || rel === 'sibling')) {
    const w = emptyForm('FT_WEEKS');
    w.maxWeeks = MB.hospitalisedChild.weeks * (1 + MB.hospitalisedChild.renewals);
    setAmount(w, rvaAmount(c, 'FT_WEEKS', SINGLE_PARENT.childAgeBelow));
    forms.push(w);
    v.ok('reason.hospitalisedChildWeeks');
  }
  if (leftFT <= 0) v.fail('reason.counterUsedUp');
  if (c.regime === undefined) notes.push('note.regimeUnknown');
  notes.push('note.halfNeedsThreeQuarters');
  if (small || headcount === undefined) notes.push('note.smallEmployerReductionNeedsAgreement');
  if (headcount === undefined || headcount < MB.refuseAfterUseBelowHeadcount) notes.push('note.smallEmployerMayRefuseAfterUse');
  if (c.ruleDate >= MB.shorterPeriodsFrom && (c.status === undefined || PRIVATE.includes(c.status) || c.status === 'localGovernment')) {
    notes.push('note.shorterPeriodsWithAgreement');
  }
  // < 50 workers: after 6 months FT or 12 months reduction (mixable, 1 FT = 2 partial) the employer may refuse (§4).
  const usedEq = nz(u?.FT) + nz(u?.partial) / 2;
  let employerMayRefuse: LeaveAvailability = false;
  if (usedEq >= MB.refuseAfterFT) employerMayRefuse = headcount === undefined ? 'check' : headcount < MB.refuseAfterUseBelowHeadcount;
  const details = baseDetails({ perRequestMonths: { ...MB.perRequestMonths }, protection: 'leavePlus3Months', employerMayRefuse });
  // The 7 days come from the private-sector rules (CSC); for Flemish government staff the department sets the notice (§4).
  if (c.status !== 'flemishGovernment') details.noticeDaysMin = MB.noticeDaysMin;
  return result('medischeBijstand', v, forms, notes, COVERAGE_FROM, [...MB.sources, ...MB.hospitalisedChild.sources], details);
}

function palliatiefVerlof(c: Ctx): LeaveSchemeResult {
  const v = new Verdict();
  employeeGate(c, v);
  if (situationUnknown(c)) v.check('reason.situationUnknown');
  else if (has(c, 'terminal')) v.ok('reason.terminal');
  else v.fail('reason.notTerminal');
  v.ok('reason.noFamilyTieNeeded');
  const left = PALLIATIEF.maxMonths - nz(c.used.palliatiefThisPatientMonths);
  const mk = (form: LeaveForm): LeaveFormOption => {
    const f = emptyForm(form);
    f.maxMonthsThisPerson = PALLIATIEF.maxMonths;
    f.remainingMonths = nonNeg(left);
    setAmount(f, rvaAmount(c, form, SINGLE_PARENT.childAgeBelow));
    return f;
  };
  const forms = [mk('FT')];
  if (isFullTime(c)) forms.push(mk('HALF'), mk('ONE_FIFTH'));
  if (left <= 0) v.fail('reason.counterUsedUp');
  const notes: LeaveNoteKey[] = ['note.palliativeExtensions', 'note.palliativeStart', 'note.partialNeedsFullTime', 'note.separateCounters'];
  if (c.regime === undefined) notes.push('note.regimeUnknown');
  return result('palliatiefVerlof', v, forms, notes, PALLIATIEF.validFrom, PALLIATIEF.sources, baseDetails({ protection: 'leavePlus3Months' }));
}

function ouderschapsverlof(c: Ctx): LeaveSchemeResult {
  const v = new Verdict();
  employeeGate(c, v);
  const cf = c.s.caredFor;
  const rel = cf?.relation;
  if (rel === undefined) v.check('reason.relationUnknown');
  else if (rel === 'child') { /* own or adopted child: fine */ }
  else if (rel === 'fosterChild' && c.ruleDate >= OUDERSCHAP.fosterFrom) v.check('reason.fosterChildCheck');
  else v.fail('reason.notOwnChild');
  const age = num(cf?.ageYears);
  const pct = num(cf?.disabilityPct);
  const disabledStated = has(c, 'disabled');
  let singleBelow: number = OUDERSCHAP.childAgeBelow;
  if (age === undefined) v.check('reason.childAgeUnknown');
  else if (age < OUDERSCHAP.childAgeBelow) v.ok('reason.childUnderLimit');
  else if (age < OUDERSCHAP.disabledChildAgeBelow && pct !== undefined && pct >= OUDERSCHAP.disabilityPctMin) {
    v.ok('reason.disabledChildUnderLimit');
    singleBelow = OUDERSCHAP.disabledChildAgeBelow;
  } else if (age < OUDERSCHAP.disabledChildAgeBelow && pct === undefined && disabledStated) {
    v.check('reason.disabilityPctUnknown');
    singleBelow = OUDERSCHAP.disabledChildAgeBelow;
  } else v.fail('reason.childTooOld');
  const seniority = num(c.s.seniorityMonths);
  if (seniority === undefined) v.ok('reason.seniorityUnknown');
  else if (seniority < OUDERSCHAP.seniorityMonths) v.fail('reason.seniorityTooShort');
  const leftFT = OUDERSCHAP.maxMonths.FT - nz(c.used.ouderschapsverlofThisChildFTMonths);
  const mk = (form: 'FT' | 'HALF' | 'ONE_FIFTH' | 'ONE_TENTH'): LeaveFormOption => {
    const f = emptyForm(form);
    f.maxMonthsThisPerson = OUDERSCHAP.maxMonths[form];
    const factor = OUDERSCHAP.maxMonths[form] / OUDERSCHAP.maxMonths.FT;
    f.remainingMonths = nonNeg(leftFT * factor);
    if (form === 'ONE_TENTH') f.needsEmployerAgreement = true;
    setAmount(f, rvaAmount(c, form, singleBelow));
    return f;
  };
  const forms = [mk('FT')];
  if (isFullTime(c)) forms.push(mk('HALF'), mk('ONE_FIFTH'), mk('ONE_TENTH'));
  if (leftFT <= 0) v.fail('reason.counterUsedUp');
  const notes: LeaveNoteKey[] = ['note.partialNeedsFullTime', 'note.parentalOneTenthAgreement', 'note.separateCounters', 'note.checkBalanceBreakAtWork'];
  if (c.regime === undefined) notes.push('note.regimeUnknown');
  // §6: the 4th month is paid only for children born or adopted after 8 March 2012 (older disabled children).
  if (age !== undefined && Number(c.asOf.slice(0, 4)) - Math.floor(age) - 1 <= Number(OUDERSCHAP.fourthMonthPaidBornAfter.slice(0, 4))) {
    notes.push('note.parentalFourthMonthBornBefore2012');
  }
  const sources = [...OUDERSCHAP.sources, ...(rel === 'fosterChild' ? OUDERSCHAP.fosterSources : [])];
  const details = baseDetails({
    noticeMonthsMin: OUDERSCHAP.noticeMonths.min, noticeMonthsMax: OUDERSCHAP.noticeMonths.max,
    protection: 'leavePlus3Months', seniorityMonthsRequired: OUDERSCHAP.seniorityMonths,
  });
  return result('ouderschapsverlof', v, forms, notes, OUDERSCHAP.validFrom, sources, details);
}

/** Care motive for time credit (§7), or a verdict when none fits. */
function tkMotive(c: Ctx, v: Verdict): LeaveReasonKey | undefined {
  const cf = c.s.caredFor;
  const rel = cf?.relation;
  const age = num(cf?.ageYears);
  const pct = num(cf?.disabilityPct);
  if (has(c, 'terminal')) return 'reason.tkMotivePalliative';
  if (rel === 'child' && age !== undefined && age < TK.childAgeBelow) return 'reason.tkMotiveChildUnder8';
  if (isChildLike(rel) && age !== undefined && age < TK.disabledChildAgeBelow && (pct !== undefined ? pct >= TK.disabilityPctMin : has(c, 'disabled'))) {
    if (pct === undefined) v.check('reason.disabilityPctUnknown');
    return 'reason.tkMotiveDisabledChild';
  }
  if (isChildLike(rel) && age !== undefined && age < MINOR_AGE_BELOW && seriouslyIll(c)) return 'reason.tkMotiveSeriouslyIllMinor';
  // Family line for "seriously ill household or family member": as private-sector medical assistance.
  // A partner who does not live with the worker is neither surely household nor family (§7): ask.
  const hh = isHousehold(cf);
  const partnerApart = isPartnerLike(rel) && hh === false;
  const family = hh === true || (bloodDegree(rel) ?? 9) <= 2 || inLawDegree(rel) === 1 || partnerApart;
  if (situationUnknown(c)) { v.check('reason.situationUnknown'); return undefined; }
  if (partnerApart && (seriouslyIll(c) || has(c, 'dependent', 'disabled'))) v.check('reason.partnerNotLivingTogetherCheck');
  if (rel === undefined && seriouslyIll(c)) { v.check('reason.relationUnknown'); return undefined; }
  if (family && seriouslyIll(c)) return 'reason.tkMotiveSeriouslyIll';
  if (family && has(c, 'dependent', 'disabled')) { v.check('reason.doctorDecidesSeriousIllness'); return 'reason.tkMotiveSeriouslyIll'; }
  v.fail('reason.tkNoMotive');
  return undefined;
}

function tijdskredietZorg(c: Ctx): LeaveSchemeResult {
  const v = new Verdict();
  if (c.status === undefined) v.check('reason.statusUnknown');
  else if (!PRIVATE.includes(c.status)) v.fail('reason.privateSectorOnly');
  const motive = tkMotive(c, v);
  if (motive) v.ok(motive);
  const seniority = num(c.s.seniorityMonths);
  if (seniority === undefined) v.ok('reason.seniorityUnknown');
  else if (seniority < TK.seniorityMonths) v.fail('reason.seniorityTooShort');
  const headcount = num(c.s.employerHeadcount);
  let employerMayRefuse: LeaveAvailability = false;
  if (headcount === undefined) employerMayRefuse = 'check';
  else if (headcount <= TK.notARightUpToHeadcount) { employerMayRefuse = true; v.check('reason.tkSmallEmployer'); }
  const left = TK.careerMaxMonths - nz(c.used.tijdskredietZorgMonths);
  const mk = (form: LeaveForm): LeaveFormOption => {
    const f = emptyForm(form);
    f.careerMaxMonths = TK.careerMaxMonths;
    f.remainingMonths = nonNeg(left); // not proportional: a month of 1/5 uses a whole month
    f.amountNotes = ['amount.tkNotInSource'];
    if (employerMayRefuse === true) f.needsEmployerAgreement = true;
    return f;
  };
  const forms = [mk('FT')];
  if (allowsHalfFrom(c, TK.halfMinRegime)) forms.push(mk('HALF'));
  if (isFullTime(c)) forms.push(mk('ONE_FIFTH'));
  if (left <= 0) v.fail('reason.counterUsedUp');
  const notes: LeaveNoteKey[] = ['note.tkNotProportional', 'note.halfNeedsThreeQuarters', 'note.separateCounters', 'note.checkBalanceBreakAtWork'];
  if (c.regime === undefined) notes.push('note.regimeUnknown');
  let validFrom: string = TK.validFrom;
  if (c.ruleDate >= TK.reform2023.validFrom) {
    notes.push('note.tkAllowanceNeedsFullTimeYear');
    validFrom = TK.reform2023.validFrom;
    if (motive === 'reason.tkMotiveChildUnder8') notes.push('note.tkChildMotive48', 'note.tkChildFtBefore5');
  }
  if (motive === 'reason.tkMotiveChildUnder8' && c.ruleDate >= TK.childMotiveAllowanceSeniority.validFrom) {
    notes.push('note.tkChildSeniority36');
    validFrom = TK.childMotiveAllowanceSeniority.validFrom;
  }
  if (motive === 'reason.tkMotivePalliative') notes.push('note.tkAfterPalliativeNotice');
  if (c.ruleDate >= TK.cao1037.validFrom) notes.push('note.tkCao1037Unchecked');
  const noticeMin = headcount !== undefined && headcount > TK.longNoticeUpToHeadcount ? TK.noticeMonthsLarge : headcount === undefined ? TK.noticeMonthsLarge : TK.noticeMonthsSmall;
  const noticeMax = headcount !== undefined && headcount > TK.longNoticeUpToHeadcount ? TK.noticeMonthsLarge : TK.noticeMonthsSmall;
  const details = baseDetails({
    noticeMonthsMin: noticeMin, noticeMonthsMax: noticeMax, employerMayRefuse, protection: 'notStated',
    seniorityMonthsRequired: TK.seniorityMonths,
  });
  const sources = [...TK.sources, ...(c.ruleDate >= TK.reform2023.validFrom ? TK.reform2023.sources : []), ...(c.ruleDate >= TK.cao1037.validFrom ? TK.cao1037.sources : [])];
  return result('tijdskredietZorg', v, forms, notes, validFrom, sources, details, motive);
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
/** 10 working days for a full-time job; pro rata for part-timers (CAO 45). */
const dwingendDaysPerYear = (c: Ctx): number => round1(DWINGENDE_REDENEN.daysPerYear * (c.regime ?? 1));

/** Zorgverlof and dwingende redenen share one pot of 10 days a year (§8.2). */
function dayPots(c: Ctx): { zorgLeft: number; dwingendLeftBefore: number } {
  const usedZ = nz(c.used.zorgverlofDaysThisYear);
  const usedD = nz(c.used.dwingendeRedenenDaysThisYear);
  const dwingendLeftBefore = Math.max(0, round1(dwingendDaysPerYear(c) - usedZ - usedD));
  // Federal civil servants' congé d'aidant (§8.1, BOSA) is their own 5 days; CAO 45's 10 days do not apply to them.
  if (c.status === 'federalStatutory') return { zorgLeft: Math.max(0, ZORGVERLOF.daysPerYear - usedZ), dwingendLeftBefore };
  return { zorgLeft: Math.max(0, Math.min(ZORGVERLOF.daysPerYear - usedZ, dwingendLeftBefore)), dwingendLeftBefore };
}

function zorgverlof(c: Ctx): LeaveSchemeResult {
  const v = new Verdict();
  const notes: LeaveNoteKey[] = ['note.zorgverlofFromDwingend', 'note.zorgverlofDoctorCertificate', 'note.unpaidUnlessAgreed'];
  const details = baseDetails({ paid: false, protection: 'yesPeriodUnknown' });
  let federal = false;
  let validFrom: string = ZORGVERLOF.validFrom;
  let sources: readonly string[] = ZORGVERLOF.sources;
  if (c.ruleDate < ZORGVERLOF.validFrom) {
    v.fail('reason.notYetInForce');
    return result('zorgverlof', v, [], notes, validFrom, sources, details);
  }
  if (c.status === undefined) v.check('reason.statusUnknown');
  else if (c.status === 'selfEmployed') v.fail('reason.employeesOnly');
  else if (c.status === 'federalStatutory') {
    if (c.ruleDate < ZORGVERLOF.federalValidFrom) v.fail('reason.federalZorgverlofNotYet');
    else { v.ok('reason.federalZorgverlofOwnVersion'); federal = true; }
    validFrom = ZORGVERLOF.federalValidFrom;
    sources = ZORGVERLOF.federalSources;
  } else if (c.status === 'flemishGovernment' || c.status === 'educationFlemish' || c.status === 'localGovernment') {
    v.check('reason.statutoryZorgverlofUnchecked');
  }
  const cf = c.s.caredFor;
  const rel = cf?.relation;
  const hh = isHousehold(cf);
  if (hh === true) v.ok('reason.familyOrHousehold');
  else if (rel === undefined) v.check('reason.relationUnknown');
  else if (bloodDegree(rel) === 1) v.ok('reason.familyOrHousehold');
  else if (isSpouseOrLegal(rel)) {
    // Federal civil servants: household and own parents/children only (§8.1).
    if (federal) v.check('reason.partnerNotLivingTogetherCheck'); else v.ok('reason.familyOrHousehold');
  } else if (inLawDegree(rel) === 1 && !federal) v.check('reason.inLawZorgverlofCheck');
  else if (rel === 'neighbour') v.fail('reason.neighbourNotFamily');
  else if (rel === 'friend') v.fail('reason.friendNotFamily');
  else v.fail('reason.notCloseEnoughFamily');
  seriousIllnessGate(c, v);
  const { zorgLeft } = dayPots(c);
  const f = emptyForm('DAYS');
  f.maxDays = ZORGVERLOF.daysPerYear;
  const need = num(c.s.daysNeeded);
  const granted = need === undefined ? undefined : Math.min(need, zorgLeft);
  if (granted !== undefined) f.daysGranted = granted;
  f.remainingDays = zorgLeft - (granted ?? 0);
  // Unpaid by law (§16.7); an employer or sector agreement may pay, which the overlay can say.
  setAmount(f, { gross: 0, status: 'official', notes: ['amount.unpaid'], validFrom, tableId: null });
  if (zorgLeft <= 0) v.fail('reason.zorgverlofNoDaysLeft');
  else v.ok('reason.zorgverlofDaysLeft');
  return result('zorgverlof', v, [f], notes, validFrom, sources, details);
}

function dwingendeRedenen(c: Ctx, zorgGranted: number): LeaveSchemeResult {
  const v = new Verdict();
  if (c.status === undefined) v.check('reason.statusUnknown');
  else if (c.status === 'selfEmployed') v.fail('reason.employeesOnly');
  else if (!PRIVATE.includes(c.status)) v.check('reason.publicSectorDwingendCheck');
  const cf = c.s.caredFor;
  const rel = cf?.relation;
  const named = DWINGENDE_REDENEN.namedRelativeMaxDegree;
  if (isHousehold(cf) === true || (bloodDegree(rel) ?? 9) <= named || (inLawDegree(rel) ?? 9) <= named) v.ok('reason.familyOrHousehold');
  else if (isPartnerLike(rel)) v.check('reason.partnerNotLivingTogetherCheck');
  // Not named in CAO 45 but its list is open: the employer judges whether it is urgent and unforeseen.
  else if ((bloodDegree(rel) ?? 9) <= 2 || (inLawDegree(rel) ?? 9) <= 2) v.check('reason.dwingendCloseRelativeCheck');
  else if (rel === undefined) v.check('reason.relationUnknown');
  else if (rel === 'neighbour') v.fail('reason.neighbourNotFamily');
  else if (rel === 'friend') v.fail('reason.friendNotFamily');
  else v.fail('reason.notCloseEnoughFamily');
  const { dwingendLeftBefore } = dayPots(c);
  const afterZorg = Math.max(0, dwingendLeftBefore - zorgGranted);
  const f = emptyForm('DAYS');
  f.maxDays = dwingendDaysPerYear(c);
  const need = num(c.s.daysNeeded);
  // Days the zorgverlof already covers come out of this pot; only the rest is asked here.
  const granted = need === undefined || zorgGranted > 0 ? undefined : Math.min(need, afterZorg);
  if (granted !== undefined) f.daysGranted = granted;
  f.remainingDays = afterZorg - (granted ?? 0);
  setAmount(f, { gross: 0, status: 'official', notes: ['amount.unpaid'], validFrom: DWINGENDE_REDENEN.validFrom, tableId: null });
  if (dwingendLeftBefore <= 0) v.fail('reason.dwingendNoDaysLeft');
  else v.ok('reason.dwingendDaysLeft');
  const notes: LeaveNoteKey[] = ['note.dwingendUnforeseen', 'note.unpaidUnlessAgreed', 'note.zorgverlofFromDwingend'];
  if (c.regime !== undefined && c.regime < FULL_TIME) notes.push('note.dwingendPartTimeProRata');
  return result('dwingendeRedenen', v, [f], notes, DWINGENDE_REDENEN.validFrom, DWINGENDE_REDENEN.sources, baseDetails({ paid: false }));
}

function vlaamsZorgkrediet(c: Ctx): LeaveSchemeResult {
  const v = new Verdict();
  if (c.status === undefined) v.check('reason.statusUnknown');
  else if (!FLEMISH_PUBLIC.includes(c.status)) v.fail('reason.flemishPublicOnly');
  else if (c.status === 'localGovernment') {
    if (c.s.workplaceRegion === undefined) v.check('reason.apRegionUnknown');
    else if (c.s.workplaceRegion !== 'flanders') v.fail('reason.localGovernmentOutsideFlanders');
  }
  const cf = c.s.caredFor;
  const rel = cf?.relation;
  const age = num(cf?.ageYears);
  const pct = num(cf?.disabilityPct);
  let motive: LeaveReasonKey | undefined;
  // A partner who is neither married nor legally cohabiting and lives elsewhere is not surely family (§10.1): ask.
  const partnerApart = rel === 'partner' && isHousehold(cf) === false;
  const family = isHousehold(cf) === true || (bloodDegree(rel) ?? 9) <= 2 || (inLawDegree(rel) ?? 9) <= 2 || isPartnerLike(rel);
  if (partnerApart && (seriouslyIll(c) || has(c, 'dependent', 'disabled'))) v.check('reason.partnerNotLivingTogetherCheck');
  if (isChildLike(rel) && age !== undefined && age <= ZK.childAgeMax) motive = 'reason.zkMotiveChild';
  else if (has(c, 'terminal')) motive = 'reason.zkMotivePalliative';
  else if (isChildLike(rel) && (pct !== undefined ? pct >= ZK.disabilityPctMin : has(c, 'disabled'))) {
    motive = 'reason.zkMotiveDisabledChild';
    if (pct === undefined) v.check('reason.disabilityPctUnknown');
  } else if (situationUnknown(c)) v.check('reason.situationUnknown');
  else if (rel === undefined) v.check('reason.relationUnknown');
  else if (family && seriouslyIll(c)) motive = 'reason.zkMotiveSeriouslyIll';
  else if (family && has(c, 'dependent', 'disabled')) { motive = 'reason.zkMotiveSeriouslyIll'; v.check('reason.doctorDecidesSeriousIllness'); }
  else v.fail('reason.zkNoMotive');
  if (motive) v.ok(motive);
  const leftFT = ZK.careerMaxMonths.FT - nz(c.used.vlaamsZorgkredietFTMonths);
  const t = pickTable(ZORGKREDIET_RATES, c.asOf);
  const single = c.s.household === 'aloneWithChildren';
  const mk = (form: 'FT' | 'HALF' | 'ONE_FIFTH'): LeaveFormOption => {
    const f = emptyForm(form);
    f.careerMaxMonths = ZK.careerMaxMonths[form];
    f.remainingMonths = nonNeg(leftFT * (ZK.careerMaxMonths[form] / ZK.careerMaxMonths.FT));
    if (t) {
      if (form === 'FT') {
        const base = t.amounts.FT;
        if (base !== null) setAmount(f, applyTableStatus(t, 'FT', c.asOf, proRata(c, 'FT', base, [], t.validFrom, t.id)));
      } else if (c.regime !== undefined && c.regime < FULL_TIME) {
        f.amountNotes = ['amount.partTimePartialUnknown'];
      } else {
        const key = form === 'HALF' ? (single ? 'HALF_singleParent' : 'HALF') : single ? 'ONE_FIFTH_singleParent' : 'ONE_FIFTH';
        const base = t.amounts[key];
        if (base !== null) setAmount(f, applyTableStatus(t, key, c.asOf, proRata(c, form, base, single ? ['amount.singleParentApplied'] : [], t.validFrom, t.id)));
      }
    } else f.amountNotes = ['amount.noTableForDate'];
    return f;
  };
  const forms = [mk('FT')];
  if (allowsHalfFrom(c, ZK.halfMinRegimeAssumed)) forms.push(mk('HALF'));
  if (isFullTime(c)) forms.push(mk('ONE_FIFTH'));
  if (leftFT <= 0) v.fail('reason.counterUsedUp');
  const notes: LeaveNoteKey[] = ['note.zkNotWithThematic', 'note.zkPerRequest', 'note.zkHalfRuleAssumed', 'note.separateCounters'];
  if (c.regime === undefined) notes.push('note.regimeUnknown');
  const details = baseDetails({ perRequestMonths: { ...ZK.perRequestMonths }, employerMayRefuse: 'check', protection: 'notStated' });
  const r = result('vlaamsZorgkrediet', v, forms, notes, ZK.validFrom, [...ZK.sources, ...(t?.sources ?? [])], details, motive);
  r.ratesTable = t?.id ?? null;
  return r;
}

function mantelzorguitkeringZelfstandige(c: Ctx): LeaveSchemeResult {
  const v = new Verdict();
  if (c.status === undefined) v.check('reason.statusUnknown');
  else if (c.status !== 'selfEmployed') v.fail('reason.selfEmployedOnly');
  if (c.ruleDate < ZELFSTANDIGE.validFrom) v.fail('reason.notYetInForce');
  const cf = c.s.caredFor;
  const rel = cf?.relation;
  const age = num(cf?.ageYears);
  const pct = num(cf?.disabilityPct);
  let motive: LeaveReasonKey | undefined;
  const family = isHousehold(cf) === true || (bloodDegree(rel) ?? 9) <= 2 || (inLawDegree(rel) ?? 9) <= 2 || isPartnerLike(rel);
  const disabledChild = rel === 'child' && (pct !== undefined ? pct >= ZELFSTANDIGE.disabilityPctMin : has(c, 'disabled'));
  if (disabledChild && age !== undefined && age < ZELFSTANDIGE.disabledChildAgeBelow) {
    motive = 'reason.selfMotiveDisabledChild';
    if (pct === undefined) v.check('reason.disabilityPctUnknown');
  } else if (disabledChild && age !== undefined && age < ZELFSTANDIGE.integrationAllowanceAgeBelow) {
    // 18–25 only with an integration allowance (§11): we do not ask, so the fund must say.
    motive = 'reason.selfMotiveDisabledChild';
    v.check('reason.disabilityPctUnknown');
  } else if (situationUnknown(c)) v.check('reason.situationUnknown');
  else if (rel === undefined && isHousehold(cf) !== true) v.check('reason.relationUnknown');
  else if (family && seriouslyIll(c)) motive = 'reason.selfMotiveFamily';
  else if (family && has(c, 'dependent', 'disabled')) { motive = 'reason.selfMotiveFamily'; v.check('reason.doctorDecidesSeriousIllness'); }
  else v.fail('reason.selfNoMotive');
  if (motive) v.ok(motive);
  const left = ZELFSTANDIGE.careerMaxMonths - nz(c.used.mantelzorguitkeringMonths);
  const t = pickTable(SELF_EMPLOYED, c.asOf);
  const mk = (form: 'FULL' | 'PARTIAL'): LeaveFormOption => {
    const f = emptyForm(form);
    f.careerMaxMonths = ZELFSTANDIGE.careerMaxMonths;
    f.remainingMonths = nonNeg(left);
    if (t) {
      const base = t.amounts[form];
      // Flat amounts: the self-employed allowance is not pro rata to a work regime.
      if (base !== null) setAmount(f, applyTableStatus(t, form, c.asOf, { gross: base, status: 'official', notes: [], validFrom: t.validFrom, tableId: t.id }));
    } else f.amountNotes = ['amount.noTableForDate'];
    return f;
  };
  const forms = [mk('FULL'), mk('PARTIAL')];
  if (left <= 0) v.fail('reason.counterUsedUp');
  const notes: LeaveNoteKey[] = ['note.selfContributions', 'note.selfExemption', 'note.selfNotWithRva'];
  const details = baseDetails({ perRequestMonths: { min: ZELFSTANDIGE.minMonths, max: ZELFSTANDIGE.perRequestMaxMonths }, protection: 'notApplicable' });
  const r = result('mantelzorguitkeringZelfstandige', v, forms, notes, ZELFSTANDIGE.validFrom, [...ZELFSTANDIGE.sources, ...(t?.sources ?? [])], details, motive);
  r.ratesTable = t?.id ?? null;
  return r;
}

// ---------------------------------------------------------------- Flemish premium

/** Which forms of which schemes can carry the premium (§7 AP, §12). */
function apQualifyingForms(c: Ctx, r: LeaveSchemeResult): LeaveForm[] {
  if (r.available === false) return [];
  switch (r.scheme) {
    case 'mantelzorgverlof':
      return c.ruleDate >= AP.mantelzorgFrom ? r.forms.map((f) => f.form) : [];
    case 'medischeBijstand':
    case 'palliatiefVerlof':
    case 'ouderschapsverlof':
      // No premium for leave taken in weeks (§12.1).
      return r.forms.map((f) => f.form).filter((f) => f !== 'FT_WEEKS');
    case 'tijdskredietZorg': {
      // Only FT or ½, and only for some motives (§7 AP).
      const age = num(c.s.caredFor?.ageYears);
      const pct = num(c.s.caredFor?.disabilityPct);
      const m = r.motive;
      const ok = m === 'reason.tkMotiveSeriouslyIll' || m === 'reason.tkMotivePalliative' || m === 'reason.tkMotiveSeriouslyIllMinor' ||
        (m === 'reason.tkMotiveChildUnder8' && age !== undefined && age <= AP.tkChildMaxAge) ||
        (m === 'reason.tkMotiveDisabledChild' && age !== undefined && age <= AP.tkDisabledChildMaxAge && (pct ?? 0) >= AP.tkDisabilityPctMin);
      return ok ? r.forms.map((f) => f.form).filter((f) => f === 'FT' || f === 'HALF') : [];
    }
    default:
      return [];
  }
}

function apAmount(c: Ctx, form: LeaveForm, fromThematic: boolean): Amount {
  const none = (note: LeaveNoteKey, tableId: string | null = null): Amount => ({ gross: null, status: 'unknown', notes: [note], validFrom: null, tableId });
  if (c.status === 'socialProfitEmployee') {
    const t = pickTable(AP_SOCIAL_PROFIT, c.asOf);
    if (!t) return none('amount.noTableForDate');
    // §12.3 gives social-profit zorgkrediet premiums for thematic leave only; nothing for time credit.
    if (!fromThematic) return none('amount.apNotInSource', t.id);
    if (form !== 'FT' && form !== 'HALF' && form !== 'ONE_FIFTH' && form !== 'ONE_TENTH') return none('amount.apNotInSource', t.id);
    if (form === 'ONE_TENTH' && c.asOf < t.oneTenthValidFrom) return none('amount.noTableForDate', t.id);
    const base = t.amounts[form];
    return applyTableStatus(t, form, c.asOf, { gross: base, status: 'official', notes: [], validFrom: t.validFrom, tableId: t.id });
  }
  const t = pickTable(AP_PRIVATE, c.asOf);
  if (!t) return none('amount.noTableForDate');
  const past = num(c.s.regimePastYear) ?? c.regime;
  const notes: LeaveNoteKey[] = num(c.s.regimePastYear) === undefined ? ['note.apAssumesSameRegime'] : [];
  if (past === undefined) return none('note.apAssumesSameRegime', t.id);
  const fullNow = c.regime === undefined || c.regime >= FULL_TIME;
  let key: 'FT_from75' | 'HALF_from75' | 'FT_from50' | 'FT_from20to50' | 'ONE_FIFTH_thematicOnly' | 'ONE_TENTH' | undefined;
  if (form === 'FT') key = past >= AP.from75 ? 'FT_from75' : past >= AP.from50 ? 'FT_from50' : past >= AP.from20 ? 'FT_from20to50' : undefined;
  else if (form === 'HALF') key = past >= AP.from75 ? 'HALF_from75' : undefined;
  else if (form === 'ONE_FIFTH') key = fromThematic && past >= AP.from75 && fullNow ? 'ONE_FIFTH_thematicOnly' : undefined;
  else if (form === 'ONE_TENTH') key = past >= AP.from75 && fullNow && c.asOf >= t.oneTenthValidFrom ? 'ONE_TENTH' : undefined;
  if (!key) return { gross: null, status: 'unknown', notes: [...notes, 'amount.apNotInSource'], validFrom: null, tableId: t.id };
  let gross = t.amounts[key];
  if (gross === null) return { gross: null, status: 'unknown', notes: [...notes, 'amount.apNotInSource'], validFrom: null, tableId: t.id };
  const alone = c.s.household === 'alone' || (c.s.household === 'aloneWithChildren' && c.s.childrenWithChildBenefit === true);
  const supplement = t.amounts.aloneSupplement;
  if (alone && supplement !== null) { gross = round2(gross + supplement); notes.push('note.apAloneSupplement'); }
  else if (c.s.household === 'aloneWithChildren') notes.push('note.apAloneSupplementIfChildBenefit');
  const validFrom = key === 'ONE_TENTH' ? t.oneTenthValidFrom : t.validFrom;
  return applyTableStatus(t, key, c.asOf, { gross, status: 'official', notes, validFrom, tableId: t.id });
}

function aanmoedigingspremie(c: Ctx, others: readonly LeaveSchemeResult[]): LeaveSchemeResult {
  const v = new Verdict();
  const notes: LeaveNoteKey[] = ['note.apWholeMonths', 'note.apNoWeeks', 'note.apWorked12Months', 'note.apTkOnlyFtHalf', 'note.apCurrentUnconfirmed'];
  if (c.status === undefined) v.check('reason.statusUnknown');
  else if (!PRIVATE.includes(c.status)) v.fail(c.status === 'selfEmployed' ? 'reason.apNeedsRvaLeave' : 'reason.apNotPublicSector');
  const region = c.s.workplaceRegion;
  if (region === undefined) v.check('reason.apRegionUnknown');
  else if (region === 'brussels' && c.status === 'socialProfitEmployee') v.check('reason.apSocialProfitBrussels');
  else if (region !== 'flanders') v.fail('reason.apFlemishRegionOnly');
  // Which leave forms carry the premium, and whether any of those leaves is a sure "yes".
  const qualifying = new Map<LeaveForm, { thematic: boolean; sure: boolean }>();
  for (const r of others) {
    for (const form of apQualifyingForms(c, r)) {
      const prev = qualifying.get(form);
      const thematic = r.scheme !== 'tijdskredietZorg';
      qualifying.set(form, { thematic: (prev?.thematic ?? false) || thematic, sure: (prev?.sure ?? false) || r.available === true });
    }
  }
  const anySure = [...qualifying.values()].some((q) => q.sure);
  if (qualifying.size === 0) v.fail('reason.apNeedsRvaLeave');
  else if (!anySure) v.check('reason.apOnlyWithCheckLeave');
  else v.ok('reason.apWithRvaLeave');
  // Social profit: our sources name the premium for thematic leave only (§12.3), not for time credit.
  if (c.status === 'socialProfitEmployee' && qualifying.size > 0 && ![...qualifying.values()].some((q) => q.thematic)) {
    v.check('reason.apSocialProfitTkCheck');
  }
  const seniority = num(c.s.seniorityMonths);
  if (seniority !== undefined && seniority < AP.workedBeforeMonths) v.check('reason.seniorityTooShort');
  const left = AP.careerCapMonths - nz(c.used.aanmoedigingspremieMonths);
  if (left <= 0) v.fail('reason.apCapUsed');
  const order: LeaveForm[] = ['FT', 'HALF', 'ONE_FIFTH', 'ONE_TENTH'];
  const forms: LeaveFormOption[] = [];
  let tableId: string | null = null;
  for (const form of order) {
    const q = qualifying.get(form);
    if (!q) continue;
    const f = emptyForm(form);
    f.careerMaxMonths = AP.careerCapMonths;
    f.remainingMonths = nonNeg(left);
    const a = apAmount(c, form, q.thematic);
    setAmount(f, a);
    tableId = a.tableId ?? tableId;
    forms.push(f);
  }
  if (v.value !== false && forms.length > 0 && forms.every((f) => f.grossMonthly === null) && c.status === 'privateEmployee') {
    v.fail('reason.apWorkedTooLittle');
  }
  notes.push(c.status === 'socialProfitEmployee' ? 'note.apDeadlineSocialProfit' : 'note.apDeadlinePrivate');
  const sources = [...AP.sources, ...AP.mantelzorgSources, ...(c.status === 'socialProfitEmployee' ? AP_SOCIAL_PROFIT[0]?.sources ?? [] : AP_PRIVATE[0]?.sources ?? [])];
  if (c.status && FLEMISH_PUBLIC.includes(c.status)) sources.push(...AP.publicSources);
  const r = result('aanmoedigingspremie', v, forms, notes, AP.mantelzorgFrom, sources, baseDetails({ protection: 'notApplicable' }));
  r.ratesTable = tableId;
  return r;
}

// ---------------------------------------------------------------- recognition

function recognition(c: Ctx): LeaveRecognitionResult {
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

// ---------------------------------------------------------------- requested form

function checkRequest(c: Ctx, r: LeaveSchemeResult): void {
  const form = c.s.requestedForm;
  if (!form) return;
  const months = num(c.s.requestedMonths);
  const f = r.forms.find((x) => x.form === form);
  const check: LeaveSchemeResult['requested'] = { form, allowed: r.available, reasons: [] };
  if (months !== undefined) check.months = months;
  if (!f) { check.allowed = false; check.reasons.push('reason.requestedFormNotPossible'); }
  else if (months !== undefined && f.remainingMonths !== null && months > f.remainingMonths) { check.allowed = false; check.reasons.push('reason.requestedMonthsTooMany'); }
  else if (months !== undefined && r.scheme === 'mantelzorgverlof' && form !== 'FT' && months % MZ.blockMonths.partial !== 0) {
    check.allowed = false; check.reasons.push('reason.requestedMonthsBlocks');
  } else if (r.available !== false) check.reasons.push('reason.requestedOk');
  r.requested = check;
}

// ---------------------------------------------------------------- entry point

function normaliseSituation(input: LeaveSituation | null | undefined): LeaveSituation {
  return input && typeof input === 'object' ? input : {};
}

/**
 * Every leave scheme for this situation on `asOf` (default: today, Brussels time).
 * Never throws on odd input: unknown values count as "not answered".
 */
export function leaveOptions(situation: LeaveSituation | null | undefined, config: LeaveOptionsConfig = {}): LeaveResult {
  const s = normaliseSituation(situation);
  const asOf = isoDate(config.asOf) ?? leaveToday();
  const ruleDate = isoDate(s.requestDate) ?? asOf;
  const regimeRaw = num(s.workRegime);
  const situations = Array.isArray(s.caredFor?.situation) ? new Set(s.caredFor.situation) : undefined;
  const c: Ctx = {
    s, asOf, ruleDate,
    used: s.used && typeof s.used === 'object' ? s.used : {},
    regime: regimeRaw === undefined || regimeRaw === 0 ? undefined : Math.min(1, regimeRaw),
    status: typeof s.status === 'string' ? s.status : undefined,
    situations,
    age: num(s.age),
  };
  const overlay = sanitiseLeaveOverlay(config.overlay).overlay;
  const recognitionResult = recognition(c);

  if (asOf < COVERAGE_FROM || ruleDate < COVERAGE_FROM) {
    // Our sources start on 1 Sep 2020; applying today's rules to earlier dates would be a guess.
    const schemes = LEAVE_SCHEME_IDS.map((scheme): LeaveSchemeResult => ({
      scheme, available: 'check', reasons: ['reason.beforeCoverage'], forms: [], notes: [], ratesTable: null,
      validFrom: COVERAGE_FROM, sources: [BALANCE_URL], details: baseDetails({}),
    }));
    return { asOf, dataVersion: LEAVE_DATA_VERSION, schemes, recognition: recognitionResult, employer: overlay };
  }

  const mz = mantelzorgverlof(c);
  const mb = medischeBijstand(c);
  const pal = palliatiefVerlof(c);
  const ov = ouderschapsverlof(c);
  const tk = tijdskredietZorg(c);
  const zv = zorgverlof(c);
  const zorgGranted = zv.available !== false ? zv.forms[0]?.daysGranted ?? 0 : 0;
  const dr = dwingendeRedenen(c, zorgGranted);
  const ap = aanmoedigingspremie(c, [mz, mb, pal, ov, tk]);
  const zk = vlaamsZorgkrediet(c);
  const se = mantelzorguitkeringZelfstandige(c);

  for (const r of [mz, mb, pal, ov]) r.ratesTable = r.forms.find((f) => f.amountValidFrom)?.amountValidFrom ? pickTable(RVA_THEMATIC_PRIVATE, asOf)?.id ?? null : null;
  // Attach the premium to each leave form that carries it, for the comparison table.
  if (ap.available !== false) {
    for (const r of [mz, mb, pal, ov, tk]) {
      const forms = new Set(apQualifyingForms(c, r));
      for (const f of r.forms) {
        const p = ap.forms.find((x) => x.form === f.form);
        if (!p || !forms.has(f.form)) continue;
        // TK 1/5 never carries the premium; the AP form 1/5 comes from thematic leave only.
        const amount = r.scheme === 'tijdskredietZorg' ? apAmount(c, f.form, false) : { gross: p.grossMonthly, status: p.amountStatus };
        f.premium = { grossMonthly: amount.gross, amountStatus: amount.gross === null ? 'unknown' : amount.status, available: ap.available };
      }
    }
  }
  const schemes = [mz, mb, pal, ov, tk, zv, dr, ap, zk, se];
  for (const r of schemes) checkRequest(c, r);
  return { asOf, dataVersion: LEAVE_DATA_VERSION, schemes, recognition: recognitionResult, employer: overlay };
}
