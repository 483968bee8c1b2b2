/**
 * The employer overlay (partner JSON): extra leave from the employer or joint committee, an HR
 * contact, an intranet link. Checked by hand here (no dependency) so `mantelkit/rules` users get the
 * same safety as the widget: bad records are dropped with a problem code, good ones are kept. The HR
 * contact uses the validator all widgets share (src/rules/help/contact.ts); every link the one partner
 * URL policy (`partnerUrl`, src/rules/help/links.ts): absolute `https:`, or a path on the page's own
 * origin when the page's URL is given as `base`.
 */
import { checkEmail, checkPhone, checkText, safeHttpsUrl, TEXT_MAX } from '../help/contact.js';
import { partnerUrl } from '../help/links.js';
import type { LeaveEmployerExtra, LeaveLocalizedText, LeaveOverlay } from './types.js';

// Kept for `mantelkit/rules` users: https only, no credentials (partnerUrl without a base page).
export { safeHttpsUrl };

export type LeaveOverlayProblem =
  | 'overlay.notObject'
  | 'overlay.badEmployerName'
  | 'overlay.badExtra'
  | 'overlay.badHrContact'
  | 'overlay.badUrl'
  /** `days` / `months` present but not a finite number in its bounds: the record stays, without the number. */
  | 'overlay.badNumber'
  | 'overlay.tooMany';

export interface LeaveOverlayCheck {
  overlay: LeaveOverlay | null;
  /** What was dropped and where (a JSON path for the webmaster: `extraLeave[2]`, `hrContact.email`). */
  problems: Array<{ code: LeaveOverlayProblem; path: string }>;
}

const MAX_EXTRAS = 20;
const MAX_TEXT = 600;
const LANGS = ['nl', 'fr', 'en', 'de'] as const;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const text = (x: unknown, max = MAX_TEXT): string | undefined => (typeof x === 'string' && x.trim() !== '' && x.length <= max ? x.trim() : undefined);

function localized(x: unknown): LeaveLocalizedText | undefined {
  const t = text(x);
  if (t) return t;
  if (!isRecord(x)) return undefined;
  const out: Partial<Record<(typeof LANGS)[number], string>> = {};
  for (const l of LANGS) {
    const v = text(x[l]);
    if (v) out[l] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

const num = (x: unknown, max: number): number | undefined => (typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= max ? x : undefined);
/** Documented bounds of the employer's counts (README): a day count within a year, months within ten years. */
export const OVERLAY_BOUNDS = { days: 366, months: 120 } as const;

/** A partner link: absolute https, or (with the page's URL as `base`) a same-origin path such as `/verlof`. */
type Link = (x: unknown) => string | undefined;

function extra(x: unknown, i: number, bad: (code: LeaveOverlayProblem, path: string) => void, link: Link): LeaveEmployerExtra | undefined {
  if (!isRecord(x)) return undefined;
  const name = localized(x.name);
  const paid = x.paid === 'yes' || x.paid === 'no' || x.paid === 'partly' ? x.paid : x.paid === true ? 'yes' : x.paid === false ? 'no' : undefined;
  if (!name || !paid) return undefined;
  const out: LeaveEmployerExtra = { id: text(x.id, 80) ?? `extra-${i + 1}`, name, paid };
  const description = localized(x.description);
  if (description) out.description = description;
  // A count that is there but wrong (1e308, -5, "NaN") is reported, never silently left out.
  for (const key of ['days', 'months'] as const) {
    const n = num(x[key], OVERLAY_BOUNDS[key]);
    if (n !== undefined) out[key] = n;
    else if (x[key] !== undefined && x[key] !== null) bad('overlay.badNumber', `extraLeave[${i}].${key}`);
  }
  const url = link(x.url);
  if (url) out.url = url;
  return out;
}

/**
 * Validate an unknown value as a leave overlay. Never throws. `base`: the URL of the page the widget is
 * on; with it, links may also be paths on that page's origin (kept as the path, so they stay same-tab).
 */
export function sanitiseLeaveOverlay(input: unknown, base?: string): LeaveOverlayCheck {
  const link: Link = (x) => partnerUrl(x, base)?.url;
  if (input === undefined || input === null) return { overlay: null, problems: [] };
  if (!isRecord(input)) return { overlay: null, problems: [{ code: 'overlay.notObject', path: '(root)' }] };
  const problems: LeaveOverlayCheck['problems'] = [];
  const bad = (code: LeaveOverlayProblem, path: string): void => { problems.push({ code, path }); };
  const out: LeaveOverlay = {};
  if (input.employerName !== undefined) {
    const n = localized(input.employerName);
    if (n) out.employerName = n; else bad('overlay.badEmployerName', 'employerName');
  }
  if (input.extraLeave !== undefined) {
    if (!Array.isArray(input.extraLeave)) bad('overlay.badExtra', 'extraLeave');
    else {
      if (input.extraLeave.length > MAX_EXTRAS) bad('overlay.tooMany', 'extraLeave');
      const extras: LeaveEmployerExtra[] = [];
      input.extraLeave.slice(0, MAX_EXTRAS).forEach((x: unknown, i: number) => {
        const e = extra(x, i, bad, link);
        if (e) extras.push(e); else bad('overlay.badExtra', `extraLeave[${i}]`);
        if (e && isRecord(x) && x.url !== undefined && !e.url) bad('overlay.badUrl', `extraLeave[${i}].url`);
      });
      if (extras.length) out.extraLeave = extras;
    }
  }
  if (input.hrContact !== undefined) {
    const h = input.hrContact;
    if (!isRecord(h)) bad('overlay.badHrContact', 'hrContact');
    else {
      // The contact fields are checked by the validator every widget shares (src/rules/help/contact.ts).
      const c: NonNullable<LeaveOverlay['hrContact']> = {};
      const name = typeof h.name === 'string' ? checkText(h.name, 'hrContact.name', 'name', TEXT_MAX.name) : undefined;
      if (name?.ok && typeof name.value === 'string') c.name = name.value;
      else if (h.name !== undefined && h.name !== null && h.name !== '') bad('overlay.badHrContact', 'hrContact.name');
      const email = checkEmail(h.email, 'hrContact.email');
      if (email.ok) { if (email.value) c.email = email.value; } else bad('overlay.badHrContact', email.issue.path);
      const phone = checkPhone(h.phone, 'hrContact.phone');
      if (phone.ok) { if (phone.value) c.phone = phone.value; } else bad('overlay.badHrContact', phone.issue.path);
      const url = link(h.url);
      if (url) c.url = url; else if (h.url !== undefined) bad('overlay.badUrl', 'hrContact.url');
      if (Object.keys(c).length) out.hrContact = c;
    }
  }
  if (input.intranetUrl !== undefined) {
    const url = link(input.intranetUrl);
    if (url) out.intranetUrl = url; else bad('overlay.badUrl', 'intranetUrl');
  }
  return { overlay: Object.keys(out).length ? out : null, problems };
}

/** Pick the text for a locale: the locale, then Dutch, then any. */
export function leaveLocalized(t: LeaveLocalizedText | undefined, locale: 'nl' | 'fr' | 'en' | 'de'): string {
  if (t === undefined) return '';
  if (typeof t === 'string') return t;
  return t[locale] ?? t.nl ?? t.en ?? t.fr ?? t.de ?? '';
}
