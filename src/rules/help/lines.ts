/**
 * Which helplines to show, and how to dial them. Pure: no DOM, no Lit.
 * The routing table lives in src/data/help/routes.ts; the lines themselves in
 * src/data/help/helplines.ts.
 */
import type { HelplineId, HelplineLang } from '../../data/help/helplines.js';
import { ROUTES, type HelpAudience, type HelpRole } from '../../data/help/routes.js';


/**
 * How catalogs get a line's number: as a parameter, never inside the string, so a new number is
 * one edit in src/data/help/helplines.ts (`(no) => `Bel Awel op ${no('awel')}``).
 */
export type Dial = (id: HelplineId) => string;

/** Line ids for a role, audience and language, most important first. Unknown language → Dutch. */
export function linesFor(role: HelpRole, audience: HelpAudience = 'adult', lang: HelplineLang = 'nl'): readonly HelplineId[] {
  const perLang = ROUTES[role][audience];
  return perLang[lang] ?? perLang.nl;
}

/** Several roles in order, duplicates dropped (the first place wins). */
export function linesForRoles(roles: readonly HelpRole[], audience: HelpAudience = 'adult', lang: HelplineLang = 'nl'): HelplineId[] {
  const out: HelplineId[] = [];
  for (const role of roles) for (const id of linesFor(role, audience, lang)) if (!out.includes(id)) out.push(id);
  return out;
}
