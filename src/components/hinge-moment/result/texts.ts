import type { HelpMessages } from '../../../i18n/help/nl.js';
import type { CoreMessages } from '../../../i18n/core/nl.js';
import type { Formatters } from '../../../core/i18n/format.js';
import type { Locale } from '../../../core/locale.js';
import type { HingeMessages } from '../../../i18n/hinge/nl.js';

/** Everything the checklist templates read: the texts in the reader's language and the formatters. */
export interface HingeTexts {
  t: HingeMessages;
  c: CoreMessages;
  /** Shared help texts (a source's "publisher, date"). */
  h: HelpMessages;
  fmt: Formatters;
  locale: Locale;
}
