/**
 * The municipality's partner data for <mz-rights-overview>: its own caregiver premium(s), a local
 * contact point and the items to highlight. Partner data is sanitised, never thrown on: each bad part
 * is dropped and named by its JSON path, so the widget shows one plain notice and `mz-error`.
 * Small on purpose: it loads with the widget (partner JSON arrives before the rules chunk).
 */
import { checkEmail, checkPhone, checkText, isRecord, pickText, safeHttpsUrl, TEXT_MAX } from '../help/contact.js';
import { realDay } from '../common/input.js';
import type { RightsItemId, RightsLang, RightsLocal, RightsLocalText, RightsOverlay, RightsPremium } from './types.js';

export interface RightsOverlayCheck {
  overlay: RightsOverlay | null;
  problems: Array<{ path: string }>;
}

export const RIGHTS_ITEM_IDS: readonly RightsItemId[] = [
  'recognitionGeneral', 'recognitionSocialRights', 'mantelzorgverlof', 'medischeBijstand', 'palliatiefVerlof', 'aanmoedigingspremie',
  'municipalPremium', 'zorgbudgetZwaarZorgbehoevenden', 'zorgbudgetOuderen', 'zorgbudgetHandicap', 'zorgtoeslag', 'disabilityAllowances',
  'verhoogdeTegemoetkoming', 'incontinentieforfait',
];

/**
 * A premium above this many euros a month (a yearly or one-off amount counts as a twelfth) is refused
 * as a typo: real municipal premiums are €15–€75 a month (docs/content/rights.md).
 */
export const PREMIUM_MAX_PER_MONTH = 500;
const MAX_PREMIUMS = 5;
const PER = ['month', 'year', 'once'] as const;

function text(v: unknown, path: string, max: number, problems: RightsOverlayCheck['problems']): RightsLocalText | undefined {
  if (v === undefined) return undefined;
  const r = checkText(v, path, 'text', max);
  if (!r.ok) problems.push({ path: r.issue.path });
  else if (r.value === undefined) problems.push({ path });
  return r.ok ? r.value : undefined;
}

function premium(x: unknown, path: string, problems: RightsOverlayCheck['problems']): RightsPremium | undefined {
  if (!isRecord(x)) return void problems.push({ path });
  const id = typeof x.id === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(x.id) ? x.id : undefined;
  const name = text(x.name, `${path}.name`, TEXT_MAX.name, problems);
  const per = PER.find((p) => p === x.per);
  const amount = typeof x.amount === 'number' && Number.isFinite(x.amount) && x.amount > 0 ? x.amount : undefined;
  const monthly = amount === undefined || per === undefined ? undefined : per === 'month' ? amount : amount / 12;
  const validFrom = realDay(x.validFrom) ? x.validFrom : undefined;
  const url = safeHttpsUrl(x.url);
  const bad = (key: string, ok: boolean): boolean => (ok ? false : (problems.push({ path: `${path}.${key}` }), true));
  const missing = [
    bad('id', id !== undefined), bad('per', per !== undefined),
    bad('amount', amount !== undefined && monthly !== undefined && monthly <= PREMIUM_MAX_PER_MONTH),
    bad('validFrom', validFrom !== undefined), bad('url', url !== undefined),
  ].some(Boolean);
  if (x.name === undefined) problems.push({ path: `${path}.name` });
  if (missing || !id || !name || !per || amount === undefined || !validFrom || !url) return undefined;
  const p: RightsPremium = { id, name, amount, per, validFrom, url };
  if (x.for !== undefined) {
    if (x.for === 'caregiver' || x.for === 'caredFor') p.for = x.for;
    else problems.push({ path: `${path}.for` });
  }
  const conditions = text(x.conditions, `${path}.conditions`, TEXT_MAX.description, problems);
  if (conditions) p.conditions = conditions;
  if (x.minAgeCaredFor !== undefined) {
    if (typeof x.minAgeCaredFor === 'number' && Number.isInteger(x.minAgeCaredFor) && x.minAgeCaredFor >= 0 && x.minAgeCaredFor <= 120) p.minAgeCaredFor = x.minAgeCaredFor;
    else problems.push({ path: `${path}.minAgeCaredFor` });
  }
  if (x.zorgbudget !== undefined) {
    if (x.zorgbudget === 'required' || x.zorgbudget === 'excluded') p.zorgbudget = x.zorgbudget;
    else problems.push({ path: `${path}.zorgbudget` });
  }
  return p;
}

