/**
 * Validation of the finder's partner overlay (a municipality's own offers and caregiver premium).
 *
 * The offers are checked by the one validator every widget shares (src/rules/help/contact.ts), so a
 * list that serves the overload check gets the same verdict here; this file adds the finder's own
 * part (the premium) and the finder's issue codes. A bad offer is dropped with an issue (code,
 * index and JSON path) and the rest is kept, so one typo never blanks the municipality's list.
 */
import type { OfferTag } from '../../data/finder/vocabulary.js';
import type { Localized } from '../../data/help/helplines.js';
import { checkText, isRecord, type ContactIssue, type LocalText } from '../help/contact.js';
import { partnerUrl } from '../help/links.js';
import { checkOffers, MAX_OFFERS } from '../help/offers.js';
import type { OverlayIssue, OverlayIssueCode } from './types.js';

export { MAX_OFFERS };
const MAX_TEXT = 600;

/**
 * Highest municipal caregiver premium we accept, in euros per year (a monthly amount counts 12
 * times; a one-off amount once). Flemish municipalities pay from nothing to about €900 a year
 * ("Grote verschillen in premies voor mantelzorgers: 900 euro of helemaal niets", Het Laatste
 * Nieuws, 5 September 2016, http://www.hln.be/hln/nl/14/Nina/article/detail/2850568/2016/09/05/Grote-verschillen-in-premies-voor-mantelzorgers-900-euro-of-helemaal-niets.dhtml).
 * Five times that leaves room for any real premium, and still catches the usual slip of cents
 * written as euros (2500 for € 25 a month), which would promise a caregiver money that does not exist.
 */
export const MAX_PREMIUM_PER_YEAR = 5000;

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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The finder's texts always have `nl` (the reference); a French-only partner text also serves as fallback. */
function localized(t: LocalText | undefined): Localized | undefined {
  if (t === undefined) return undefined;
  if (typeof t === 'string') return { nl: t };
  const first = t.nl ?? t.fr ?? t.en ?? t.de;
  return first === undefined ? undefined : { ...t, nl: first };
}

const FIELD_CODE: Record<string, OverlayIssueCode> = {
  description: 'offer.descriptionInvalid',
  address: 'offer.addressInvalid',
  hours: 'offer.hoursInvalid',
  phone: 'offer.phoneInvalid',
  email: 'offer.emailInvalid',
  website: 'offer.websiteInvalid',
};

/** The shared verdict in the finder's codes (kept for `mantelkit/rules` users), plus its JSON path. */
function finderIssue(i: ContactIssue): OverlayIssue {
  const index = Number(/^offers\[(\d+)\]/.exec(i.path)?.[1]);
  const at = Number.isNaN(index) ? {} : { index };
  let code: OverlayIssueCode;
  if (i.problem === 'tooMany') code = 'overlay.tooManyOffers';
  else if (i.field === 'offers') code = 'overlay.offersNotArray';
  else if (i.problem === 'notObject') code = 'offer.notObject';
  else if (i.field === 'name') code = i.problem === 'tooLong' ? 'offer.nameTooLong' : 'offer.nameMissing';
  else if (i.field === 'tags') code = i.path.endsWith(']') ? 'offer.tagUnknown' : 'offer.tagsInvalid';
  else code = FIELD_CODE[i.field] ?? 'offer.fieldInvalid';
  return { code, ...at, path: i.path };
}

export function isValidIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || !ISO_DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

function validatePremium(raw: unknown, base?: string): { premium?: ValidPremium; issue?: OverlayIssue } {
  if (!isRecord(raw)) return { issue: { code: 'premium.notObject' } };
  const { amount, period, validFrom } = raw;
  if (period !== 'month' && period !== 'year' && period !== 'once') {
    // The bound depends on the period: an amount without a valid period cannot be checked either.
    return { issue: { code: typeof amount === 'number' && Number.isFinite(amount) && amount > 0 ? 'premium.periodInvalid' : 'premium.amountInvalid' } };
  }
  const perYear = typeof amount === 'number' ? amount * (period === 'month' ? 12 : 1) : NaN;
  if (typeof amount !== 'number' || !Number.isFinite(perYear) || amount <= 0 || perYear > MAX_PREMIUM_PER_YEAR) {
    return { issue: { code: 'premium.amountInvalid' } };
  }
  if (!isValidIsoDate(validFrom)) return { issue: { code: 'premium.validFromInvalid' } };
  const given = raw.url !== undefined && raw.url !== null && raw.url !== '';
  // The one partner-URL policy: https: anywhere, or a path on the page's own site (kept as a path).
  const url = given ? partnerUrl(raw.url, base)?.url : undefined;
  if (given && url === undefined) return { issue: { code: 'premium.urlInvalid' } };
  const conditions = checkText(raw.conditions, 'premium.conditions', 'conditions', MAX_TEXT);
  if (!conditions.ok) return { issue: { code: 'premium.conditionsInvalid' } };
  return { premium: { amount, period, validFrom, url, conditions: localized(conditions.value) } };
}

/**
 * Validates a parsed partner overlay. Never throws: anything unusable becomes an issue.
 * `undefined`/`null` means "no overlay" and gives no issue. `base` is the page's URL: with it,
 * links (offer websites, the premium's url) may be paths on the page's own site; without it
 * (rules used on their own, DOM-free) only absolute https: URLs pass.
 */
export function validateOverlay(raw: unknown, base?: string): ValidOverlay {
  if (raw === undefined || raw === null) return { offers: [], issues: [] };
  if (!isRecord(raw)) return { offers: [], issues: [{ code: 'overlay.notObject' }] };
  // The shared offer check with the page URL: an offer website may be a path on the page's own site.
  const checked = checkOffers(raw.offers, 'offers', base);
  const issues: OverlayIssue[] = checked.issues.map(finderIssue);
  const offers: LocalOffer[] = checked.offers.map((o) => ({
    index: o.index,
    name: localized(o.name) ?? { nl: '' },
    description: localized(o.description),
    tags: o.tags,
    phone: o.phone,
    email: o.email,
    website: o.website,
    address: localized(o.address),
    hours: localized(o.hours),
  }));
  let premium: ValidPremium | undefined;
  if (raw.premium !== undefined && raw.premium !== null) {
    const r = validatePremium(raw.premium, base);
    premium = r.premium;
    if (r.issue) issues.push(r.issue);
  }
  return { offers, premium, issues };
}

/** Overlay issue code → the offer field it is about (for the webmaster's JSON path). */
const ISSUE_FIELD: Partial<Record<string, string>> = {
  nameMissing: 'name',
  nameTooLong: 'name',
  descriptionInvalid: 'description',
  tagsInvalid: 'tags',
  tagUnknown: 'tags',
  phoneInvalid: 'phone',
  emailInvalid: 'email',
  websiteInvalid: 'website',
  addressInvalid: 'address',
  hoursInvalid: 'hours',
  amountInvalid: 'amount',
  periodInvalid: 'period',
  validFromInvalid: 'validFrom',
  urlInvalid: 'url',
  conditionsInvalid: 'conditions',
};

/** Where an overlay issue is, for the widget's notice ("offers[2].phone", "premium.amount", "(root)"). */
export function overlayIssuePath(i: OverlayIssue): string {
  const [scope, what] = i.code.split('.');
  const field = ISSUE_FIELD[what];
  if (scope === 'overlay') return what === 'notObject' ? '(root)' : 'offers';
  if (scope === 'premium') return what === 'notObject' ? 'premium' : `premium.${field ?? ''}`;
  const base = `offers[${i.index ?? 0}]`;
  return field ? `${base}.${field}` : base;
}
