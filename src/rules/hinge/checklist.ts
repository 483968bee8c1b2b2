/**
 * The hinge-moment checklist: which steps of src/data/hinge/steps.ts apply to a moment and a
 * situation, in time order, with the partner's own steps first within each phase, every amount with
 * its date and every step with its sources. Pure; texts are passed in (./index.ts loads them).
 */
import { newestValidOn } from '../common/dated.js';
import { describeSource } from '../common/sources.js';
import { pickText } from '../help/contact.js';
import { HINGE_AMOUNTS, HINGE_CONTACTS, HINGE_DATA_VERSION, HINGE_STEPS } from '../../data/hinge/steps.js';
import { HINGE_SOURCES } from '../../data/sources/hinge.js';
import { HINGE_WHEN, type HingeDataTexts, type HingeLang, type HingeMoment, type HingeService, type HingeSituation, type HingeStepData, type HingeWhen } from '../../data/hinge/types.js';
import type { HingeOverlay, HingeOverlayContact } from './overlay.js';

export interface HingeContact {
  name: string;
  phone?: string;
  /** Office hours, in the reader's language. */
  hours?: string;
  email?: string;
  url?: string;
}

export interface HingeAmount {
  /** Euro. */
  value: number;
  per: 'day' | 'month' | 'once';
  /** The date the amount applies from (ISO). */
  validFrom: string;
}

export interface HingeSource {
  title: string;
  url: string;
  publisher?: string;
  /** Language of the title. */
  lang?: 'nl' | 'fr' | 'en' | 'de';
  /** The page's own date (YYYY, YYYY-MM or YYYY-MM-DD); absent when the page is undated. */
  date?: string;
}

export interface HingeStep {
  id: string;
  when: HingeWhen;
  title: string;
  /** What to ask or bring. */
  detail: string;
  contact?: HingeContact;
  /** A dated figure (null: no money involved, or no figure known on `asOf`). */
  amount: HingeAmount | null;
  /** From the hospital's or care home's overlay. */
  partner: boolean;
  sources: HingeSource[];
  /** A Mantelkit tool that helps with this step. */
  widget?: HingeStepData['widget'];
}

export interface HingeChecklist {
  moment: HingeMoment;
  asOf: string;
  dataVersion: string;
  steps: HingeStep[];
}

/** Which fields of the situation a moment reads (the others are ignored). */
const READS: Record<HingeMoment, ReadonlyArray<'admission' | 'careAtHome' | 'place'>> = {
  'hospital-admission': ['admission'],
  'hospital-discharge': ['careAtHome'],
  'care-home': [],
  'end-of-life': ['place'],
};

const HELP_SERVICE = { homeNursing: 'homeNursing', familyCare: 'familyCare', meals: 'meals', aids: 'aidsLoan' } as const;

/** The services a situation rules out: help already in place, no job, papers handled, no home care. */
export function hingeExcludedServices(s: HingeSituation, moment: HingeMoment): Set<HingeService> {
  const out = new Set<HingeService>();
  if (s.works === false) out.add('leave');
  if (s.involved === false) out.add('involvement');
  if (s.papers === 'yes') out.add('guardianship');
  for (const h of s.helpInPlace ?? []) out.add(HELP_SERVICE[h]);
  if (moment === 'end-of-life' && s.place && s.place !== 'home') {
    out.add('palliativeAllowance');
    out.add('palliativeHomeTeam');
    out.add('homeNursing');
    out.add('familyCare');
    out.add('aidsLoan');
  }
  return out;
}

/** A step applies when its moment matches, each `only` the moment reads holds (or is unanswered), and its service is not ruled out. */
function applies(d: HingeStepData, s: HingeSituation, moment: HingeMoment, excluded: Set<HingeService>): boolean {
  if (!d.at[moment]) return false;
  if (d.service && excluded.has(d.service)) return false;
  const only = d.only;
  if (!only) return true;
  for (const key of READS[moment]) {
    const v = s[key];
    const want = only[key];
    if (v === undefined || want === undefined) continue;
    if (Array.isArray(want) ? !(want as readonly string[]).includes(v) : want !== v) return false;
  }
  return true;
}

