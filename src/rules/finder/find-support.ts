/**
 * findSupport(profile, options): from a visitor's situation to grouped, ordered, explained support.
 * Pure: no DOM, no network, no storage. The profile goes in; only ids, names and reason keys come out.
 */
import { HELPLINES, type Helpline, type HelplineId, type HelplineLang, type Localized } from '../../data/help/helplines.js';
import { linesFor, linesForRoles } from '../help/lines.js';
import { telUri } from '../help/links.js';
import { RECORDS, type FinderRecord } from '../../data/finder/records.js';
import type { CareFor, Need } from '../../data/finder/vocabulary.js';
import { neutralSort } from './order.js';
import { nameLang } from './ui.js';
import { validateOverlay, type LocalOffer } from './overlay.js';
import type { FinderItem, FinderLang, FinderProfile, FinderResult, FindSupportOptions, LocalPremium, ReasonKey } from './types.js';
import { checkFinderInput } from './validate.js';

/** Picks the reader's language, else Dutch (the reference), else whatever exists. */
export function pick(text: Localized, lang: FinderLang): string {
  return text[lang] ?? text.nl ?? text.fr ?? text.en ?? text.de ?? '';
}

// One `tel:` builder for the whole library (src/rules/help/lines.ts); re-exported for old importers.
export { telUri };

/** The language note for something that does not work in the reader's language. */
function languageReason(languages: readonly HelplineLang[], lang: FinderLang): ReasonKey[] {
  if (languages.includes(lang)) return [];
  if (languages.includes('nl')) return ['reason.inDutch'];
  if (languages.includes('fr')) return ['reason.inFrench'];
  if (languages.includes('de')) return ['reason.inGerman'];
  return [];
}

/** Every line the list view shows besides the emergency numbers, in the routing table's order. */
const LIST_ROLES = ['suicide', 'listen', 'youthLine', 'violence', 'violenceOtherLang', 'doctorNow', 'dementia'] as const;

interface Fit {
  score: number;
  reasons: ReasonKey[];
}

function fitRecord(r: FinderRecord, p: FinderProfile, lang: FinderLang): Fit {
  const reasons: ReasonKey[] = [];
  let score = 0;
  if (r.alternativeFor?.includes(lang)) {
    score += 2;
    reasons.push('reason.sameLanguage');
  }
  if (p.ageGroup === 'under25' && r.targets.includes('young')) {
    score += 1;
    reasons.push('reason.young');
  }
  for (const c of p.careFor ?? []) {
    if (r.targets.includes(c)) {
      score += 1;
      reasons.push(`reason.careFor.${c}`);
    }
  }
  for (const n of p.needs ?? []) {
    if (r.services.includes(n)) {
      score += 1;
      reasons.push(`reason.need.${n}`);
    }
  }
  if (reasons.length === 0 && r.targets.includes('allCaregivers')) reasons.push('reason.forAllCaregivers');
  return { score, reasons };
}

function recordItem(r: FinderRecord, fit: Fit, p: FinderProfile, lang: FinderLang, texts: FindSupportOptions['texts']): FinderItem {
  const reasons = [...fit.reasons];
  if (r.kind === 'association' && r.recognised && r.free) reasons.push('reason.freeMembership');
  reasons.push(...languageReason(r.languages, lang));
  let highlight: FinderItem['highlight'];
  const fund = p.healthFund;
  if (fund && fund !== 'unknown' && r.healthFund?.funds.includes(fund)) {
    highlight = r.healthFund.autoMember ? 'autoMember' : 'linkedToYourFund';
    reasons.push(r.healthFund.autoMember ? 'reason.autoMember' : 'reason.linkedToYourFund');
  }
  return {
    id: r.id,
    kind: r.kind,
    name: pick(r.name, lang),
    nameLang: nameLang(r.name, r.languages, lang),
    // Reader-language texts come from ./texts/<lang>.ts when the caller passes them; else Dutch.
    description: texts?.[r.id]?.description ?? r.description,
    recognised: r.recognised,
    affiliation: r.affiliation ? (texts?.[r.id]?.affiliation ?? r.affiliation) : undefined,
    phone: r.phone,
    tel: r.phone ? telUri(r.phone) : undefined,
    email: r.email,
    website: r.website,
    reasons,
    highlight,
    free: r.free,
    score: fit.score,
    sources: r.sources,
    lastChecked: r.lastChecked,
    contact: r.contact,
  };
}

