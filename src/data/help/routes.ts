/**
 * The one routing table: which helplines a reader sees, per role × audience × language.
 *
 * Every widget asks this table (through `linesFor()` in src/rules/help) instead of keeping its own
 * list, so a new line (say a French youth line) is one edit in `BASE` plus one row in
 * test/rules/help/routes.test.ts: the composite roles (helpNow, urgent, urgentShort) are derived
 * from the base roles by one rule each. Numbers, names and links live in ./helplines.ts.
 *
 * Why the lists look as they do (sources in ./helplines.ts):
 * - English: Belgium has no English-language line, so `en` lists the Dutch and the French line
 *   where they differ; their labels say which language the line speaks.
 * - German: no German-language suicide or child line exists; the BRF (Belgischer Rundfunk) sends
 *   people in a suicide crisis to Telefonhilfe 108, so 108 stands in for both.
 * - French: no French equivalent of the 1712 violence line is verified; `violenceOtherLang` offers
 *   1712 (in Dutch) after the reader's own-language lines.
 * - An empty list is a known gap: we show nothing rather than guess.
 */
import type { HelplineId, HelplineLang } from './helplines.js';

export type HelpAudience = 'adult' | 'young';
export const HELP_AUDIENCES: readonly HelpAudience[] = ['adult', 'young'];
export const HELP_LANGS: readonly HelplineLang[] = ['nl', 'fr', 'en', 'de'];

/** The base roles: one need each (see `BASE`). */
export type HelpBaseRole = 'danger' | 'suicide' | 'listen' | 'youthLine' | 'violence' | 'violenceOtherLang' | 'doctorNow' | 'dementia';
/**
 * - danger … dementia: one need, used by the overload check's referral roles, the quiz's young
 *   result and the finder's "helplines that fit";
 * - helpNow: the "Need help now?" disclosure on every quiz step;
 * - urgent: the finder's urgent group (112, the suicide line, the youth line for the young, the
 *   listening line, the police); urgentShort: the finder's three-line urgent strip on every step.
 */
export type HelpRole = HelpBaseRole | 'helpNow' | 'urgent' | 'urgentShort';

type PerLang = { readonly [L in HelplineLang]: readonly HelplineId[] };
type PerAudience = { readonly [A in HelpAudience]: PerLang };
type Routes = { readonly [R in HelpRole]: PerAudience };

/**
 * A base role (one need) per language. English is left out where it is what it usually is: both
 * communities' lines, the Dutch line first (there is no English-language Belgian line).
 */
type BaseLines = { readonly nl: readonly HelplineId[]; readonly fr: readonly HelplineId[]; readonly de: readonly HelplineId[]; readonly en?: readonly HelplineId[] };
export type HelpBaseTable = { readonly [R in HelpBaseRole]: BaseLines };

const everywhere = (...ids: HelplineId[]): BaseLines => ({ nl: ids, fr: ids, de: ids });

/** The needs, one list each: a new line (say a French youth line) is one edit here. */
export const BASE: HelpBaseTable = {
  danger: everywhere('emergency'),
  // English, like every role: the Dutch line, then the French one. (Until 2026-12 the French line
  // came first here, on the belief that it answers in English; no source says so, see
  // docs/content/help.md#english-readers.)
  suicide: { nl: ['suicideLine'], fr: ['preventionSuicide'], de: ['telefonhilfe'] },
  listen: { nl: ['teleOnthaal'], fr: ['teleAccueil'], de: ['telefonhilfe'] },
  // Telefonhilfe 108 answers every age in German; no German child line exists.
  youthLine: { nl: ['awel'], fr: ['ecouteEnfants'], de: ['telefonhilfe'] },
  violence: { nl: ['violenceLine'], fr: [], de: [] },
  // Only where the reader's language has no violence line; English readers already get 1712 above.
  violenceOtherLang: { nl: [], fr: ['violenceLine'], de: ['violenceLine'], en: [] },
  // 1733 coverage in German-speaking Belgium is unverified; the widgets list the GP next to it.
  doctorNow: everywhere('doctorOnCall'),
  dementia: everywhere('alzheimerLiga'),
};

/** A part of a composite role: a base role, or the police (101, the same in every language). */
type Part = HelpBaseRole | 'police';
type Composite = Exclude<HelpRole, HelpBaseRole>;

/** The composite roles, one rule each, from the base roles: the young lists never repeat a list by hand. */
const COMPOSITES: { readonly [R in Composite]: (young: boolean) => readonly Part[] } = {
  // The "Need help now?" disclosure: 112, the listening line (the youth line for the young), the suicide line.
  helpNow: (young) => ['danger', young ? 'youthLine' : 'listen', 'suicide'],
  // 112, then the suicide line (day and night), then the youth line for the young (its hours are
  // limited), then the listening line and the police.
  urgent: (young) => ['danger', 'suicide', ...(young ? (['youthLine'] as const) : []), 'listen', 'police'],
  // Three lines fit on one strip (cut below); a young reader sees "their" line right after 112.
  urgentShort: (young) => ['danger', ...(young ? (['youthLine'] as const) : []), 'suicide', 'listen', 'police'],
};
const MAX: Partial<Record<HelpRole, number>> = { urgentShort: 3 };

/** Every role, the base roles first (the order of `BASE` and `COMPOSITES`). */
export const HELP_ROLES = [...Object.keys(BASE), ...Object.keys(COMPOSITES)] as readonly HelpRole[];

/**
 * The full table from a base table (exported so a test can show that a new line is one edit).
 * Duplicates are dropped (the first place wins), then a list is cut to its `MAX`.
 */
export function buildRoutes(base: HelpBaseTable): Routes {
  // English: a role's own `en` list, else both communities' lines, the Dutch one first.
  const one = (p: Part, l: HelplineLang): readonly HelplineId[] => (p === 'police' ? [p] : (base[p][l] ?? [...base[p].nl, ...base[p].fr]));
  const rule = (COMPOSITES as Partial<Record<HelpRole, (young: boolean) => readonly Part[]>>);
  const at = (r: HelpRole, young: boolean) =>
    Object.fromEntries(HELP_LANGS.map((l) => [l, [...new Set((rule[r]?.(young) ?? [r as Part]).flatMap((p) => one(p, l)))].slice(0, MAX[r])])) as unknown as PerLang;
  return Object.fromEntries(HELP_ROLES.map((r) => [r, { adult: at(r, false), young: at(r, true) }])) as Routes;
}

export const ROUTES: Routes = buildRoutes(BASE);

/** When the table was last compared with the sources in ./helplines.ts. */
export const ROUTES_CHECKED = '2026-11-23';
