import { expect } from '@open-wc/testing';
import {
  assessYoungCarer, youngCarerReferrals,
  type YoungCarerAnswers, type YoungLoad, type YoungOutcome,
} from '../../../src/rules/quiz/index.js';

type Row = [name: string, answers: YoungCarerAnswers, outcome: YoungOutcome, load: YoungLoad | null, help?: number, impact?: number];

const ROWS: Row[] = [
  // red flags first, whatever else was answered
  ['unsafe at home', { careAtHome: 'yes', help_chores: 2, rf_unsafe: true }, 'urgent', null, 2, 0],
  ['cannot go on, even with no care at home', { careAtHome: 'no', rf_cantGoOn: true }, 'urgent', null, 0, 0],
  ['both flags', { rf_unsafe: true, rf_cantGoOn: true }, 'urgent', null],
  ['flag false does not route', { careAtHome: 'no', rf_unsafe: false, rf_cantGoOn: false }, 'not_now', null],
  // gate
  ['no care at home, even if helping', { careAtHome: 'no', help_chores: 2, help_siblings: 2, worry: 2 }, 'not_now', null, 4, 2],
  ['gate missing', { help_chores: 2 }, 'not_now', null],
  ['not sure counts as yes', { careAtHome: 'notSure', help_company: 1 }, 'young_carer', 'ok', 1, 0],
  // grows up with care: no help and no worry
  ['nothing ticked', { careAtHome: 'yes' }, 'grows_up_with_care', 'ok', 0, 0],
  ['no help, no worry, heavy impact', { careAtHome: 'yes', imp_tired: 2, imp_homework: 2, imp_friends: 2, imp_alone: 1 }, 'grows_up_with_care', 'heavy', 0, 7],
  ['no help, no worry, some impact', { careAtHome: 'yes', imp_tired: 2, imp_alone: 2 }, 'grows_up_with_care', 'a_lot', 0, 4],
  // worry alone is caring (ZoJong! definition)
  ['worry only', { careAtHome: 'yes', worry: 1 }, 'young_carer', 'ok', 0, 1],
  ['one help item', { careAtHome: 'yes', help_papers: 1 }, 'young_carer', 'ok', 1, 0],
  // load boundaries: impact 3/4 and 6/7, help 5/6 and 8/9
  ['impact 3 → ok', { careAtHome: 'yes', worry: 1, imp_tired: 1, imp_alone: 1 }, 'young_carer', 'ok', 0, 3],
  ['impact 4 → a lot', { careAtHome: 'yes', worry: 2, imp_tired: 1, imp_alone: 1 }, 'young_carer', 'a_lot', 0, 4],
  ['impact 6 → a lot', { careAtHome: 'yes', worry: 2, imp_tired: 2, imp_alone: 2 }, 'young_carer', 'a_lot', 0, 6],
  ['impact 7 → heavy', { careAtHome: 'yes', worry: 2, imp_tired: 2, imp_alone: 2, imp_friends: 1 }, 'young_carer', 'heavy', 0, 7],
  ['impact 10 → heavy', { careAtHome: 'yes', worry: 2, imp_tired: 2, imp_alone: 2, imp_friends: 2, imp_homework: 2 }, 'young_carer', 'heavy', 0, 10],
  ['help 5 → ok', { careAtHome: 'yes', help_chores: 2, help_siblings: 2, help_body: 1 }, 'young_carer', 'ok', 5, 0],
  ['help 6 → a lot', { careAtHome: 'yes', help_chores: 2, help_siblings: 2, help_body: 2 }, 'young_carer', 'a_lot', 6, 0],
  ['help 8 → a lot', { careAtHome: 'yes', help_chores: 2, help_siblings: 2, help_body: 2, help_medicine: 2 }, 'young_carer', 'a_lot', 8, 0],
  ['help 9 → heavy', { careAtHome: 'yes', help_chores: 2, help_siblings: 2, help_body: 2, help_medicine: 2, help_papers: 1 }, 'young_carer', 'heavy', 9, 0],
  ['help 12 → heavy', { careAtHome: 'yes', help_chores: 2, help_siblings: 2, help_body: 2, help_medicine: 2, help_papers: 2, help_company: 2 }, 'young_carer', 'heavy', 12, 0],
  ['help 5 + impact 3 stays ok (no sum across scores)', { careAtHome: 'yes', help_chores: 2, help_siblings: 2, help_body: 1, worry: 1, imp_tired: 2 }, 'young_carer', 'ok', 5, 3],
  // who and good are never scored
  ['who/good not scored', { careAtHome: 'yes', who: ['parent', 'sibling'], good: ['proud'] }, 'grows_up_with_care', 'ok', 0, 0],
];

