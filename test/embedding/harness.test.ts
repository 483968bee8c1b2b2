import { expect, fixtureCleanup } from '@open-wc/testing';
import { Harness, matches, type WidgetExample } from '../../examples/harness.js';
import { testWidgetExamples } from '../helpers/test-widget/examples.js';
import { mount, mountExample } from './contract.js';

/** Negative controls: the harness and the `reached` check fail when a walk goes wrong. */
describe('strict harness and reached states (negative controls)', () => {
  before(async () => {
    await import('../helpers/test-widget/define.js');
  });
  afterEach(() => fixtureCleanup());

  const byName = (name: string): WidgetExample => testWidgetExamples.examples.find((e) => e.name === name)!;

  it('click(), choose() and type() throw, naming the control and the screen, when the control is missing', async () => {
    const h = new Harness(await mount('<mz-test-widget></mz-test-widget>'));
    for (const action of [() => h.click('[part~="button-begin"]'), () => h.choose('maybe', 'a'), () => h.type('#nope', 3), () => h.chooseNth('form input', 5)]) {
      let error: unknown;
      try {
        await action();
      } catch (e) {
        error = e;
      }
      expect(error, 'threw').to.be.instanceOf(Error);
      expect((error as Error).message).to.match(/<mz-test-widget>: no (choice 5 of form input|\[part~="button-begin"\]|input\[name="a"\]\[value="maybe"\]|#nope) /);
    }
  });

  it('click() throws when focus falls to <body> after pressing a button (a removed button, focus not moved)', async () => {
    const el = await mount('<mz-test-widget></mz-test-widget>');
    const h = new Harness(el);
    // Sabotage: the start button removes itself and nothing takes the focus.
    const start = h.find<HTMLButtonElement>('[part~="button-start"]');
    start.addEventListener('click', (e) => {
      e.stopImmediatePropagation();
      start.remove();
    }, { capture: true, once: true });
    let error: unknown;
    try {
      await h.click('[part~="button-start"]');
    } catch (e) {
      error = e;
    }
    expect((error as Error | undefined)?.message ?? 'no error').to.match(/focus fell to <body> after pressing \[part~="button-start"\]/);
  });

  it('a walk that stops early fails the reached check (the intro is not the result)', async () => {
    const stuck: WidgetExample = { ...byName('result'), drive: async () => undefined };
    let error: unknown;
    try {
      await mountExample(stuck);
    } catch (e) {
      error = e;
    }
    expect((error as Error | undefined)?.message, 'reached check failed').to.contain('"result" should show the result');
  });

  it('a predicate that names another outcome fails; the right one passes', async () => {
    const ok = await mountExample(byName('result'));
    expect(ok.localName).to.equal('mz-test-widget');
    const wrong: WidgetExample = { ...byName('result'), reached: matches('question 1', ['form input[name="a"]']) };
    let error: unknown;
    try {
      await mountExample(wrong);
    } catch (e) {
      error = e;
    }
    expect((error as Error | undefined)?.message).to.contain('should show question 1');
  });
});
