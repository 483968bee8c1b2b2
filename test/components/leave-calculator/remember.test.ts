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
    })).to.deep.equal({ status: 'privateEmployee', regime: '0.75', hours: 40, situation: ['terminal'], usedAny: 'yes', used: { mzFT: 2 } });
  });

  it('restores the "already used" answer: stored yes/no as is; older answers without it mean "yes" when a counter has a number', () => {
    expect(restoreLeaveAnswers({ usedAny: 'no', used: { mb: 3 } })).to.deep.equal({ usedAny: 'no', used: { mb: 3 } });
    expect(restoreLeaveAnswers({ usedAny: 'maybe' })).to.deep.equal({});
    expect(restoreLeaveAnswers({ used: { mb: 3 } })).to.deep.equal({ usedAny: 'yes', used: { mb: 3 } });
    expect(restoreLeaveAnswers({ used: { mb: 0 } })).to.deep.equal({ used: { mb: 0 } });
  });

  it('an older stored "already used" step comes back with "yes" ticked and its counters filled in', async () => {
    sessionStorage.setItem(KEY, JSON.stringify({ view: 'used', answers: { status: 'privateEmployee', relation: 'parent', situation: ['seriouslyIll'], used: { mb: 3 } } }));
    const el = await mount('<mz-leave-calculator remember></mz-leave-calculator>');
    expect(stepOf(el)).to.equal('used');
    expect(shadow(el).querySelector<HTMLInputElement>('input[name="usedAny"][value="yes"]')?.checked).to.equal(true);
    expect(shadow(el).querySelector<HTMLInputElement>('#mz-leave-used-mb')?.value).to.equal('3');
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
