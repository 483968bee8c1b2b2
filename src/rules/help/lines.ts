/**
 * Which helplines to show, and how to dial them. Pure: no DOM, no Lit.
 * The routing table lives in src/data/help/routes.ts; the lines themselves in
 * src/data/help/helplines.ts.
 */
import type { HelplineId, HelplineLang } from '../../data/help/helplines.js';
import { ROUTES, type HelpAudience, type HelpRole } from '../../data/help/routes.js';

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

/**
 * The one `tel:` URI builder. Digits and a leading + only.
 * - Short numbers (112, 1813), freephone 0800 and premium 090x numbers stay national
 *   (`tel:080032123`): they cannot be dialled from abroad, and +32 in front would break them.
 * - Other Belgian numbers (0 + area or mobile code, 9 or 10 digits) get +32, so a phone on a
 *   foreign SIM dials them too: `09 123 45 67` → `tel:+3291234567`.
 * - An international 00 prefix becomes +.
 */
export function telUri(phone: string): string {
  let digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  const national = /^0(800|90)/.test(digits);
  if (digits.startsWith('0') && digits.length >= 9 && !national) return `tel:+32${digits.slice(1)}`;
  return `tel:${digits}`;
}
