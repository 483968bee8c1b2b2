/**
 * Validation of the partner overlay (a municipality's own offers and caregiver premium).
 *
 * Field meanings follow Open Referral HSDS so partners can map an existing directory:
 *   offer.name / description  → service.name / service.description
 *   offer.phone               → phone.number
 *   offer.email / website     → service.email / service.url
 *   offer.address             → location.physical_address (as one line)
 *   offer.hours               → schedule.description
 *   offer.tags                → taxonomy terms (Open Eligibility facets: situation + service)
 * The organisation is implied: the partner that embeds the widget.
 *
 * Per-record validation: a bad offer is dropped with an issue and the rest is kept, so one typo
 * never blanks the municipality's list. Strings stay strings: markup is never interpreted here or
 * in the component (Lit text bindings), so `<b>` shows as the characters `<b>`.
 * Written by hand rather than with valibot because the rules must stay dependency-light and the
 * issue codes are ours.
 */
import { OFFER_TAGS, isOneOf, type OfferTag } from '../../data/finder/vocabulary.js';
import type { Localized } from '../../data/help/helplines.js';
import type { OverlayIssue, OverlayIssueCode } from './types.js';

export const MAX_OFFERS = 50;
const MAX_NAME = 120;
const MAX_TEXT = 600;
const MAX_LINE = 200;
const LANGS = ['nl', 'fr', 'en', 'de'] as const;

export interface LocalOffer {
  index: number;
  name: Localized;
  description?: Localized;
  tags: OfferTag[];
  phone?: string;
  email?: string;
  website?: string;
  address?: Localized;
  hours?: Localized;
}

export interface ValidPremium {
  amount: number;
  period: 'month' | 'year' | 'once';
  conditions?: Localized;
  url?: string;
  validFrom: string;
}

export interface ValidOverlay {
  offers: LocalOffer[];
  premium?: ValidPremium;
  issues: OverlayIssue[];
}

type Check<T> = { ok: true; value: T | undefined } | { ok: false };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A string, or an object with nl/fr/en/de strings (at least one non-empty). */
function localizedText(v: unknown, max: number): Check<Localized> {
  if (v === undefined || v === null) return { ok: true, value: undefined };
  if (typeof v === 'string') {
    const s = v.trim();
    if (s.length > max) return { ok: false };
    return { ok: true, value: s ? { nl: s } : undefined };
  }
  if (!isRecord(v)) return { ok: false };
  const out: Partial<Record<(typeof LANGS)[number], string>> = {};
  for (const [key, val] of Object.entries(v)) {
    if (!isOneOf(LANGS, key) || typeof val !== 'string' || val.trim().length > max) return { ok: false };
    if (val.trim()) out[key] = val.trim();
  }
  const first = out.nl ?? out.fr ?? out.en ?? out.de;
  if (first === undefined) return { ok: true, value: undefined };
  // `nl` is required by the Localized type; a French-only partner text also serves as fallback.
  return { ok: true, value: { ...out, nl: out.nl ?? first } };
}

