import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/hinge-moment/define.js';
import { settle } from '../../../examples/harness.js';

/** Keyboard only: real key presses, from Tab into the widget to a ticked step on the checklist. */
function active(el: HTMLElement): Element | null {
  return el.shadowRoot?.activeElement ?? null;
}

async function tabTo(el: HTMLElement, test: (a: Element) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const a = active(el);
    if (a && test(a)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not Tab to ${what}`);
}

const part = (p: string) => (a: Element) => a.getAttribute('part')?.split(' ').includes(p) === true;

describe('<mz-hinge-moment> keyboard only (sendKeys)', () => {
  it('chooses the moment, answers, skips, and ticks a step without a mouse', async () => {
    const el = await fixture<HTMLElement>(html`<mz-hinge-moment as-of="2026-12-01"></mz-hinge-moment>`);
    await settle(el);
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(el, part('button-start'), 'Start');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active(el)?.hasAttribute('data-step-heading'), 'focus on the question').to.equal(true);
    // Which moment: the third choice (care home) with the arrow keys, Enter submits.
    await tabTo(el, (a) => a instanceof HTMLInputElement, 'the first choice');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect((active(el) as HTMLInputElement).value).to.equal('care-home');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    // Three questions skipped with Tab + Enter on "Skip".
    for (let i = 0; i < 3; i++) {
      expect(active(el)?.hasAttribute('data-step-heading'), `focus on question ${i + 2}`).to.equal(true);
      await tabTo(el, part('button-skip'), 'Skip');
      await sendKeys({ press: 'Enter' });
      await settle(el);
    }
    expect(el.shadowRoot?.querySelector('[part~="result"][data-moment="care-home"]')).to.not.equal(null);
    expect(active(el)?.hasAttribute('data-step-heading'), 'focus on the checklist heading').to.equal(true);
    await tabTo(el, (a) => a instanceof HTMLInputElement && a.type === 'checkbox', 'the first step');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect((active(el) as HTMLInputElement).checked).to.equal(true);
  });
});
