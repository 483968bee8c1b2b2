import { expect } from '@open-wc/testing';
import { mount } from '../../embedding/contract.js';
import '../../../src/components/recognition-quiz/define.js';

// Going back and changing an early answer can make later questions moot: their old answers must
// not reach the rules (an "impact: a lot" left over after "nobody needs help" would flag overload).
interface QuizInternals {
  answers: Record<string, unknown>;
  adultAnswers(): Record<string, unknown>;
  youngAnswers(): Record<string, unknown>;
}

describe('<mz-recognition-quiz> uses only the answers on the current path', () => {
  it('adult: answers after "no need" are dropped', async () => {
    const el = (await mount('<mz-recognition-quiz></mz-recognition-quiz>')) as unknown as QuizInternals;
    el.answers = { need: 'no', role: 'personal', tasks: ['household'], frequency: 'daily', impact: 'aLot' };
    const a = el.adultAnswers();
    expect(a['need']).to.equal('no');
    expect(a['impact']).to.equal(undefined);
    expect(a['frequency']).to.equal(undefined);
  });

  it('adult: a full path keeps every answer', async () => {
    const el = (await mount('<mz-recognition-quiz></mz-recognition-quiz>')) as unknown as QuizInternals;
    el.answers = { need: 'yes', role: 'personal', tasks: ['household'], frequency: 'daily', duration: 'over12m', hours: '50plus', livesWith: 'yes', impact: 'aLot' };
    expect(el.adultAnswers()).to.deep.include({ impact: 'aLot', hours: '50plus' });
  });

  it('young: help answers are dropped when nobody at home needs care', async () => {
    const el = (await mount('<mz-recognition-quiz audience="young"></mz-recognition-quiz>')) as unknown as QuizInternals;
    el.answers = { careAtHome: 'no', help_chores: 2, worry: 2, rf_unsafe: 'no', rf_cantGoOn: 'no' };
    const a = el.youngAnswers();
    expect(a['careAtHome']).to.equal('no');
    expect(a['help_chores']).to.equal(undefined);
  });
});
