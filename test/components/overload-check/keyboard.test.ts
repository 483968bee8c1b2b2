import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountCheck, band, shadow, settle, $ } from './helpers.js';

/**
 * Keyboard only: real key presses (sendKeys), no clicks. Each script entry: a choice index
 * (arrow keys within the radio group, Space to pick), 's' = Tab to "Skip" + Enter,
 * 'n' = Tab to "Next" + Enter without choosing.
 */
type Key = number | 's' | 'n';

function active(el: HTMLElement): Element | null {
  return shadow(el).activeElement;
}

async function tabTo(el: HTMLElement, matches: (a: Element) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const a = active(el);
    if (a && matches(a)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not Tab to ${what}`);
}

async function answerByKeyboard(el: HTMLElement, script: Key[]): Promise<void> {
  // From outside the widget: Tab into it and start with Enter.
  (document.activeElement as HTMLElement | null)?.blur();
  await tabTo(el, (a) => a.getAttribute('part')?.includes('button-start') === true, 'Start');
  await sendKeys({ press: 'Enter' });
  await settle(el);
  for (const k of script) {
    if ($(el, '[part~="result"]')) break;
    expect(active(el)?.hasAttribute('data-step-heading'), 'focus moved to the new question').to.equal(true);
    if (k === 's' || k === 'n') {
      const part = k === 's' ? 'button-skip' : 'button-next';
      await tabTo(el, (a) => a.getAttribute('part')?.includes(part) === true, part);
      await sendKeys({ press: 'Enter' });
    } else {
      await tabTo(el, (a) => a instanceof HTMLInputElement, 'the first choice');
      if (k === 0) await sendKeys({ press: 'Space' });
      for (let i = 0; i < k; i++) await sendKeys({ press: 'ArrowRight' });
      const input = active(el) as HTMLInputElement;
      expect(input.checked, 'arrow keys picked the choice').to.equal(true);
      await sendKeys({ press: 'Enter' }); // implicit submission of the step's form
    }
    await settle(el);
  }
}

const no10: Key[] = Array(10).fill(0);
const skip13: Key[] = Array(13).fill('s');
const keyboardScripts: Array<[string, Key[], string]> = [
  ['low', [...no10, 1, 0, 'n', 0, 0, 0], 'low'],
  ['elevated', [2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 6, 2, 'n', 0, 0, 0], 'elevated'],
  ['high', [...no10, 9, 1, 'n', 0, 0, 0], 'high'],
  ['urgent', [...skip13, 1], 'urgent'],
  ['incomplete', Array(16).fill('s'), 'incomplete'],
];

describe('<mz-overload-check> keyboard only (sendKeys)', () => {
  for (const [name, script, expected] of keyboardScripts) {
    it(`reaches ${name}`, async () => {
      const el = await mountCheck();
      await answerByKeyboard(el, script);
      expect(band(el)).to.equal(expected);
      expect(active(el)?.hasAttribute('data-step-heading'), 'focus on the result heading').to.equal(true);
    });
  }

  it('young: reaches urgent with the keyboard', async () => {
    const el = await mountCheck('audience="young"');
    await answerByKeyboard(el, [...Array(12).fill('s'), 0, 1]);
    expect(band(el)).to.equal('urgent');
  });

  it('the "Need help now?" disclosure opens with the keyboard and shows tel: links', async () => {
    const el = await mountCheck();
    await tabTo(el, (a) => a.tagName === 'SUMMARY', 'the help summary');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(($(el, 'details') as HTMLDetailsElement).open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect((active(el) as HTMLAnchorElement).href).to.match(/^tel:/);
  });
});
