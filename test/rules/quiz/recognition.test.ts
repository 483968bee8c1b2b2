import { expect } from '@open-wc/testing';
import {
  assessRecognition, recognitionActions,
  type RecognitionAnswers, type RecognitionOutcome, type RecognitionResult,
} from '../../../src/rules/quiz/index.js';
import type { Task } from '../../../src/data/quiz/recognition.js';

const ALL_TASKS: Task[] = ['household', 'practical', 'personalCare', 'medical', 'admin', 'supervision', 'emotional', 'coordination', 'othersInHousehold'];
const tasks = (n: number): Task[] => ALL_TASKS.slice(0, n);

type Row = [name: string, answers: RecognitionAnswers, outcome: RecognitionOutcome, mayQualify?: boolean];

// The worked examples of the scoring model: every row.
const WORKED: Row[] = [
  ['4 tasks daily >1y 50+h', { need: 'yes', role: 'personal', tasks: tasks(4), frequency: 'daily', duration: 'over12m', hours: '50plus' }, 'caregiver_intensive', true],
  ['3 tasks daily 3-12m 10-49h', { need: 'yes', role: 'personal', tasks: tasks(3), frequency: 'daily', duration: '3to12m', hours: '10to49' }, 'caregiver_intensive', false],
  ['2 tasks weekly <3m <10h', { need: 'yes', role: 'personal', tasks: tasks(2), frequency: 'weekly', duration: 'under3m', hours: 'under10' }, 'caregiver', false],
  ['not sure, 1 task monthly >1y', { need: 'notSure', role: 'personal', tasks: tasks(1), frequency: 'monthly', duration: 'over12m', hours: 'under10' }, 'caregiver', false],
  ['1 task monthly <3m', { need: 'yes', role: 'personal', tasks: tasks(1), frequency: 'monthly', duration: 'under3m', hours: 'under10' }, 'occasional', false],
  ['paid job', { need: 'yes', role: 'paidJob', tasks: tasks(5), frequency: 'daily', duration: 'over12m', hours: '50plus' }, 'professional', false],
  ['no tasks', { need: 'yes', role: 'personal', tasks: [], frequency: 'weekly', duration: 'over12m', hours: 'unknown' }, 'not_now', false],
  ['need no', { need: 'no' }, 'not_now', false],
];

// Boundaries of each rule and of first-match order.
const BOUNDARIES: Row[] = [
  // regular: monthly needs ≥ 3 months
  ['monthly exactly 3-12m is regular', { need: 'yes', role: 'personal', tasks: tasks(1), frequency: 'monthly', duration: '3to12m', hours: 'under10' }, 'caregiver'],
  ['monthly without duration is not regular', { need: 'yes', role: 'personal', tasks: tasks(1), frequency: 'monthly', hours: 'under10' }, 'occasional'],
  ['less than monthly for years is not regular', { need: 'yes', role: 'personal', tasks: tasks(4), frequency: 'lessThanMonthly', duration: 'over12m', hours: '10to49' }, 'occasional'],
  ['weekly is regular even when new', { need: 'yes', role: 'personal', tasks: tasks(1), frequency: 'weekly', duration: 'under3m' }, 'caregiver'],
  ['several per week is regular', { need: 'yes', role: 'personal', tasks: tasks(1), frequency: 'severalPerWeek', duration: 'under3m' }, 'caregiver'],
  // intensive: daily AND ≥ 3 task kinds, or 50+ hours
  ['daily with 2 task kinds is not intensive', { need: 'yes', role: 'personal', tasks: tasks(2), frequency: 'daily', duration: 'over12m', hours: '10to49' }, 'caregiver'],
  ['several per week with 9 kinds is not intensive', { need: 'yes', role: 'personal', tasks: tasks(9), frequency: 'severalPerWeek', duration: 'over12m', hours: '10to49' }, 'caregiver'],
  ['weekly with 50+ hours is intensive', { need: 'yes', role: 'personal', tasks: tasks(1), frequency: 'weekly', duration: 'under3m', hours: '50plus' }, 'caregiver_intensive', true],
  ['daily, 3 kinds, hours unknown is intensive', { need: 'yes', role: 'personal', tasks: tasks(3), frequency: 'daily', duration: 'under3m', hours: 'unknown' }, 'caregiver_intensive', false],
  ['50+ hours but not regular stays occasional (still may qualify)', { need: 'yes', role: 'personal', tasks: tasks(2), frequency: 'monthly', duration: 'under3m', hours: '50plus' }, 'occasional', true],
  ['50+ hours less than monthly', { need: 'yes', role: 'personal', tasks: tasks(2), frequency: 'lessThanMonthly', duration: 'over12m', hours: '50plus' }, 'occasional', true],
  // first-match order
  ['need no beats paid job', { need: 'no', role: 'paidJob', tasks: tasks(5), frequency: 'daily', hours: '50plus' }, 'not_now', false],
  ['volunteer is professional', { need: 'notSure', role: 'volunteer', tasks: tasks(2), frequency: 'weekly', duration: 'over12m' }, 'professional', false],
  ['professional beats no tasks', { need: 'yes', role: 'paidJob', tasks: [] }, 'professional'],
  ['no tasks beats 50+ daily', { need: 'yes', role: 'personal', tasks: [], frequency: 'daily', duration: 'over12m', hours: '50plus' }, 'not_now', false],
  ['tasks missing counts as none', { need: 'yes', role: 'personal', frequency: 'daily', hours: '50plus' }, 'not_now', false],
  ['role missing is not professional', { need: 'yes', tasks: tasks(1), frequency: 'weekly' }, 'caregiver'],
  ['frequency missing is not regular', { need: 'yes', role: 'personal', tasks: tasks(3) }, 'occasional'],
  // robustness against untyped callers
  ['duplicate task kinds count once', { need: 'yes', role: 'personal', tasks: ['household', 'household', 'practical'], frequency: 'daily', duration: 'over12m', hours: '10to49' }, 'caregiver'],
];

