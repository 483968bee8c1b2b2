import type { Issue } from '../../core/events.js';
import { isRecord } from '../../core/partner-config.js';
import type { OverloadBand } from '../../rules/overload/index.js';

/**
 * The overload check's partner JSON, validated by hand (no schema library: it kept this widget
 * under its size budget). Every bad part is dropped with an issue naming its JSON path.
 */
export type LocalText = string | Partial<Record<'nl' | 'fr' | 'en' | 'de', string>>;
export interface Offer {
  name: LocalText;
  description?: LocalText;
  address?: LocalText;
  hours?: LocalText;
  /** The finder's tags; accepted so one list works for both widgets, not used here. */
  tags?: string[];
  phone?: string;
  email?: string;
  website?: string;
  /** Bands the offer is shown for; default: every band except urgent. */
  bands?: OverloadBand[];
  /** Who the offer is for; default: both audiences. */
  audience?: 'adult' | 'young' | 'all';
}
export const LINK_KEYS = ['finderUrl', 'recognitionQuizUrl', 'leaveCalculatorUrl'] as const;
export type PartnerLinks = Partial<Record<(typeof LINK_KEYS)[number], string>>;

const BANDS: readonly string[] = ['urgent', 'high', 'elevated', 'low', 'incomplete'];
const LANGS = ['nl', 'fr', 'en', 'de'];
const OFFER_KEYS = ['name', 'description', 'address', 'hours', 'tags', 'phone', 'email', 'website', 'bands', 'audience'];
const TEXT_MAX: Record<string, number> = { name: 120, description: 600, address: 200, hours: 200 };

/** Thrown inside the validators with the failing key; caught per record. */
class Bad {
  constructor(readonly path: string) {}
}

function str(value: unknown, path: string, max: number, pattern?: RegExp): string {
  const s = typeof value === 'string' ? value.trim() : '';
  if (!s || s.length > max || (pattern && !pattern.test(s))) throw new Bad(path);
  return s;
}

function text(value: unknown, path: string, max: number): LocalText {
  if (typeof value === 'string') return str(value, path, max);
  if (!isRecord(value) || !Object.keys(value).length) throw new Bad(path);
  const out: Partial<Record<string, string>> = {};
  for (const [k, v] of Object.entries(value)) {
    if (!LANGS.includes(k)) throw new Bad(`${path}.${k}`);
    out[k] = str(v, `${path}.${k}`, max);
  }
  return out;
}

function list(value: unknown, path: string, ok: (s: unknown) => boolean): string[] {
  if (!Array.isArray(value)) throw new Bad(path);
  value.forEach((s, i) => {
    if (!ok(s)) throw new Bad(`${path}[${i}]`);
  });
  return value as string[];
}

/** Same-site paths ("/help", "#finder") or http(s), mailto: and tel: URLs; never javascript:, data: … */
export function partnerLink(value: unknown): string | undefined {
  const s = typeof value === 'string' ? value.trim() : '';
  return /^(https?:\/\/|mailto:|tel:)\S+$/i.test(s) || /^[/#?]\S*$/.test(s) ? s : undefined;
}

function offer(value: unknown, path: string): Offer {
  if (!isRecord(value)) throw new Bad(path);
  for (const k of Object.keys(value)) if (!OFFER_KEYS.includes(k)) throw new Bad(`${path}.${k}`);
  const o: Offer = { name: text(value['name'], `${path}.name`, TEXT_MAX.name) };
  for (const k of ['description', 'address', 'hours'] as const) if (value[k] !== undefined) o[k] = text(value[k], `${path}.${k}`, TEXT_MAX[k]);
  const v = value;
  if (v['tags'] !== undefined) o.tags = list(v['tags'], `${path}.tags`, (s) => typeof s === 'string' && s.length <= 40);
  if (v['phone'] !== undefined) o.phone = str(v['phone'], `${path}.phone`, 24, /^\+?[0-9][0-9 ./()-]{1,20}$/);
  if (v['email'] !== undefined) o.email = str(v['email'], `${path}.email`, 254, /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/);
  if (v['website'] !== undefined) o.website = str(v['website'], `${path}.website`, 2000, /^https?:\/\/[^\s@]+$/i);
  if (v['bands'] !== undefined) o.bands = list(v['bands'], `${path}.bands`, (s) => BANDS.includes(s as string)) as OverloadBand[];
  if (v['audience'] !== undefined) {
    if (!['adult', 'young', 'all'].includes(v['audience'] as string)) throw new Bad(`${path}.audience`);
    o.audience = v['audience'] as Offer['audience'];
  }
  return o;
}

/** Validates the whole partner JSON: unknown top-level keys, offers one by one, links. */
export function parsePartner(value: unknown): { offers: Offer[]; links: PartnerLinks; issues: Issue[] } {
  const issues: Issue[] = [];
  const offers: Offer[] = [];
  const links: PartnerLinks = {};
  if (!isRecord(value)) return { offers, links, issues: [{ code: 'bad-config', detail: '(root)' }] };
  for (const key of Object.keys(value)) {
    if (key !== 'offers' && !(LINK_KEYS as readonly string[]).includes(key)) issues.push({ code: 'bad-config', detail: key });
  }
  const raw = value['offers'];
  if (raw !== undefined && !Array.isArray(raw)) issues.push({ code: 'bad-config', detail: 'offers' });
  if (Array.isArray(raw)) {
    raw.forEach((item, i) => {
      try {
        offers.push(offer(item, `offers[${i}]`));
      } catch (e) {
        if (!(e instanceof Bad)) throw e;
        issues.push({ code: 'bad-config', detail: e.path });
      }
    });
  }
  for (const key of LINK_KEYS) {
    if (value[key] === undefined) continue;
    const link = partnerLink(value[key]);
    if (link) links[key] = link;
    else issues.push({ code: 'bad-config', detail: key });
  }
  return { offers, links, issues };
}
