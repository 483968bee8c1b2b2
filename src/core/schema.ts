import * as v from 'valibot';
import type { Issue } from './events.js';

/**
 * valibot helpers for partner JSON: per-record validation with readable paths. Kept out of the core
 * chunk (valibot is its own chunk), so widgets that validate by hand do not download it.
 */

/** A JSON path for people: `offers[2].phone`. */
export function issuePath(base: string, issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((p) => p.key).filter((k): k is string | number => typeof k === 'string' || typeof k === 'number');
  return keys.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), base);
}

/** Validates one value; on failure returns undefined and an issue naming the first bad path. */
export function validatePart<S extends v.GenericSchema>(schema: S, value: unknown, path: string): { value?: v.InferOutput<S>; issues: Issue[] } {
  const result = v.safeParse(schema, value);
  if (result.success) return { value: result.output, issues: [] };
  return { issues: [{ code: 'bad-config', detail: issuePath(path, result.issues[0]) }] };
}

/**
 * Validates a list record by record: good records are kept, each bad one is dropped with its own issue.
 * A non-array is one issue and an empty list.
 */
export function validateList<S extends v.GenericSchema>(schema: S, value: unknown, path: string): { items: Array<v.InferOutput<S>>; issues: Issue[] } {
  if (value === undefined) return { items: [], issues: [] };
  if (!Array.isArray(value)) return { items: [], issues: [{ code: 'bad-config', detail: path }] };
  const items: Array<v.InferOutput<S>> = [];
  const issues: Issue[] = [];
  value.forEach((item, i) => {
    const r = validatePart(schema, item, `${path}[${i}]`);
    if (r.value !== undefined) items.push(r.value);
    issues.push(...r.issues);
  });
  return { items, issues };
}

/** Only http(s) and mailto/tel links from partners are rendered as links; anything else is dropped. */
export const safeUrl = v.pipe(
  v.string(),
  v.trim(),
  v.check((s) => /^(https?:\/\/|mailto:|tel:)/i.test(s), 'unsafe url'),
);
