import { expect } from '@open-wc/testing';
import { onPath, type QuizAnswers } from '../../../src/components/recognition-quiz/recognition-quiz.answers.js';
import { adultPath, toRecognitionAnswers } from '../../../src/components/recognition-quiz/adult/questions.js';
import { toYoungAnswers, youngPath } from '../../../src/components/recognition-quiz/young/questions.js';

// Going back and changing an early answer can make later questions moot: their old answers must
// not reach the rules (an "impact: a lot" left over after "nobody needs help" would flag overload).
// The element gives the rules exactly these: toRecognitionAnswers / toYoungAnswers of onPath().
const adult = (a: QuizAnswers) => toRecognitionAnswers(onPath(a, adultPath(a))) as unknown as Record<string, unknown>;
const young = (a: QuizAnswers) => toYoungAnswers(onPath(a, youngPath(a))) as unknown as Record<string, unknown>;

describe('<mz-recognition-quiz> uses only the answers on the current path', () => {
  it('adult: answers after "no need" are dropped', () => {
    const a = adult({ need: 'no', role: 'personal', tasks: ['household'], frequency: 'daily', impact: 'aLot' });
    expect(a['need']).to.equal('no');
    expect(a['impact']).to.equal(undefined);
    expect(a['frequency']).to.equal(undefined);
  });

  it('adult: a full path keeps every answer', () => {
    const a = adult({ need: 'yes', role: 'personal', tasks: ['household'], frequency: 'daily', duration: 'over12m', hours: '50plus', livesWith: 'yes', impact: 'aLot' });
    expect(a).to.deep.include({ impact: 'aLot', hours: '50plus' });
  });

  it('young: help answers are dropped when nobody at home needs care', () => {
    const a = young({ careAtHome: 'no', help_chores: '2', worry: '2', rf_unsafe: 'no', rf_cantGoOn: 'no' });
    expect(a['careAtHome']).to.equal('no');
    expect(a['help_chores']).to.equal(undefined);
    expect(a['worry']).to.equal(undefined);
  });
});
