/**
 * The amount engine: pick the dated table, choose its key, pro-rate for part-timers, and mark what the
 * sources leave open. It never computes an amount the sources do not give: unknown stays `null`.
 */
import { BENEFIT_INDEX_STEPS, OVER_50_SUPPLEMENT as OVER50, RVA_THEMATIC_PRIVATE } from '../../../data/leave/index.js';
import type { RatesTable } from '../../../data/leave/index.js';
import { newestValidOn } from '../../common/dated.js';
import { isOwnChild } from '../relations.js';
import { FULL_TIME, PRIVATE, num, type Ctx } from './context.js';
import type { LeaveAmountEstimate, LeaveAmountStatus, LeaveForm, LeaveFormOption, LeaveNoteKey, LeaveSchemeResult } from '../types.js';

export const round2 = (x: number): number => Math.round(x * 100) / 100;
export const nonNeg = (x: number): number => Math.max(0, round2(x));

export interface Amount {
  gross: number | null;
  status: LeaveAmountStatus;
  notes: LeaveNoteKey[];
  validFrom: string | null;
  tableId: string | null;
  estimate?: LeaveAmountEstimate;
}

export const noAmount = (note: LeaveNoteKey, tableId: string | null = null): Amount => ({ gross: null, status: 'unknown', notes: [note], validFrom: null, tableId });

/**
 * An amount from a table is "about" when the table is undated, the figure doubtful, indexed since, or
 * estimated by index steps (`a.estimate`, see indexEstimate).
 */
export function applyTableStatus<K extends string>(t: RatesTable<K>, key: K, asOf: string, a: Amount): Amount {
  if (a.gross === null) return a;
  const notes = [...a.notes];
  let status: LeaveAmountStatus = 'official';
  if (!t.dateStated) { status = 'estimated'; notes.push('amount.undatedSource'); }
  if (t.doubtful?.includes(key)) { status = 'estimated'; notes.push('amount.doubtfulSource'); }
  if (a.estimate) { status = 'estimated'; notes.push('amount.indexEstimate'); }
  else if (t.indexedLaterOn?.some((d) => d <= asOf)) { status = 'estimated'; notes.push('amount.indexedSince'); }
  return { ...a, status, notes };
}

/**
 * The official amount `base` of a table dated `from`, raised by every dated social-benefit index step
 * after `from` and on or before `asOf` (official × (1 + pct/100)ⁿ, rounded to the cent). The RVA
 * rounds its own way, so the result is an estimate ("about"), with what the UI needs to say how it was
 * made. No step: the official amount, no estimate.
 */
export function indexEstimate(base: number, from: string, asOf: string, currentTableUrl: string | null): { gross: number; estimate?: LeaveAmountEstimate } {
  const steps = BENEFIT_INDEX_STEPS.filter((s) => s.validFrom > from && s.validFrom <= asOf);
  if (!steps.length) return { gross: base };
  const gross = round2(steps.reduce((x, s) => x * (1 + s.pct / 100), base));
  const pct = steps[0]?.pct ?? 0;
  return {
    gross,
    estimate: { method: 'indexSteps', officialAmount: base, baseAmount: base, officialValidFrom: from, steps: steps.map((s) => s.validFrom), stepPct: pct, currentTableUrl },
  };
}

/**
 * A part-timer who stops fully gets the full-time amount pro rata (RVA amounts page); partial forms need
 * full-time jobs. An index estimate is made on the full-time amount first, then pro-rated; it then
 * applies from its last step, and its `baseAmount` is the pro-rated official amount.
 */
export function proRata<K extends string>(c: Ctx, form: LeaveForm, official: number, notes: LeaveNoteKey[], validFrom: string, t: RatesTable<K>): Amount {
  const ix = t.followsBenefitIndex ? indexEstimate(official, validFrom, c.asOf, t.currentTableUrl ?? null) : { gross: official };
  const from = ix.estimate?.steps.at(-1) ?? validFrom;
  const a: Amount = { gross: ix.gross, status: 'official', notes, validFrom: from, tableId: t.id };
  if (ix.estimate) a.estimate = ix.estimate;
  if ((form === 'FT' || form === 'FULL') && c.regime !== undefined && c.regime < FULL_TIME) {
    const regime = c.regime;
    const p: Amount = { ...a, gross: round2(ix.gross * regime), notes: [...notes, 'amount.partTimeProRata'] };
    // The note under the amount starts from this person's share, not the full-time figure it no longer shows.
    if (ix.estimate) p.estimate = { ...ix.estimate, baseAmount: round2(official * regime) };
    return p;
  }
  return a;
}

