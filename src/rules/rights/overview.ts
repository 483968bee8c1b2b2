/**
 * rightsOverview(): every right and support for a caregiver and the person they care for, in one
 * list, each with whether it fits (yes / check / no, with reasons), its dated and sourced amount, and
 * its sources. Pure: reads src/data/rights and asks src/rules/leave for the leave and the
 * recognition; no DOM, no I/O. Async so a later version can load its tables lazily without a new
 * signature.
 */
import { RIGHTS_DATA_VERSION } from '../../data/rights/index.js';
import { leaveToday } from '../leave/engine/dates.js';
import { disabilityAllowances, incontinentieforfait, verhoogdeTegemoetkoming, zorgbudgetHandicap, zorgbudgetOuderen, zorgbudgetZwaar, zorgtoeslag, type Draft } from './cared-for.js';
import { leaveFor, leaveItems, premiumItems, recognitionItems } from './caregiver.js';
import { rightsLocal, sanitiseRightsOverlay } from './overlay.js';
import { rightsSource } from './sources.js';
import type { RightsItem, RightsOverviewOptions, RightsOverviewResult, RightsSituation } from './types.js';
import { checkRightsInput } from './validate.js';

/** Every item, in a fixed order (the widget groups them by `for` and fit), synchronously. */
export function rightsOverviewSync(situation: RightsSituation | null | undefined, options: RightsOverviewOptions = {}): RightsOverviewResult {
  checkRightsInput(situation, options);
  const s: RightsSituation = situation ?? {};
  const asOf = options.asOf ?? leaveToday();
  const lang = options.lang ?? 'nl';
  const overlay = sanitiseRightsOverlay(options.overlay).overlay;
  const p = s.caredFor ?? {};
  const leave = leaveFor(s, asOf);
  const zwaar = zorgbudgetZwaar(p, asOf);
  const drafts: Draft[] = [
    ...recognitionItems(leave, s),
    ...leaveItems(leave, s),
    ...premiumItems(overlay?.premiums, s, zwaar.fits, lang),
    zwaar,
    zorgbudgetOuderen(p, asOf),
    zorgbudgetHandicap(p, asOf),
    zorgtoeslag(p),
    disabilityAllowances(p),
    verhoogdeTegemoetkoming(p),
    incontinentieforfait(p, asOf),
  ];
  const highlight = new Set<string>(overlay?.highlight ?? []);
  const items = drafts.map((d): RightsItem => {
    const { sources, ...rest } = d;
    const item: RightsItem = { ...rest, reasons: [...d.reasons], sources: [...new Set(sources)].map(rightsSource) };
    const deeper = DEEPER[d.id];
    if (deeper) item.deeper = deeper;
    if (highlight.has(d.id)) item.highlighted = true;
    return item;
  });
  return { asOf, dataVersion: `${RIGHTS_DATA_VERSION}+${leave.dataVersion}`, items, local: rightsLocal(overlay, lang) };
}

const DEEPER: Partial<Record<string, RightsItem['deeper']>> = {
  recognitionGeneral: 'recognition-quiz', recognitionSocialRights: 'recognition-quiz',
  mantelzorgverlof: 'leave-calculator', medischeBijstand: 'leave-calculator', palliatiefVerlof: 'leave-calculator', aanmoedigingspremie: 'leave-calculator',
};

/**
 * Every right and support for this situation on `options.asOf` (default: today, Brussels time).
 * A missing field means "not answered" and leads to "check", never a guess.
 * @throws {TypeError} a field of the wrong type (`caredFor.ageYears: "80"`, a non-plain object).
 * @throws {RangeError} an unknown word (`caredFor.needLevel: "lots"`), an unknown key, NaN or an
 *   out-of-bounds number, an impossible date; `caregiver.work` errors carry that path.
 * `options.overlay` is partner data: sanitised (bad parts dropped), never thrown on.
 */
export function rightsOverview(situation: RightsSituation | null | undefined, options: RightsOverviewOptions = {}): Promise<RightsOverviewResult> {
  try {
    return Promise.resolve(rightsOverviewSync(situation, options));
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}
