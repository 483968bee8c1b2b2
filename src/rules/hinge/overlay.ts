/**
 * The hospital's or care home's overlay (partner JSON): its own contact points (social service,
 * ward liaison, discharge nurse, with phone and hours) and its own documents and links, shown first
 * in the checklist. Checked by hand like the other overlays: a bad record is dropped with a problem
 * naming its JSON path, the rest is kept; never throws. Phones and texts use the validator every
 * widget shares, every link the one partner-URL policy (`partnerUrl`).
 */
import { checkEmail, checkPhone, checkText, isRecord, partnerUrl, TEXT_MAX, type LocalText } from '../help/contact.js';
import { HINGE_MOMENTS, HINGE_WHEN, type HingeMoment, type HingeWhen } from '../../data/hinge/types.js';

export const HINGE_CONTACT_ROLES = ['socialService', 'wardLiaison', 'dischargeNurse', 'palliativeTeam', 'reception', 'other'] as const;
export type HingeContactRole = (typeof HINGE_CONTACT_ROLES)[number];

export interface HingeOverlayContact {
  role: HingeContactRole;
  name: LocalText;
  description?: LocalText;
  phone?: string;
  email?: string;
  hours?: LocalText;
  url?: string;
  /** Moments it belongs to (default: all) and its phase (default by role). */
  moments?: HingeMoment[];
  when?: HingeWhen;
}

export interface HingeOverlayLink {
  title: LocalText;
  url: string;
  description?: LocalText;
  moments?: HingeMoment[];
  when?: HingeWhen;
}

export interface HingeOverlay {
  /** The hospital or care home, as the checklist names it. */
  name?: LocalText;
  contacts: HingeOverlayContact[];
  links: HingeOverlayLink[];
}

export type HingeOverlayProblem = 'overlay.notObject' | 'overlay.unknownKey' | 'overlay.badName' | 'overlay.notArray' | 'overlay.tooMany' | 'contact.invalid' | 'link.invalid';

export interface HingeOverlayCheck {
  overlay: HingeOverlay | null;
  /** What was dropped and where (`contacts[1].phone`, `links[0].url`). */
  problems: Array<{ code: HingeOverlayProblem; path: string }>;
}

export const HINGE_OVERLAY_MAX = 20;
const KEYS = ['name', 'contacts', 'links'];
const CONTACT_KEYS = ['role', 'name', 'description', 'phone', 'email', 'hours', 'url', 'moments', 'when'];
const LINK_KEYS = ['title', 'url', 'description', 'moments', 'when'];

/** A moments list: every entry a known moment; absent: all. */
function moments(v: unknown): HingeMoment[] | undefined | false {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || !v.length || !v.every((m) => (HINGE_MOMENTS as readonly unknown[]).includes(m))) return false;
  return [...new Set(v as HingeMoment[])];
}

function when(v: unknown): HingeWhen | undefined | false {
  if (v === undefined || v === null) return undefined;
  return (HINGE_WHEN as readonly unknown[]).includes(v) ? (v as HingeWhen) : false;
}

type Bad = (code: HingeOverlayProblem, path: string) => void;

