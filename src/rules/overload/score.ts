/**
 * Scoring for the overload check (the rules in plain words: docs/content/overload.md#bands).
 * Pure: no DOM, no Lit, no clock. All numbers come from `src/data/overload/`.
 */
import {
  OVERLOAD_THRESHOLDS,
  RED_FLAG_IDS,
  STRAIN_ITEM_IDS,
  type LevelRange,
  type OverloadAudience,
  type OverloadLevel,
  type RedFlagId,
  type StrainItemId,
} from '../../data/overload/thresholds.js';
import type { OverloadLang, OverloadReferralId } from '../../data/overload/referrals.js';
import { overloadReferrals, type OverloadBand } from './referrals.js';
import { overloadIsAsked } from './items.js';
import { checkOverloadInput, OVERLOAD_CAN_SHARE_VALUES, OVERLOAD_CARE_FOR_VALUES, OVERLOAD_STRAIN_VALUES } from './validate.js';

export type StrainAnswer = (typeof OVERLOAD_STRAIN_VALUES)[number];
export const STRAIN_ANSWERS: readonly StrainAnswer[] = OVERLOAD_STRAIN_VALUES;

/** Unscored routing answer: is there someone who can take over for a while? */
export type CanShareAnswer = (typeof OVERLOAD_CAN_SHARE_VALUES)[number];
export const CAN_SHARE_ANSWERS: readonly CanShareAnswer[] = OVERLOAD_CAN_SHARE_VALUES;

/** Unscored routing answer: who the care is for (multi-select); feeds the finder's filters. */
export const CARE_FOR_IDS = OVERLOAD_CARE_FOR_VALUES;
export type CareForId = (typeof CARE_FOR_IDS)[number];

/**
 * The answers, in the shape of the overload test cases (test/rules/overload/). Every part is optional: a missing
 * strain item counts as 'skip', a missing red flag as "no", a missing overall rating as not given.
 * `routing` is an optional, unscored extra (it only adds a tip and finder filters).
 */
export interface OverloadAnswers {
  strain?: Partial<Record<StrainItemId, StrainAnswer>>;
  global?: number | null;
  redFlags?: Partial<Record<RedFlagId, boolean | null>>;
  routing?: { canShare?: CanShareAnswer | null; careFor?: readonly CareForId[] };
}

export interface ScoreOverloadOptions {
  /** 'adult' (default) or 'young' (school wording, no money item, young referrals). */
  audience?: OverloadAudience;
  /** Language community of the referral numbers (106/107/108 …); default 'nl'. */
  lang?: OverloadLang;
}

export type { OverloadBand };
export type OverloadBandSource = 'redFlag' | 'strain' | 'global' | 'both' | null;

export type OverloadTipId = 'respite' | 'combine' | 'gp' | 'money' | 'social' | 'talk' | 'share';
/** Catalog keys of the item-level tips; the young variant has its own wording (and no money tip). */
export type OverloadTipKey = Exclude<`tip.${OverloadAudience}.${OverloadTipId}`, 'tip.young.money'>;

/** Target-group filters understood by `<mz-association-finder>` (its vocabulary: src/data/finder/vocabulary.ts). */
export type FinderTargetGroup =
  | 'dementia'
  | 'mental-health'
  | 'addiction'
  | 'disability'
  | 'chronic-illness'
  | 'older-people'
  | 'parents-of-children-with-disability-or-illness'
  | 'young-caregivers';

export interface OverloadResult {
  readonly audience: OverloadAudience;
  readonly lang: OverloadLang;
  /** How many strain items this audience is asked (10 adult, 9 young). */
  readonly askedStrainItems: number;
  readonly answeredStrainItems: number;
  /** Prorated 0–20, or null when fewer than the minimum items were answered. */
  readonly strainScore: number | null;
  readonly strainBand: OverloadLevel | null;
  readonly globalBand: OverloadLevel | null;
  readonly band: OverloadBand;
  readonly bandSource: OverloadBandSource;
  /** The red flags answered "yes" (so the urgent screen can put the matching line first). */
  readonly redFlags: readonly RedFlagId[];
  /** Item-level tip keys, in asking order, without duplicates; none for `urgent`. */
  readonly tips: readonly OverloadTipKey[];
  /** Referral ids for this band, audience and language, most important first. */
  readonly referrals: readonly OverloadReferralId[];
  /** Finder filters derived from the unscored `careFor` answer. */
  readonly finderTargetGroups: readonly FinderTargetGroup[];
  readonly rulesVersion: string;
  readonly rulesValidFrom: string;
}

const LEVEL_RANK: Record<OverloadLevel, number> = { low: 1, elevated: 2, high: 3 };

/** Orders bands for "never lower" checks: incomplete < low < elevated < high < urgent. */
export const BAND_RANK: Record<OverloadBand, number> = { incomplete: 0, ...LEVEL_RANK, urgent: 4 };

const TIP_FOR_ITEM: Record<StrainItemId, OverloadTipId> = {
  time: 'respite',
  alwaysOn: 'respite',
  combine: 'combine',
  physical: 'gp',
  health: 'gp',
  sleep: 'gp',
  money: 'money',
  social: 'social',
  emotional: 'talk',
  outlook: 'talk',
};