const PHONE = /^\+?[0-9][0-9 ./()-]{1,24}$/;
const EMAIL = /^[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[^\s@<>"'(),;:]{2,}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidPhone(v: string): boolean {
  return PHONE.test(v.trim()) && v.replace(/\D/g, '').length >= 3;
}

export function isValidEmail(v: string): boolean {
  return v.length <= 254 && EMAIL.test(v.trim());
}

/** Only http(s) links without credentials: blocks javascript:, data: and phishing-style user@host. */
export function isSafeWebUrl(v: string): boolean {
  try {
    const u = new URL(v.trim());
    return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password && u.hostname.includes('.');
  } catch {
    return false;
  }
}

export function isValidIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || !ISO_DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

function optionalString(v: unknown, test: (s: string) => boolean): Check<string> {
  if (v === undefined || v === null || v === '') return { ok: true, value: undefined };
  if (typeof v !== 'string' || !test(v)) return { ok: false };
  return { ok: true, value: v.trim() };
}

function validateOffer(raw: unknown, index: number): { offer?: LocalOffer; issue?: OverlayIssue } {
  const fail = (code: OverlayIssueCode) => ({ issue: { code, index } });
  if (!isRecord(raw)) return fail('offer.notObject');

  const name = localizedText(raw.name, Number.MAX_SAFE_INTEGER);
  if (!name.ok || !name.value) return fail('offer.nameMissing');
  const longest = Math.max(...Object.values(name.value).map((s) => (s ?? '').length));
  if (longest > MAX_NAME) return fail('offer.nameTooLong');

  const description = localizedText(raw.description, MAX_TEXT);
  if (!description.ok) return fail('offer.descriptionInvalid');

  let tags: OfferTag[] = [];
  if (raw.tags !== undefined) {
    if (!Array.isArray(raw.tags)) return fail('offer.tagsInvalid');
    for (const t of raw.tags) if (!isOneOf(OFFER_TAGS, t)) return fail('offer.tagUnknown');
    tags = [...new Set(raw.tags as OfferTag[])];
  }

  const phone = optionalString(raw.phone, isValidPhone);
  if (!phone.ok) return fail('offer.phoneInvalid');
  const email = optionalString(raw.email, isValidEmail);
  if (!email.ok) return fail('offer.emailInvalid');
  const website = optionalString(raw.website, isSafeWebUrl);
  if (!website.ok) return fail('offer.websiteInvalid');
  const address = localizedText(raw.address, MAX_LINE);
  if (!address.ok) return fail('offer.addressInvalid');
  const hours = localizedText(raw.hours, MAX_LINE);
  if (!hours.ok) return fail('offer.hoursInvalid');

  return {
    offer: {
      index,
      name: name.value,
      description: description.value,
      tags,
      phone: phone.value,
      email: email.value,
      website: website.value,
      address: address.value,
      hours: hours.value,
    },
  };
}

function validatePremium(raw: unknown): { premium?: ValidPremium; issue?: OverlayIssue } {
  if (!isRecord(raw)) return { issue: { code: 'premium.notObject' } };
  const { amount, period, validFrom } = raw;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0 || amount >= 100000) {
    return { issue: { code: 'premium.amountInvalid' } };
  }
  if (period !== 'month' && period !== 'year' && period !== 'once') return { issue: { code: 'premium.periodInvalid' } };
  if (!isValidIsoDate(validFrom)) return { issue: { code: 'premium.validFromInvalid' } };
  const url = optionalString(raw.url, isSafeWebUrl);
  if (!url.ok) return { issue: { code: 'premium.urlInvalid' } };
  const conditions = localizedText(raw.conditions, MAX_TEXT);
  if (!conditions.ok) return { issue: { code: 'premium.conditionsInvalid' } };
  return { premium: { amount, period, validFrom, url: url.value, conditions: conditions.value } };
}

/**
 * Validates a parsed partner overlay. Never throws: anything unusable becomes an issue.
 * `undefined`/`null` means "no overlay" and gives no issue.
 */
export function validateOverlay(raw: unknown): ValidOverlay {
  if (raw === undefined || raw === null) return { offers: [], issues: [] };
  if (!isRecord(raw)) return { offers: [], issues: [{ code: 'overlay.notObject' }] };
  const issues: OverlayIssue[] = [];
  const offers: LocalOffer[] = [];
  if (raw.offers !== undefined) {
    if (!Array.isArray(raw.offers)) {
      issues.push({ code: 'overlay.offersNotArray' });
    } else {
      raw.offers.forEach((o: unknown, i: number) => {
        if (i >= MAX_OFFERS) {
          if (i === MAX_OFFERS) issues.push({ code: 'overlay.tooManyOffers', index: i });
          return;
        }
        const r = validateOffer(o, i);
        if (r.offer) offers.push(r.offer);
        if (r.issue) issues.push(r.issue);
      });
    }
  }
  let premium: ValidPremium | undefined;
  if (raw.premium !== undefined && raw.premium !== null) {
    const r = validatePremium(raw.premium);
    premium = r.premium;
    if (r.issue) issues.push(r.issue);
  }
  return { offers, premium, issues };
}