function contact(x: unknown, path: string, base: string | undefined, bad: Bad): HingeOverlayContact | undefined {
  if (!isRecord(x)) return void bad('contact.invalid', path);
  const unknown = Object.keys(x).find((k) => !CONTACT_KEYS.includes(k));
  if (unknown) return void bad('contact.invalid', `${path}.${unknown}`);
  const role = x.role === undefined ? 'other' : (HINGE_CONTACT_ROLES as readonly unknown[]).includes(x.role) ? (x.role as HingeContactRole) : undefined;
  if (!role) return void bad('contact.invalid', `${path}.role`);
  const name = checkText(x.name, `${path}.name`, 'name', TEXT_MAX.name);
  if (!name.ok || name.value === undefined) return void bad('contact.invalid', `${path}.name`);
  const out: HingeOverlayContact = { role, name: name.value };
  for (const [key, max] of [['description', TEXT_MAX.description], ['hours', TEXT_MAX.hours]] as const) {
    const t = checkText(x[key], `${path}.${key}`, key, max);
    if (!t.ok) return void bad('contact.invalid', t.issue.path);
    if (t.value !== undefined) out[key] = t.value;
  }
  const phone = checkPhone(x.phone, `${path}.phone`);
  if (!phone.ok) return void bad('contact.invalid', `${path}.phone`);
  if (phone.value) out.phone = phone.value;
  const email = checkEmail(x.email, `${path}.email`);
  if (!email.ok) return void bad('contact.invalid', `${path}.email`);
  if (email.value) out.email = email.value;
  if (x.url !== undefined && x.url !== null && x.url !== '') {
    const url = partnerUrl(x.url, base);
    if (!url) return void bad('contact.invalid', `${path}.url`);
    out.url = url.url;
  }
  const m = moments(x.moments);
  if (m === false) return void bad('contact.invalid', `${path}.moments`);
  if (m) out.moments = m;
  const w = when(x.when);
  if (w === false) return void bad('contact.invalid', `${path}.when`);
  if (w) out.when = w;
  return out;
}

function link(x: unknown, path: string, base: string | undefined, bad: Bad): HingeOverlayLink | undefined {
  if (!isRecord(x)) return void bad('link.invalid', path);
  const unknown = Object.keys(x).find((k) => !LINK_KEYS.includes(k));
  if (unknown) return void bad('link.invalid', `${path}.${unknown}`);
  const title = checkText(x.title, `${path}.title`, 'title', TEXT_MAX.name);
  if (!title.ok || title.value === undefined) return void bad('link.invalid', `${path}.title`);
  const url = partnerUrl(x.url, base);
  if (!url) return void bad('link.invalid', `${path}.url`);
  const out: HingeOverlayLink = { title: title.value, url: url.url };
  const d = checkText(x.description, `${path}.description`, 'description', TEXT_MAX.description);
  if (!d.ok) return void bad('link.invalid', `${path}.description`);
  if (d.value !== undefined) out.description = d.value;
  const m = moments(x.moments);
  if (m === false) return void bad('link.invalid', `${path}.moments`);
  if (m) out.moments = m;
  const w = when(x.when);
  if (w === false) return void bad('link.invalid', `${path}.when`);
  if (w) out.when = w;
  return out;
}

function list<T>(v: unknown, key: string, bad: Bad, item: (x: unknown, path: string) => T | undefined): T[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    bad('overlay.notArray', key);
    return [];
  }
  if (v.length > HINGE_OVERLAY_MAX) bad('overlay.tooMany', key);
  return v.slice(0, HINGE_OVERLAY_MAX).flatMap((x, i) => {
    const r = item(x, `${key}[${i}]`);
    return r ? [r] : [];
  });
}

/**
 * Validates an unknown value as a hinge overlay. `base` is the page's URL: a path on the page's own
 * origin is then accepted as a link (the one partner-URL policy); without it only `https:` passes.
 */
export function sanitiseHingeOverlay(input: unknown, base?: string): HingeOverlayCheck {
  if (input === undefined || input === null) return { overlay: null, problems: [] };
  if (!isRecord(input)) return { overlay: null, problems: [{ code: 'overlay.notObject', path: '(root)' }] };
  const problems: HingeOverlayCheck['problems'] = [];
  const bad: Bad = (code, path) => void problems.push({ code, path });
  for (const k of Object.keys(input)) if (!KEYS.includes(k)) bad('overlay.unknownKey', k);
  const out: HingeOverlay = { contacts: list(input.contacts, 'contacts', bad, (x, p) => contact(x, p, base, bad)), links: list(input.links, 'links', bad, (x, p) => link(x, p, base, bad)) };
  if (input.name !== undefined) {
    const n = checkText(input.name, 'name', 'name', TEXT_MAX.name);
    if (n.ok && n.value !== undefined) out.name = n.value;
    else bad('overlay.badName', 'name');
  }
  return { overlay: out, problems };
}
