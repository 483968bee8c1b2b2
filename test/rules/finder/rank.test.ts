import { expect } from '@open-wc/testing';
import { findSupport, type FinderItem, type FinderProfile, type FinderReasonKey } from '../../../src/rules/finder/index.js';
import { bestMatches, fitKey } from '../../../src/rules/finder/rank.js';

/** A minimal item: id, score, reasons, how to reach it, recognised or not. */
function item(id: string, score: number, o: { reasons?: FinderReasonKey[]; phone?: boolean; email?: boolean; website?: boolean; recognised?: boolean } = {}): FinderItem {
  return {
    id,
    kind: o.recognised ? 'association' : 'service',
    name: id,
    recognised: o.recognised ?? false,
    phone: o.phone ? '02 123 45 67' : undefined,
    email: o.email ? `${id}@example.org` : undefined,
    website: (o.website ?? !(o.phone || o.email)) ? `https://${id}.example` : undefined,
    reasons: o.reasons ?? [],
    score,
    sources: [],
  };
}
const ids = (items: FinderItem[]) => items.map((i) => i.id);
const DEM: FinderReasonKey = 'reason.careFor.dementia';
const PEERS: FinderReasonKey = 'reason.need.peers';
const six = (score: number) => ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id) => item(id, score, { phone: true, recognised: true, reasons: score ? [PEERS] : [] }));

describe('finder best matches (rank.ts)', () => {
  it('fit key: score, then "who it is for" reasons, then call or write before website only', () => {
    const cases: Array<[FinderItem, readonly number[]]> = [
      [item('x', 2, { reasons: [DEM, PEERS], phone: true }), [2, 1, 2]],
      [item('x', 1, { reasons: ['reason.young'], email: true }), [1, 1, 2]],
      [item('x', 2, { reasons: ['reason.sameLanguage', PEERS] }), [2, 1, 1]],
      [item('x', 1, { reasons: [PEERS, 'reason.linkedToYourFund'] }), [1, 0, 1]],
      [{ ...item('x', 1), website: undefined }, [1, 0, 0]],
    ];
    for (const [i, key] of cases) expect(fitKey(i), JSON.stringify(i.reasons)).to.deep.equal(key);
  });

  const TABLE: Array<{ name: string; items: FinderItem[]; best: string[] }> = [
    { name: 'nothing fits an answer: no best matches (the result shows everything)', items: six(0), best: [] },
    { name: 'empty input', items: [], best: [] },
    {
      name: 'whole levels until at least 3, best first, equal fits in the given order',
      items: [...six(1), item('s1', 2, { reasons: [DEM, PEERS] }), item('s2', 1, { reasons: [DEM] }), item('h1', 1, { reasons: [DEM], phone: true }), item('s3', 1, { reasons: [DEM] })],
      best: ['s1', 'h1', 's2', 's3'],
    },
    {
      name: 'stops at a level boundary once there are 3, though the next level would fit',
      items: [item('a', 3), item('b', 3), item('c', 3), item('d', 2), item('e', 2)],
      best: ['a', 'b', 'c'],
    },
    {
      name: 'never more than 5: a big level is split to reach 3 (others in their order)',
      items: [item('top', 4), ...['p', 'q', 'r', 's', 't', 'u'].map((id) => item(id, 2))],
      best: ['top', 'p', 'q', 'r', 's'],
    },
    {
      name: 'equal recognised associations are never split: all six tie, none is a best match over the others',
      items: [item('s1', 3, { reasons: [DEM] }), ...six(1)],
      best: ['s1'],
    },
    {
      name: 'equal recognised associations that fit in whole are taken together',
      items: [item('s1', 3), item('s2', 3), item('a1', 1, { phone: true, recognised: true }), item('a2', 1, { phone: true, recognised: true }), item('s3', 1, { phone: true })],
      best: ['s1', 's2', 'a1', 'a2', 's3'],
    },
    {
      name: 'a split level takes the others and leaves equal recognised associations together out',
      items: [item('s1', 3), item('s2', 3), ...six(1), item('s3', 1, { phone: true, reasons: [PEERS] })],
      best: ['s1', 's2', 's3'],
    },
    {
      name: 'six equal recognised associations that cannot all be shown leave room for the next level',
      items: [...six(2), item('s1', 1, { phone: true }), item('s2', 1), item('s3', 1), item('s4', 1)],
      best: ['s1', 's2', 's3', 's4'],
    },
    {
      name: 'one association that fits better than the other five is a best match on its own merit',
      items: [...six(1).map((a) => (a.id === 'a4' ? { ...a, score: 3, reasons: ['reason.careFor.older' as const, PEERS] } : a)), item('s1', 2, { reasons: [DEM] })],
      best: ['a4', 's1'],
    },
    {
      name: 'the health-fund highlight never reorders',
      items: [item('a', 1, { phone: true }), { ...item('b', 1, { phone: true }), highlight: 'autoMember', reasons: ['reason.autoMember'] }, item('c', 1, { phone: true })],
      best: ['a', 'b', 'c'],
    },
    {
      name: 'an item with no phone, e-mail or website is never a best match',
      items: [{ ...item('none', 5), website: undefined }, item('w', 1), item('p', 1, { phone: true })],
      best: ['p', 'w'],
    },
  ];
  for (const c of TABLE) it(c.name, () => expect(ids(bestMatches(c.items))).to.deep.equal(c.best));

  it('limits can be set', () => {
    const items = ['a', 'b', 'c', 'd'].map((id) => item(id, 1));
    expect(ids(bestMatches(items, { min: 1, max: 2 }))).to.deep.equal(['a', 'b']);
    expect(ids(bestMatches(items, { min: 4, max: 4 }))).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  /** The real records: what a guided visitor sees first. */
  const guided = (p: FinderProfile, lang: 'nl' | 'fr' = 'nl') => {
    const r = findSupport(p, { lang, today: new Date('2026-12-03') });
    return ids(bestMatches([...r.associations, ...r.helplines, ...r.services.filter((s) => s.id !== 'socialeKaart')]));
  };
  const REAL: Array<[string, FinderProfile, string[]]> = [
    ['no answers: nothing to rank', {}, []],
    ['danger: the urgent lines are the answer, nothing ranked below them', { danger: true }, []],
    ['dementia and peers: dementia places first, the dementia line with a phone before websites', { ageGroup: 'adult', careFor: ['dementia'], needs: ['peers'] }, ['dementiaExpertise', 'alzheimerLiga', 'dayCare', 'shortStay', 'sittingService']],
    ['older person, complaint: OKRA-ZORGRECHT and the complaint line', { ageGroup: 'adult', careFor: ['older'], needs: ['complaint', 'rights'] }, ['okraZorgrecht', 'woonzorglijn', 'dayCare', 'shortStay', 'localServiceCentre']],
    ['young carer who wants to talk: the child line and JAC first', { ageGroup: 'under25', careFor: ['mentalHealth'], needs: ['talk'] }, ['awel', 'jac', 'zojong', 'vem']],
    ['child with needs, holidays: Magenta, sitting service, Samana', { careFor: ['childWithNeeds'], needs: ['holidays'] }, ['magenta', 'sittingService', 'samana']],
  ];
  for (const [name, p, best] of REAL) it(`records: ${name}`, () => expect(guided(p)).to.deep.equal(best));

  it('records: a French reader gets the French-speaking association among the best matches', () => {
    expect(guided({ ageGroup: 'adult', needs: ['talk'] }, 'fr')[0]).to.equal('aidantsProches');
  });
});
