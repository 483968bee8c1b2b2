/**
 * The one validator for contact and offer fields that partners send in their JSON: the finder's and
 * the overload check's `offers`, the leave calculator's `hrContact` and the quiz's `schoolContact`.
 * Pure, never throws, written by hand (no schema library: the widgets must stay small).
 *
 * The offer schema built from these fields is in ./offers.ts (only the widgets that take offers load
 * it); the phone rule, `telUri()` and the URL policy are in ./links.ts. Every check returns an
 * issue naming the JSON path (`offers[2].phone`, `hrContact.email`). Field meanings follow Open
 * Referral HSDS (Human Services Data Specification, https://docs.openreferral.org/), so a partner
 * can map an existing directory:
 * name/description → service, phone → phone.number, email/website → service.email/url,
 * address → location (one line), hours → schedule.description, tags → Open Eligibility terms.
 *
 * Strings stay strings: markup is never interpreted (Lit text bindings), so `<b>` shows as `<b>`.
 */
import { isValidEmail, isValidPhone, partnerUrl } from './links.js';

export { isValidEmail, isValidPhone, partnerUrl } from './links.js';

export const CONTACT_LANGS = ['nl', 'fr', 'en', 'de'] as const;
export type ContactLang = (typeof CONTACT_LANGS)[number];
/** A plain string (any language) or one text per language. */
export type LocalText = string | Partial<Record<ContactLang, string>>;

export type ContactProblem = 'notObject' | 'missing' | 'tooLong' | 'invalid' | 'unknownKey' | 'tooMany';
export interface ContactIssue {
  /** JSON path for the webmaster, e.g. `offers[2].phone`, `hrContact.email`. */
  path: string;
  /** The offer or contact field concerned (`offer` for the record itself). */
  field: string;
  problem: ContactProblem;
}

export type Check<T> = { ok: true; value?: T } | { ok: false; issue: ContactIssue };
export const ok = <T>(value?: T): Check<T> => ({ ok: true, value });
export const bad = (path: string, field: string, problem: ContactProblem): { ok: false; issue: ContactIssue } => ({ ok: false, issue: { path, field, problem } });

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Longest texts we show, per field. */
export const TEXT_MAX = { name: 120, description: 600, address: 200, hours: 200 } as const;

/** An absolute `https:` URL by the one partner-URL policy (./links.ts), for fields read without the page. */
export function safeHttpsUrl(x: unknown): string | undefined {
  return partnerUrl(x)?.url;
}

const absent = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Text field: a string or { nl, fr, en, de } strings; empty parts are left out. */
export function checkText(v: unknown, path: string, field: string, max: number): Check<LocalText> {
  if (absent(v)) return ok();
  if (typeof v === 'string') return v.trim().length > max ? bad(path, field, 'tooLong') : ok(v.trim());
  if (!isRecord(v)) return bad(path, field, 'invalid');
  const out: Partial<Record<ContactLang, string>> = {};
  for (const [lang, s] of Object.entries(v)) {
    if (!(CONTACT_LANGS as readonly string[]).includes(lang) || typeof s !== 'string') return bad(`${path}.${lang}`, field, 'invalid');
    if (s.trim().length > max) return bad(`${path}.${lang}`, field, 'tooLong');
    if (s.trim()) out[lang as ContactLang] = s.trim();
  }
  return Object.keys(out).length ? ok(out) : ok();
}

function checkString(v: unknown, path: string, field: string, test: (s: string) => string | undefined): Check<string> {
  if (absent(v)) return ok();
  const value = typeof v === 'string' ? test(v) : undefined;
  return value === undefined ? bad(path, field, 'invalid') : ok(value);
}

export const checkPhone = (v: unknown, path: string): Check<string> => checkString(v, path, 'phone', (s) => (isValidPhone(s) ? s.trim() : undefined));
export const checkEmail = (v: unknown, path: string): Check<string> => checkString(v, path, 'email', (s) => (isValidEmail(s) ? s.trim() : undefined));
/**
 * A website by the one partner-URL policy: https: anywhere, or, given the page's URL (`pageUrl`), a
 * path on the page's own site (kept as a path, so it opens in the same tab).
 */
export const checkWebsite = (v: unknown, path: string, pageUrl?: string): Check<string> => checkString(v, path, 'website', (s) => partnerUrl(s, pageUrl)?.url);

/** Picks the reader's language, else Dutch, else any. */
export function pickText(t: LocalText | undefined, lang: ContactLang): string {
  if (t === undefined) return '';
  if (typeof t === 'string') return t;
  return t[lang] ?? t.nl ?? t.fr ?? t.en ?? t.de ?? '';
}
