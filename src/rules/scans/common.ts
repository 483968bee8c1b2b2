/**
 * What both organisation scans share: the four-step answer scale, strict answer checks and the
 * score per group (theme or pillar). Pure; no DOM.
 */
import { record, show } from '../common/input.js';

/** The answer scale, lowest first: 0 nothing (or only the law), 1 started / informal, 2 in place, 3 in place and evaluated. */
export const SCAN_VALUES = [0, 1, 2, 3] as const;
export type ScanValue = (typeof SCAN_VALUES)[number];

/** Answers by question id; a missing id, `null` or `undefined` is a skipped question (always valid). */
export type ScanAnswers = Readonly<Record<string, ScanValue | null | undefined>>;

/** A third of the maximum or less is "start", up to two thirds "growing", from two thirds "strong". */
export type ScanLevel = 'start' | 'growing' | 'strong';

export interface ScanGroupScore<G extends string> {
  readonly id: G;
  /** Sum of the answers (a skipped question counts 0). */
  readonly score: number;
  /** 3 × the number of questions in the group. */
  readonly max: number;
  /** How many of the group's questions were answered. */
  readonly answered: number;
  readonly level: ScanLevel;
}

export interface ScanOptions {
  /** Count a skipped question as a gap too (it then gets its action or practices). Default false. */
  readonly skippedAreGaps?: boolean;
}

export function levelOf(score: number, max: number): ScanLevel {
  if (score * 3 < max) return 'start';
  return score * 3 < max * 2 ? 'growing' : 'strong';
}

/**
 * The answers as a map, or a clear error: TypeError when `answers` is not a plain object, RangeError
 * naming every unknown question id, or the first value that is not on the scale.
 */
export function checkAnswers(fn: string, answers: unknown, ids: readonly string[]): Map<string, ScanValue> {
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
    throw new TypeError(`${fn}: answers must be an object of question id → 0, 1, 2 or 3, got ${show(answers)}`);
  }
  const unknown = Object.keys(answers).filter((k) => !ids.includes(k));
  if (unknown.length) throw new RangeError(`${fn}: unknown question id${unknown.length > 1 ? 's' : ''} ${unknown.map(show).join(', ')} (known: ${ids.join(', ')})`);
  const o = record(answers, `${fn}: answers`) ?? {};
  const out = new Map<string, ScanValue>();
  for (const id of ids) {
    const v = o[id];
    if (v === undefined || v === null) continue;
    if (!(SCAN_VALUES as readonly unknown[]).includes(v)) throw new RangeError(`${fn}: answers.${id}: ${show(v)} is not one of 0, 1, 2, 3 (or null to skip)`);
    out.set(id, v as ScanValue);
  }
  return out;
}

/** Options checked like answers: an unknown key or a wrong type throws. */
export function checkOptions(fn: string, options: unknown): ScanOptions {
  const o = record(options, `${fn}: options`, ['skippedAreGaps']);
  const skipped = o?.['skippedAreGaps'];
  if (skipped !== undefined && typeof skipped !== 'boolean') throw new TypeError(`${fn}: options.skippedAreGaps: expected true or false, got ${show(skipped)}`);
  return { skippedAreGaps: skipped === true };
}

/** One score per group, in the groups' order; every group is present, also when nothing was answered. */
export function scoreGroups<G extends string>(groups: readonly G[], items: ReadonlyArray<{ id: string; group: G }>, answers: ReadonlyMap<string, ScanValue>): ScanGroupScore<G>[] {
  return groups.map((id) => {
    const mine = items.filter((i) => i.group === id);
    const given = mine.map((i) => answers.get(i.id)).filter((v): v is ScanValue => v !== undefined);
    const score = given.reduce<number>((s, v) => s + v, 0);
    const max = mine.length * 3;
    return { id, score, max, answered: given.length, level: levelOf(score, max) };
  });
}

/** A question is a gap when answered 0 or 1 (or skipped, with `skippedAreGaps`). */
export function isGap(v: ScanValue | undefined, o: ScanOptions): boolean {
  return v === undefined ? o.skippedAreGaps === true : v <= 1;
}

/** Groups from weakest to strongest (share of the maximum), ties in the groups' own order. */
export function weakestFirst<G extends string>(scores: readonly ScanGroupScore<G>[]): ScanGroupScore<G>[] {
  return scores.map((s, i) => ({ s, i })).sort((a, b) => a.s.score * b.s.max - b.s.score * a.s.max || a.i - b.i).map((x) => x.s);
}
