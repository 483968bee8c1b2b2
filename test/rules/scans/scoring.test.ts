/**
 * The two scans' scoring, table-driven (everything skipped, all best, all worst, mixed), plus the
 * errors for unknown ids and values and the data's own consistency.
 */
import { expect } from '@open-wc/testing';
import {
  EMPLOYER_LEGAL_BASELINE,
  EMPLOYER_SCAN_VERSION,
  EMPLOYER_STATEMENTS,
  EMPLOYER_THEME_IDS,
  POLICY_PILLAR_IDS,
  POLICY_QUESTIONS,
  POLICY_SCAN_VERSION,
  scoreEmployerScan,
  scorePolicyScan,
  type ScanAnswers,
  type ScanValue,
} from '../../../src/rules/scans/index.js';
import * as publicRules from '../../../src/rules/index.js';

const all = (ids: readonly string[], v: ScanValue): ScanAnswers => Object.fromEntries(ids.map((id) => [id, v]));
const EMP = EMPLOYER_STATEMENTS.map((s) => s.id);
const POL = POLICY_QUESTIONS.map((q) => q.id);

describe('scans: question sets', () => {
  it('employer: 12–20 statements, every theme has one, ids unique', () => {
    expect(EMP.length).to.be.within(12, 20);
    expect(new Set(EMP).size).to.equal(EMP.length);
    for (const t of EMPLOYER_THEME_IDS) expect(EMPLOYER_STATEMENTS.some((s) => s.theme === t), t).to.equal(true);
  });
  it('policy: four pillars with 4–6 questions each, ids unique', () => {
    expect(POLICY_PILLAR_IDS).to.deep.equal(['find', 'strengthen', 'relieve', 'connect']);
    expect(new Set(POL).size).to.equal(POL.length);
    for (const p of POLICY_PILLAR_IDS) expect(POLICY_QUESTIONS.filter((q) => q.pillar === p).length, p).to.be.within(4, 6);
  });
  it('is part of mantelkit/rules with a version', () => {
    expect(publicRules.scoreEmployerScan).to.equal(scoreEmployerScan);
    expect(publicRules.scorePolicyScan).to.equal(scorePolicyScan);
    expect(EMPLOYER_SCAN_VERSION).to.match(/^\d{4}-\d{2}/);
    expect(POLICY_SCAN_VERSION).to.match(/^\d{4}-\d{2}/);
  });
});

describe('scoreEmployerScan: table', () => {
  const cases: Array<{ name: string; answers: ScanAnswers; levels: string; actions: number | 'all' }> = [
    { name: 'everything skipped', answers: {}, levels: 'start', actions: 0 },
    { name: 'everything null (skipped)', answers: Object.fromEntries(EMP.map((id) => [id, null])), levels: 'start', actions: 0 },
    { name: 'all best', answers: all(EMP, 3), levels: 'strong', actions: 0 },
    { name: 'all in place (2)', answers: all(EMP, 2), levels: 'strong', actions: 0 },
    { name: 'all worst (only the law)', answers: all(EMP, 0), levels: 'start', actions: 'all' },
    { name: 'all informal (1)', answers: all(EMP, 1), levels: 'growing', actions: 'all' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = scoreEmployerScan(c.answers);
      expect(r.version).to.equal(EMPLOYER_SCAN_VERSION);
      expect(r.themes.map((t) => t.id)).to.deep.equal([...EMPLOYER_THEME_IDS]);
      for (const t of r.themes) {
        expect(t.level, t.id).to.equal(c.levels);
        expect(t.max).to.equal(3 * EMPLOYER_STATEMENTS.filter((s) => s.theme === t.id).length);
      }
      if (c.name.includes('skipped')) for (const t of r.themes) expect(t.score).to.equal(0);
      const expected = c.actions === 'all' ? new Set(EMPLOYER_STATEMENTS.map((s) => s.action)).size : c.actions;
      expect(r.actions.length).to.equal(expected);
      expect(r.legalBaseline).to.deep.equal(EMPLOYER_LEGAL_BASELINE.map((b) => b.id));
    });
  }

  it('mixed: the weakest theme comes first; each gap gets its action with sources', () => {
    const answers: ScanAnswers = { ...all(EMP, 3), survey: 0, signals: 1, careCalls: 0 };
    const r = scoreEmployerScan(answers);
    expect(r.actions.map((a) => a.id)).to.deep.equal(['survey', 'briefManagers', 'careCalls']);
    expect(r.actions[0].theme).to.equal('awareness');
    expect(r.themes.find((t) => t.id === 'awareness')).to.include({ score: 4, max: 9, answered: 3, level: 'growing' });
    for (const a of r.actions) expect(a.sources.length).to.be.greaterThan(0);
  });

  it('the leave gap suggests embedding the leave calculator', () => {
    const r = scoreEmployerScan({ overview: 0 });
    expect(r.actions).to.deep.equal([{ theme: 'leaveInfo', id: 'leaveCalculator', sources: r.actions[0].sources, widget: 'mz-leave-calculator', statements: ['overview'] }]);
  });

  it('skipped statements become gaps only with skippedAreGaps', () => {
    expect(scoreEmployerScan({}).actions).to.deep.equal([]);
    expect(scoreEmployerScan({}, { skippedAreGaps: true }).actions.length).to.equal(new Set(EMPLOYER_STATEMENTS.map((s) => s.action)).size);
  });
});

