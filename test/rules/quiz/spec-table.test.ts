// Review tests (rules in plain words: docs/content/recognition.md#how-the-quiz-decides and
// #young-carers): the full `regular` and "intensive" matrices, every flag per outcome, the next steps
// per outcome, the young first-match order, the load thresholds on both scores, and the young
// referrals per language (docs/content/help.md#who-gets-which-line).
import { expect } from '@open-wc/testing';
import {
  assessRecognition, recognitionActions, assessYoungCarer, youngCarerReferrals,
  type RecognitionAnswers, type RecognitionOutcome, type YoungCarerAnswers,
} from '../../../src/rules/quiz/index.js';
import { isRegular } from '../../../src/rules/quiz/recognition.js';
import {
  DURATION_OPTIONS, FEDERAL_RECOGNITION, FREQUENCY_OPTIONS, HOURS_OPTIONS, RECOGNITION_THRESHOLDS, TASK_OPTIONS,
  type Duration, type Task,
} from '../../../src/data/quiz/recognition.js';
import { MANTELZORGVERLOF, RECOGNITION as LEAVE_RECOGNITION } from '../../../src/data/leave/index.js';
import { HELP_ITEMS, IMPACT_ITEMS } from '../../../src/data/quiz/young.js';

const tasks = (n: number): Task[] => TASK_OPTIONS.slice(0, n);
const person = (extra: Partial<RecognitionAnswers>): RecognitionAnswers => ({ need: 'yes', role: 'personal', tasks: tasks(1), ...extra });

describe('recognition: `regular` for every frequency × duration (recognition rules)', () => {
  const durations: (Duration | undefined)[] = [...DURATION_OPTIONS, undefined];
  for (const f of FREQUENCY_OPTIONS) {
    for (const d of durations) {
      const regular = f === 'weekly' || f === 'severalPerWeek' || f === 'daily' || (f === 'monthly' && (d === '3to12m' || d === 'over12m'));
      it(`${f} / ${String(d)} → ${regular ? 'regular' : 'not regular'}`, () => {
        expect(isRegular(f, d)).to.equal(regular);
        // One task, few hours: regular decides caregiver vs occasional (rules 5 and 6).
        expect(assessRecognition(person({ frequency: f, duration: d, hours: 'under10' })).outcome).to.equal(regular ? 'caregiver' : 'occasional');
      });
    }
  }
});

describe('recognition: rule 4 (intensive) for every frequency × hours × task count', () => {
  for (const f of FREQUENCY_OPTIONS) {
    for (const h of HOURS_OPTIONS) {
      for (const n of [1, 2, 3, 9]) {
        const regular = f !== 'lessThanMonthly'; // with duration over12m, monthly is regular too
        const intensive = regular && (h === '50plus' || (f === 'daily' && n >= 3));
        const outcome: RecognitionOutcome = intensive ? 'caregiver_intensive' : regular ? 'caregiver' : 'occasional';
        it(`${f}, ${h}, ${n} task kind(s) → ${outcome}`, () => {
          const r = assessRecognition(person({ tasks: tasks(n), frequency: f, duration: 'over12m', hours: h }));
          expect(r.outcome).to.equal(outcome);
          // The flag: 50+ hours and a caring outcome (all three here).
          expect(r.flags.mayQualifySocialRights).to.equal(h === '50plus');
        });
      }
    }
  }
});

