/**
 * The municipality overlay is partner data: bad parts are dropped with their path, never thrown on.
 * The seeded fuzz proves two things over random input: the overlay never throws, and a bad situation
 * throws only TypeError/RangeError with a path, never anything else (replay a failure with its seed).
 */
import { expect } from '@open-wc/testing';
import { rightsOverviewSync, sanitiseRightsOverlay } from '../../../src/rules/rights/index.js';
import { prng } from '../../helpers/prng.js';

const GOOD = { id: 'p', name: 'Premie', amount: 25, per: 'month', validFrom: '2025-01-01', url: 'https://www.voorbeeld.be/p' };

describe('sanitiseRightsOverlay', () => {
  it('keeps a good premium and drops bad ones with their path', () => {
    const r = sanitiseRightsOverlay({ premiums: [GOOD, { ...GOOD, id: 'q', amount: 5000 }, { ...GOOD, id: 'r', url: 'javascript:alert(1)' }, { ...GOOD, id: 's', validFrom: '2025-02-30' }] });
    expect(r.overlay?.premiums?.map((p) => p.id)).to.deep.equal(['p']);
    expect(r.problems.map((p) => p.path)).to.deep.equal(['premiums[1].amount', 'premiums[2].url', 'premiums[3].validFrom']);
  });
  it('bounds the amount per month: €400 a month passes, €7,000 a year does not', () => {
    expect(sanitiseRightsOverlay({ premiums: [{ ...GOOD, amount: 400 }] }).problems).to.deep.equal([]);
    expect(sanitiseRightsOverlay({ premiums: [{ ...GOOD, amount: 7000, per: 'year' }] }).problems.map((p) => p.path)).to.deep.equal(['premiums[0].amount']);
  });
  it('refuses unknown combination rules, highlights and contact fields', () => {
    const r = sanitiseRightsOverlay({ premiums: [{ ...GOOD, zorgbudget: 'maybe' }], highlight: ['zorgbudgetOuderen', 'lottery'], contact: { email: 'nope', url: 'http://x.be' } });
    expect(r.problems.map((p) => p.path)).to.deep.equal(['premiums[0].zorgbudget', 'contact.email', 'contact.url', 'highlight[1]']);
    expect(r.overlay?.highlight).to.deep.equal(['zorgbudgetOuderen']);
  });
  it('a duplicate premium id is dropped', () => {
    expect(sanitiseRightsOverlay({ premiums: [GOOD, GOOD] }).problems.map((p) => p.path)).to.deep.equal(['premiums[1].id']);
  });
  it('not an object: one root problem', () => {
    for (const v of [[], 'x', 3, true]) expect(sanitiseRightsOverlay(v).problems).to.deep.equal([{ path: '(root)' }]);
    expect(sanitiseRightsOverlay(null)).to.deep.equal({ overlay: null, problems: [] });
  });
});

const WORDS = ['flanders', 'brussels', 'wallonia', 'some', 'daily', 'constant', 'spouse', 'parent', 'child', 'mars', '', 'x'];
function value(rand: () => number, depth: number): unknown {
  const k = Math.floor(rand() * 9);
  if (k === 0) return undefined;
  if (k === 1) return Math.floor(rand() * 300) - 50;
  if (k === 2) return WORDS[Math.floor(rand() * WORDS.length)];
  if (k === 3) return rand() < 0.5;
  if (k === 4) return [NaN, Infinity, -0, 1e9][Math.floor(rand() * 4)];
  if (k === 5) return null;
  if (k === 6 && depth < 3) return [value(rand, depth + 1)];
  if (depth < 3) {
    const keys = ['caregiver', 'caredFor', 'ageYears', 'livesIn', 'needLevel', 'hoursPerMonth', 'relation', 'inCareHome', 'work', 'status', 'premiums', 'amount', 'per', 'id', 'url'];
    const o: Record<string, unknown> = {};
    for (let i = 0; i < 3; i++) o[keys[Math.floor(rand() * keys.length)] ?? 'x'] = value(rand, depth + 1);
    return o;
  }
  return 'deep';
}

describe('rightsOverview: seeded fuzz', () => {
  it('random situations give a result or a TypeError/RangeError naming a path; random overlays never throw', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const rand = prng(seed);
      const situation = value(rand, 0);
      const overlay = value(rand, 0);
      expect(() => sanitiseRightsOverlay(overlay), `seed ${seed}: overlay`).not.to.throw();
      try {
        const r = rightsOverviewSync(situation as never, { asOf: '2026-01-01', overlay });
        expect(r.items.length, `seed ${seed}`).to.be.greaterThan(12);
      } catch (e) {
        expect(e instanceof TypeError || e instanceof RangeError, `seed ${seed}: ${String(e)}`).to.equal(true);
        expect((e as Error).message, `seed ${seed}`).to.match(/^[\w.[\]()]+: /);
      }
    }
  });
});

describe('rightsHelplines: from the shared routing table', () => {
  it('the listening line per language; the youth line first for a young carer; the dementia line on request', async () => {
    const { rightsHelplines } = await import('../../../src/rules/rights/help.js');
    expect(rightsHelplines('nl').map((l) => l.id)).to.deep.equal(['teleOnthaal']);
    expect(rightsHelplines('fr').map((l) => l.id)).to.deep.equal(['teleAccueil']);
    expect(rightsHelplines('nl', { young: true }).map((l) => l.id)[0]).to.equal('awel');
    expect(rightsHelplines('nl', { dementia: true }).map((l) => l.id)).to.include('alzheimerLiga');
  });
});