describe('assessRecognition', () => {
  for (const [name, answers, outcome, mayQualify] of [...WORKED, ...BOUNDARIES]) {
    it(`${name} → ${outcome}`, () => {
      const r = assessRecognition(answers);
      expect(r.outcome).to.equal(outcome);
      if (mayQualify !== undefined) expect(r.flags.mayQualifySocialRights).to.equal(mayQualify);
      expect(r.reasons.length).to.be.greaterThan(0);
    });
  }

  it('mayQualifySocialRights needs 50+ hours AND a caring outcome', () => {
    expect(assessRecognition({ need: 'yes', role: 'volunteer', tasks: tasks(3), frequency: 'daily', hours: '50plus' }).flags.mayQualifySocialRights).to.equal(false);
    expect(assessRecognition({ need: 'yes', role: 'personal', tasks: tasks(3), frequency: 'daily', duration: 'over12m', hours: '10to49' }).flags.mayQualifySocialRights).to.equal(false);
  });

  it('needUnsure follows need = notSure only', () => {
    expect(assessRecognition({ need: 'notSure', role: 'personal', tasks: tasks(1), frequency: 'weekly' }).flags.needUnsure).to.equal(true);
    expect(assessRecognition({ need: 'yes', role: 'personal', tasks: tasks(1), frequency: 'weekly' }).flags.needUnsure).to.equal(false);
  });

  const base = { need: 'yes', role: 'personal', tasks: tasks(3), duration: 'over12m' } as const;
  const OVERLOAD: [string, RecognitionAnswers, boolean][] = [
    ['impact a lot', { ...base, frequency: 'weekly', impact: 'aLot' }, true],
    ['impact a bit', { ...base, frequency: 'weekly', impact: 'aBit' }, false],
    ['lives with + intensive', { ...base, frequency: 'daily', livesWith: 'yes', impact: 'no' }, true],
    ['lives with + caregiver', { ...base, frequency: 'weekly', livesWith: 'yes', impact: 'no' }, false],
    ['not living with + intensive', { ...base, frequency: 'daily', livesWith: 'no', impact: 'aBit' }, false],
  ];
  for (const [name, answers, expected] of OVERLOAD) {
    it(`overloadCheckFirst: ${name} → ${expected}`, () => {
      expect(assessRecognition(answers).flags.overloadCheckFirst).to.equal(expected);
    });
  }

  it('explains why with catalog keys', () => {
    const r = assessRecognition({ need: 'notSure', role: 'personal', tasks: tasks(4), frequency: 'daily', duration: 'over12m', hours: '50plus', livesWith: 'yes' });
    expect(r.reasons).to.include.members(['reason.tasks', 'reason.dailyManyTasks', 'reason.hours50plus', 'reason.livesWith', 'reason.needUnsure']);
    expect(r.reasons).not.to.include('reason.helpDaily');
    expect(assessRecognition({ need: 'yes', role: 'personal', tasks: tasks(2), frequency: 'daily' }).reasons).to.deep.equal(['reason.tasks', 'reason.helpDaily']);
    expect(assessRecognition({ need: 'no' }).reasons).to.deep.equal(['reason.needNo']);
    expect(assessRecognition({ need: 'yes', role: 'paidJob' }).reasons).to.deep.equal(['reason.rolePaidJob']);
  });

  it('nothing answered (null, undefined, {}) is not_now', () => {
    expect(assessRecognition(null).outcome).to.equal('not_now');
    expect(assessRecognition(undefined as unknown as RecognitionAnswers).outcome).to.equal('not_now');
    expect(assessRecognition({} as RecognitionAnswers).outcome).to.equal('not_now');
  });

  it('ignores unknown keys (they only leave a question unanswered)', () => {
    expect(assessRecognition({ need: 'yes', role: 'personal', tasks: tasks(2), frequency: 'weekly', colour: 'red' } as RecognitionAnswers).outcome).to.equal('caregiver');
  });

  // Strict input: what the rules cannot read throws, naming the JSON path, the value and what is allowed.
  const STRICT: [string, unknown, typeof TypeError | typeof RangeError, string][] = [
    ['unknown task', { need: 'yes', role: 'personal', tasks: ['household', 'cooking'] }, RangeError, 'tasks[1]: "cooking" is not one of household, practical'],
    ['unknown frequency', { need: 'yes', frequency: 'hourly' }, RangeError, 'frequency: "hourly" is not one of lessThanMonthly, monthly, weekly, severalPerWeek, daily'],
    ['unknown need', { need: 'maybe' }, RangeError, 'need: "maybe" is not one of yes, no, notSure'],
    ['need as a boolean', { need: true }, TypeError, 'need: expected a string, got true'],
    ['tasks as a string', { need: 'yes', tasks: 'household' }, TypeError, 'tasks: expected an array, got "household"'],
    ['a hole in tasks', { need: 'yes', tasks: [undefined] }, TypeError, 'tasks[0]: expected a value, got undefined'],
    ['an array as answers', ['yes'], TypeError, '(root): expected a plain object, got an array'],
    ['a class instance as answers', new Date(0), TypeError, '(root): expected a plain object'],
    ['a __proto__ key', JSON.parse('{"need":"yes","__proto__":{"role":"personal"}}'), RangeError, '(root): unknown key "__proto__"'],
    ['NaN hours', { need: 'yes', hours: NaN }, TypeError, 'hours: expected a string, got NaN'],
  ];
  for (const [name, input, type, message] of STRICT) {
    it(`throws ${type.name} on ${name}`, () => {
      expect(() => assessRecognition(input as RecognitionAnswers)).to.throw(type, message);
    });
  }
});

