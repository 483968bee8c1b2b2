/**
 * The helplines the overview shows under "talk to someone", from the shared routing table
 * (src/data/help/routes.ts): the listening line for the reader's language, the youth line first for a
 * young carer, and the dementia line when the person needs care day and night. One table for every
 * widget; nothing is copied here.
 */
import { HELPLINES, type Helpline } from '../../data/help/helplines.js';
import type { HelpBaseRole } from '../../data/help/routes.js';
import { linesForRoles } from '../help/lines.js';
import type { RightsLang } from './types.js';

export function rightsHelplines(lang: RightsLang, o: { dementia?: boolean; young?: boolean } = {}): Helpline[] {
  const roles: HelpBaseRole[] = [...(o.young ? ['youthLine' as const] : []), 'listen', ...(o.dementia ? ['dementia' as const] : [])];
  return linesForRoles(roles, o.young ? 'young' : 'adult', lang).map((id) => HELPLINES[id]);
}
