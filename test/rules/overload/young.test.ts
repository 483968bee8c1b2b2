import { expect } from '@open-wc/testing';
import { scoreOverload } from '../../../src/rules/overload/index.js';
import { fromPattern, YOUNG_IDS } from './helpers.js';

// Young variant: same algorithm and bands, 9 items (no `money`), young referrals.
// These cases are ours: the shared JSON has none for this variant yet.
const young = { audience: 'young' } as const;

describe('overload (young): scoring', () => {
  const rows: [string, number, number | null, string, string | null][] = [
    // pattern over the 9 young items, n, score, band, source
    ['nnnnnnnnn', 9, 0, 'low', 'strain'],
    ['yysnnnnnn', 9, 6, 'elevated', 'strain'], // 5/18 → 5.56 → 6: with 9 items a 5 already reads elevated
    ['yynnnnnnn', 9, 4, 'low', 'strain'], // 4 → 4.44 → 4
    ['ysnnnnnnn', 9, 3, 'low', 'strain'], // 3 → 3.33 → 3
    ['yyyyynnnn', 9, 11, 'elevated', 'strain'], // 10 → 11.1 → 11
    ['yyyyysnnn', 9, 12, 'high', 'strain'], // 11 → 12.2 → 12
    ['yyyyyyyyy', 9, 20, 'high', 'strain'],
    ['yyyyy-nnn', 8, 13, 'high', 'strain'], // one skip: n = 8, still scored; 10 → 12.5 → 13
    ['yyyyy--nn', 7, null, 'incomplete', null], // two skips: too few
  ];
  for (const [p, n, score, band, source] of rows) {
    it(`${p} → n=${n}, ${String(score)}, ${band}`, () => {
      const r = scoreOverload(fromPattern(p, null, YOUNG_IDS), young);
      expect(r.askedStrainItems).to.equal(9);
      expect(r.answeredStrainItems).to.equal(n);
      expect(r.strainScore).to.equal(score);
      expect(r.band).to.equal(band);
      expect(r.bandSource).to.equal(source);
    });
  }
  it('overall rating works the same way', () => {
    const r = scoreOverload(fromPattern('yyyyy--nn', 8, YOUNG_IDS), young);
    expect([r.band, r.bandSource]).to.deep.equal(['high', 'global']);
  });
  it('a red flag makes it urgent, with the young urgent lines', () => {
    const r = scoreOverload({ redFlags: { harmAtHome: true } }, young);
    expect(r.band).to.equal('urgent');
    // "Not safe at home" puts 1712 right after 112, with the youth line next to it (1712: working days only).
    expect(r.referrals).to.deep.equal(['emergency', 'violenceLine', 'awel', 'suicideLine', 'teleOnthaal']);
    expect(scoreOverload({ redFlags: { selfHarm: true } }, { ...young, lang: 'fr' }).referrals).to.deep.equal([
      'emergency', 'preventionSuicide', 'ecouteEnfants', 'teleAccueil', 'violenceLine',
    ]);
  });
  it('young referrals: school contact, Awel, JAC; GP only from high', () => {
    const elevated = scoreOverload(fromPattern('yyynnnnnn', null, YOUNG_IDS), young).referrals;
    expect(elevated).to.include.members(['schoolContact', 'awel', 'jac', 'zoJong']);
    expect(elevated).not.to.include('gp');
    const high = scoreOverload(fromPattern('yyyyyynnn', null, YOUNG_IDS), young).referrals;
    expect(high).to.include('gp');
    expect(high).not.to.include('caw');
  });
  it('young tips have young keys and no money tip', () => {
    const r = scoreOverload({ ...fromPattern('yyyyyyyyy', null, YOUNG_IDS), routing: { canShare: 'no' } }, young);
    expect(r.tips).to.deep.equal(['tip.young.respite', 'tip.young.combine', 'tip.young.gp', 'tip.young.talk', 'tip.young.social', 'tip.young.share']);
  });
  it('`money` is not asked: an answer to it is refused, "skip" is fine', () => {
    expect(() => scoreOverload({ strain: { money: 'yes' } }, young)).to.throw(RangeError, /not asked/);
    expect(scoreOverload({ strain: { money: 'skip' } }, young).answeredStrainItems).to.equal(0);
  });
  it('finder filters include young caregivers', () => {
    const r = scoreOverload({ routing: { careFor: ['mentalHealth'] } }, young);
    expect(r.finderTargetGroups).to.deep.equal(['young-caregivers', 'mental-health', 'addiction']);
    // A sick brother or sister does not make a young person a "parent of a child with needs".
    expect(scoreOverload({ routing: { careFor: ['child'] } }, young).finderTargetGroups).to.deep.equal(['young-caregivers']);
    expect(scoreOverload({ routing: { careFor: ['child'] } }).finderTargetGroups).to.deep.equal(['parents-of-children-with-disability-or-illness']);
  });
});
