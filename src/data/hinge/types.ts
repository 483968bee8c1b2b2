/**
 * The vocabulary of the hinge-moment checklist: the moments, the phases of a checklist, the
 * situation the user describes and the services a step can point to. Pure data types.
 */

/** A moment in care where the caregiver is easily forgotten (the Flemish caregiver plan's "scharniermomenten"). */
export const HINGE_MOMENTS = ['hospital-admission', 'hospital-discharge', 'care-home', 'end-of-life'] as const;
export type HingeMoment = (typeof HINGE_MOMENTS)[number];

/** When in time a step belongs: before the moment, on the day itself, the first weeks after. */
export const HINGE_WHEN = ['before', 'day', 'after'] as const;
export type HingeWhen = (typeof HINGE_WHEN)[number];

export const HINGE_LANGS = ['nl', 'fr', 'en', 'de'] as const;
export type HingeLang = (typeof HINGE_LANGS)[number];

export const HINGE_ADMISSION = ['planned', 'urgent'] as const;
export const HINGE_CARE_AT_HOME = ['me', 'someoneElse', 'nobody', 'unsure'] as const;
export const HINGE_HELP = ['homeNursing', 'familyCare', 'meals', 'aids'] as const;
export const HINGE_PAPERS = ['yes', 'withHelp', 'no'] as const;
export const HINGE_PLACE = ['home', 'careHome', 'hospital'] as const;

/**
 * What the user told us; every field is optional ("not answered": the checklist then keeps the steps
 * for every answer). A field that does not apply to the moment is ignored.
 */
export interface HingeSituation {
  /** Hospital admission: planned or urgent. */
  admission?: (typeof HINGE_ADMISSION)[number];
  /** Discharge: who will care at home. */
  careAtHome?: (typeof HINGE_CARE_AT_HOME)[number];
  /** Help that is already in place (those steps are then left out). */
  helpInPlace?: ReadonlyArray<(typeof HINGE_HELP)[number]>;
  /** Can the person still manage their money and papers? */
  papers?: (typeof HINGE_PAPERS)[number];
  /** Does the caregiver work (then the leave steps and the leave calculator are offered)? */
  works?: boolean;
  /** Does the caregiver want to stay involved in decisions (confidant, users' council, talks)? */
  involved?: boolean;
  /** End of life: where the person is cared for now. */
  place?: (typeof HINGE_PLACE)[number];
}

/**
 * What a step points to, so a situation can rule it out (help already in place, no job, the person
 * manages their papers, the palliative allowance outside home care).
 */
export type HingeService =
  | 'homeNursing'
  | 'familyCare'
  | 'meals'
  | 'aidsLoan'
  | 'leave'
  | 'involvement'
  | 'careMandate'
  | 'guardianship'
  | 'palliativeAllowance'
  | 'palliativeHomeTeam';

/** Who a step sends the caregiver to; names are in the texts, numbers and pages here. */
export type HingeContactId =
  | 'hospitalSocialService'
  | 'hospitalAdmissions'
  | 'ward'
  | 'hospitalOmbuds'
  | 'gp'
  | 'healthFundSocialService'
  | 'healthFundLoan'
  | 'homeNursing'
  | 'familyCare'
  | 'careHome'
  | 'woonzorglijn'
  | 'socialMap'
  | 'zorgkas'
  | 'palliativeNetwork'
  | 'notary'
  | 'justiceOfPeace'
  | 'employer'
  | 'insurer'
  | 'gbo';

export type HingeAmountId = 'palliativeAllowance' | 'careBudgetSevere' | 'careHomeDayPrice';

/** One dated figure: value in euro, per day, month or once, from a date, with its sources. */
export interface HingeAmountEntry {
  readonly value: number;
  readonly per: 'day' | 'month' | 'once';
  readonly validFrom: string;
  readonly sources: readonly string[];
}

/** When the situation holds these (or leaves them unanswered), the step applies. */
export interface HingeOnly {
  readonly admission?: HingeSituation['admission'];
  readonly careAtHome?: ReadonlyArray<NonNullable<HingeSituation['careAtHome']>>;
  readonly place?: ReadonlyArray<NonNullable<HingeSituation['place']>>;
}

/** One step of the checklist as data: the moments it belongs to (with its phase there) and what it points to. */
export interface HingeStepData {
  readonly id: string;
  readonly at: Readonly<Partial<Record<HingeMoment, HingeWhen>>>;
  readonly contact?: HingeContactId;
  readonly service?: HingeService;
  // Not `amount`: the data bar reads that key as a dated figure; the figures are in HINGE_AMOUNTS.
  readonly money?: HingeAmountId;
  readonly only?: HingeOnly;
  /** Where the caregiver can go on with a Mantelkit widget. */
  readonly widget?: 'leave-calculator' | 'overload-check' | 'association-finder' | 'rights';
  readonly sources: readonly string[];
}

/** The reader-language texts of one step: a short title and what to ask or bring. */
export interface HingeStepText {
  readonly title: string;
  readonly detail: string;
}

export interface HingeDataTexts {
  readonly steps: Readonly<Record<string, HingeStepText>>;
  readonly contacts: Readonly<Record<HingeContactId, string>>;
  readonly hours: Readonly<Record<'weekdays9to12', string>>;
}
