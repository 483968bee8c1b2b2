/**
 * The leave figures (months, weeks, days, ages, headcounts, dates) as parameters for the leave reason,
 * note and amount texts. Each comes from the dated leave data (src/data/leave, with its sources), so a
 * data update reaches the text in every language and no translation holds its own copy. A catalog
 * writes such a string as `leaveFigures((f) => …)`; `withLeaveFigures()` renders it once, when the
 * catalog module loads, together with the recognition figure strings (`figures((f) => …)`: the leave
 * figures include the recognition figures), so readers still get plain strings. Dates are ISO days
 * here; each catalog formats them in its own language.
 *
 * Only the lazy reason catalogs import this module: it pulls in the data, which must not reach the
 * first download of the widget (see ./leave/figures.ts for the widget catalog's few figures). The
 * build puts it in the chunk of the leave rules and data (rollup.config.mjs, `leave-rules`).
 */
import { COVERAGE_FROM } from '../data/leave/coverage.js';
import { CAREGIVER_LEAVE_LIMITS_2021 } from '../data/recognition.js';
import { OVER_50_SUPPLEMENT, RVA_THEMATIC_PRIVATE } from '../data/leave/rates/rva-thematic.js';
import { AANMOEDIGINGSPREMIE as AP } from '../data/leave/schemes/aanmoedigingspremie.js';
import { DWINGENDE_REDENEN } from '../data/leave/schemes/dwingendeRedenen.js';
import { ZELFSTANDIGE } from '../data/leave/schemes/mantelzorguitkeringZelfstandige.js';
import { MEDISCHE_BIJSTAND as MB } from '../data/leave/schemes/medischeBijstand.js';
import { OUDERSCHAP } from '../data/leave/schemes/ouderschapsverlof.js';
import { PALLIATIEF } from '../data/leave/schemes/palliatiefVerlof.js';
import { TIJDSKREDIET as TK } from '../data/leave/schemes/tijdskredietZorg.js';
import { ZORGKREDIET } from '../data/leave/schemes/vlaamsZorgkrediet.js';
import { ZORGVERLOF } from '../data/leave/schemes/zorgverlof.js';
import { RECOGNITION_FIGURES, type FigureText } from './recognition-figures.js';

/** The earliest day we know the raised single-parent allowance. */
const singleParentRaiseFrom = RVA_THEMATIC_PRIVATE.map((t) => t.singleParentValidFrom).reduce((a, b) => (b < a ? b : a));

/**
 * The data the leave texts state, as the texts read it: the scheme objects themselves (short names as
 * in the rules), so a text names the very field the rules compute with; plus two derived figures.
 */
export const LEAVE_FIGURES = {
  /** The recognition figures too, so one set renders both kinds of figure string. */
  ...RECOGNITION_FIGURES,
  coverageFrom: COVERAGE_FROM,
  /** Caregiver leave: today's limits apply to requests from its validFrom (the older ones before it). */
  CAREGIVER_LEAVE_LIMITS_2021,
  singleParentRaiseFrom,
  /** The longest hospitalised-child leave: the first period plus its renewals. */
  hospitalWeeksMax: MB.hospitalisedChild.weeks * (1 + MB.hospitalisedChild.renewals),
  OVER_50: OVER_50_SUPPLEMENT,
  OUDERSCHAP,
  MB,
  PALLIATIEF,
  TK,
  ZORGVERLOF,
  DWINGEND: DWINGENDE_REDENEN,
  ZK: ZORGKREDIET,
  ZELFSTANDIGE,
  AP,
} as const;

/** Literal types widened (12 → number), so a test can render the texts with other figures. */
type Widen<T> = T extends string ? string : T extends number ? number : T extends boolean ? boolean
  : T extends readonly (infer U)[] ? readonly Widen<U>[] : { readonly [K in keyof T]: Widen<T[K]> };
export type LeaveFigures = Widen<typeof LEAVE_FIGURES>;

/** A catalog string that states leave figures. */
export interface LeaveFigureText {
  (f: LeaveFigures): string;
  readonly leaveFigureText: true;
}

export const leaveFigures = (render: (f: LeaveFigures) => string): LeaveFigureText => Object.assign(render, { leaveFigureText: true as const });

/** The catalog as its readers see it: leave and recognition figure strings rendered. */
export type WithLeaveFigures<T> = { [K in keyof T]: T[K] extends FigureText | LeaveFigureText ? string : T[K] };

/** Renders every leave and recognition figure string of a catalog with the current figures (or others, for tests). */
export function withLeaveFigures<T extends object>(texts: T, f: LeaveFigures = LEAVE_FIGURES): WithLeaveFigures<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(texts)) {
    out[k] = typeof v !== 'function' ? v : 'leaveFigureText' in v ? (v as LeaveFigureText)(f) : 'figureText' in v ? (v as FigureText)(f) : v;
  }
  return out as WithLeaveFigures<T>;
}
