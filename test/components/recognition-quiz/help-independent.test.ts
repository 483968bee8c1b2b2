import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { settle, shadow } from '../../embedding/contract.js';
import '../../../src/components/recognition-quiz/define.js';
import '../../../src/components/overload-check/define.js';

/** The help label every widget of this module uses for its "need help now?" disclosure. */
const HELP_LABEL = 'Heb je nu meteen hulp nodig?';

const tels = (details: Element): string[] => Array.from(details.querySelectorAll('a[href^="tel:"]')).map((a) => a.getAttribute('href') ?? '');

/**
 * "Need help now?" must not depend on what else is on the page: with a young quiz (which loads the
 * helpline table at once) next to an adult quiz, the adult disclosure still lists its own lines
 * when it is opened, not only 112.
 */
describe('"Need help now?" is independent of other widgets on the page', () => {
  afterEach(() => fixtureCleanup());

  for (const order of ['young first', 'adult first'] as const) {
    it(`adult and young quiz on one page (${order}): each disclosure lists its own lines`, async () => {
      const adult = '<mz-recognition-quiz id="a"></mz-recognition-quiz>';
      const young = '<mz-recognition-quiz id="y" audience="young"></mz-recognition-quiz>';
      const root = await fixture<HTMLElement>(`<div lang="nl">${order === 'young first' ? young + adult : adult + young}</div>`);
      const a = root.querySelector<HTMLElement>('#a')!;
      const y = root.querySelector<HTMLElement>('#y')!;
      await settle(a);
      await settle(y);
      const box = shadow(a).querySelector<HTMLDetailsElement>('[part~="help-now"]')!;
      box.querySelector('summary')!.click();
      await waitUntil(() => tels(box).length > 1, 'the adult lines appear without another render', { timeout: 3000 });
      expect(tels(box)).to.deep.equal(['tel:112', 'tel:106', 'tel:1813']);
      const youngBox = shadow(y).querySelector<HTMLDetailsElement>('[part~="help-now"]')!;
      youngBox.querySelector('summary')!.click();
      await waitUntil(() => tels(youngBox).length > 1, 'the young lines', { timeout: 3000 });
      expect(tels(youngBox)).to.include('tel:102');
    });
  }

  it('quiz and overload check use the same help label', async () => {
    const root = await fixture<HTMLElement>('<div lang="nl"><mz-recognition-quiz></mz-recognition-quiz><mz-recognition-quiz audience="young"></mz-recognition-quiz><mz-overload-check></mz-overload-check><mz-overload-check audience="young"></mz-overload-check></div>');
    const els = Array.from(root.children) as HTMLElement[];
    for (const el of els) await settle(el);
    for (const el of els) {
      expect(shadow(el).querySelector('[part~="help-now"] summary')?.textContent?.trim(), el.outerHTML.slice(0, 50)).to.equal(HELP_LABEL);
    }
  });
});

describe('helpline names in another language than the widget are marked with lang', () => {
  afterEach(() => fixtureCleanup());
  it('English young quiz, urgent: 1712 and Awel are Dutch names, Écoute-Enfants French, 112 has no language', async () => {
    const { walk, YOUNG_PATHS } = await import('../../../examples/recognition-quiz.examples.js');
    const root = await fixture<HTMLElement>('<div lang="en"><mz-recognition-quiz audience="young"></mz-recognition-quiz></div>');
    const el = root.firstElementChild as HTMLElement;
    await settle(el);
    await walk(YOUNG_PATHS.urgent)(el);
    const names = Array.from(shadow(el).querySelectorAll('[part~="urgent"] [part~="helpline"] strong')).map((s) => [s.textContent?.trim().slice(0, 12), s.getAttribute('lang')]);
    expect(names).to.deep.equal([['112', null], ['1712, hulpli', 'nl'], ['Awel', 'nl'], ['Écoute-Enfan', 'fr']]);
  });
});
