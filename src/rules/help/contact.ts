/**
 * The one validator for contact and offer fields that partners send in their JSON: the finder's and
 * the overload check's `offers`, the leave calculator's `hrContact` and the quiz's `schoolContact`.
 * Pure, never throws, written by hand (no schema library: the widgets must stay small).
 *
 * One `offers` list gets one verdict in every widget: an offer with a bad field is dropped with an
 * issue naming its JSON path (`offers[2].phone`) and the rest is kept, so one typo never blanks a
 * municipality's list. Field meanings follow Open Referral HSDS (Human Services Data
 * Specification, https://docs.openreferral.org/), so a partner can map an existing directory:
 * name/description → service, phone → phone.number, email/website → service.email/url,
 * address → location (one line), hours → schedule.description, tags → Open Eligibility terms.
 *
 * Strings stay strings: markup is never interpreted (Lit text bindings), so `<b>` shows as `<b>`.
 */
import { OFFER_TAGS, isOneOf, type OfferTag } from '../../data/finder/vocabulary.js';

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

type Check<T> = { ok: true; value?: T } | { ok: false; issue: ContactIssue };
const ok = <T>(value?: T): Check<T> => ({ ok: true, value });
const bad = (path: string, field: string, problem: ContactProblem): { ok: false; issue: ContactIssue } => ({ ok: false, issue: { path, field, problem } });

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Longest texts we show, per field. */
export const TEXT_MAX = { name: 120, description: 600, address: 200, hours: 200 } as const;

/**
 * The one URL policy for partner links that leave the page: https only, no user name or password
 * (blocks `javascript:`, `data:`, plain http and phishing-style `https://bank.be@evil.example`).
 * A stricter policy (an allow-list of hosts, say) is an edit here only.
 */
