import type { Locale } from '../../core/locale.js';
import type { Helpline } from '../../data/help/helplines.js';
import type { OverloadMessages } from '../../i18n/overload/nl.js';

/**
 * When a line answers, as one sentence: the shared table's hours, unless the shared template already
 * shows them as the line's note (1712: "on working days"). 1712 also gets "not an emergency number:
 * 112 or 101" (its own site, "Over 1712"), so it is never offered as if it always answered.
 */
export function lineWhen(l: Helpline, t: OverloadMessages, locale: Locale): string | undefined {
  if (l.id === 'violenceLine') return t['line.violenceLine.notEmergency'];
  if (l.hours && !l.note) return `${l.hours[locale]}.`;
  return undefined;
}
