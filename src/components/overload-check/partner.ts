import type { Issue } from '../../core/events.js';
import { isRecord } from '../../core/partner-config.js';
import { partnerUrl, type LocalText } from '../../rules/help/contact.js';
import { checkOffers, type PartnerOffer } from '../../rules/help/offers.js';

/**
 * The overload check's partner JSON. The offers go through the validator every widget shares
 * (src/rules/help/contact.ts: one list, one verdict, also in `<mz-association-finder>`); this file
 * adds only the overload check's own keys (the onward links). Every bad part is dropped with an
 * issue naming its JSON path.
 */
export type { LocalText };
/** `bands` (default: every band except urgent) and `audience` (default: both) are read here; `tags` by the finder. */
export type Offer = PartnerOffer;
export const LINK_KEYS = ['finderUrl', 'recognitionQuizUrl', 'leaveCalculatorUrl'] as const;
export type PartnerLinks = Partial<Record<(typeof LINK_KEYS)[number], string>>;

/** `https:` or a path on the page's own origin (`base`: the page URL), by the one policy in rules/help/links.ts. */
export const partnerLink = (value: unknown, base?: string): string | undefined => partnerUrl(value, base)?.url;

/** Validates the whole partner JSON: unknown top-level keys, offers one by one, links (`base`: the page URL, for paths on its own site). */
export function parsePartner(value: unknown, base?: string): { offers: Offer[]; links: PartnerLinks; issues: Issue[] } {
  const issues: Issue[] = [];
  const offers: Offer[] = [];
  const links: PartnerLinks = {};
  if (!isRecord(value)) return { offers, links, issues: [{ code: 'bad-config', detail: '(root)' }] };
  for (const key of Object.keys(value)) {
    if (key !== 'offers' && !(LINK_KEYS as readonly string[]).includes(key)) issues.push({ code: 'bad-config', detail: key });
  }
  const checked = checkOffers(value['offers'], 'offers', base);
  offers.push(...checked.offers);
  issues.push(...checked.issues.map((i) => ({ code: 'bad-config' as const, detail: i.path })));
  for (const key of LINK_KEYS) {
    if (value[key] === undefined) continue;
    const link = partnerLink(value[key], base);
    if (link) links[key] = link;
    else issues.push({ code: 'bad-config', detail: key });
  }
  return { offers, links, issues };
}