const FINDER_GROUPS: Record<CareForId, readonly FinderTargetGroup[]> = {
  dementia: ['dementia'],
  mentalHealth: ['mental-health', 'addiction'],
  disability: ['disability'],
  chronicIllness: ['chronic-illness'],
  frailty: ['older-people'],
  child: ['parents-of-children-with-disability-or-illness'],
};

function levelFor(value: number, ranges: readonly LevelRange[]): OverloadLevel {
  const found = ranges.find((r) => value >= r.min && value <= r.max);
  // The data covers the whole range; reaching this means the data file itself is wrong.
  if (!found) throw new RangeError(`No band covers ${value}: check src/data/overload/thresholds.ts`);
  return found.level;
}

/**
 * Scores the overload check.
 *
 * Precedence (docs/content/overload.md#bands): any red flag → `urgent`; else no strain band and no overall band →
 * `incomplete`; else the higher of the two bands, with `bandSource` saying which one decided.
 *
 * @throws {TypeError} for a value of the wrong type, {RangeError} for an unknown word, key or number
 *   or an item the audience is not asked (`money` for `young`); the message names the JSON path, the
 *   value and what is allowed (validate.ts). Missing fields are "not answered". Nothing is ever
 *   silently scored.
 */
export function scoreOverload(answers: OverloadAnswers, options?: ScoreOverloadOptions): OverloadResult {
  checkOverloadInput(answers, options ?? null);
  const audience = options?.audience ?? 'adult';
  const lang = options?.lang ?? 'nl';
  const t = OVERLOAD_THRESHOLDS;

  // 1–2. Strain items: count the answered ones and prorate their sum to 0–20.
  const strainIn = answers.strain ?? {};
  let n = 0;
  let sum = 0;
  const yesItems: StrainItemId[] = [];
  for (const id of STRAIN_ITEM_IDS) {
    // A missing key counts as 'skip' (documented input contract); `null` was refused by the check.
    const v = strainIn[id] ?? 'skip';
    if (v === 'skip') continue;
    if (!overloadIsAsked(id, audience)) {
      throw new RangeError(`strain.${id}: ${JSON.stringify(v)} is not asked for audience "${audience}": leave it out or use "skip"`);
    }
    n += 1;
    sum += t.answerPoints[v];
    if (v === 'yes') yesItems.push(id);
  }
  // floor((max·sum + n) / (2n)) = max·sum/(2n) rounded half up, kept in integers so no float drift.
  const perItemMax = t.answerPoints.yes;
  const strainScore = n >= t.minAnsweredStrainItems ? Math.floor((t.strainMax * sum + n) / (perItemMax * n)) : null;
  // 3.
  const strainBand = strainScore === null ? null : levelFor(strainScore, t.strainBands);

  // 4. Overall 0–10 rating.
  const g = answers.global ?? null;
  const globalBand = g === null ? null : levelFor(g, t.globalBands);

  // Red flags: true / false; null or missing = skipped = no (docs/content/overload.md#items).
  const flagsIn = answers.redFlags ?? {};
  const redFlags: RedFlagId[] = RED_FLAG_IDS.filter((id) => flagsIn[id] === true);

  // Routing (unscored).
  const canShare = answers.routing?.canShare ?? 'skip';
  const careForIn = answers.routing?.careFor ?? [];
  const finderTargetGroups: FinderTargetGroup[] = audience === 'young' ? ['young-caregivers'] : [];
  for (const c of careForIn) {
    // For a young person `child` is a brother or sister: "parents of a child with needs" is not them.
    const groups = audience === 'young' && c === 'child' ? [] : FINDER_GROUPS[c];
    for (const g2 of groups) if (!finderTargetGroups.includes(g2)) finderTargetGroups.push(g2);
  }

  // 5–7. Band and its source.
  let band: OverloadBand;
  let bandSource: OverloadBandSource;
  if (redFlags.length > 0) {
    band = 'urgent';
    bandSource = 'redFlag';
  } else if (strainBand === null && globalBand === null) {
    band = 'incomplete';
    bandSource = null;
  } else if (strainBand !== null && globalBand !== null) {
    const s = LEVEL_RANK[strainBand];
    const gr = LEVEL_RANK[globalBand];
    band = s >= gr ? strainBand : globalBand;
    bandSource = s === gr ? 'both' : s > gr ? 'strain' : 'global';
  } else if (strainBand !== null) {
    band = strainBand;
    bandSource = 'strain';
  } else {
    band = globalBand as OverloadLevel;
    bandSource = 'global';
  }

  // Item-level tips for every "yes" (any band except urgent: then only the help counts).
  const tips: OverloadTipKey[] = [];
  if (band !== 'urgent') {
    const tipIds: OverloadTipId[] = yesItems.map((id) => TIP_FOR_ITEM[id]);
    if (canShare === 'no') tipIds.push('share');
    for (const id of tipIds) {
      const key = `tip.${audience}.${id}` as OverloadTipKey;
      if (!tips.includes(key)) tips.push(key);
    }
  }

  return {
    audience,
    lang,
    askedStrainItems: STRAIN_ITEM_IDS.filter((id) => overloadIsAsked(id, audience)).length,
    answeredStrainItems: n,
    strainScore,
    strainBand,
    globalBand,
    band,
    bandSource,
    redFlags,
    tips,
    referrals: overloadReferrals(band, audience, lang, redFlags),
    finderTargetGroups,
    rulesVersion: t.version,
    rulesValidFrom: t.validFrom,
  };
}
