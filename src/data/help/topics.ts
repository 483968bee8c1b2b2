/**
 * What a caller can turn to each line for (controlled vocabulary `HelplineTopic`). Documentation for
 * maintainers and the table tests; no widget reads it (the routing table decides who sees a line),
 * so it stays out of the helpline table every widget ships.
 */
import type { HelplineId, HelplineTopic } from './helplines.js';

export const HELPLINE_TOPICS_BY_LINE: { readonly [id in HelplineId]: readonly HelplineTopic[] } = {
  emergency: ['danger'],
  police: ['danger', 'violence'],
  suicideLine: ['suicide', 'danger'],
  preventionSuicide: ['suicide', 'danger'],
  teleOnthaal: ['talk', 'danger'],
  teleAccueil: ['talk', 'danger'],
  // The BRF sends people in a suicide crisis to 108: no German-language suicide line exists.
  telefonhilfe: ['talk', 'suicide', 'danger'],
  awel: ['talk', 'danger'],
  ecouteEnfants: ['talk', 'danger'],
  // 1712 says itself it is not an emergency number (101 / 112 for that), hence no 'danger'.
  violenceLine: ['violence'],
  doctorOnCall: ['doctorOnCall'],
  alzheimerLiga: ['dementia', 'talk'],
};