export function safeHttpsUrl(x: unknown): string | undefined {
  if (typeof x !== 'string') return undefined;
  const t = x.trim();
  if (!t || t.length > 2000) return undefined;
  try {
    const u = new URL(t);
    return u.protocol === 'https:' && !u.username && !u.password ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A phone number as people write it: digits with spaces, dots, slashes, dashes or brackets, an
 * optional leading +; 3 (short numbers such as 106) to 15 digits (the E.164 maximum).
 */
export function isValidPhone(v: string): boolean {
  const t = v.trim();
  const digits = t.replace(/\D/g, '').length;
  return /^\+?[\d(][\d ./()-]{1,24}$/.test(t) && digits >= 3 && digits <= 15;
}

const EMAIL = /^[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[^\s@<>"'(),;:.]{2,}$/;
/** One address, no display name, a top-level domain of at least two letters. */
export function isValidEmail(v: string): boolean {
  const t = v.trim();
  return t.length <= 254 && EMAIL.test(t);
}

const absent = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Text field: a string or { nl, fr, en, de } strings; empty parts are left out. */
export function checkText(v: unknown, path: string, field: string, max: number): Check<LocalText> {
  if (absent(v)) return ok();
  if (typeof v === 'string') return v.trim().length > max ? bad(path, field, 'tooLong') : ok(v.trim());
  if (!isRecord(v)) return bad(path, field, 'invalid');
  const out: Partial<Record<ContactLang, string>> = {};
  for (const [lang, s] of Object.entries(v)) {
    if (!isOneOf(CONTACT_LANGS, lang) || typeof s !== 'string') return bad(`${path}.${lang}`, field, 'invalid');
    if (s.trim().length > max) return bad(`${path}.${lang}`, field, 'tooLong');
    if (s.trim()) out[lang] = s.trim();
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
export const checkWebsite = (v: unknown, path: string, field = 'website'): Check<string> => checkString(v, path, field, safeHttpsUrl);

/** Bands of the overload check an offer may be limited to. */
export const OFFER_BANDS = ['urgent', 'high', 'elevated', 'low', 'incomplete'] as const;
export type OfferBand = (typeof OFFER_BANDS)[number];
export const OFFER_AUDIENCES = ['adult', 'young', 'all'] as const;

/**
 * A partner offer. `tags` are read by the finder, `bands` and `audience` by the overload check;
 * every widget checks them all, so one list gets one verdict everywhere.
 */
export interface PartnerOffer {
  /** Position in the partner's `offers` array. */
  index: number;
  name: LocalText;
  description?: LocalText;
  address?: LocalText;
  hours?: LocalText;
  phone?: string;
  email?: string;
  website?: string;
  tags: OfferTag[];
  bands?: OfferBand[];
  audience?: (typeof OFFER_AUDIENCES)[number];
}

export const OFFER_KEYS = ['name', 'description', 'address', 'hours', 'phone', 'email', 'website', 'tags', 'bands', 'audience'] as const;
export const MAX_OFFERS = 50;

function checkList<T extends string>(v: unknown, path: string, field: string, allowed: readonly T[]): Check<T[]> {
  if (v === undefined || v === null) return ok();
  if (!Array.isArray(v)) return bad(path, field, 'invalid');
  for (let i = 0; i < v.length; i++) if (!isOneOf(allowed, v[i])) return bad(`${path}[${i}]`, field, 'invalid');
  return ok([...new Set(v as T[])]);
}

/** One offer; the first bad field drops it. */
export function checkOffer(raw: unknown, index: number, base = 'offers'): { offer?: PartnerOffer; issue?: ContactIssue } {
  const path = `${base}[${index}]`;
  if (!isRecord(raw)) return { issue: { path, field: 'offer', problem: 'notObject' } };
  const unknown = Object.keys(raw).find((k) => !(OFFER_KEYS as readonly string[]).includes(k));
  if (unknown !== undefined) return { issue: { path: `${path}.${unknown}`, field: unknown, problem: 'unknownKey' } };

  const name = checkText(raw.name, `${path}.name`, 'name', TEXT_MAX.name);
  if (!name.ok) return { issue: name.issue };
  if (name.value === undefined) return { issue: { path: `${path}.name`, field: 'name', problem: 'missing' } };
  const offer: PartnerOffer = { index, name: name.value, tags: [] };
  for (const field of ['description', 'address', 'hours'] as const) {
    const c = checkText(raw[field], `${path}.${field}`, field, TEXT_MAX[field]);
    if (!c.ok) return { issue: c.issue };
    if (c.value !== undefined) offer[field] = c.value;
  }
  const phone = checkPhone(raw.phone, `${path}.phone`);
  if (!phone.ok) return { issue: phone.issue };
  const email = checkEmail(raw.email, `${path}.email`);
  if (!email.ok) return { issue: email.issue };
  const website = checkWebsite(raw.website, `${path}.website`);
  if (!website.ok) return { issue: website.issue };
  const tags = checkList(raw.tags, `${path}.tags`, 'tags', OFFER_TAGS);
  if (!tags.ok) return { issue: tags.issue };
  const bands = checkList(raw.bands, `${path}.bands`, 'bands', OFFER_BANDS);
  if (!bands.ok) return { issue: bands.issue };
  if (raw.audience !== undefined && !isOneOf(OFFER_AUDIENCES, raw.audience)) return { issue: { path: `${path}.audience`, field: 'audience', problem: 'invalid' } };
  if (phone.value) offer.phone = phone.value;
  if (email.value) offer.email = email.value;
  if (website.value) offer.website = website.value;
  if (tags.value) offer.tags = tags.value;
  if (bands.value) offer.bands = bands.value;
  if (raw.audience !== undefined) offer.audience = raw.audience as PartnerOffer['audience'];
  return { offer };
}

/**
 * The partner's `offers` array: at most MAX_OFFERS, each checked on its own.
 * `undefined` means no offers (no issue); anything but an array is one issue at `base`.
 */
export function checkOffers(raw: unknown, base = 'offers'): { offers: PartnerOffer[]; issues: ContactIssue[] } {
  if (raw === undefined || raw === null) return { offers: [], issues: [] };
  if (!Array.isArray(raw)) return { offers: [], issues: [{ path: base, field: 'offers', problem: 'invalid' }] };
  const offers: PartnerOffer[] = [];
  const issues: ContactIssue[] = [];
  raw.slice(0, MAX_OFFERS).forEach((o: unknown, i: number) => {
    const r = checkOffer(o, i, base);
    if (r.offer) offers.push(r.offer);
    if (r.issue) issues.push(r.issue);
  });
  if (raw.length > MAX_OFFERS) issues.push({ path: `${base}[${MAX_OFFERS}]`, field: 'offers', problem: 'tooMany' });
  return { offers, issues };
}

/**
 * Same-page paths (`/help`, `#finder`, `?x=1`) or http(s), mailto: and tel: links, for onward links
 * to a partner's own pages; never `javascript:`, `data:` …
 */
export function safeLink(value: unknown): string | undefined {
  const s = typeof value === 'string' ? value.trim() : '';
  return /^(https?:\/\/|mailto:|tel:)\S+$/i.test(s) || /^[/#?]\S*$/.test(s) ? s : undefined;
}

/** Picks the reader's language, else Dutch, else any. */
export function pickText(t: LocalText | undefined, lang: ContactLang): string {
  if (t === undefined) return '';
  if (typeof t === 'string') return t;
  return t[lang] ?? t.nl ?? t.fr ?? t.en ?? t.de ?? '';
}