describe('recognition: flags on every outcome', () => {
  const ROWS: [string, RecognitionAnswers, RecognitionOutcome, boolean][] = [
    ['not_now (need no)', { need: 'no', hours: '50plus', impact: 'aLot', livesWith: 'yes' }, 'not_now', true],
    ['not_now (no tasks)', { need: 'yes', role: 'personal', tasks: [], hours: '50plus', impact: 'aLot' }, 'not_now', true],
    ['professional', { need: 'yes', role: 'paidJob', tasks: tasks(3), frequency: 'daily', hours: '50plus', impact: 'aLot', livesWith: 'yes' }, 'professional', true],
    ['occasional', person({ frequency: 'lessThanMonthly', hours: '50plus', impact: 'aLot' }), 'occasional', true],
    ['caregiver', person({ frequency: 'weekly', hours: '10to49', impact: 'no', livesWith: 'yes' }), 'caregiver', false],
    ['intensive, lives with', person({ frequency: 'weekly', hours: '50plus', impact: 'no', livesWith: 'yes' }), 'caregiver_intensive', true],
    ['intensive, lives apart', person({ frequency: 'weekly', hours: '50plus', impact: 'aBit', livesWith: 'no' }), 'caregiver_intensive', false],
  ];
  for (const [name, answers, outcome, overloadFirst] of ROWS) {
    it(`${name}: mayQualifySocialRights only for a caring outcome; overloadCheckFirst = ${overloadFirst}`, () => {
      const r = assessRecognition(answers);
      expect(r.outcome).to.equal(outcome);
      const caring = outcome === 'caregiver_intensive' || outcome === 'caregiver' || outcome === 'occasional';
      expect(r.flags.mayQualifySocialRights).to.equal(caring && answers.hours === '50plus');
      expect(r.flags.overloadCheckFirst).to.equal(overloadFirst);
      expect(r.flags.needUnsure).to.equal(false);
    });
  }
  it('needUnsure follows `notSure` on every outcome, and never changes the outcome', () => {
    for (const a of [person({ frequency: 'daily', tasks: tasks(3) }), person({ frequency: 'weekly' }), person({ frequency: 'lessThanMonthly' }), { need: 'yes', role: 'volunteer' } as RecognitionAnswers, { need: 'yes', role: 'personal', tasks: [] } as RecognitionAnswers]) {
      const sure = assessRecognition(a);
      const unsure = assessRecognition({ ...a, need: 'notSure' });
      expect(unsure.outcome).to.equal(sure.outcome);
      expect(unsure.flags.needUnsure).to.equal(true);
    }
  });
});

describe('recognition: next steps per outcome (result table)', () => {
  const ROWS: [string, RecognitionAnswers, string[]][] = [
    ['intensive', person({ tasks: tasks(3), frequency: 'daily', hours: '10to49' }),
      ['action.overloadCheck', 'action.recognitionGeneral', 'action.leave', 'action.finder']],
    ['intensive, 50+ h', person({ frequency: 'weekly', hours: '50plus' }),
      ['action.overloadCheck', 'action.recognitionSocial', 'action.leave', 'action.finder']],
    ['caregiver', person({ frequency: 'weekly' }),
      ['action.recognitionGeneral', 'action.finder', 'action.overloadCheck', 'action.leave']],
    ['caregiver, impact a lot', person({ frequency: 'weekly', impact: 'aLot' }),
      ['action.overloadCheck', 'action.recognitionGeneral', 'action.finder', 'action.leave']],
    ['occasional', person({ frequency: 'lessThanMonthly' }),
      ['action.learnMore', 'action.finder', 'action.comeBack']],
    ['occasional, 50+ h', person({ frequency: 'lessThanMonthly', hours: '50plus' }),
      ['action.recognitionSocial', 'action.learnMore', 'action.finder']],
    ['occasional, impact a lot', person({ frequency: 'lessThanMonthly', impact: 'aLot' }),
      ['action.overloadCheck', 'action.learnMore', 'action.finder', 'action.comeBack']],
    ['professional', { need: 'yes', role: 'paidJob' },
      ['action.redoForPerson', 'action.finderForPerson']],
    // An `impact` left over from an earlier path must not send a paid carer or a "no" to the overload check.
    ['professional, impact a lot', { need: 'yes', role: 'volunteer', tasks: tasks(2), frequency: 'daily', impact: 'aLot' },
      ['action.redoForPerson', 'action.finderForPerson']],
    ['not now', { need: 'no' }, ['action.comeBack', 'action.aroundCaregiver']],
    ['not now, impact a lot', { need: 'no', impact: 'aLot' }, ['action.comeBack', 'action.aroundCaregiver']],
  ];
  for (const [name, answers, expected] of ROWS) {
    it(name, () => {
      const list = recognitionActions(assessRecognition(answers));
      expect(list).to.deep.equal(expected);
      expect(list.length).to.be.within(2, 4);
    });
  }
});

