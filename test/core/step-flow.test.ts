import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../helpers/test-widget/define.js';
import type { MzTestWidget } from '../helpers/test-widget/mz-test-widget.js';
import { collectEvents, settle, shadow, visibleText } from '../embedding/contract.js';
import type { MzStepDetail } from '../../src/core/events.js';

const q = <T extends Element = HTMLElement>(el: Element, sel: string) => shadow(el).querySelector<T>(sel);

async function make(attrs = ''): Promise<{ el: MzTestWidget; steps: () => MzStepDetail[]; events: Array<{ type: string; detail: unknown }> }> {
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  const events = collectEvents(holder, ['mz-step', 'mz-complete']);
  holder.innerHTML = `<mz-test-widget ${attrs}></mz-test-widget>`;
  const el = holder.firstElementChild as MzTestWidget;
  await settle(el);
  return { el, events, steps: () => events.filter((e) => e.type === 'mz-step').map((e) => e.detail as MzStepDetail) };
}

async function press(el: Element, sel: string): Promise<void> {
  const b = q(el, sel);
  if (!b) throw new Error(`no ${sel}`);
  b.click();
  await settle(el);
}

async function choose(el: Element, value: string): Promise<void> {
  await press(el, `input[value="${value}"]`);
}

const stepId = (el: Element) => q<HTMLFormElement>(el, 'form[data-step]')?.dataset.step;
const focusedHeading = (el: Element) => shadow(el).activeElement === q(el, '[data-step-heading]') && q(el, '[data-step-heading]') !== null;

