import type { Locale } from '../../core/locale.js';
import type { Helpline } from '../../data/help/helplines.js';
import type { OverloadMessages } from '../../i18n/overload/nl.js';

/**
 * When a line answers, as one sentence: the shared table's hours where it has them; for 1712, which
 * has none there yet, our own "working days, no emergency line" (its own site and Focus-WTV), so the
 * violence line is never offered as if it always answered.
 */
export function lineWhen(l: Helpline, t: OverloadMessages, locale: Locale): string | undefined {
  if (l.hours) return `${l.hours[locale]}.`;
  return l.id === 'violenceLine' ? t['line.violenceLine.when'] : undefined;
}
