/**
 * The one routing table: which helplines a reader sees, per role × audience × language.
 *
 * Every widget asks this table (through `linesFor()` in src/rules/help) instead of keeping its own
 * list, so a new line (say a French youth line) is one edit here plus one row in
 * test/rules/help/routes.test.ts. Numbers, names and links live in ./helplines.ts.
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

export const HELP_ROLES = [
  'danger',
  'suicide',
  'listen',
  'youthLine',
  'violence',
  'violenceOtherLang',
  'doctorNow',
  'dementia',
  'helpNow',
  'urgent',
  'urgentShort',
] as const;
/**
 * - danger … dementia: one need, used by the overload check's referral roles, the quiz's young
 *   result and the finder's "helplines that fit";
 * - helpNow: the "Need help now?" disclosure on every quiz step;
 * - urgent: the finder's urgent group (112, the suicide line, the youth line for the young, the
 *   listening line, the police); urgentShort: the finder's three-line urgent strip on every step.
 */
export type HelpRole = (typeof HELP_ROLES)[number];

type PerLang = { readonly [L in HelplineLang]: readonly HelplineId[] };
type PerAudience = { readonly [A in HelpAudience]: PerLang };

/** The same lines for adults and young people. */
const both = (lines: PerLang): PerAudience => ({ adult: lines, young: lines });
const everywhere = (...ids: HelplineId[]): PerLang => ({ nl: ids, fr: ids, en: ids, de: ids });

export const ROUTES: { readonly [R in HelpRole]: PerAudience } = {
  danger: both(everywhere('emergency')),
  // The Centre de Prévention du Suicide also answers in English, so it comes first for `en`.
  suicide: both({ nl: ['suicideLine'], fr: ['preventionSuicide'], en: ['preventionSuicide', 'suicideLine'], de: ['telefonhilfe'] }),
  listen: both({ nl: ['teleOnthaal'], fr: ['teleAccueil'], en: ['teleOnthaal', 'teleAccueil'], de: ['telefonhilfe'] }),
  // Telefonhilfe 108 answers every age in German; no German child line exists.
  youthLine: both({ nl: ['awel'], fr: ['ecouteEnfants'], en: ['awel', 'ecouteEnfants'], de: ['telefonhilfe'] }),
  violence: both({ nl: ['violenceLine'], fr: [], en: ['violenceLine'], de: [] }),
  violenceOtherLang: both({ nl: [], fr: ['violenceLine'], en: [], de: ['violenceLine'] }),
  // 1733 coverage in German-speaking Belgium is unverified; the widgets list the GP next to it.
  doctorNow: both(everywhere('doctorOnCall')),
  dementia: both(everywhere('alzheimerLiga')),
  helpNow: {
    adult: {
      nl: ['emergency', 'teleOnthaal', 'suicideLine'],
      fr: ['emergency', 'teleAccueil', 'preventionSuicide'],
      en: ['emergency', 'teleOnthaal', 'teleAccueil', 'suicideLine', 'preventionSuicide'],
      de: ['emergency', 'telefonhilfe'],
    },
    young: {
      nl: ['emergency', 'awel', 'suicideLine'],
      fr: ['emergency', 'ecouteEnfants', 'preventionSuicide'],
      en: ['emergency', 'awel', 'ecouteEnfants', 'suicideLine', 'preventionSuicide'],
      de: ['emergency', 'telefonhilfe'],
    },
  },
  // 112, then the suicide line (day and night), then the youth line for the young (its hours are
  // limited), then the listening line and the police.
  urgent: {
    adult: {
      nl: ['emergency', 'suicideLine', 'teleOnthaal', 'police'],
      fr: ['emergency', 'preventionSuicide', 'teleAccueil', 'police'],
      en: ['emergency', 'suicideLine', 'preventionSuicide', 'teleOnthaal', 'teleAccueil', 'police'],
      de: ['emergency', 'telefonhilfe', 'police'],
    },
    young: {
      nl: ['emergency', 'suicideLine', 'awel', 'teleOnthaal', 'police'],
      fr: ['emergency', 'preventionSuicide', 'ecouteEnfants', 'teleAccueil', 'police'],
      en: ['emergency', 'suicideLine', 'preventionSuicide', 'awel', 'ecouteEnfants', 'teleOnthaal', 'teleAccueil', 'police'],
      de: ['emergency', 'telefonhilfe', 'police'],
    },
  },
  // Three lines fit on one strip; a young reader sees "their" line right after 112.
  urgentShort: {
    adult: {
      nl: ['emergency', 'suicideLine', 'teleOnthaal'],
      fr: ['emergency', 'preventionSuicide', 'teleAccueil'],
      en: ['emergency', 'suicideLine', 'preventionSuicide'],
      de: ['emergency', 'telefonhilfe', 'police'],
    },
    young: {
      nl: ['emergency', 'awel', 'suicideLine'],
      fr: ['emergency', 'ecouteEnfants', 'preventionSuicide'],
      en: ['emergency', 'awel', 'ecouteEnfants'],
      de: ['emergency', 'telefonhilfe', 'police'],
    },
  },
};

/** When the table was last compared with the sources in ./helplines.ts. */
export const ROUTES_CHECKED = '2026-11-23';
