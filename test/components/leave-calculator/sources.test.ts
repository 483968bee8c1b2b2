/**
 * Sources as people read them: each scheme card names its sources by title, publisher and the
 * page's own date (or "zonder datum"), marks a title in another language with `lang`, and never
 * shows a label made from the address ("plusmagazine.levif.be: article normal 1592775").
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../../src/components/leave-calculator/define.js';
import { walk, LEAVE_WALKS } from '../../../examples/leave-calculator.examples.js';
import { mount, settle, shadow } from '../../embedding/contract.js';

const TAG = 'mz-leave-calculator';
const T164 = 'https://www.rva.be/burgers/loopbaanonderbreking-tijdskrediet-en-thematische-verloven/thematische-verloven-alle-sectoren/verlof-voor-mantelzorg';
const PLUS = 'https://plusmagazine.levif.be/droit-et-argent/5-jours-de-conge-pour-aider-un-proche/article-normal-1592775.html';

const figures = (el: HTMLElement, scheme: string): HTMLElement | null =>
  shadow(el).querySelector<HTMLElement>(`[data-scheme="${scheme}"] [part~="figures"]`);
const text = (n: Element | null | undefined): string => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function result(walkName: keyof typeof LEAVE_WALKS, lang = 'nl'): Promise<HTMLElement> {
  const el = await mount(`<${TAG} lang="${lang}" as-of="2025-10-01"></${TAG}>`);
  await walk(LEAVE_WALKS[walkName])(el);
  await settle(el);
  return el;
}

describe('<mz-leave-calculator> sources', () => {
  afterEach(() => fixtureCleanup());

  it('shows a known source by its title, publisher and date', async () => {
    const el = await result('neighbourRecognised');
    const p = figures(el, 'mantelzorgverlof');
    const a = p?.querySelector(`a[href="${T164}"]`);
    expect(text(a)).to.equal('Verlof voor mantelzorg (infoblad T164)');
    expect(a?.hasAttribute('lang'), 'a Dutch title in a Dutch widget has no lang').to.equal(false);
    expect(text(p)).to.contain('(RVA, 1 juni 2024)');
  });

  it('says "zonder datum" for an undated page, never a guessed date', async () => {
    const el = await result('neighbourRecognised');
    expect(text(figures(el, 'mantelzorgverlof'))).to.contain('(Vlaamse overheid, zonder datum)');
  });

  it('marks a French title in a Dutch widget with lang="fr", and a Dutch one in a French widget with lang="nl"', async () => {
    const nl = await result('motherSeriouslyIll');
    const fr = shadow(nl).querySelector(`[part~="figures"] a[href="${PLUS}"]`);
    expect(fr, 'the Plus Magazine page is cited').to.exist;
    expect(text(fr)).to.equal('5 jours de congé pour aider un proche');
    expect(fr?.getAttribute('lang')).to.equal('fr');
    fixtureCleanup();
    const frWidget = await result('motherSeriouslyIll', 'fr');
    expect(shadow(frWidget).querySelector(`[part~="figures"] a[href="${PLUS}"]`)?.hasAttribute('lang'), 'same language: no lang').to.equal(false);
    expect(shadow(frWidget).querySelector(`[part~="figures"] a[href^="https://www.rva.be"]`)?.getAttribute('lang')).to.equal('nl');
    expect(text(shadow(frWidget).querySelector('[data-scheme="medischeBijstand"] [part~="figures"]'))).to.contain('sans date');
  });

  it('never shows a label made from the address', async () => {
    for (const w of ['neighbourRecognised', 'motherSeriouslyIll', 'friendPalliative', 'selfEmployedPartner', 'flemishGovSpouse'] as const) {
      const el = await result(w);
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part~="figures"] a[href^="http"]')].filter((a) => !a.closest('.mz-meta span'));
      expect(links.length, w).to.be.greaterThan(0);
      for (const a of links) {
        const label = text(a);
        const host = new URL(a.href).hostname.replace(/^www\./, '');
        expect(label, `${w}: ${a.href}`).not.to.contain(host);
        expect(label, `${w}: ${a.href}`).not.to.match(/https?:|\/|article normal/);
      }
      fixtureCleanup();
    }
  });
});
