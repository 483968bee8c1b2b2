import { expect, fixtureCleanup } from '@open-wc/testing';
import { mount, shadow } from '../../embedding/contract.js';
import '../../../src/components/recognition-quiz/define.js';
import { FEELINGS, HELPS, walk } from '../../../examples/recognition-quiz.examples.js';
import { assessYoungCarer, type YoungCarerAnswers } from '../../../src/rules/quiz/young.js';
import youngNl from '../../../src/i18n/quiz/young/nl.js';

type S = 0 | 1 | 2;
/**
 * The answers of the sixteen single screens the school version had before its scales were grouped,
 * as the rules read them then (every answer on the path). The grouped screens must lead to the same
 * outcome and load for the same answers.
 */
interface Row {
  name: string;
  careAtHome: 'yes' | 'no' | 'notSure';
  helps: [S, S, S, S, S, S];
  feelings: [S, S, S, S, S];
  unsafe?: boolean;
  cantGoOn?: boolean;
  good?: ('proud' | 'learn' | 'closer' | 'useful')[];
}
const TABLE: Row[] = [
  { name: 'heavy by help', careAtHome: 'yes', helps: [2, 2, 2, 2, 1, 0], feelings: [0, 0, 0, 0, 0] },
  { name: 'heavy by impact', careAtHome: 'yes', helps: [0, 0, 0, 0, 0, 0], feelings: [2, 2, 1, 1, 1], good: ['proud'] },
  { name: 'a lot', careAtHome: 'notSure', helps: [1, 1, 1, 1, 1, 1], feelings: [1, 0, 0, 0, 0] },
  { name: 'ok', careAtHome: 'yes', helps: [1, 0, 0, 0, 0, 0], feelings: [0, 1, 0, 0, 0] },
  { name: 'grows up with care', careAtHome: 'yes', helps: [0, 0, 0, 0, 0, 0], feelings: [0, 2, 2, 2, 2] },
  { name: 'not now', careAtHome: 'no', helps: [0, 0, 0, 0, 0, 0], feelings: [0, 0, 0, 0, 0] },
  { name: 'unsafe (asked second now)', careAtHome: 'yes', helps: [2, 2, 2, 2, 2, 2], feelings: [2, 2, 2, 2, 2], unsafe: true },
  { name: "can't go on", careAtHome: 'notSure', helps: [0, 1, 0, 1, 0, 1], feelings: [1, 1, 1, 1, 1], cantGoOn: true },
  { name: 'nobody at home, unsafe', careAtHome: 'no', helps: [0, 0, 0, 0, 0, 0], feelings: [0, 0, 0, 0, 0], unsafe: true },
];

const HELP_KEYS = ['help_chores', 'help_siblings', 'help_body', 'help_medicine', 'help_papers', 'help_company'] as const;
const FEELING_KEYS = ['worry', 'imp_tired', 'imp_homework', 'imp_friends', 'imp_alone'] as const;

/** What the rules got from the old sixteen screens: every answer (the red flags came last). */
function oldAnswers(r: Row): YoungCarerAnswers {
  const a: YoungCarerAnswers = { careAtHome: r.careAtHome, rf_unsafe: r.unsafe === true, rf_cantGoOn: r.cantGoOn === true, good: r.good ?? [] };
  if (r.careAtHome === 'no') return { careAtHome: 'no', rf_unsafe: a.rf_unsafe, rf_cantGoOn: a.rf_cantGoOn };
  HELP_KEYS.forEach((k, i) => (a[k] = r.helps[i]));
  FEELING_KEYS.forEach((k, i) => (a[k] = r.feelings[i]));
  return a;
}

/** The same answers on the grouped screens (careAtHome, rf_unsafe, who, helps, feelings, rf_cantGoOn, good). */
function screens(r: Row): string[][] {
  const flag = (on: boolean | undefined) => [on ? 'yes' : 'no'];
  if (r.unsafe) return [[r.careAtHome], flag(true)];
  if (r.careAtHome === 'no') return [['no'], flag(false), flag(r.cantGoOn)];
  const s = [[r.careAtHome], flag(false), ['parent'], HELPS(...r.helps.map(String)), FEELINGS(...r.feelings.map(String)), flag(r.cantGoOn)];
  return r.cantGoOn ? s : [...s, r.good ?? []];
}

describe('<mz-recognition-quiz audience="young"> grouped screens keep every outcome', () => {
  for (const r of TABLE) {
    it(r.name, async () => {
      const expected = assessYoungCarer(oldAnswers(r));
      const el = await mount('<mz-recognition-quiz audience="young"></mz-recognition-quiz>', 'nl');
      await walk(screens(r))(el);
      const result = shadow(el).querySelector<HTMLElement>('[part~="result"]');
      expect(result?.dataset.outcome, 'outcome').to.equal(expected.outcome);
      const load = shadow(el).querySelector('[part~="load"]')?.textContent?.trim();
      expect(load, 'load').to.equal(expected.load ? youngNl[`load.${expected.load}`] : undefined);
      fixtureCleanup();
    });
  }
});