function sources(urls: readonly string[]): HingeSource[] {
  return [...new Set(urls)].map((url) => {
    const i = describeSource(HINGE_SOURCES, url);
    return { title: i.title, url, publisher: i.publisher, lang: i.lang, ...(i.date ? { date: i.date } : {}) };
  });
}

function dataStep(d: HingeStepData, when: HingeWhen, asOf: string, texts: HingeDataTexts): HingeStep {
  const text = texts.steps[d.id];
  if (!text) throw new Error(`hinge texts: no text for step ${d.id}`);
  const entry = d.money ? newestValidOn(HINGE_AMOUNTS[d.money], asOf) : undefined;
  const c = d.contact ? HINGE_CONTACTS[d.contact] : undefined;
  const contact: HingeContact | undefined = d.contact
    ? { name: texts.contacts[d.contact], ...(c?.phone ? { phone: c.phone } : {}), ...(c?.hours ? { hours: texts.hours[c.hours] } : {}), ...(c?.url ? { url: c.url } : {}) }
    : undefined;
  return {
    id: d.id,
    when,
    title: text.title,
    detail: text.detail,
    ...(contact ? { contact } : {}),
    amount: entry ? { value: entry.value, per: entry.per, validFrom: entry.validFrom } : null,
    partner: false,
    sources: sources([...(entry?.sources ?? []), ...d.sources, ...(c?.sources ?? [])]),
    ...(d.widget ? { widget: d.widget } : {}),
  };
}

/** Where a partner contact goes when the overlay does not say: the discharge nurse and social service before, the ward on the day. */
const ROLE_WHEN: Record<HingeOverlayContact['role'], HingeWhen> = {
  socialService: 'before',
  dischargeNurse: 'before',
  wardLiaison: 'day',
  palliativeTeam: 'before',
  reception: 'day',
  other: 'before',
};

function partnerSteps(o: HingeOverlay, moment: HingeMoment, lang: HingeLang): HingeStep[] {
  const fits = (m: readonly HingeMoment[] | undefined): boolean => !m || m.includes(moment);
  const contacts = o.contacts.flatMap((c, i): HingeStep[] => {
    if (!fits(c.moments)) return [];
    const name = pickText(c.name, lang);
    const contact: HingeContact = { name };
    if (c.phone) contact.phone = c.phone;
    if (c.hours) contact.hours = pickText(c.hours, lang);
    if (c.email) contact.email = c.email;
    if (c.url) contact.url = c.url;
    return [{ id: `partner-contact-${i}`, when: c.when ?? ROLE_WHEN[c.role], title: name, detail: c.description ? pickText(c.description, lang) : '', contact, amount: null, partner: true, sources: [] }];
  });
  const place = o.name ? pickText(o.name, lang) : undefined;
  const links = o.links.flatMap((l, i): HingeStep[] => {
    if (!fits(l.moments)) return [];
    const title = pickText(l.title, lang);
    return [{ id: `partner-link-${i}`, when: l.when ?? 'before', title, detail: l.description ? pickText(l.description, lang) : '', contact: { name: place ?? title, url: l.url }, amount: null, partner: true, sources: [] }];
  });
  return [...contacts, ...links];
}

export interface BuildHingeOptions {
  moment: HingeMoment;
  asOf: string;
  lang: HingeLang;
  overlay: HingeOverlay | null;
  texts: HingeDataTexts;
}

/** The checklist from checked input (the element calls this; `hingeChecklist` checks and loads texts first). */
export function buildHingeChecklist(s: HingeSituation, o: BuildHingeOptions): HingeChecklist {
  const excluded = hingeExcludedServices(s, o.moment);
  const ours = HINGE_STEPS.flatMap((d) => {
    const when = d.at[o.moment];
    return when && applies(d, s, o.moment, excluded) ? [dataStep(d, when, o.asOf, o.texts)] : [];
  });
  const theirs = o.overlay ? partnerSteps(o.overlay, o.moment, o.lang) : [];
  // Partner steps first within their phase; otherwise the table's order.
  const steps = HINGE_WHEN.flatMap((w) => [...theirs.filter((x) => x.when === w), ...ours.filter((x) => x.when === w)]);
  return { moment: o.moment, asOf: o.asOf, dataVersion: HINGE_DATA_VERSION, steps };
}
