/**
 * Scoring for the overload check (the rules in plain words: docs/content/overload.md#bands).
 * Pure: no DOM, no Lit, no clock. All numbers come from `src/data/overload/`.
 */
import {
  OVERLOAD_THRESHOLDS,
  RED_FLAG_IDS,
  STRAIN_ITEM_IDS,
  AUDIENCES,
  type LevelRange,
  type OverloadAudience,
  type OverloadLevel,
  type RedFlagId,
  type StrainItemId,
} from '../../data/overload/thresholds.js';
import { OVERLOAD_LANGS, type OverloadLang, type OverloadReferralId } from '../../data/overload/referrals.js';
import { overloadReferrals, type OverloadBand } from './referrals.js';
import { overloadIsAsked } from './items.js';

export type StrainAnswer = 'no' | 'sometimes' | 'yes' | 'skip';
export const STRAIN_ANSWERS: readonly StrainAnswer[] = ['no', 'sometimes', 'yes', 'skip'];

/** Unscored routing answer: is there someone who can take over for a while? */
export type CanShareAnswer = 'yes' | 'no' | 'dontKnow' | 'skip';
export const CAN_SHARE_ANSWERS: readonly CanShareAnswer[] = ['yes', 'no', 'dontKnow', 'skip'];

/** Unscored routing answer: who the care is for (multi-select); feeds the finder's filters. */
export const CARE_FOR_IDS = ['dementia', 'mentalHealth', 'disability', 'chronicIllness', 'frailty', 'child'] as const;
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

export type OverloadInputErrorCode =
  | 'notAnObject'
  | 'unknownKey'
  | 'badStrainValue'
  | 'itemNotAsked'
  | 'badGlobal'
  | 'badRedFlag'
  | 'badRouting'
  | 'badOption';

/**
 * Thrown for input the rules refuse to score. We reject rather than guess: a typo such as
 * `selfharm: true` silently read as "no red flag" would hide the most important answer.
 */
export class OverloadInputError extends Error {
  override readonly name = 'OverloadInputError';
  constructor(
    readonly code: OverloadInputErrorCode,
    /** Where the bad value is, e.g. `strain.time` or `options.audience`. */
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
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

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function includes<T extends string>(list: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (list as readonly string[]).includes(v);
}

function checkKeys(obj: Record<string, unknown>, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      throw new OverloadInputError('unknownKey', path ? `${path}.${key}` : key, `Unknown key "${key}"${path ? ` in ${path}` : ''}.`);
    }
  }
}

function levelFor(value: number, ranges: readonly LevelRange[]): OverloadLevel {
  const found = ranges.find((r) => value >= r.min && value <= r.max);
  // The data covers the whole range; reaching this means the data file itself is wrong.
  if (!found) throw new RangeError(`No band covers ${value}: check src/data/overload/thresholds.ts`);
  return found.level;
}

function resolveOptions(options: unknown): { audience: OverloadAudience; lang: OverloadLang } {
  if (options === undefined || options === null) return { audience: 'adult', lang: 'nl' };
  if (!isPlainObject(options)) throw new OverloadInputError('badOption', 'options', 'Options must be an object.');
  const audience = options['audience'] ?? 'adult';
  const lang = options['lang'] ?? 'nl';
  if (!includes(AUDIENCES, audience)) {
    throw new OverloadInputError('badOption', 'options.audience', `audience must be one of ${AUDIENCES.join(', ')}.`);
  }
  if (!includes(OVERLOAD_LANGS, lang)) {
    throw new OverloadInputError('badOption', 'options.lang', `lang must be one of ${OVERLOAD_LANGS.join(', ')}.`);
  }
  return { audience, lang };
}

/**
 * Scores the overload check.
 *
 * Precedence (docs/content/overload.md#bands): any red flag → `urgent`; else no strain band and no overall band →
 * `incomplete`; else the higher of the two bands, with `bandSource` saying which one decided.
 *
 * @throws {OverloadInputError} for a value outside the allowed sets, an unknown key, or an item the
 *   audience is not asked (`money` for `young`). Nothing is ever silently scored.
 */
