import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../../src/components/leave-calculator/define.js';
import { restoreLeaveAnswers } from '../../../src/components/leave-calculator/leave-calculator.answers.js';
import { mount, shadow } from '../../embedding/contract.js';

const KEY = 'mantelkit:leave-calculator';
const stepOf = (el: HTMLElement) => shadow(el).querySelector<HTMLFormElement>('form[data-step]')?.dataset.step;

describe('<mz-leave-calculator> remember', () => {
  afterEach(() => {
    sessionStorage.clear();
    fixtureCleanup();
  });

  it('keeps only answers it knows when restoring (stored data is input too)', () => {
    expect(restoreLeaveAnswers('x')).to.equal(undefined);
    expect(restoreLeaveAnswers(null)).to.equal(undefined);
    expect(restoreLeaveAnswers({
      status: 'privateEmployee', region: 'mars', regime: '0.75', age: -3, hours: 40, situation: ['terminal', 'bogus'],
      used: { mzFT: 2, tk: 'lots', nope: 1 }, livesWithMe: 'yes',
    })).to.deep.equal({ status: 'privateEmployee', regime: '0.75', hours: 40, situation: ['terminal'], used: { mzFT: 2 } });
  });

  it('returns to the stored question with the stored answers', async () => {
    sessionStorage.setItem(KEY, JSON.stringify({ view: 'regime', answers: { status: 'privateEmployee', regime: '0.8' } }));
    const el = await mount('<mz-leave-calculator remember></mz-leave-calculator>');
    expect(stepOf(el)).to.equal('regime');
    expect(shadow(el).querySelector<HTMLInputElement>('input[name="regime"][value="0.8"]')?.checked).to.equal(true);
  });

  it('starts at the intro for progress it cannot trust (older format, unknown step)', async () => {
    for (const saved of [{ view: 3, answers: {} }, { view: 'nope', answers: {} }, { view: 'regime', answers: 'x' }]) {
      sessionStorage.setItem(KEY, JSON.stringify(saved));
      const el = await mount('<mz-leave-calculator remember></mz-leave-calculator>');
      expect(shadow(el).querySelector('[part~="button-start"]'), JSON.stringify(saved)).to.exist;
    }
  });
});
