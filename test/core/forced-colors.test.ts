/** Forced colours: a chosen answer and keyboard focus look different, also when they are on the same choice. */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../helpers/test-widget/define.js';
import { mount, settle, shadow } from '../embedding/contract.js';

describe('forced colours: focus on a chosen answer stays visible', () => {
  after(() => executeServerCommand('emulate-forced-colors', { value: 'none' }));

  it('a checked choice has a Highlight border; with keyboard focus it also gets an offset outline', async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await mount('<mz-test-widget></mz-test-widget>');
    shadow(el).querySelector<HTMLButtonElement>('[part~="button-start"]')!.click();
    await settle(el);
    const radio = shadow(el).querySelector<HTMLInputElement>('input[type="radio"]')!;
    radio.click();
    await settle(el);
    const choice = radio.closest('.mz-choice')!;
    radio.blur();
    const chosen = getComputedStyle(choice);
    expect(chosen.borderTopWidth).to.equal('3px');
    const outlineBefore = `${chosen.outlineStyle} ${chosen.outlineOffset}`;
    // Keyboard focus (focus-visible comes from keyboard use).
    shadow(el).querySelector<HTMLElement>('[data-step-heading]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement === radio, 'radio focused').to.equal(true);
    const focused = getComputedStyle(choice);
    expect(focused.outlineStyle).to.equal('solid');
    expect(focused.outlineOffset).to.equal('3px');
    expect(`${focused.outlineStyle} ${focused.outlineOffset}`).to.not.equal(outlineBefore);
  });
});