describe('scorePolicyScan: table', () => {
  const cases: Array<{ name: string; answers: ScanAnswers; level: string; strongest: string | null; weakest: string | null; practices: boolean }> = [
    { name: 'everything skipped', answers: {}, level: 'start', strongest: null, weakest: null, practices: false },
    { name: 'all evaluated (best)', answers: all(POL, 3), level: 'strong', strongest: null, weakest: null, practices: false },
    { name: 'all not yet (worst)', answers: all(POL, 0), level: 'start', strongest: null, weakest: null, practices: true },
    { name: 'all started', answers: all(POL, 1), level: 'growing', strongest: null, weakest: null, practices: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = scorePolicyScan(c.answers);
      expect(r.version).to.equal(POLICY_SCAN_VERSION);
      expect(r.pillars.map((p) => p.id)).to.deep.equal([...POLICY_PILLAR_IDS]);
      for (const p of r.pillars) expect(p.level, p.id).to.equal(c.level);
      if (c.name.includes('skipped')) for (const p of r.pillars) expect(p.score).to.equal(0);
      expect(r.strongest).to.equal(c.strongest);
      expect(r.weakest).to.equal(c.weakest);
      expect(r.practices.length > 0).to.equal(c.practices);
    });
  }

  it('mixed: strongest and weakest, practices of the weakest pillar first', () => {
    const answers: ScanAnswers = { ...all(POL, 2), ...all(POL.filter((id) => POLICY_QUESTIONS.find((q) => q.id === id)?.pillar === 'relieve'), 0), targetGroups: 3 };
    const r = scorePolicyScan(answers);
    expect(r.strongest).to.equal('find');
    expect(r.weakest).to.equal('relieve');
    expect(r.practices[0].pillar).to.equal('relieve');
    expect(r.practices.every((p) => p.pillar === 'relieve')).to.equal(true);
    expect(r.practices.map((p) => p.municipality)).to.include('Lievegem');
    for (const p of r.practices) expect(p.url).to.match(/^https:\/\//);
  });

  it('ties: the first pillar in order is named', () => {
    const r = scorePolicyScan({ targetGroups: 3, ownGoals: 3 });
    expect(r.strongest).to.equal('find');
    expect(r.weakest).to.equal('relieve');
  });

  it('one or two practices per gap, each practice once', () => {
    const r = scorePolicyScan(all(POL, 0));
    const ids = r.practices.map((p) => p.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const q of POLICY_QUESTIONS) expect(q.practices.length, q.id).to.be.at.most(2);
  });
});

describe('scans: clear errors', () => {
  it('unknown ids are named (all of them)', () => {
    expect(() => scorePolicyScan({ nope: 1, alsoNope: 2 } as unknown as ScanAnswers)).to.throw(RangeError, /scorePolicyScan: unknown question ids "nope", "alsoNope"/);
    expect(() => scoreEmployerScan({ targetGroups: 1 } as unknown as ScanAnswers)).to.throw(RangeError, /scoreEmployerScan: unknown question id "targetGroups"/);
  });
  it('values off the scale are named', () => {
    for (const bad of [4, -1, 1.5, '2', NaN, true, {}]) {
      expect(() => scorePolicyScan({ respite: bad } as unknown as ScanAnswers), String(bad)).to.throw(RangeError, /answers\.respite: .* is not one of 0, 1, 2, 3/);
    }
  });
  it('answers that are not an object, and bad options', () => {
    for (const bad of [null, undefined, 3, 'x', []]) expect(() => scoreEmployerScan(bad as unknown as ScanAnswers)).to.throw(TypeError, /scoreEmployerScan: answers must be an object/);
    expect(() => scorePolicyScan({}, { wrong: true } as unknown as object)).to.throw(RangeError, /options: unknown key "wrong"/);
    expect(() => scorePolicyScan({}, { skippedAreGaps: 'yes' } as unknown as object)).to.throw(TypeError, /skippedAreGaps/);
    expect(() => scorePolicyScan(JSON.parse('{"__proto__": {"x": 1}}') as ScanAnswers)).to.throw(RangeError);
  });
});