/** Checks the partner JSON; unknown keys are ignored (a municipality's file may carry more). */
export function sanitiseRightsOverlay(input: unknown): RightsOverlayCheck {
  if (input === undefined || input === null) return { overlay: null, problems: [] };
  if (!isRecord(input)) return { overlay: null, problems: [{ path: '(root)' }] };
  const problems: RightsOverlayCheck['problems'] = [];
  const out: RightsOverlay = {};
  const municipality = text(input.municipality, 'municipality', TEXT_MAX.name, problems);
  if (municipality) out.municipality = municipality;
  if (input.premiums !== undefined) {
    if (!Array.isArray(input.premiums)) problems.push({ path: 'premiums' });
    else {
      if (input.premiums.length > MAX_PREMIUMS) problems.push({ path: 'premiums' });
      const list: RightsPremium[] = [];
      input.premiums.slice(0, MAX_PREMIUMS).forEach((x: unknown, i: number) => {
        const p = premium(x, `premiums[${i}]`, problems);
        if (p && !list.some((q) => q.id === p.id)) list.push(p);
        else if (p) problems.push({ path: `premiums[${i}].id` });
      });
      if (list.length) out.premiums = list;
    }
  }
  if (input.contact !== undefined) {
    const h = input.contact;
    if (!isRecord(h)) problems.push({ path: 'contact' });
    else {
      const c: NonNullable<RightsOverlay['contact']> = {};
      const name = h.name === undefined ? undefined : checkText(h.name, 'contact.name', 'name', TEXT_MAX.name);
      if (name?.ok && typeof name.value === 'string') c.name = name.value;
      else if (name) problems.push({ path: 'contact.name' });
      const phone = checkPhone(h.phone, 'contact.phone');
      if (phone.ok) { if (phone.value) c.phone = phone.value; } else problems.push({ path: phone.issue.path });
      const email = checkEmail(h.email, 'contact.email');
      if (email.ok) { if (email.value) c.email = email.value; } else problems.push({ path: email.issue.path });
      const url = safeHttpsUrl(h.url);
      if (url) c.url = url;
      else if (h.url !== undefined) problems.push({ path: 'contact.url' });
      const address = text(h.address, 'contact.address', TEXT_MAX.address, problems);
      if (address) c.address = address;
      const hours = text(h.hours, 'contact.hours', TEXT_MAX.hours, problems);
      if (hours) c.hours = hours;
      if (Object.keys(c).length) out.contact = c;
    }
  }
  if (input.highlight !== undefined) {
    if (!Array.isArray(input.highlight)) problems.push({ path: 'highlight' });
    else {
      const ids: RightsItemId[] = [];
      input.highlight.forEach((v: unknown, i: number) => {
        const id = RIGHTS_ITEM_IDS.find((x) => x === v);
        if (id) ids.push(id);
        else problems.push({ path: `highlight[${i}]` });
      });
      if (ids.length) out.highlight = ids;
    }
  }
  return { overlay: Object.keys(out).length ? out : null, problems };
}

/** The overlay's local part (municipality, contact) in one language, for the result. */
export function rightsLocal(o: RightsOverlay | null, lang: RightsLang): RightsLocal | null {
  if (!o || (!o.municipality && !o.contact)) return null;
  const local: RightsLocal = {};
  if (o.municipality) local.municipality = pickText(o.municipality, lang);
  if (o.contact) {
    const { address, hours, ...rest } = o.contact;
    local.contact = { ...rest };
    if (address) local.contact.address = pickText(address, lang);
    if (hours) local.contact.hours = pickText(hours, lang);
  }
  return local;
}

export { pickText as rightsText };