export function scoreOverload(answers: OverloadAnswers, options?: ScoreOverloadOptions): OverloadResult {
  const { audience, lang } = resolveOptions(options);
  const input: unknown = answers;
  if (!isPlainObject(input)) throw new OverloadInputError('notAnObject', '', 'Answers must be an object.');
  checkKeys(input, ['strain', 'global', 'redFlags', 'routing'], '');
  const t = OVERLOAD_THRESHOLDS;

  // 1–2. Strain items: count the answered ones and prorate their sum to 0–20.
  const strainIn = input['strain'] ?? {};
  if (!isPlainObject(strainIn)) throw new OverloadInputError('notAnObject', 'strain', 'strain must be an object.');
  checkKeys(strainIn, STRAIN_ITEM_IDS, 'strain');
  let n = 0;
  let sum = 0;
  const yesItems: StrainItemId[] = [];
  for (const id of STRAIN_ITEM_IDS) {
    // Only a missing key counts as 'skip' (documented input contract); `null` is not an allowed value and is refused.
    const v = strainIn[id] === undefined ? 'skip' : strainIn[id];
    if (!includes(STRAIN_ANSWERS, v)) {
      throw new OverloadInputError('badStrainValue', `strain.${id}`, `strain.${id} must be one of ${STRAIN_ANSWERS.join(', ')}.`);
    }
    if (v === 'skip') continue;
    if (!overloadIsAsked(id, audience)) {
      throw new OverloadInputError('itemNotAsked', `strain.${id}`, `strain.${id} is not asked for audience "${audience}"; leave it out or 'skip'.`);
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
  const g = input['global'] ?? null;
  if (g !== null && !(typeof g === 'number' && Number.isInteger(g) && g >= t.globalMin && g <= t.globalMax)) {
    throw new OverloadInputError('badGlobal', 'global', `global must be an integer ${t.globalMin}–${t.globalMax} or null.`);
  }
  const globalBand = g === null ? null : levelFor(g, t.globalBands);

  // Red flags: true / false; null or missing = skipped = no (docs/content/overload.md#items).
  const flagsIn = input['redFlags'] ?? {};
  if (!isPlainObject(flagsIn)) throw new OverloadInputError('notAnObject', 'redFlags', 'redFlags must be an object.');
  checkKeys(flagsIn, RED_FLAG_IDS, 'redFlags');
  const redFlags: RedFlagId[] = [];
  for (const id of RED_FLAG_IDS) {
    const v = flagsIn[id] ?? false;
    if (typeof v !== 'boolean') throw new OverloadInputError('badRedFlag', `redFlags.${id}`, `redFlags.${id} must be true, false or null.`);
    if (v) redFlags.push(id);
  }

  // Routing (unscored).
  const routingIn = input['routing'] ?? {};
  if (!isPlainObject(routingIn)) throw new OverloadInputError('badRouting', 'routing', 'routing must be an object.');
  checkKeys(routingIn, ['canShare', 'careFor'], 'routing');
  const canShare = routingIn['canShare'] ?? 'skip';
  if (!includes(CAN_SHARE_ANSWERS, canShare)) {
    throw new OverloadInputError('badRouting', 'routing.canShare', `routing.canShare must be one of ${CAN_SHARE_ANSWERS.join(', ')}.`);
  }
  const careForIn = routingIn['careFor'] ?? [];
  if (!Array.isArray(careForIn) || !careForIn.every((c) => includes(CARE_FOR_IDS, c))) {
    throw new OverloadInputError('badRouting', 'routing.careFor', `routing.careFor must be a list of ${CARE_FOR_IDS.join(', ')}.`);
  }
  const finderTargetGroups: FinderTargetGroup[] = audience === 'young' ? ['young-caregivers'] : [];
  for (const c of careForIn as CareForId[]) {
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
