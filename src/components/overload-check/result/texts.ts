import type { HelpMessages } from '../../../i18n/help/nl.js';
import type { YoungHelpMessages } from '../../../i18n/help/young/nl.js';
import type { CoreMessages } from '../../../i18n/core/nl.js';
import type { Formatters } from '../../../core/i18n/format.js';
import type { Locale } from '../../../core/locale.js';
import type { OverloadMessages } from '../../../i18n/overload/nl.js';
import type { OverloadResultMessages } from '../../../i18n/overload/result/nl.js';
import type { LocalText } from '../partner.js';

/** Everything the result templates read: the texts in the reader's language (audience variant applied) and the formatters. */
export interface OverloadTexts {
  t: OverloadMessages;
  r: OverloadResultMessages;
  c: CoreMessages;
  /** Shared help texts (a source's "publisher, date"). */
  h: HelpMessages;
  /** The young help-line texts (shared with the quiz's school version); only for audience="young". */
  y?: YoungHelpMessages | undefined;
  fmt: Formatters;
  locale: Locale;
}

/** A partner text in the reader's language, else the first one there is. */
export function local(x: OverloadTexts, text: LocalText): string {
  if (typeof text === 'string') return text;
  return text[x.locale] ?? text.nl ?? text.fr ?? text.en ?? text.de ?? '';
}
