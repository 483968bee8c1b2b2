/**
 * Seeded fuzz of the quiz rules (assessRecognition, recognitionActions, assessYoungCarer,
 * youngCarerReferrals): random input mixing valid answers with wrong types, unknown words, NaN,
 * negative and huge numbers, nested garbage and `__proto__` keys. Only the documented errors may be
 * thrown (TypeError/RangeError whose message starts with a JSON path); what passes keeps the result
 * invariants. A failure prints its run number: replay it with the same seed.
 */
import { expect } from '@open-wc/testing';
import {
  assessRecognition, assessYoungCarer, recognitionActions, youngCarerReferrals, RECOGNITION_OUTCOMES, YOUNG_OUTCOMES,
  type RecognitionAnswers, type RecognitionResult, type YoungCarerAnswers, type YoungCarerResult,
} from '../../../src/rules/quiz/index.js';
import {
  DURATION_OPTIONS, FREQUENCY_OPTIONS, HOURS_OPTIONS, IMPACT_OPTIONS, LIVES_WITH_OPTIONS, NEED_OPTIONS, ROLE_OPTIONS, TASK_OPTIONS,
} from '../../../src/data/quiz/recognition.js';
import { CARE_AT_HOME_OPTIONS, GOOD_OPTIONS, HELP_ITEMS, IMPACT_ITEMS, WHO_OPTIONS } from '../../../src/data/quiz/young.js';
import { prng } from '../../helpers/prng.js';

const SEED = 20261203;
const RUNS = 10_000;
/** "path: …" where path is a JSON path such as tasks[2], result.flags.needUnsure or answers.worry. */
const PATH_MESSAGE = /^(\(root\)|locale|result|answers|[A-Za-z_]+)(\.[A-Za-z_]+|\[\d+\])*: /;
const ACTIONS = /^action\.(overloadCheck|recognitionGeneral|recognitionSocial|leave|finder|learnMore|finderForPerson|redoForPerson|comeBack|aroundCaregiver)$/;

type R = () => number;
const pick = <T,>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
function garbage(r: R): unknown {
  return pick<() => unknown>(r, [
    () => NaN, () => -1, () => 1e308, () => -Infinity, () => 1.5, () => 3, () => '', () => 'foo', () => '__proto__', () => 'toString',
    () => 'constructor', () => true, () => null, () => [], () => ({}), () => [garbage(r)], () => ({ x: garbage(r) }),
    () => JSON.parse('{"__proto__":{"need":"yes"}}'), () => new Date(0), () => '2', () => 'yes',
  ])();
}
/** Mostly valid values, so that many inputs pass and their results are checked too. */
const v = <T,>(r: R, good: () => T): T | unknown => (r() < 0.15 ? undefined : r() < 0.02 ? garbage(r) : good());
const some = <T,>(r: R, xs: readonly T[]): T[] => xs.filter(() => r() < 0.3);
function withJunkKey(r: R, o: Record<string, unknown>): unknown {
  if (r() < 0.01) o[pick(r, ['__proto__', 'constructor', 'prototype', 'colour'])] = garbage(r);
  return r() < 0.01 ? garbage(r) : o;
}

function adult(r: R): unknown {
  return withJunkKey(r, {
    need: v(r, () => pick(r, NEED_OPTIONS)), role: v(r, () => pick(r, ROLE_OPTIONS)), tasks: v(r, () => some(r, TASK_OPTIONS)),
    frequency: v(r, () => pick(r, FREQUENCY_OPTIONS)), duration: v(r, () => pick(r, DURATION_OPTIONS)), hours: v(r, () => pick(r, HOURS_OPTIONS)),
    livesWith: v(r, () => pick(r, LIVES_WITH_OPTIONS)), impact: v(r, () => pick(r, IMPACT_OPTIONS)),
  });
}
function young(r: R): unknown {
  const a: Record<string, unknown> = {
    careAtHome: v(r, () => pick(r, CARE_AT_HOME_OPTIONS)), who: v(r, () => some(r, WHO_OPTIONS)), good: v(r, () => some(r, GOOD_OPTIONS)),
    // Red flags rarely, so most inputs reach the scored outcomes.
    rf_unsafe: v(r, () => r() < 0.05), rf_cantGoOn: v(r, () => r() < 0.05),
  };
  for (const k of [...HELP_ITEMS, ...IMPACT_ITEMS]) a[k] = v(r, () => pick(r, [0, 1, 2]));
  return withJunkKey(r, a);
}

/** Runs `f`; a thrown error must be a documented one. Returns undefined when it threw. */
function guarded<T>(where: string, f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof TypeError || e instanceof RangeError)) throw new Error(`${where}: undocumented ${String(e)}`);
    expect(e.message, `${where}: message without a path`).to.match(PATH_MESSAGE);
    return undefined;
  }
}

