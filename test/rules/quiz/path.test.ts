import { expect } from '@open-wc/testing';
import { recognitionQuestionsThatMatter, youngQuestionsThatMatter } from '../../../src/rules/quiz/path.js';

const q = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

const ADULT = q('need', 'role', 'tasks', 'frequency', 'duration', 'hours', 'livesWith', 'impact');
const YOUNG = q('careAtHome', 'who', 'help_chores', 'worry', 'rf_unsafe', 'rf_cantGoOn', 'good');

describe('recognitionQuestionsThatMatter', () => {
  it('asks everything while nothing ends the quiz', () => {
    expect(ids(recognitionQuestionsThatMatter(ADULT, {}))).to.deep.equal(ids(ADULT));
    expect(ids(recognitionQuestionsThatMatter(ADULT, { need: 'yes', role: 'personal', tasks: ['household'] }))).to.deep.equal(ids(ADULT));
  });
  it('stops after a "no" to the need gate', () => {
    expect(ids(recognitionQuestionsThatMatter(ADULT, { need: 'no', role: 'personal' }))).to.deep.equal(['need']);
  });
  it('stops after paid or volunteer care', () => {
    expect(ids(recognitionQuestionsThatMatter(ADULT, { need: 'yes', role: 'paidJob' }))).to.deep.equal(['need', 'role']);
    expect(ids(recognitionQuestionsThatMatter(ADULT, { need: 'yes', role: 'volunteer' }))).to.deep.equal(['need', 'role']);
  });
  it('stops after no tasks', () => {
    expect(ids(recognitionQuestionsThatMatter(ADULT, { need: 'yes', role: 'personal', tasks: [] }))).to.deep.equal(['need', 'role', 'tasks']);
  });
  it('returns a new list (the input is never changed)', () => {
    const out = recognitionQuestionsThatMatter(ADULT, {});
    expect(out).not.to.equal(ADULT);
  });
});

describe('youngQuestionsThatMatter', () => {
  it('asks everything by default', () => {
    expect(ids(youngQuestionsThatMatter(YOUNG, {}))).to.deep.equal(ids(YOUNG));
  });
  it('keeps only the red flags when nobody at home needs care (red flags win)', () => {
    expect(ids(youngQuestionsThatMatter(YOUNG, { careAtHome: 'no' }))).to.deep.equal(['careAtHome', 'rf_unsafe', 'rf_cantGoOn']);
  });
  it('ends at a red flag answered yes, so help comes first', () => {
    expect(ids(youngQuestionsThatMatter(YOUNG, { rf_unsafe: 'yes' }))).to.deep.equal(['careAtHome', 'who', 'help_chores', 'worry', 'rf_unsafe']);
    expect(ids(youngQuestionsThatMatter(YOUNG, { rf_unsafe: 'no', rf_cantGoOn: 'yes' }))).to.deep.equal(['careAtHome', 'who', 'help_chores', 'worry', 'rf_unsafe', 'rf_cantGoOn']);
    expect(ids(youngQuestionsThatMatter(YOUNG, { careAtHome: 'no', rf_unsafe: 'yes' }))).to.deep.equal(['careAtHome', 'rf_unsafe']);
  });
});
