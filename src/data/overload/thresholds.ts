/**
 * Scoring parameters for `<mz-overload-check>` ("Hoe zwaar weegt de zorg?").
 *
 * PROVISIONAL. These are Mantelkit's own cut-offs for an own-worded checklist. They are NOT
 * validated cut-offs of any published scale. They are anchored on the proportions used by validated
 * scales (BSFC-s, EDIZ-plus, CSI) and must be reviewed with care professionals and adjusted after a
 * pilot. The widget therefore presents the outcome as a signal, never as a diagnosis.
 *
 * Explained with its sources: docs/content/overload.md (#bands, #why-the-bands-are-provisional).
 * Kept as data (not inlined in the rules) so a review can change a number without touching logic.
 */

/** The ten strain dimensions (the order the widget asks them in is its own, UI choice). */
export const STRAIN_ITEM_IDS = [
  'time',
  'combine',
  'physical',
  'sleep',
  'emotional',
  'alwaysOn',
  'social',
  'money',
  'health',
  'outlook',
] as const;
export type StrainItemId = (typeof STRAIN_ITEM_IDS)[number];

export const RED_FLAG_IDS = ['cantGoOn', 'selfHarm', 'harmAtHome'] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export const AUDIENCES = ['adult', 'young'] as const;
export type OverloadAudience = (typeof AUDIENCES)[number];

export type OverloadLevel = 'low' | 'elevated' | 'high';

/** An inclusive score range mapped to a level. */
export interface LevelRange {
  readonly level: OverloadLevel;
  readonly min: number;
  readonly max: number;
}

export interface OverloadThresholds {
  /** Semantic version of these parameters; bump on any change so results can say which rules they used. */
  readonly version: string;
  /** ISO date from which these parameters apply (shown on the result screen). */
  readonly validFrom: string;
  /** True while the cut-offs are our own, unvalidated choices. */
  readonly provisional: boolean;
  readonly note: string;
  readonly sources: readonly string[];
  /** Points per answer; 'skip' is not scored and does not count as answered. */
  readonly answerPoints: { readonly no: number; readonly sometimes: number; readonly yes: number };
  /** Below this many answered strain items the strain score is not computed (too little to say). */
  readonly minAnsweredStrainItems: number;
  /** The strain score is prorated to 0..strainMax whatever the number of answered items. */
  readonly strainMax: number;
  readonly strainBands: readonly LevelRange[];
  readonly globalMin: number;
  readonly globalMax: number;
  readonly globalBands: readonly LevelRange[];
  /** Strain items an audience is not asked (and that the rules refuse for it). */
  readonly notAsked: { readonly [A in OverloadAudience]: readonly StrainItemId[] };
}

export const OVERLOAD_THRESHOLDS: OverloadThresholds = {
  version: '0.1.0',
  validFrom: '2026-11-23',
  provisional: true,
  note:
    'Provisional, own cut-offs (not validated). Elevated starts at 6/20 (30%), high at 12/20 (60%); ' +
    'overall rating: elevated 5-7, high 8-10. To be reviewed with professionals and after a pilot.',
  sources: [
    // Bands of validated scales used as anchors (EDIZ-plus, CSI, BSFC-s: docs/content/overload.md#why-the-bands-are-provisional).
    'https://instrumentwijzer.nl/ervaren-druk-door-informele-zorg-plus',
    'https://tvgg-archief.nl/artikelen/ervaren-belasting-door-mantelzorg-constructie-van-de-ediz-plus/',
    'https://scholargate.app/en/social-gerontology/caregiver-strain-assessment',
    'https://bmchealthservres.biomedcentral.com/articles/10.1186/s12913-018-3047-4',
    // The single 0-10 overall rating idea (Self-Rated Burden, free to use).
    'https://www.imta.nl/questionnaires/ivicq/',
    'http://togows.dbcls.jp/entry/ncbi-pubmed/15053130',
  ],
  answerPoints: { no: 0, sometimes: 1, yes: 2 },
  minAnsweredStrainItems: 8,
  strainMax: 20,
  strainBands: [
    { level: 'low', min: 0, max: 5 },
    { level: 'elevated', min: 6, max: 11 },
    { level: 'high', min: 12, max: 20 },
  ],
  globalMin: 0,
  globalMax: 10,
  globalBands: [
    { level: 'low', min: 0, max: 4 },
    { level: 'elevated', min: 5, max: 7 },
    { level: 'high', min: 8, max: 10 },
  ],
  notAsked: {
    adult: [],
    // Young variant: `money` is not asked (docs/content/overload.md#young-variant), so 9 items; 8 answered still gives a score.
    young: ['money'],
  },
};
