/**
 * The helplines the overview shows under "talk to someone": the shared routing table's listening
 * line for the reader's language (src/data/help/routes.ts), and the dementia line when the person
 * needs care day and night. One table for every widget; nothing is copied here.
 */
import { HELPLINES, type Helpline } from '../../data/help/helplines.js';
import { linesForRoles } from '../help/lines.js';
import type { RightsLang } from './types.js';

export function rightsHelplines(lang: RightsLang, dementia = false): Helpline[] {
  return linesForRoles(dementia ? ['listen', 'dementia'] : ['listen'], 'adult', lang).map((id) => HELPLINES[id]);
}
