/**
 * The amount engine: pick the dated table, choose its key, pro-rate for part-timers, and mark what the
 * sources leave open. It never computes an amount the sources do not give: unknown stays `null`.
 */
import { OVER_50_SUPPLEMENT as OVER50, RVA_THEMATIC_PRIVATE } from '../../../data/leave/index.js';
import type { RatesTable } from '../../../data/leave/index.js';
import { newestValidOn } from '../../common/dated.js';
import { isOwnChild } from '../relations.js';
import { FULL_TIME, PRIVATE, num, type Ctx } from './context.js';
import type { LeaveAmountStatus, LeaveForm, LeaveFormOption, LeaveNoteKey, LeaveSchemeResult } from '../types.js';

export const round2 = (x: number): number => Math.round(x * 100) / 100;
export const nonNeg = (x: number): number => Math.max(0, round2(x));

export interface Amount {
  gross: number | null;
  status: LeaveAmountStatus;
  notes: LeaveNoteKey[];
  validFrom: string | null;
  tableId: string | null;
}

export const noAmount = (note: LeaveNoteKey, tableId: string | null = null): Amount => ({ gross: null, status: 'unknown', notes: [note], validFrom: null, tableId });

/** An amount from a table is "about" when the table is undated, the figure doubtful, or indexed since. */
export function applyTableStatus<K extends string>(t: RatesTable<K>, key: K, asOf: string, a: Amount): Amount {
  if (a.gross === null) return a;
  const notes = [...a.notes];
  let status: LeaveAmountStatus = 'official';
  if (!t.dateStated) { status = 'estimated'; notes.push('amount.undatedSource'); }
  if (t.doubtful?.includes(key)) { status = 'estimated'; notes.push('amount.doubtfulSource'); }
  if (t.indexedLaterOn?.some((d) => d <= asOf)) { status = 'estimated'; notes.push('amount.indexedSince'); }
  return { ...a, status, notes };
}

/** A part-timer who stops fully gets the full-time amount pro rata (RVA amounts page); partial forms need full-time jobs. */
export function proRata(c: Ctx, form: LeaveForm, base: number, notes: LeaveNoteKey[], validFrom: string, tableId: string): Amount {
  if ((form === 'FT' || form === 'FULL') && c.regime !== undefined && c.regime < FULL_TIME) {
    return { gross: round2(base * c.regime), status: 'official', notes: [...notes, 'amount.partTimeProRata'], validFrom, tableId };
  }
  return { gross: base, status: 'official', notes, validFrom, tableId };
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
    return applyTableStatus(t, key, c.asOf, proRata(c, form, base, ['amount.singleParentApplied'], t.singleParentValidFrom, t.id));
  }
  const key = partial ? 'HALF' : 'FT';
  const base = t.amounts[key];
  if (base === null) return unknownHere('amount.notInSource');
  return applyTableStatus(t, key, c.asOf, proRata(c, form, base, [], t.validFrom, t.id));
}

/** A thematic-leave result names the RVA table when one of its shown forms carries a dated amount. */
export function withRvaTable(c: Ctx, r: LeaveSchemeResult): LeaveSchemeResult {
  const dated = r.forms.some((f) => f.amountValidFrom);
  return { ...r, ratesTable: dated ? newestValidOn(RVA_THEMATIC_PRIVATE, c.asOf)?.id ?? null : null };
}