describe('assessYoungCarer', () => {
  for (const [name, answers, outcome, load, help, impact] of ROWS) {
    it(`${name} → ${outcome}/${String(load)}`, () => {
      const r = assessYoungCarer(answers);
      expect(r.outcome).to.equal(outcome);
      expect(r.load).to.equal(load);
      if (help !== undefined) expect(r.helpScore).to.equal(help);
      if (impact !== undefined) expect(r.impactScore).to.equal(impact);
      expect(r.reasons.length).to.be.greaterThan(0);
    });
  }
  it('gives reasons the result can explain', () => {
    const r = assessYoungCarer({ careAtHome: 'yes', help_body: 2, worry: 1, imp_homework: 1, imp_friends: 1, imp_alone: 1, good: ['closer'] });
    expect(r.reasons).to.deep.equal(['yreason.helpsOften', 'yreason.worries', 'yreason.tiredOrHomework', 'yreason.lessFreeTime', 'yreason.alone', 'yreason.good']);
  });
  it('nothing answered (null, undefined, {}) is not_now', () => {
    expect(assessYoungCarer(undefined as unknown as YoungCarerAnswers).outcome).to.equal('not_now');
    expect(assessYoungCarer(null).outcome).to.equal('not_now');
    expect(assessYoungCarer({}).outcome).to.equal('not_now');
  });

  // Strict input: a value the rules cannot read throws (it was silently read as "no" or 0 before).
  const STRICT: [string, unknown, typeof TypeError | typeof RangeError, string][] = [
    ['a red flag as a string', { careAtHome: 'no', rf_unsafe: 'yes' }, TypeError, 'rf_unsafe: expected true or false, got "yes"'],
    ['a scale value as a string', { careAtHome: 'yes', help_body: '2' }, TypeError, 'help_body: expected a number, got "2"'],
    ['a scale value of 3', { careAtHome: 'yes', help_chores: 3 }, RangeError, 'help_chores: 3 is not one of 0, 1, 2'],
    ['a negative scale value', { careAtHome: 'yes', worry: -1 }, RangeError, 'worry: -1 is not one of 0, 1, 2'],
    ['a half scale value', { careAtHome: 'yes', worry: 1.5 }, RangeError, 'worry: 1.5 is not one of 0, 1, 2'],
    ['NaN', { careAtHome: 'yes', imp_alone: NaN }, RangeError, 'imp_alone: NaN is not one of 0, 1, 2'],
    ['an unknown gate answer', { careAtHome: 'maybe' }, RangeError, 'careAtHome: "maybe" is not one of yes, no, notSure'],
    ['an unknown person', { careAtHome: 'yes', who: ['parent', 'teacher'] }, RangeError, 'who[1]: "teacher" is not one of parent, sibling'],
    ['a __proto__ key', JSON.parse('{"__proto__":{"rf_unsafe":true}}'), RangeError, '(root): unknown key "__proto__"'],
  ];
  for (const [name, input, type, message] of STRICT) {
    it(`throws ${type.name} on ${name}`, () => {
      expect(() => assessYoungCarer(input as YoungCarerAnswers)).to.throw(type, message);
    });
  }
});

describe('youngCarerReferrals', () => {
  const urgentBoth: YoungCarerAnswers = { rf_unsafe: true, rf_cantGoOn: true };
  const CASES: [string, YoungCarerAnswers, 'nl' | 'fr' | 'en' | 'de', string[]][] = [
    ['nl urgent', urgentBoth, 'nl', ['emergency', 'suicideLine', 'violenceLine', 'awel']],
    ['fr urgent', urgentBoth, 'fr', ['emergency', 'preventionSuicide', 'ecouteEnfants']],
    ['de urgent', urgentBoth, 'de', ['emergency', 'telefonhilfe']],
    // The shared `suicide` route puts the Centre de Prévention du Suicide first for English (it also
    // answers in English), as the overload check already did.
    ['en urgent', urgentBoth, 'en', ['emergency', 'suicideLine', 'preventionSuicide', 'violenceLine', 'awel', 'ecouteEnfants']],
    ['nl unsafe only', { rf_unsafe: true }, 'nl', ['emergency', 'violenceLine', 'awel']],
    ['nl young carer', { careAtHome: 'yes', worry: 1 }, 'nl', ['awel']],
    ['fr young carer', { careAtHome: 'yes', worry: 1 }, 'fr', ['ecouteEnfants']],
    ['de not now', { careAtHome: 'no' }, 'de', ['telefonhilfe']],
  ];
  for (const [name, answers, locale, expected] of CASES) {
    it(`${name}: ${expected.join(', ')}`, () => {
      expect(youngCarerReferrals(assessYoungCarer(answers), answers, locale).helplines).to.deep.equal(expected);
    });
  }
  it('checks its input too: result, answers and language', () => {
    const r = assessYoungCarer({ careAtHome: 'yes', worry: 1 });
    expect(() => youngCarerReferrals(r, {}, 'es' as 'nl')).to.throw(RangeError, 'locale: "es" is not one of nl, fr, en, de');
    expect(() => youngCarerReferrals(r, {}, undefined as unknown as 'nl')).to.throw(TypeError, 'locale: expected one of nl, fr, en, de');
    expect(() => youngCarerReferrals(r, { rf_unsafe: 1 } as unknown as YoungCarerAnswers, 'nl')).to.throw(TypeError, 'answers.rf_unsafe: expected true or false, got 1');
    expect(() => youngCarerReferrals({ ...r, outcome: 'danger' } as unknown as typeof r, {}, 'nl')).to.throw(RangeError, 'result.outcome: "danger" is not one of urgent');
    expect(youngCarerReferrals(r, null, 'nl').helplines).to.deep.equal(['awel']);
  });
  it('adds the GP only for a heavy load, and school always', () => {
    const heavy = { careAtHome: 'yes', help_chores: 2, help_siblings: 2, help_body: 2, help_medicine: 2, help_papers: 2 } as const;
    expect(youngCarerReferrals(assessYoungCarer(heavy), heavy, 'nl').services).to.deep.equal(['school', 'youthAdvice', 'youngCarersOrg', 'gp']);
    const ok = { careAtHome: 'yes', worry: 1 } as const;
    expect(youngCarerReferrals(assessYoungCarer(ok), ok, 'fr').services).to.deep.equal(['school', 'youthAdvice', 'youngCarersOrg']);
    expect(youngCarerReferrals(assessYoungCarer({ careAtHome: 'no' }), {}, 'nl').services).to.deep.equal(['school']);
  });
});
