import { expect } from '@open-wc/testing';
import { collectEvents, mount, settle, shadow } from '../../embedding/contract.js';
import '../../../src/components/recognition-quiz/define.js';
import { ADULT_PATHS, YOUNG_PATHS, walk } from '../../../examples/recognition-quiz.examples.js';

/** `mz-step` as everywhere (0 intro, 1… questions, total + 1 after), with the longest path as a stable total. */
describe('<mz-recognition-quiz> mz-step', () => {
  const steps = (events: Array<{ detail: unknown }>) => events.map((e) => e.detail as { step: number; total: number });

  it('adult, short path (need = no): 1, then the result at total + 1 = 9 of 8; restart sends 0', async () => {
    const el = await mount('<mz-recognition-quiz></mz-recognition-quiz>', 'nl');
    const events = collectEvents(el, ['mz-step']);
    await walk(ADULT_PATHS.not_now)(el);
    expect(steps(events)).to.deep.equal([{ step: 1, total: 8 }, { step: 9, total: 8 }]);
    (shadow(el).querySelector('[part~="button-restart"]') as HTMLButtonElement).click();
    await settle(el);
    expect(steps(events).at(-1)).to.deep.equal({ step: 0, total: 8 });
  });

  it('adult, full path with the check page: 1…8, the check page 9, a change 4, back to 9, the result 9', async () => {
    const el = await mount('<mz-recognition-quiz></mz-recognition-quiz>', 'nl');
    const events = collectEvents(el, ['mz-step']);
    await walk(ADULT_PATHS.caregiver, 'check')(el);
    expect(steps(events).map((s) => s.step)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    (shadow(el).querySelectorAll<HTMLButtonElement>('[part~="button-change"]')[3]).click();
    await settle(el);
    (shadow(el).querySelector('form button[type=submit]') as HTMLButtonElement).click();
    await settle(el);
    (shadow(el).querySelector('[part~="button-result"]') as HTMLButtonElement).click();
    await settle(el);
    expect(steps(events).slice(9)).to.deep.equal([{ step: 4, total: 8 }, { step: 9, total: 8 }, { step: 9, total: 8 }]);
  });

  it('young, red flag: the path stops at the flag and the result is 8 of 7 (seven screens since the scales are grouped)', async () => {
    const el = await mount('<mz-recognition-quiz audience="young"></mz-recognition-quiz>', 'nl');
    const events = collectEvents(el, ['mz-step']);
    await walk(YOUNG_PATHS.urgent)(el);
    expect(steps(events).map((s) => s.step)).to.deep.equal([...YOUNG_PATHS.urgent.map((_, i) => i + 1), 8]);
    expect(new Set(steps(events).map((s) => s.total))).to.deep.equal(new Set([7]));
  });
});