describe('recognition: every reason key is reachable', () => {
  const ROWS: [RecognitionAnswers, string][] = [
    [{ need: 'no' }, 'reason.needNo'],
    [person({ frequency: 'weekly', need: 'notSure' }), 'reason.needUnsure'],
    [{ need: 'yes', role: 'paidJob' }, 'reason.rolePaidJob'],
    [{ need: 'yes', role: 'volunteer' }, 'reason.roleVolunteer'],
    [{ need: 'yes', role: 'personal', tasks: [] }, 'reason.noTasks'],
    [person({ frequency: 'weekly' }), 'reason.tasks'],
    [person({ frequency: 'daily' }), 'reason.helpDaily'],
    [person({ frequency: 'severalPerWeek' }), 'reason.helpWeekly'],
    [person({ frequency: 'monthly', duration: '3to12m' }), 'reason.helpMonthlyLasting'],
    [person({ frequency: 'monthly', duration: 'under3m' }), 'reason.helpMonthlyShort'],
    [person({ frequency: 'lessThanMonthly' }), 'reason.helpRarely'],
    [person({}), 'reason.helpUnknown'],
    [person({ frequency: 'weekly', hours: '50plus' }), 'reason.hours50plus'],
    [person({ tasks: tasks(3), frequency: 'daily' }), 'reason.dailyManyTasks'],
    [person({ frequency: 'weekly', livesWith: 'yes' }), 'reason.livesWith'],
    [person({ frequency: 'weekly', impact: 'aLot' }), 'reason.impactALot'],
  ];
  for (const [answers, key] of ROWS) {
    it(key, () => expect(assessRecognition(answers).reasons).to.include(key));
  }
  it('no caring reasons after a gate', () => {
    const r = assessRecognition({ need: 'yes', role: 'paidJob', livesWith: 'yes', impact: 'aLot', hours: '50plus' });
    expect(r.reasons).to.deep.equal(['reason.rolePaidJob']);
  });
});

describe('young: first match wins (young-carer rules)', () => {
  const ROWS: [string, YoungCarerAnswers, string, string | null][] = [
    ['red flag beats a missing gate', { rf_cantGoOn: true }, 'urgent', null],
    ['red flag beats "no care at home" and high scores', { careAtHome: 'no', help_chores: 2, worry: 2, rf_unsafe: true }, 'urgent', null],
    ['"no" beats every help and worry answer', { careAtHome: 'no', help_chores: 2, help_siblings: 2, help_body: 2, help_medicine: 2, help_papers: 2, help_company: 2, worry: 2 }, 'not_now', null],
    ['not sure, nothing else → grows up with care', { careAtHome: 'notSure' }, 'grows_up_with_care', 'ok'],
    ['worry 2 alone → young carer', { careAtHome: 'yes', worry: 2 }, 'young_carer', 'ok'],
    ['impact without help or worry stays "grows up with care"', { careAtHome: 'yes', imp_tired: 2, imp_homework: 2, imp_friends: 2, imp_alone: 2 }, 'grows_up_with_care', 'heavy'],
  ];
  for (const [name, answers, outcome, load] of ROWS) {
    it(name, () => {
      const r = assessYoungCarer(answers);
      expect([r.outcome, r.load]).to.deep.equal([outcome, load]);
    });
  }
});

describe('young: load thresholds on each score alone and together (young-carer rules)', () => {
  // Builds answers with exact helpScore h and impactScore i (worry first, so i ≥ 1 makes it young_carer).
  const build = (h: number, i: number): YoungCarerAnswers => {
    const a: YoungCarerAnswers = { careAtHome: 'yes' };
    let left = h;
    for (const k of HELP_ITEMS) { const v = Math.min(2, left) as 0 | 1 | 2; if (v) a[k] = v; left -= v; }
    left = i;
    for (const k of IMPACT_ITEMS) { const v = Math.min(2, left) as 0 | 1 | 2; if (v) a[k] = v; left -= v; }
    return a;
  };
  for (let h = 0; h <= 12; h++) {
    for (let i = 0; i <= 10; i++) {
      const load = i >= 7 || h >= 9 ? 'heavy' : i >= 4 || h >= 6 ? 'a_lot' : 'ok';
      it(`help ${h}, impact ${i} → ${load}`, () => {
        const r = assessYoungCarer(build(h, i));
        expect([r.helpScore, r.impactScore, r.load]).to.deep.equal([h, i, load]);
        expect(r.outcome).to.equal(h === 0 && i === 0 ? 'grows_up_with_care' : 'young_carer');
      });
    }
  }
  it('who and good never change the outcome, load or scores', () => {
    const base = build(5, 3);
    const plain = assessYoungCarer(base);
    const extra = assessYoungCarer({ ...base, who: ['parent', 'sibling', 'grandparent'], good: ['proud', 'learn', 'closer', 'useful'] });
    expect([extra.outcome, extra.load, extra.helpScore, extra.impactScore]).to.deep.equal([plain.outcome, plain.load, plain.helpScore, plain.impactScore]);
  });
});