describe('recognitionActions', () => {
  const outcomes: RecognitionAnswers[] = [
    { need: 'yes', role: 'personal', tasks: tasks(4), frequency: 'daily', duration: 'over12m', hours: '50plus' },
    { need: 'yes', role: 'personal', tasks: tasks(2), frequency: 'weekly' },
    { need: 'yes', role: 'personal', tasks: tasks(1), frequency: 'lessThanMonthly' },
    { need: 'yes', role: 'paidJob' },
    { need: 'no' },
  ];
  for (const a of outcomes) {
    it(`gives 2–4 steps for ${assessRecognition(a).outcome}`, () => {
      const list = recognitionActions(assessRecognition(a));
      expect(list.length).to.be.within(2, 4);
      expect(new Set(list).size).to.equal(list.length);
    });
  }
  it('puts the overload check first when flagged', () => {
    const r = assessRecognition({ need: 'yes', role: 'personal', tasks: tasks(2), frequency: 'weekly', impact: 'aLot' });
    expect(recognitionActions(r)[0]).to.equal('action.overloadCheck');
  });
  it('reads a hand-made result without flags, and rejects an unknown outcome', () => {
    expect(recognitionActions({ outcome: 'caregiver' } as RecognitionResult)).to.deep.equal(['action.recognitionGeneral', 'action.finder', 'action.overloadCheck', 'action.leave']);
    expect(() => recognitionActions({ outcome: 'carer' } as unknown as RecognitionResult)).to.throw(RangeError, 'result.outcome: "carer" is not one of caregiver_intensive');
    expect(() => recognitionActions({ outcome: 'caregiver', flags: { needUnsure: 'no' } } as unknown as RecognitionResult)).to.throw(TypeError, 'result.flags.needUnsure: expected true or false, got "no"');
    expect(() => recognitionActions(undefined as unknown as RecognitionResult)).to.throw(TypeError, 'result: expected a plain object');
  });
  it('names the social-rights recognition when 50+ hours', () => {
    const r = assessRecognition({ need: 'yes', role: 'personal', tasks: tasks(2), frequency: 'weekly', hours: '50plus' });
    expect(recognitionActions(r)).to.include('action.recognitionSocial');
    expect(recognitionActions(r)).not.to.include('action.recognitionGeneral');
  });
});
