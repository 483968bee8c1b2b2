/**
 * The offer schema every widget that takes partner `offers` shares (the finder and the overload
 * check): one list gets one verdict everywhere. An offer with a bad field is dropped with an issue
 * naming its JSON path (`offers[2].phone`) and the rest is kept, so one typo never blanks a
 * municipality's list. The single fields are checked in ./contact.ts; `website` follows the one
 * partner-URL policy (./links.ts), so with the page's URL a path on the page's own site is kept.
 */
import { OFFER_TAGS, isOneOf, type OfferTag } from '../../data/finder/vocabulary.js';
import { bad, checkEmail, checkPhone, checkText, checkWebsite, isRecord, ok, TEXT_MAX, type Check, type ContactIssue, type LocalText } from './contact.js';

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
  /** Absolute `https:` for another site; a path (`/help`) on the page's own site, to open in the same tab. */
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

type FieldCheck = (v: unknown, path: string, pageUrl?: string) => Check<unknown>;
const text = (field: keyof typeof TEXT_MAX): FieldCheck => (v, path) => checkText(v, path, field, TEXT_MAX[field]);

/** Every offer field and its check, in the order they are checked (the first bad one is named). */
const OFFER_FIELDS: { readonly [K in (typeof OFFER_KEYS)[number]]: FieldCheck } = {
  name: text('name'),
  description: text('description'),
  address: text('address'),
  hours: text('hours'),
  phone: checkPhone,
  email: checkEmail,
  website: checkWebsite,
  tags: (v, path) => checkList(v, path, 'tags', OFFER_TAGS),
  bands: (v, path) => checkList(v, path, 'bands', OFFER_BANDS),
  audience: (v, path) => (v === undefined || isOneOf(OFFER_AUDIENCES, v) ? ok(v) : bad(path, 'audience', 'invalid')),
};

/**
 * One offer; the first bad field drops it. `pageUrl` is the page's URL (widgets pass
 * `document.baseURI`); without it (rules used on their own, DOM-free) a website must be absolute https:.
 */
export function checkOffer(raw: unknown, index: number, base = 'offers', pageUrl?: string): { offer?: PartnerOffer; issue?: ContactIssue } {
  const path = `${base}[${index}]`;
  if (!isRecord(raw)) return { issue: { path, field: 'offer', problem: 'notObject' } };
  const unknown = Object.keys(raw).find((k) => !(OFFER_KEYS as readonly string[]).includes(k));
  if (unknown !== undefined) return { issue: { path: `${path}.${unknown}`, field: unknown, problem: 'unknownKey' } };
  const offer: Record<string, unknown> = { index, tags: [] };
  for (const [field, check] of Object.entries(OFFER_FIELDS)) {
    const c = check(raw[field], `${path}.${field}`, pageUrl);
    if (!c.ok) return { issue: c.issue };
    if (c.value !== undefined) offer[field] = c.value;
    else if (field === 'name') return { issue: { path: `${path}.name`, field, problem: 'missing' } };
  }
  return { offer: offer as unknown as PartnerOffer };
}

/**
 * The partner's `offers` array: at most MAX_OFFERS, each checked on its own.
 * `undefined` means no offers (no issue); anything but an array is one issue at `base` (the JSON
 * path). `pageUrl` as in checkOffer: with it a website may be a path on the page's own site.
 */
export function checkOffers(raw: unknown, base = 'offers', pageUrl?: string): { offers: PartnerOffer[]; issues: ContactIssue[] } {
  if (raw === undefined || raw === null) return { offers: [], issues: [] };
  if (!Array.isArray(raw)) return { offers: [], issues: [{ path: base, field: 'offers', problem: 'invalid' }] };
  const offers: PartnerOffer[] = [];
  const issues: ContactIssue[] = [];
  raw.slice(0, MAX_OFFERS).forEach((o: unknown, i: number) => {
    const r = checkOffer(o, i, base, pageUrl);
    if (r.offer) offers.push(r.offer);
    if (r.issue) issues.push(r.issue);
  });
  if (raw.length > MAX_OFFERS) issues.push({ path: `${base}[${MAX_OFFERS}]`, field: 'offers', problem: 'tooMany' });
  return { offers, issues };
}

