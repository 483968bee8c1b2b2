import type { Issue } from '../../core/events.js';
import { isRecord } from '../../core/partner-config.js';
import { partnerUrl } from '../../rules/help/links.js';
import { sanitiseHingeOverlay, type HingeOverlay } from '../../rules/hinge/overlay.js';

/**
 * The hinge moment's partner JSON: the hospital's or care home's overlay (checked by the same pure
 * sanitiser `mantelkit/rules` users get) plus the onward links to the other tools. Every bad part is
 * dropped with an issue naming its JSON path.
 */
export const LINK_KEYS = ['rightsUrl', 'leaveCalculatorUrl', 'overloadCheckUrl', 'finderUrl'] as const;
export type PartnerLinks = Partial<Record<(typeof LINK_KEYS)[number], string>>;

export function parsePartner(value: unknown, base: string): { overlay: HingeOverlay | null; links: PartnerLinks; issues: Issue[] } {
  if (!isRecord(value)) return { overlay: null, links: {}, issues: [{ code: 'bad-config', detail: '(root)' }] };
  const rest: Record<string, unknown> = {};
  const links: PartnerLinks = {};
  const issues: Issue[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (!(LINK_KEYS as readonly string[]).includes(k)) rest[k] = v;
    else {
      const url = partnerUrl(v, base)?.url;
      if (url) links[k as keyof PartnerLinks] = url;
      else issues.push({ code: 'bad-config', detail: k });
    }
  }
  const r = sanitiseHingeOverlay(rest, base);
  return { overlay: r.overlay, links, issues: [...issues, ...r.problems.map((p) => ({ code: 'bad-config' as const, detail: p.path }))] };
}
