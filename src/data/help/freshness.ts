/**
 * How fresh each helpline's sources are: the date of the newest dated page in its `sources` (as the
 * page states it: YYYY, YYYY-MM or YYYY-MM-DD), or null when none of them is dated. Older facts may
 * rest on older pages; src/data/sources/help.ts dates each page. `lastChecked` in ./helplines.ts is
 * only the day we compared the record with stored copies of those pages.
 *
 * Kept out of the helpline table on purpose: every widget ships that table, and no widget shows
 * these dates yet. A widget that states a line's freshness ("bron van 2023, nagekeken op …") reads
 * them from here.
 */
import type { HelplineId } from './helplines.js';

export const HELPLINE_SOURCE_DATES: { readonly [id in HelplineId]: string | null } = {
  emergency: null,
  police: null,
  suicideLine: '2021-11-30',
  preventionSuicide: '2023-09-05',
  teleOnthaal: '2025-08-05',
  teleAccueil: '2023-04',
  telefonhilfe: null,
  awel: '2020-02-19',
  ecouteEnfants: '2026',
  violenceLine: null,
  doctorOnCall: '2021-06-01',
  alzheimerLiga: '2019-12-13',
};
