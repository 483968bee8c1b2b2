/**
 * The recognition result names its source as people read it: the page's title as the link, then
 * publisher and date, never a host name ("samana.be", "mc.be", "ckk-mc.be").
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/components/recognition-quiz/define.js';
import { mount, shadow } from '../../embedding/contract.js';
import { ADULT_PATHS, walk } from '../../../examples/recognition-quiz.examples.js';

const EXPECTED = {
  nl: { title: 'Nieuw: de erkenning als mantelzorger met of zonder sociaal recht', publisher: 'Samana', lang: null },
  fr: { title: 'Reconnaissance des aidants proches', publisher: 'Mutualité chrétienne', lang: null },
  en: { title: 'Nieuw: de erkenning als mantelzorger met of zonder sociaal recht', publisher: 'Samana', lang: 'nl' },
  de: { title: 'Anerkennung eines pflegenden Angehörigen', publisher: 'Christliche Krankenkasse', lang: null },
} as const;

describe('<mz-recognition-quiz> recognition source', () => {
  for (const [locale, want] of Object.entries(EXPECTED)) {
    it(`${locale}: shows the page's title and publisher, not a host name`, async () => {
      const el = await mount('<mz-recognition-quiz></mz-recognition-quiz>', locale);
      await walk(ADULT_PATHS.caregiver_intensive)(el);
      const figures = (): HTMLElement | null => shadow(el).querySelector<HTMLElement>('[part~="recognition"] [part~="figures"]');
      // Outside Dutch the shared "publisher, date" words arrive in their own small chunk.
      await waitUntil(() => figures()?.textContent?.includes(want.publisher), `publisher ${want.publisher} shown`, { timeout: 4000 });
      const text = figures()!.textContent!.replace(/\s+/g, ' ');
      const link = Array.from(figures()!.querySelectorAll('a')).find((a) => a.textContent?.trim() === want.title);
      expect(link, `link titled "${want.title}"`).to.exist;
      expect(link!.getAttribute('lang')).to.equal(want.lang);
      for (const host of ['samana.be', 'mc.be', 'ckk-mc.be', 'rva.be', 'onem.be', 'lfa.be']) expect(text).not.to.contain(host);
      // The leave sheet is named by its title too (RVA / ONEM / LfA sheet T164).
      expect(text).to.match(/Verlof voor mantelzorg \(infoblad T164\)|Congé pour aidants proches|Urlaub für nahestehende Hilfspersonen/);
    });
  }
});
