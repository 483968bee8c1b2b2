import type { HelplineLang } from '../../data/help/helplines.js';
import type { RecordTexts } from '../../data/finder/texts/types.js';
import type { ContactSources } from '../../data/finder/records.js';
import type { AgeGroup, CareFor, HealthFund, Need, OfferTag } from '../../data/finder/vocabulary.js';

export type FinderLang = HelplineLang;

/** What the visitor told us. Every key is optional; nothing here ever leaves the browser. */
export interface FinderProfile {
  danger?: boolean;
  ageGroup?: AgeGroup;
  careFor?: CareFor[];
  needs?: Need[];
  /** Only highlights "you may already be a member"; never hides or reorders anything. */
  healthFund?: HealthFund;
}

export type FinderOrder = 'alphabetical' | 'shuffle';

export interface FindSupportOptions {
  lang?: FinderLang;
  /** Raw partner JSON (already parsed); validated here, bad records dropped with an issue. */
  overlay?: unknown;
  /**
   * The page's URL (the widget passes `document.baseURI`): the partner's links may then be paths on
   * the page's own site (see `partnerUrl`). Without it only absolute https: links pass.
   */
  base?: string;
  /** How equal fits are ordered. Default alphabetical; 'shuffle' = the same shuffle all day. */
  order?: FinderOrder;
  /** The day used for the shuffle seed (tests pass a fixed date). Default: today. */
  today?: Date;
  /** Set by a Brussels partner: shows Brussels-only services, hides Flanders-only ones. */
  region?: 'flanders' | 'brussels';
  /**
   * Descriptions and affiliations in the reader's language (the widget passes its fr/en/de
   * catalog's `records`), kept out of the main bundle so Dutch readers do not download three other languages. Without it: Dutch.
   */
  texts?: Partial<RecordTexts>;
  /**
   * Everything, not only what fits (the widget's list view): every association, helpline and
   * service of the region and every partner offer, whatever the answers. Answers still order each
   * group and give the reasons; an item that fits nothing has score 0. Default false.
   */
  all?: boolean;
}

/** Why an item is listed. Every key is a message in src/i18n/finder/*. */
export type ReasonKey =
  | `reason.careFor.${CareFor}`
  | `reason.need.${Need}`
  | 'reason.young'
  | 'reason.forAllCaregivers'
  | 'reason.freeMembership'
  | 'reason.inDutch'
  | 'reason.inFrench'
  | 'reason.inGerman'
  | 'reason.sameLanguage'
  | 'reason.autoMember'
  | 'reason.linkedToYourFund'
  | 'reason.danger'
  | 'reason.local';

export type FinderItemKind = 'association' | 'service' | 'helpline' | 'local';

export interface FinderItem {
  /** Record id, helpline id, or `local-<n>` for a partner offer. */
  id: string;
  kind: FinderItemKind;
  name: string;
  /**
   * The language of `name` when it is not the reader's ("Télé-Accueil" for an English reader), for
   * `lang` on it. Not set for partner offers (a plain string's language is unknown).
   */
  nameLang?: FinderLang;
  description?: string;
  /** One of the six associations recognised by Zorg en Gezondheid. */
  recognised: boolean;
  /** Plain-words affiliation, only where verified. */
  affiliation?: string;
  phone?: string;
  /** `tel:` URI derived from `phone`. */
  tel?: string;
  email?: string;
  website?: string;
  address?: string;
  hours?: string;
  reasons: ReasonKey[];
  /** Health-fund hint: never changes the order. */
  highlight?: 'autoMember' | 'linkedToYourFund';
  /** Membership or service is free (per a source). */
  free?: boolean;
  /** How many profile answers this item fits (used for ordering). */
  score: number;
  sources: string[];
  /** When the texts were compared with `sources` (the card shows it next to the source's own date). */
  lastChecked?: string;
  /** Per contact line, its source (a URL, or a document without one) and when it was compared. */
  contact?: ContactSources;
}

export interface LocalPremium {
  amount: number;
  period: 'month' | 'year' | 'once';
  conditions?: string;
  url?: string;
  validFrom: string;
}

export type OverlayIssueCode =
  | 'overlay.notObject'
  | 'overlay.offersNotArray'
  | 'overlay.tooManyOffers'
  | 'offer.notObject'
  | 'offer.nameMissing'
  | 'offer.nameTooLong'
  | 'offer.descriptionInvalid'
  | 'offer.tagsInvalid'
  | 'offer.tagUnknown'
  | 'offer.phoneInvalid'
  | 'offer.emailInvalid'
  | 'offer.websiteInvalid'
  | 'offer.addressInvalid'
  | 'offer.hoursInvalid'
  /** an unknown field, or a bad `bands` / `audience` (fields the overload check reads) */
  | 'offer.fieldInvalid'
  | 'premium.notObject'
  | 'premium.amountInvalid'
  | 'premium.periodInvalid'
  | 'premium.validFromInvalid'
  | 'premium.urlInvalid'
  | 'premium.conditionsInvalid';

export interface OverlayIssue {
  code: OverlayIssueCode;
  /** Index of the offer in the partner's `offers` array (absent for root/premium issues). */
  index?: number;
  /** JSON path of the bad part (`offers[2].phone`, `offers`), for offers issues. */
  path?: string;
}

export interface FinderResult {
  lang: FinderLang;
  urgent: FinderItem[];
  local: FinderItem[];
  associations: FinderItem[];
  helplines: FinderItem[];
  services: FinderItem[];
  premium?: LocalPremium;
  issues: OverlayIssue[];
  /** Number of items over all groups (what `mz-complete` reports). */
  count: number;
}

export type { AgeGroup, CareFor, HealthFund, Need, OfferTag };
export type { CitedDocument, ContactSource, ContactSources } from '../../data/finder/records.js';