function helplineItem(h: Helpline, reasons: ReasonKey[], lang: FinderLang): FinderItem {
  return {
    id: h.id,
    kind: 'helpline',
    name: pick(h.name, lang),
    nameLang: nameLang(h.name, h.languages, lang),
    description: pick(h.description, lang),
    recognised: false,
    phone: h.number,
    tel: telUri(h.number),
    website: h.website,
    hours: h.hours ? pick(h.hours, lang) : undefined,
    reasons: [...reasons, ...languageReason(h.languages, lang)],
    free: h.free,
    score: reasons.length,
    sources: h.sources,
    lastChecked: h.lastChecked,
  };
}

/**
 * French-language alternatives (Aidants Proches, Jeunes & Aidants Proches) are shown to French
 * readers (same language), to German readers everywhere (no German-language caregiver association
 * is in the data; German-speaking Belgium lies in the Walloon Region, where these work) and, in
 * Brussels, to every reader who is not reading Dutch.
 */
function showsAlternative(r: FinderRecord, region: FindSupportOptions['region'], lang: FinderLang): boolean {
  if (!r.alternativeFor?.length) return false;
  return r.alternativeFor.includes(lang) || lang === 'de' || (region === 'brussels' && lang !== 'nl');
}

function inRegion(r: FinderRecord, region: FindSupportOptions['region'], lang: FinderLang): boolean {
  if (showsAlternative(r, region, lang)) return true;
  const want = region ?? 'flanders';
  return r.regions.includes(want);
}

function localItem(o: LocalOffer, p: FinderProfile, lang: FinderLang, all: boolean): FinderItem | undefined {
  const asked: string[] = [...(p.careFor ?? []), ...(p.needs ?? [])];
  if (p.ageGroup === 'under25') asked.push('young');
  const matches = o.tags.filter((t) => asked.includes(t));
  // An offer without tags is general; with tags it must fit at least one answer (if any were given).
  if (!all && asked.length > 0 && o.tags.length > 0 && matches.length === 0) return undefined;
  const reasons: ReasonKey[] = ['reason.local'];
  for (const t of matches) {
    if (t === 'young') reasons.push('reason.young');
    else if ((p.careFor as string[] | undefined)?.includes(t)) reasons.push(`reason.careFor.${t as CareFor}`);
    else reasons.push(`reason.need.${t as Need}`);
  }
  return {
    id: `local-${o.index}`,
    kind: 'local',
    name: pick(o.name, lang),
    description: o.description ? pick(o.description, lang) : undefined,
    recognised: false,
    phone: o.phone,
    tel: o.phone ? telUri(o.phone) : undefined,
    email: o.email,
    website: o.website,
    address: o.address ? pick(o.address, lang) : undefined,
    hours: o.hours ? pick(o.hours, lang) : undefined,
    reasons,
    score: matches.length,
    sources: [],
  };
}

/**
 * Finds the associations, helplines and services that fit a caregiver's situation.
 *
 * - `danger` puts 112, then the suicide line and the listening line of the reader's language
 *   in `urgent` (for under-25s the youth line comes after the suicide line; see the `urgent` route).
 * - All six recognised associations are always listed (membership is free and one may join
 *   several); better fits first, equal fits in a pillar-blind order (see order.ts).
 * - `healthFund` only adds a highlight and a reason; it never hides or reorders.
 * - Partner offers (`overlay`) come first as `local`; bad records are dropped with an issue.
 * - `all` (the list view) keeps everything of the region, fitting or not: fits first, score 0 after.
 * - Strict input: a value it cannot read throws a TypeError (wrong type) or RangeError (unknown word,
 *   invalid date, unknown option) naming its JSON path, the value and what is allowed
 *   (`danger: expected true or false, got "no"`). Missing fields mean "not answered"; `null` means
 *   nothing answered. The overlay never throws: its bad parts come back as `issues`.
 */