/** A flat amount straight from a table (no work-regime pro rata), with the table's status. */
export function tableAmount<K extends string>(c: Ctx, t: RatesTable<K>, key: K, gross: number | null, validFrom: string = t.validFrom, notes: LeaveNoteKey[] = []): Amount {
  return applyTableStatus(t, key, c.asOf, { gross, status: 'official', notes, validFrom, tableId: t.id });
}

export function setAmount(f: LeaveFormOption, a: Amount): void {
  f.grossMonthly = a.gross;
  f.amountStatus = a.gross === null ? 'unknown' : a.status;
  f.amountNotes = a.notes;
  f.amountValidFrom = a.gross === null ? null : a.validFrom;
  if (a.gross !== null && a.estimate) f.estimate = a.estimate;
  else delete f.estimate;
}

/**
 * RVA thematic-leave allowance (RVA_THEMATIC_PRIVATE). `singleParentChildBelow`: the age limit under
 * which the increased single-parent amount applies when caring for one's own child, or undefined.
 */
export function rvaAmount(c: Ctx, form: LeaveForm, singleParentChildBelow: number | undefined): Amount {
  // Without the sector we cannot pick a table; public-sector thematic-leave amounts are not in our sources.
  if (!c.status) return noAmount('amount.dependsOnSector');
  if (!PRIVATE.includes(c.status)) return noAmount('amount.publicSectorUnknown');
  const t = newestValidOn(RVA_THEMATIC_PRIVATE, c.asOf);
  if (!t) return noAmount('amount.noTableForDate');
  const unknownHere = (note: LeaveNoteKey): Amount => noAmount(note, t.id);
  if (form === 'ONE_FIFTH' || form === 'ONE_TENTH' || form === 'FT_WEEKS') return unknownHere('amount.notInSource');
  const partial = form === 'HALF';
  // The table is for full-time jobs. A part-timer may take ½ medical assistance leave from a 3/4 job,
  // but no source gives that amount: never show the full-time ½ figure for it.
  if (partial && c.regime !== undefined && c.regime < FULL_TIME) return unknownHere('amount.partTimePartialUnknown');
  // Before 1 Feb 2023, workers aged 50+ got a supplement on partial thematic leave; we have no figure for it.
  if (partial && c.ruleDate < OVER50.endedForRequestsFrom && (c.age === undefined || c.age >= OVER50.ageFrom)) return unknownHere('amount.over50SupplementOld');
  const childAge = num(c.s.caredFor?.ageYears);
  const singleParent =
    singleParentChildBelow !== undefined && c.s.household === 'aloneWithChildren' && isOwnChild(c.s.caredFor?.relation) &&
    childAge !== undefined && childAge < singleParentChildBelow;
  if (singleParent) {
    if (c.asOf < t.singleParentValidFrom) return unknownHere('amount.singleParentBeforeRaise');
    // For partial forms the old "under 50" condition may still apply; without the age we cannot say.
    if (partial && (c.age === undefined || c.age >= OVER50.ageFrom)) return unknownHere('amount.singleParentPartialAgeUnclear');
    const key = partial ? 'HALF_singleParentOwnChild' : 'FT_singleParentOwnChild';
    const base = t.amounts[key];
    if (base === null) return unknownHere('amount.notInSource');
    return applyTableStatus(t, key, c.asOf, proRata(c, form, base, ['amount.singleParentApplied'], t.singleParentValidFrom, t));
  }
  const key = partial ? 'HALF' : 'FT';
  const base = t.amounts[key];
  if (base === null) return unknownHere('amount.notInSource');
  return applyTableStatus(t, key, c.asOf, proRata(c, form, base, [], t.validFrom, t));
}

/** A thematic-leave result names the RVA table when one of its shown forms carries a dated amount. */
export function withRvaTable(c: Ctx, r: LeaveSchemeResult): LeaveSchemeResult {
  const dated = r.forms.some((f) => f.amountValidFrom);
  return { ...r, ratesTable: dated ? newestValidOn(RVA_THEMATIC_PRIVATE, c.asOf)?.id ?? null : null };
}
