import { expect, fixtureCleanup } from '@open-wc/testing';
import { mount, shadow } from '../../embedding/contract.js';
import '../../../src/components/recognition-quiz/define.js';
import { YOUNG_PATHS, walk } from '../../../examples/recognition-quiz.examples.js';
import youngNl from '../../../src/i18n/quiz/young/nl.js';
import youngFr from '../../../src/i18n/quiz/young/fr.js';
import youngEn from '../../../src/i18n/quiz/young/en.js';
import youngDe from '../../../src/i18n/quiz/young/de.js';
import type { HelplineId } from '../../../src/data/help/helplines.js';

// 1712 answers on working days only and is not an emergency line (1712, "Over 1712",
// https://www.1712.be/nl/over-1712; Focus-WTV, "Hulplijn 1712 tegen geweld: gemiddeld 5 telefoons
// per dag", https://www.focus-wtv.be/nieuws/hulplijn-1712-tegen-geweld-gemiddeld-5-telefoons-dag):
// a child who does not feel safe at home must not be sent only to a line that is closed at night.
const NUMBERS: Partial<Record<HelplineId, string>> = { violenceLine: '1712', police: '101', emergency: '112' };
const dial = (id: HelplineId): string => NUMBERS[id] ?? `(unknown ${id})`;

describe('young texts: 1712 on working days, 101 / 112 when urgent', () => {
  const WORKING_DAYS = { nl: /op werkdagen/, fr: /les jours ouvrables/, en: /on working days/, de: /an Werktagen/ };
  for (const [lang, cat] of [['nl', youngNl], ['fr', youngFr], ['en', youngEn], ['de', youngDe]] as const) {
    it(`${lang}: the 1712 line says when it answers and where to call when it is urgent`, () => {
      const text = cat['yline.violenceLine'](dial);
      expect(text).to.contain('1712');
      expect(text).to.match(WORKING_DAYS[lang]);
      expect(text).to.contain('101');
      expect(text).to.contain('112');
      expect(text).not.to.contain('(unknown');
    });
  }

  it('the urgent result (not safe at home) keeps 112 first and Awel next to 1712, in Dutch and English', async () => {
    for (const [lang, days] of [['nl', 'op werkdagen'], ['en', 'on working days']] as const) {
      const el = await mount('<mz-recognition-quiz audience="young"></mz-recognition-quiz>', lang);
      await walk(YOUNG_PATHS.urgent)(el);
      const urgent = shadow(el).querySelector('[part~="urgent"]')!;
      const tels = Array.from(urgent.querySelectorAll('a[href^="tel:"]')).map((a) => a.getAttribute('href'));
      expect(tels.slice(0, 3), lang).to.deep.equal(['tel:112', 'tel:1712', 'tel:102']);
      const line = Array.from(urgent.querySelectorAll('li')).find((li) => li.querySelector('a[href="tel:1712"]'));
      expect(line?.textContent, lang).to.contain(days);
      expect(line?.textContent, lang).to.contain('101');
      fixtureCleanup();
    }
  });
});
