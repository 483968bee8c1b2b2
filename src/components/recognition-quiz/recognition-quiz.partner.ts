import type { Issue } from '../../core/events.js';
import { isRecord } from '../../core/partner-config.js';
import type { Locale } from '../../core/locale.js';
// Links: https: or a path on the page's own origin, the one policy every widget shares.
import { isValidEmail, isValidPhone, partnerUrl } from '../../rules/help/links.js';
import { ONWARD_TARGETS } from '../../rules/quiz/links.js';

/*
 * Partner JSON, validated by hand (a few fields; a schema library here would add its weight to this
 * widget's size line). A bad part is dropped with a notice; the rest keeps working.
 */
export type LocalizedText = string | Partial<Record<Locale, string>>;
export interface PartnerLinks { overloadCheck?: string; leaveCalculator?: string; finder?: string }
export interface SchoolContact { text: LocalizedText; url?: string; phone?: string }

function shortText(x: unknown): string | undefined {
  return typeof x === 'string' && x.trim().length > 0 && x.trim().length <= 400 ? x.trim() : undefined;
}
export function parseLinks(value: unknown, base?: string): { value?: PartnerLinks; issues: Issue[] } {
  if (!isRecord(value)) return { issues: [{ code: 'bad-config', detail: 'links' }] };
  const out: PartnerLinks = {};
  const issues: Issue[] = [];
  for (const key of ONWARD_TARGETS) {
    if (value[key] === undefined) continue;
    const url = partnerUrl(value[key], base)?.url;
    if (url) out[key] = url;
    else issues.push({ code: 'bad-config', detail: `links.${key}` });
  }
  return { value: out, issues };
}
export function parseSchoolContact(value: unknown, base?: string): { value?: SchoolContact; issues: Issue[] } {
  const bad = (detail: string) => ({ issues: [{ code: 'bad-config' as const, detail: `schoolContact${detail}` }] });
  if (!isRecord(value)) return bad('');
  let text: LocalizedText | undefined = shortText(value.text);
  if (!text && isRecord(value.text)) {
    const texts: Partial<Record<Locale, string>> = {};
    for (const l of ['nl', 'fr', 'en', 'de'] as const) {
      const one = shortText(value.text[l]);
      if (one) texts[l] = one;
    }
    if (Object.keys(texts).length) text = texts;
  }
  if (!text) return bad('.text');
  // A school's contact point is often an e-mail address: `mailto:` with one valid address stays allowed here.
  const mail = typeof value.url === 'string' && /^mailto:/i.test(value.url.trim()) && isValidEmail(value.url.trim().slice(7)) ? value.url.trim() : undefined;
  const url = value.url === undefined ? undefined : partnerUrl(value.url, base)?.url ?? mail;
  if (value.url !== undefined && !url) return bad('.url');
  // The phone rule every widget shares (src/rules/help/links.ts); an empty phone counts as none.
  const phone = typeof value.phone === 'string' ? value.phone.trim() : value.phone;
  if (phone !== undefined && phone !== null && phone !== '' && !(typeof phone === 'string' && isValidPhone(phone))) return bad('.phone');
  return { value: { text, url, phone: phone ? (phone as string) : undefined }, issues: [] };
}