export function findSupport(profile: FinderProfile | null = {}, options: FindSupportOptions = {}): FinderResult {
  // Strict input (src/rules/finder/README.md): a wrong type or unknown word throws with its JSON path.
  checkFinderInput(profile, options);
  profile ??= {};
  const lang: FinderLang = options.lang ?? 'nl';
  const order = options.order ?? 'alphabetical';
  const today = options.today ?? new Date();
  const p: FinderProfile = {
    ...profile,
    careFor: [...new Set(profile.careFor ?? [])],
    needs: [...new Set(profile.needs ?? [])],
  };
  const young = p.ageGroup === 'under25';
  const all = options.all === true;
  const audience = young ? 'young' : 'adult';
  const line = (id: HelplineId) => HELPLINES[id];

  // Urgent help first (order: the `urgent` route in src/data/help/routes.ts).
  const urgent = p.danger === true ? linesFor('urgent', audience, lang).map((id) => helplineItem(line(id), ['reason.danger'], lang)) : [];
  const shown = new Set(urgent.map((i) => i.id));

  // Partner overlay.
  const overlay = validateOverlay(options.overlay, options.base);
  const local = overlay.offers
    .map((o) => localItem(o, p, lang, all))
    .filter((i): i is FinderItem => i !== undefined)
    .sort((a, b) => b.score - a.score); // stable: the partner's own order among equal fits

  // Associations.
  const associationItems: FinderItem[] = [];
  for (const r of RECORDS) {
    if (r.kind !== 'association' || !inRegion(r, options.region, lang)) continue;
    const fit = fitRecord(r, p, lang);
    const alternative = showsAlternative(r, options.region, lang);
    const include =
      all ||
      r.recognised ||
      (r.id === 'zojong' && young) ||
      (r.id === 'magenta' && (p.careFor ?? []).includes('childWithNeeds')) ||
      (alternative && (!r.targets.every((t) => t === 'young') || young));
    if (include) associationItems.push(recordItem(r, fit, p, lang, options.texts));
  }
  const associations = neutralSort(associationItems, order, today);

  // Helplines that fit (beyond the urgent ones).
  const helplineReasons = new Map<string, ReasonKey[]>();
  const addLine = (h: Helpline, reason: ReasonKey) => {
    if (shown.has(h.id)) return;
    const list = helplineReasons.get(h.id) ?? [];
    if (!list.includes(reason)) list.push(reason);
    helplineReasons.set(h.id, list);
  };
  if ((p.needs ?? []).includes('talk') || (p.careFor ?? []).includes('mentalHealth')) {
    const reason: ReasonKey = (p.needs ?? []).includes('talk') ? 'reason.need.talk' : 'reason.careFor.mentalHealth';
    // The young also get their youth line, ahead of the listening line.
    for (const id of linesForRoles(young ? ['youthLine', 'listen'] : ['listen'], audience, lang)) addLine(line(id), reason);
  }
  if (young) for (const id of linesFor('youthLine', audience, lang)) addLine(line(id), 'reason.young');
  if ((p.careFor ?? []).includes('dementia')) for (const id of linesFor('dementia', audience, lang)) addLine(line(id), 'reason.careFor.dementia');
  // The list: every other line of the reader's language too (112 and 101 are in the urgent strip), without a reason.
  if (all) for (const id of linesForRoles(LIST_ROLES, audience, lang)) if (!shown.has(id) && !helplineReasons.has(id)) helplineReasons.set(id, []);
  const helplines = [...helplineReasons.entries()].map(([id, reasons]) => helplineItem(HELPLINES[id as HelplineId], reasons, lang));
  // Lines with more reasons first (youth lines for young readers); otherwise route order is kept.
  helplines.sort((a, b) => b.score - a.score);

  // Routing services.
  const serviceItems: FinderItem[] = [];
  for (const r of RECORDS) {
    if (r.kind !== 'service' || !inRegion(r, options.region, lang)) continue;
    const youthOnly = r.targets.every((t) => t === 'young');
    if (youthOnly && !young && !all) continue;
    const fit = fitRecord(r, p, lang);
    if (all || fit.score > 0 || r.general) serviceItems.push(recordItem(r, fit, p, lang, options.texts));
  }
  const services = neutralSort(serviceItems, 'alphabetical', today);

  let premium: LocalPremium | undefined;
  if (overlay.premium) {
    const pr = overlay.premium;
    premium = { amount: pr.amount, period: pr.period, validFrom: pr.validFrom, url: pr.url, conditions: pr.conditions ? pick(pr.conditions, lang) : undefined };
  }

  const count = urgent.length + local.length + associations.length + helplines.length + services.length;
  return { lang, urgent, local, associations, helplines, services, premium, issues: overlay.issues, count };
}
