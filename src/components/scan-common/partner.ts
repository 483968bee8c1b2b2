/**
 * A scan's partner JSON (a care region or sector federation): its name, its own practices and its
 * contacts, shown first on the result. Practices and contacts go through the offer validator every
 * widget shares (src/rules/help/offers.ts); every bad part is dropped with an issue naming its path.
 */
import type { Issue } from '../../core/events.js';
import { isRecord } from '../../core/partner-config.js';
import { checkText, TEXT_MAX, type LocalText } from '../../rules/help/contact.js';
import { checkOffers, type PartnerOffer } from '../../rules/help/offers.js';

export interface ScanPartner {
  readonly name?: LocalText;
  /** The partner's own practices (name, description, website…), shown before ours. */
  readonly practices: readonly PartnerOffer[];
  /** Who to contact (name, phone, e-mail, website). */
  readonly offers: readonly PartnerOffer[];
}

export const NO_PARTNER: ScanPartner = { practices: [], offers: [] };
const KEYS = ['name', 'practices', 'offers'];

/** `base` is the page URL: with it a website may be a path on the page's own site (the one partner-URL policy). */
export function parseScanPartner(value: unknown, base?: string): { partner: ScanPartner; issues: Issue[] } {
  if (!isRecord(value)) return { partner: NO_PARTNER, issues: [{ code: 'bad-config', detail: '(root)' }] };
  const issues: Issue[] = Object.keys(value).filter((k) => !KEYS.includes(k)).map((detail) => ({ code: 'bad-config', detail }));
  let name: LocalText | undefined;
  if (value['name'] !== undefined) {
    const c = checkText(value['name'], 'name', 'name', TEXT_MAX.name);
    if (c.ok) name = c.value;
    else issues.push({ code: 'bad-config', detail: c.issue.path });
  }
  const practices = checkOffers(value['practices'], 'practices', base);
  const offers = checkOffers(value['offers'], 'offers', base);
  for (const i of [...practices.issues, ...offers.issues]) issues.push({ code: 'bad-config', detail: i.path });
  return { partner: { ...(name === undefined ? {} : { name }), practices: practices.offers, offers: offers.offers }, issues };
}