describe('young: referrals per language', () => {
  const heavy: YoungCarerAnswers = { careAtHome: 'yes', help_chores: 2, help_siblings: 2, help_body: 2, help_medicine: 2, help_papers: 1 };
  const light: YoungCarerAnswers = { careAtHome: 'yes', worry: 1 };
  const ROWS: [string, YoungCarerAnswers, 'nl' | 'fr' | 'en' | 'de', string[], string[]][] = [
    // name, answers, locale, helplines, services (before the component drops those without a link)
    ['nl heavy', heavy, 'nl', ['awel'], ['school', 'youthAdvice', 'youngCarersOrg', 'gp']],
    ['fr heavy', heavy, 'fr', ['ecouteEnfants'], ['school', 'youthAdvice', 'youngCarersOrg', 'gp']],
    ['de heavy', heavy, 'de', ['telefonhilfe'], ['school', 'youthAdvice', 'youngCarersOrg', 'gp']],
    ['en heavy', heavy, 'en', ['awel', 'ecouteEnfants'], ['school', 'youthAdvice', 'youngCarersOrg', 'gp']],
    ['en light', light, 'en', ['awel', 'ecouteEnfants'], ['school', 'youthAdvice', 'youngCarersOrg']],
    ['de grows up with care', { careAtHome: 'yes' }, 'de', ['telefonhilfe'], ['school', 'youthAdvice', 'youngCarersOrg']],
    ['fr not now', { careAtHome: 'no' }, 'fr', ['ecouteEnfants'], ['school']],
    // urgent: 112 first, then the line for the answer, then the child line; never the GP
    ['nl cannot go on', { ...heavy, rf_cantGoOn: true }, 'nl', ['emergency', 'suicideLine', 'awel'], ['school', 'youthAdvice', 'youngCarersOrg']],
    ['fr cannot go on', { rf_cantGoOn: true }, 'fr', ['emergency', 'preventionSuicide', 'ecouteEnfants'], ['school', 'youthAdvice', 'youngCarersOrg']],
    ['fr unsafe (no French 1712 confirmed)', { rf_unsafe: true }, 'fr', ['emergency', 'ecouteEnfants'], ['school', 'youthAdvice', 'youngCarersOrg']],
    ['de unsafe', { rf_unsafe: true }, 'de', ['emergency', 'telefonhilfe'], ['school', 'youthAdvice', 'youngCarersOrg']],
    ['de cannot go on (108, once)', { rf_cantGoOn: true }, 'de', ['emergency', 'telefonhilfe'], ['school', 'youthAdvice', 'youngCarersOrg']],
    ['en unsafe', { rf_unsafe: true }, 'en', ['emergency', 'violenceLine', 'awel', 'ecouteEnfants'], ['school', 'youthAdvice', 'youngCarersOrg']],
  ];
  for (const [name, answers, locale, helplines, services] of ROWS) {
    it(name, () => {
      const ref = youngCarerReferrals(assessYoungCarer(answers), answers, locale);
      expect(ref.helplines).to.deep.equal(helplines);
      expect(ref.services).to.deep.equal(services);
    });
  }
  it('the child line of the language is in every outcome', () => {
    const child = { nl: 'awel', fr: 'ecouteEnfants', en: 'awel', de: 'telefonhilfe' } as const;
    for (const a of [heavy, light, { careAtHome: 'no' }, { careAtHome: 'yes' }, { rf_unsafe: true }, { rf_cantGoOn: true }] as YoungCarerAnswers[]) {
      for (const locale of ['nl', 'fr', 'en', 'de'] as const) {
        expect(youngCarerReferrals(assessYoungCarer(a), a, locale).helplines).to.include(child[locale]);
      }
    }
  });
});

// The recognition figures exist twice (quiz data and leave data): the two copies must agree.
describe('recognition figures: quiz data agrees with leave data', () => {
  it('social-rights hours (a month and a year)', () => {
    expect(FEDERAL_RECOGNITION.socialRights.minHoursPerMonth).to.equal(LEAVE_RECOGNITION.socialRightsHoursPerMonth);
    expect(FEDERAL_RECOGNITION.socialRights.minHoursPerYear).to.equal(LEAVE_RECOGNITION.socialRightsHoursPerYear);
  });
  it('caregiver leave months per person, and the date they apply from', () => {
    const limits = MANTELZORGVERLOF.limits.find((l) => l.validFrom === FEDERAL_RECOGNITION.leave.validFrom);
    expect(limits, `leave data has limits from ${FEDERAL_RECOGNITION.leave.validFrom}`).to.exist;
    expect(FEDERAL_RECOGNITION.leave.maxMonthsFullTimePerPerson).to.equal(limits!.value.perPersonFT);
    expect(FEDERAL_RECOGNITION.leave.maxMonthsPartTimePerPerson).to.equal(limits!.value.perPersonPartial);
  });
  it('the quiz\'s 50-hours answer is the leave data\'s monthly threshold', () => {
    expect(RECOGNITION_THRESHOLDS.socialRightsHours).to.equal(`${LEAVE_RECOGNITION.socialRightsHoursPerMonth}plus`);
  });
});