describe('StepFlowController', () => {
  afterEach(() => sessionStorage.clear());

  it('numbers mz-step the same way everywhere: 0 intro, 1..total steps, total + 1 result, 0 again on restart', async () => {
    const { el, steps } = await make();
    await press(el, '[part~="button-start"]');
    await choose(el, 'yes');
    await press(el, '[part~="button-next"]');
    await press(el, '[part~="button-next"]');
    expect(visibleText(el)).to.contain('Bedankt');
    await press(el, '[part~="button-restart"]');
    expect(steps()).to.deep.equal([
      { step: 1, total: 2 }, { step: 2, total: 2 }, { step: 3, total: 2 }, { step: 0, total: 2 },
    ]);
    expect(el.flow.answers, 'restart forgets the answers').to.deep.equal({});
  });

  it('emits step 0 when "back" returns to the intro', async () => {
    const { el, steps } = await make();
    await press(el, '[part~="button-start"]');
    await press(el, '[part~="button-back"]');
    expect(steps().at(-1)).to.deep.equal({ step: 0, total: 2 });
    expect(q(el, '[part~="button-start"]')).to.exist;
  });

  it('asks a step only while its `when` holds, and counts only those in total', async () => {
    const { el, steps } = await make();
    await press(el, '[part~="button-start"]');
    await choose(el, 'no');
    await press(el, '[part~="button-next"]');
    expect(stepId(el), 'the "how often" step is left out').to.equal(undefined);
    expect(steps()).to.deep.equal([{ step: 1, total: 2 }, { step: 2, total: 1 }]);
    await press(el, '[part~="button-restart"]');
    const long = await make('mode="long"');
    await press(long.el, '[part~="button-start"]');
    expect(q(long.el, '.mz-progress')!.textContent).to.contain('Vraag 1 van 3');
  });

  it('skip forgets the answer of that step and moves on', async () => {
    const { el } = await make();
    await press(el, '[part~="button-start"]');
    await choose(el, 'yes');
    await press(el, '[part~="button-skip"]');
    expect(el.flow.answers.cares).to.equal(undefined);
    expect(stepId(el)).to.equal('often');
  });

  it('a required step has no skip and does not move on without a valid answer', async () => {
    const { el } = await make('mode="long"');
    await press(el, '[part~="button-start"]');
    await press(el, '[part~="button-next"]');
    await press(el, '[part~="button-next"]');
    expect(stepId(el)).to.equal('hours');
    expect(q(el, '[part~="button-skip"]')).to.equal(null);
    await press(el, '[part~="button-next"]');
    expect(stepId(el), 'no answer: stays').to.equal('hours');
    const input = q<HTMLInputElement>(el, '#mz-test-hours')!;
    expect(shadow(el).activeElement).to.equal(input);
    input.value = '500';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(q(el, '.mz-field-error')!.textContent).to.contain('168');
    expect(input.getAttribute('aria-describedby')).to.equal('mz-test-hours-error');
    await press(el, '[part~="button-next"]');
    expect(stepId(el), 'invalid: stays').to.equal('hours');
    input.value = '12';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    await press(el, '[part~="button-next"]');
    expect(visibleText(el)).to.contain('Bedankt');
  });

  it('moves focus to the new heading after every move (start, next, back, result, restart)', async () => {
    const { el } = await make();
    await press(el, '[part~="button-start"]');
    expect(focusedHeading(el), 'after start').to.equal(true);
    await press(el, '[part~="button-next"]');
    expect(focusedHeading(el), 'after next').to.equal(true);
    await press(el, '[part~="button-back"]');
    expect(focusedHeading(el), 'after back').to.equal(true);
    await press(el, '[part~="button-next"]');
    await press(el, '[part~="button-next"]');
    expect(focusedHeading(el), 'on the result').to.equal(true);
    await press(el, '[part~="button-restart"]');
    expect(focusedHeading(el), 'after restart').to.equal(true);
  });

  it('dispatches mz-complete once per visit of the result, with the outcome only', async () => {
    const { el, events } = await make();
    await press(el, '[part~="button-start"]');
    await choose(el, 'yes');
    await press(el, '[part~="button-next"]');
    await choose(el, 'often');
    await press(el, '[part~="button-next"]');
    el.requestUpdate();
    await settle(el);
    const done = events.filter((e) => e.type === 'mz-complete');
    expect(done.map((e) => e.detail)).to.deep.equal([{ widget: 'test-widget', outcome: 'yes' }]);
    expect(JSON.stringify(done), 'no raw answers').not.to.contain('often');
  });

  describe('remember', () => {
    it('restores a saved position and answers', async () => {
      sessionStorage.setItem('mantelkit:test-widget', JSON.stringify({ view: 'often', answers: { cares: 'yes' } }));
      const { el } = await make('remember');
      expect(stepId(el)).to.equal('often');
      expect(el.flow.answers).to.deep.equal({ cares: 'yes' });
    });

    for (const [name, saved] of [
      ['an answer the widget does not know', { view: 'often', answers: { cares: 'maybe' } }],
      ['a step that does not exist', { view: 'nope', answers: {} }],
      ['answers that are not an object', { view: 'cares', answers: 'x' }],
      ['not JSON at all', '{'],
    ] as const) {
      it(`starts at the intro when the stored progress has ${name}`, async () => {
        sessionStorage.setItem('mantelkit:test-widget', typeof saved === 'string' ? saved : JSON.stringify(saved));
        const { el } = await make('remember');
        expect(el.flow.view).to.equal('intro');
        expect(el.flow.answers).to.deep.equal({});
        expect(q(el, '[part~="button-start"]')).to.exist;
      });
    }

    it('moves on when the restored step no longer applies to the restored answers', async () => {
      sessionStorage.setItem('mantelkit:test-widget', JSON.stringify({ view: 'often', answers: { cares: 'no' } }));
      const { el } = await make('remember mode="long"');
      expect(stepId(el)).to.equal('hours');
    });

    it('restores nothing without the attribute', async () => {
      sessionStorage.setItem('mantelkit:test-widget', JSON.stringify({ view: 'often', answers: { cares: 'yes' } }));
      const { el } = await make();
      expect(el.flow.view).to.equal('intro');
    });
  });

  it('the result actions carry part="actions" and part="button button-<name>"', async () => {
    const { el } = await make();
    await press(el, '[part~="button-start"]');
    await press(el, '[part~="button-next"]');
    await press(el, '[part~="button-next"]');
    await waitUntil(() => q(el, '[part~="button-restart"]') !== null, 'result');
    const restart = q(el, '[part~="button-restart"]')!;
    expect(restart.getAttribute('part')).to.equal('button button-restart');
    expect(restart.closest('[part~="actions"]')).to.exist;
  });

  it('brings the widget top (progress and heading) back into view when the reader scrolled past it', async () => {
    const holder = await fixture<HTMLElement>(html`<div><div style="block-size: 3000px"></div><mz-test-widget></mz-test-widget><div style="block-size: 3000px"></div></div>`);
    const el = holder.querySelector('mz-test-widget') as MzTestWidget;
    await settle(el);
    await press(el, '[part~="button-start"]');
    // A long step on a phone: the reader is below the widget's top.
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + 150);
    expect(el.getBoundingClientRect().top).to.be.below(0);
    await choose(el, 'yes');
    await press(el, '[part~="button-next"]');
    const top = q(el, '[part~="root"]')!.getBoundingClientRect().top;
    expect(top, 'widget top in view').to.be.within(-1, window.innerHeight / 2);
    expect(focusedHeading(el)).to.equal(true);
    window.scrollTo(0, 0);
  });
});