describe('quiz rules: seeded fuzz', () => {
  it(`assessRecognition + recognitionActions: ${RUNS} inputs, only documented errors, invariants (seed ${SEED})`, () => {
    const r = prng(SEED);
    let passed = 0;
    for (let i = 0; i < RUNS; i++) {
      const input = adult(r);
      const res = guarded(`run ${i}`, () => assessRecognition(input as RecognitionAnswers));
      if (!res) continue;
      passed++;
      const a = input as RecognitionAnswers | null;
      expect(RECOGNITION_OUTCOMES, `run ${i}`).to.include(res.outcome);
      expect(res.reasons.length, `run ${i}: no reason`).to.be.greaterThan(0);
      // Never "caregiver" without an explicit need and at least one task.
      if (res.outcome !== 'not_now' && res.outcome !== 'professional') {
        expect(a?.need === 'yes' || a?.need === 'notSure', `run ${i}: caring without need`).to.equal(true);
        expect(a?.tasks?.length, `run ${i}: caring without tasks`).to.be.greaterThan(0);
      }
      if (res.flags.mayQualifySocialRights) expect(a?.hours, `run ${i}`).to.equal('50plus');
      const actions = recognitionActions(res);
      expect(actions.length, `run ${i}: actions`).to.be.within(2, 4);
      expect(new Set(actions).size, `run ${i}: duplicate action`).to.equal(actions.length);
      for (const x of actions) expect(x).to.match(ACTIONS);
      // A hand-made result with garbage: documented errors only.
      guarded(`run ${i} actions`, () => recognitionActions({ ...res, [pick(r, ['outcome', 'flags'])]: garbage(r) } as RecognitionResult));
    }
    expect(passed, 'inputs that passed').to.be.within(RUNS * 0.1, RUNS * 0.9);
  });

  it(`recognitionActions: ${RUNS} hand-made results, only documented errors, 2–4 distinct steps (seed ${SEED})`, () => {
    const r = prng(SEED + 2);
    let passed = 0;
    for (let i = 0; i < RUNS; i++) {
      const flags = v(r, () => withJunkKey(r, { mayQualifySocialRights: v(r, () => r() < 0.5), needUnsure: v(r, () => r() < 0.5), overloadCheckFirst: v(r, () => r() < 0.5) }));
      // More garbage here than elsewhere: a hand-made result has only two fields to get wrong.
      const input = withJunkKey(r, { outcome: r() < 0.06 ? garbage(r) : v(r, () => pick(r, RECOGNITION_OUTCOMES)), flags, reasons: [] });
      const actions = guarded(`run ${i}`, () => recognitionActions(input as RecognitionResult));
      if (!actions) continue;
      passed++;
      expect(actions.length, `run ${i}: actions`).to.be.within(2, 4);
      expect(new Set(actions).size, `run ${i}: duplicate action`).to.equal(actions.length);
      for (const x of actions) expect(x).to.match(ACTIONS);
    }
    expect(passed, 'inputs that passed').to.be.within(RUNS * 0.1, RUNS * 0.9);
  });

  it(`youngCarerReferrals: ${RUNS} hand-made results and answers, only documented errors, help always there (seed ${SEED})`, () => {
    const r = prng(SEED + 3);
    let passed = 0;
    for (let i = 0; i < RUNS; i++) {
      const result = withJunkKey(r, { outcome: v(r, () => pick(r, YOUNG_OUTCOMES)), load: v(r, () => pick(r, ['ok', 'a_lot', 'heavy', null])) });
      const answers = r() < 0.05 ? null : young(r);
      const locale = r() < 0.03 ? garbage(r) : pick(r, ['nl', 'fr', 'en', 'de'] as const);
      const refs = guarded(`run ${i}`, () => youngCarerReferrals(result as YoungCarerResult, answers as YoungCarerAnswers, locale as 'nl'));
      if (!refs) continue;
      passed++;
      const outcome = (result as { outcome?: string }).outcome;
      expect(refs.helplines.length, `run ${i}: a line to call`).to.be.greaterThan(0);
      if (outcome === 'urgent') expect(refs.helplines[0], `run ${i}: 112 first`).to.equal('emergency');
      else expect(refs.helplines, `run ${i}: 112 only when urgent`).not.to.include('emergency');
      expect(refs.services[0], `run ${i}: school first`).to.equal('school');
    }
    expect(passed, 'inputs that passed').to.be.within(RUNS * 0.1, RUNS * 0.9);
  });

  it(`assessYoungCarer + youngCarerReferrals: ${RUNS} inputs, only documented errors, invariants (seed ${SEED})`, () => {
    const r = prng(SEED + 1);
    let passed = 0;
    for (let i = 0; i < RUNS; i++) {
      const input = young(r);
      const res = guarded(`run ${i}`, () => assessYoungCarer(input as YoungCarerAnswers));
      if (!res) continue;
      passed++;
      const a = (input ?? {}) as YoungCarerAnswers;
      expect(YOUNG_OUTCOMES, `run ${i}`).to.include(res.outcome);
      expect(res.helpScore, `run ${i}: help score`).to.be.within(0, 12);
      expect(res.impactScore, `run ${i}: impact score`).to.be.within(0, 10);
      expect(Number.isInteger(res.helpScore) && Number.isInteger(res.impactScore), `run ${i}: whole scores`).to.equal(true);
      // Red flags always win, and only a literal `true` is one.
      expect(res.outcome === 'urgent', `run ${i}: urgent`).to.equal(a.rf_unsafe === true || a.rf_cantGoOn === true);
      expect(res.load === null, `run ${i}: load`).to.equal(res.outcome === 'urgent' || res.outcome === 'not_now');
      const locale = pick(r, ['nl', 'fr', 'en', 'de'] as const);
      const refs = youngCarerReferrals(res, a, locale);
      expect(refs.helplines.length, `run ${i}: a line to call`).to.be.greaterThan(0);
      if (res.outcome === 'urgent') expect(refs.helplines[0], `run ${i}: 112 first`).to.equal('emergency');
      expect(refs.services[0], `run ${i}: school first`).to.equal('school');
      expect(new Set(refs.helplines).size, `run ${i}: duplicate line`).to.equal(refs.helplines.length);
      guarded(`run ${i} referrals`, () => youngCarerReferrals({ ...res, [pick(r, ['outcome', 'load'])]: garbage(r) } as YoungCarerResult, a, r() < 0.1 ? (garbage(r) as 'nl') : locale));
    }
    expect(passed, 'inputs that passed').to.be.within(RUNS * 0.1, RUNS * 0.9);
  });
});
