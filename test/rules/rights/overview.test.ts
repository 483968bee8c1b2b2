/**
 * rightsOverview(): table-driven situations (each row: the situation, then the expected fit of the
 * items that tell it apart), property tests over every row, and the strict input contract.
 */
import { expect } from '@open-wc/testing';
import { rightsOverview, rightsOverviewSync, type RightsItem, type RightsOverviewResult, type RightsSituation } from '../../../src/rules/rights/index.js';
import { leaveOptions } from '../../../src/rules/leave/index.js';

const AS_OF = '2026-12-01';
type Fit = RightsItem['fits'];
const run = (s: RightsSituation | null, overlay?: unknown): RightsOverviewResult => rightsOverviewSync(s, { asOf: AS_OF, overlay });
const item = (r: RightsOverviewResult, id: string): RightsItem => {
  const i = r.items.find((x) => x.id === id);
  if (!i) throw new Error(`no item ${id}`);
  return i;
};

const MUNICIPAL = {
  municipality: { nl: 'Gemeente Voorbeeld', fr: 'Commune Exemple' },
  premiums: [
    { id: 'mantelzorgpremie', name: { nl: 'Mantelzorgpremie', fr: 'Prime aux aidants proches' }, amount: 25, per: 'month', validFrom: '2025-01-01',
      url: 'https://www.voorbeeld.be/mantelzorgpremie', minAgeCaredFor: 65, zorgbudget: 'excluded', conditions: { nl: 'De persoon woont in de gemeente.' } },
  ],
  contact: { name: 'Sociaal Huis', phone: '09 123 45 67', url: 'https://www.voorbeeld.be/sociaal-huis' },
  highlight: ['municipalPremium', 'zorgbudgetOuderen'],
};
const REQUIRES_BUDGET = { premiums: [{ id: 'p2', name: 'Premie', amount: 200, per: 'year', validFrom: '2024-01-01', url: 'https://www.voorbeeld.be/p2', zorgbudget: 'required' }] };

const working = { privateEmployee: { status: 'privateEmployee', workplaceRegion: 'flanders', workRegime: 1 } } as const;
const STATUSES = ['privateEmployee', 'socialProfitEmployee', 'contractualPublic', 'federalStatutory', 'flemishGovernment', 'educationFlemish', 'localGovernment', 'selfEmployed'] as const;

interface Row { name: string; s: RightsSituation | null; overlay?: unknown; expect: Record<string, Fit> }

const ROWS: Row[] = [
  { name: 'nothing answered', s: null, expect: { recognitionGeneral: 'check', municipalPremium: 'check', zorgbudgetZwaarZorgbehoevenden: 'check', zorgbudgetOuderen: 'check', verhoogdeTegemoetkoming: 'check' } },
  { name: 'empty objects', s: { caregiver: {}, caredFor: {} }, expect: { mantelzorgverlof: 'check', zorgtoeslag: 'check' } },
  { name: 'young carer (15) for a mother with daily needs', s: { caregiver: { ageYears: 15 }, caredFor: { relation: 'parent', ageYears: 45, livesIn: 'flanders', needLevel: 'daily' } },
    expect: { mantelzorgverlof: false, medischeBijstand: false, zorgbudgetOuderen: false, zorgbudgetZwaarZorgbehoevenden: 'check', disabilityAllowances: 'check' } },
  { name: 'retired carer (70) for a spouse at home with constant needs', s: { caregiver: { ageYears: 70, working: false, hoursPerMonth: 120 }, caredFor: { relation: 'spouse', ageYears: 74, livesIn: 'flanders', needLevel: 'constant' } },
    expect: { mantelzorgverlof: false, aanmoedigingspremie: false, recognitionSocialRights: 'check', zorgbudgetZwaarZorgbehoevenden: 'check', zorgbudgetOuderen: 'check', disabilityAllowances: false, incontinentieforfait: 'check', zorgtoeslag: false } },
  { name: 'parent of a child (8) with a recognised disability', s: { caregiver: { ageYears: 38, hoursPerMonth: 80, work: working.privateEmployee }, caredFor: { relation: 'child', ageYears: 8, livesIn: 'flanders', needLevel: 'daily', disabilityRecognised: true, situation: ['disabled'] } },
    expect: { zorgtoeslag: 'check', zorgbudgetHandicap: 'check', disabilityAllowances: false, zorgbudgetOuderen: false } },
  { name: 'child (17): the allowance can be asked already', s: { caredFor: { relation: 'child', ageYears: 17, livesIn: 'flanders', disabilityRecognised: true } }, expect: { disabilityAllowances: 'check', zorgtoeslag: 'check' } },
  { name: 'adult son (30) with a recognised disability', s: { caredFor: { relation: 'child', ageYears: 30, livesIn: 'flanders', needLevel: 'daily', disabilityRecognised: true } },
    expect: { zorgtoeslag: false, disabilityAllowances: 'check', zorgbudgetHandicap: 'check', zorgbudgetOuderen: false } },
  { name: 'adult without recognised disability: no basic support budget', s: { caredFor: { ageYears: 40, livesIn: 'flanders', disabilityRecognised: false } }, expect: { zorgbudgetHandicap: false } },
  { name: 'mother with dementia in a Flemish care home', s: { caregiver: { ageYears: 55, work: working.privateEmployee }, caredFor: { relation: 'parent', ageYears: 84, livesIn: 'flanders', needLevel: 'constant', inCareHome: true, situation: ['dependent'] } },
    expect: { zorgbudgetZwaarZorgbehoevenden: true, zorgbudgetOuderen: 'check', incontinentieforfait: false, disabilityAllowances: false } },
  { name: 'father in a Brussels care home', s: { caredFor: { relation: 'parent', ageYears: 88, livesIn: 'brussels', needLevel: 'constant', inCareHome: true } },
    expect: { zorgbudgetZwaarZorgbehoevenden: 'check', zorgbudgetOuderen: 'check' } },
  { name: 'Brussels: elderly person at home (APA via Iriscare)', s: { caregiver: { livesIn: 'brussels' }, caredFor: { ageYears: 78, livesIn: 'brussels', needLevel: 'daily' } },
    expect: { zorgbudgetZwaarZorgbehoevenden: 'check', zorgbudgetOuderen: 'check', zorgbudgetHandicap: 'check' } },
  { name: 'Brussels: child with a disability', s: { caredFor: { relation: 'child', ageYears: 6, livesIn: 'brussels', disabilityRecognised: true } },
    expect: { zorgbudgetHandicap: false, zorgtoeslag: 'check' } },
  { name: 'Wallonia: the regional budgets are not ours to judge', s: { caredFor: { ageYears: 80, livesIn: 'wallonia', needLevel: 'constant' } },
    expect: { zorgbudgetZwaarZorgbehoevenden: false, zorgbudgetOuderen: false, zorgbudgetHandicap: false, verhoogdeTegemoetkoming: 'check', disabilityAllowances: false } },
  { name: 'some help only: no heavy-need budget', s: { caredFor: { ageYears: 70, livesIn: 'flanders', needLevel: 'some' } }, expect: { zorgbudgetZwaarZorgbehoevenden: false, incontinentieforfait: false, zorgbudgetOuderen: 'check' } },
  { name: 'recognised with social rights, neighbour', s: { caregiver: { hoursPerMonth: 60, work: { ...working.privateEmployee, recognition: 'socialRights' } }, caredFor: { relation: 'neighbour', ageYears: 84, situation: ['dependent'] } },
    expect: { recognitionGeneral: true, recognitionSocialRights: true, mantelzorgverlof: true, medischeBijstand: false } },
  { name: 'few hours: no social rights', s: { caregiver: { hoursPerMonth: 10 } }, expect: { recognitionSocialRights: false, recognitionGeneral: 'check' } },
  { name: 'palliative friend, part-time worker', s: { caregiver: { work: { status: 'privateEmployee', workplaceRegion: 'flanders', workRegime: 0.8 } }, caredFor: { relation: 'friend', ageYears: 60, situation: ['terminal'] } },
    expect: { palliatiefVerlof: true, medischeBijstand: false } },
  { name: 'seriously ill mother, employee in Flanders', s: { caregiver: { work: working.privateEmployee, household: 'withPartner' }, caredFor: { relation: 'parent', ageYears: 72, situation: ['seriouslyIll'] } },
    expect: { medischeBijstand: true } },
  { name: 'with municipal overlay: premium fits when no heavy budget', s: { caredFor: { ageYears: 80, livesIn: 'flanders', needLevel: 'some' } }, overlay: MUNICIPAL,
    expect: { municipalPremium: true, zorgbudgetZwaarZorgbehoevenden: false } },
  { name: 'with overlay: not with the zorgbudget (care home resident has it)', s: { caredFor: { ageYears: 80, livesIn: 'flanders', inCareHome: true } }, overlay: MUNICIPAL,
    expect: { municipalPremium: false, zorgbudgetZwaarZorgbehoevenden: true } },
  { name: 'with overlay: too young for the premium', s: { caredFor: { ageYears: 40, livesIn: 'flanders', needLevel: 'some' } }, overlay: MUNICIPAL, expect: { municipalPremium: false } },
  { name: 'with overlay: zorgbudget still to check', s: { caredFor: { ageYears: 80, livesIn: 'flanders', needLevel: 'constant' } }, overlay: MUNICIPAL, expect: { municipalPremium: 'check' } },
  { name: 'overlay requiring the zorgbudget, care home', s: { caredFor: { ageYears: 80, livesIn: 'flanders', inCareHome: true } }, overlay: REQUIRES_BUDGET, expect: { municipalPremium: true } },
  { name: 'overlay requiring the zorgbudget, some help', s: { caredFor: { ageYears: 80, livesIn: 'flanders', needLevel: 'some' } }, overlay: REQUIRES_BUDGET, expect: { municipalPremium: false } },
  { name: 'a broken overlay is ignored: the pointer stays', s: {}, overlay: { premiums: [{ id: 'x', amount: -3 }] }, expect: { municipalPremium: 'check' } },
  ...STATUSES.map((status): Row => ({
    name: `working carer: ${status}, spouse seriously ill`,
    s: { caregiver: { hoursPerMonth: 60, work: { status, workplaceRegion: 'flanders', workRegime: 1 } }, caredFor: { relation: 'spouse', ageYears: 60, livesIn: 'flanders', situation: ['seriouslyIll'] } },
    expect: status === 'selfEmployed' ? { medischeBijstand: false, mantelzorgverlof: false } : {},
  })),
];

describe('rightsOverview: situations', () => {
  it('has at least 25 situations', () => expect(ROWS.length).to.be.at.least(25));
  for (const row of ROWS) {
    it(row.name, () => {
      const r = run(row.s, row.overlay);
      for (const [id, fit] of Object.entries(row.expect)) expect(item(r, id).fits, `${id}: ${item(r, id).reasons.join(', ')}`).to.equal(fit);
    });
  }

  it('the leave items are the leave rules’ own verdicts (reused, not copied)', () => {
    for (const status of STATUSES) {
      const s: RightsSituation = { caregiver: { work: { status, workplaceRegion: 'flanders', workRegime: 1 } }, caredFor: { relation: 'parent', ageYears: 80, situation: ['dependent', 'seriouslyIll'] } };
      const leave = leaveOptions({ status, workplaceRegion: 'flanders', workRegime: 1, caredFor: { relation: 'parent', ageYears: 80, situation: ['dependent', 'seriouslyIll'] } }, { asOf: AS_OF });
      const r = run(s);
      for (const id of ['mantelzorgverlof', 'medischeBijstand', 'palliatiefVerlof', 'aanmoedigingspremie']) {
        const scheme = leave.schemes.find((x) => x.scheme === id);
        expect(item(r, id).fits, `${status} ${id}`).to.equal(scheme?.available);
        expect(item(r, id).reasons).to.deep.equal(scheme?.reasons);
      }
    }
  });

  it('amounts: the heavy-need budget is €140 a month from 2024, "about" from 2025; €135 in 2023', () => {
    const s: RightsSituation = { caredFor: { livesIn: 'flanders', inCareHome: true } };
    expect(item(rightsOverviewSync(s, { asOf: '2024-06-01' }), 'zorgbudgetZwaarZorgbehoevenden').amount).to.deep.equal({ value: 140, per: 'month', validFrom: '2024-01-01', status: 'official' });
    expect(item(rightsOverviewSync(s, { asOf: AS_OF }), 'zorgbudgetZwaarZorgbehoevenden').amount?.status).to.equal('estimated');
    expect(item(rightsOverviewSync(s, { asOf: '2023-05-01' }), 'zorgbudgetZwaarZorgbehoevenden').amount?.value).to.equal(135);
  });

  it('the Brussels elderly budget cites Iriscare and its own maximum', () => {
    const i = item(run({ caredFor: { ageYears: 80, livesIn: 'brussels' } }), 'zorgbudgetOuderen');
    expect(i.amount).to.include({ value: 594, upTo: true, status: 'estimated' });
    expect(i.sources.map((x) => x.url).join(' ')).to.contain('iriscare');
  });

  it('a child’s disability budget is the ondersteuningstoeslag (€324 from 2023)', () => {
    expect(item(run({ caredFor: { ageYears: 5, livesIn: 'flanders' } }), 'zorgbudgetHandicap').amount).to.include({ value: 324, validFrom: '2023-01-01' });
  });

  it('overlay: premium with its name in the language asked, highlights, local contact', () => {
    const r = rightsOverviewSync({ caredFor: { ageYears: 80, livesIn: 'flanders', needLevel: 'some' } }, { asOf: AS_OF, overlay: MUNICIPAL, lang: 'fr' });
    const p = item(r, 'municipalPremium');
    expect(p).to.include({ name: 'Prime aux aidants proches', premiumId: 'mantelzorgpremie', highlighted: true, conditions: 'De persoon woont in de gemeente.' });
    expect(p.amount).to.deep.equal({ value: 25, per: 'month', validFrom: '2025-01-01', status: 'official' });
    expect(item(r, 'zorgbudgetOuderen').highlighted).to.equal(true);
    expect(item(r, 'zorgtoeslag').highlighted).to.equal(undefined);
    expect(r.local).to.deep.equal({ municipality: 'Commune Exemple', contact: { name: 'Sociaal Huis', phone: '09 123 45 67', url: 'https://www.voorbeeld.be/sociaal-huis' } });
  });

  it('every item links the deeper widget where there is one', () => {
    const r = run({});
    expect(item(r, 'recognitionGeneral').deeper).to.equal('recognition-quiz');
    expect(item(r, 'mantelzorgverlof').deeper).to.equal('leave-calculator');
    expect(item(r, 'zorgtoeslag').deeper).to.equal(undefined);
  });

  it('is async in its public form and rejects bad input', async () => {
    const r = await rightsOverview({}, { asOf: AS_OF });
    expect(r.asOf).to.equal(AS_OF);
    expect(r.dataVersion).to.match(/^rights-\d{4}-\d{2}-\d{2}\+/);
    let err: unknown;
    await rightsOverview({ caredFor: { needLevel: 'lots' as 'some' } }).catch((e: unknown) => { err = e; });
    expect(err).to.be.instanceOf(RangeError);
  });
});

/** Reasons that say an item does not apply (or does not apply yet). */
const NEGATIVE = new Set([
  'why.walloniaOwnSystem', 'why.needTooLowHeavy', 'why.under65', 'why.childBrusselsSupplementInstead', 'why.closedGroupsNoRecognition',
  'why.childOver21', 'why.allowanceFrom18', 'why.allowanceBefore65', 'why.notInCareHome', 'why.recognitionHoursTooFew', 'why.notWorking',
  'why.youngCarerNoLeave', 'why.premiumAgeTooLow', 'why.premiumNotWithZorgbudget', 'why.premiumNeedsZorgbudget',
]);

describe('rightsOverview: properties over every situation', () => {
  const results = ROWS.map((row) => ({ row, r: run(row.s, row.overlay) }));

  it('no item fits while one of its reasons says it does not apply; every "no" says why', () => {
    for (const { row, r } of results) {
      for (const i of r.items) {
        if (i.fits !== false) expect(i.reasons.filter((k) => NEGATIVE.has(k)), `${row.name} › ${i.id}`).to.deep.equal([]);
        else expect(i.reasons.length, `${row.name} › ${i.id} has no reason`).to.be.greaterThan(0);
      }
    }
  });

  it('every amount is positive, has a valid-from date on or before asOf, and the item has sources with titles', () => {
    for (const { row, r } of results) {
      for (const i of r.items) {
        expect(i.sources.length, `${row.name} › ${i.id}`).to.be.greaterThan(0);
        for (const s of i.sources) {
          expect(s.url).to.match(/^https?:\/\//);
          expect(s.title.length).to.be.greaterThan(3);
        }
        if (!i.amount) continue;
        expect(i.amount.value, `${row.name} › ${i.id}`).to.be.greaterThan(0);
        expect(i.amount.validFrom).to.match(/^\d{4}-\d{2}-\d{2}$/);
        expect(i.amount.validFrom <= r.asOf, `${i.id} amount from ${i.amount.validFrom}`).to.equal(true);
      }
    }
  });

  it('every situation lists every item once (except one per municipal premium), in both groups', () => {
    for (const { row, r } of results) {
      const ids = r.items.filter((i) => i.id !== 'municipalPremium').map((i) => i.id);
      expect(new Set(ids).size, row.name).to.equal(ids.length);
      expect(ids.length).to.equal(13);
      expect(r.items.some((i) => i.for === 'caregiver') && r.items.some((i) => i.for === 'caredFor')).to.equal(true);
    }
  });
});

describe('rightsOverview: strict input', () => {
  const bad: Array<[string, unknown, unknown, RegExp]> = [
    ['unknown need level', { caredFor: { needLevel: 'lots' } }, {}, /caredFor\.needLevel: "lots" is not one of some, daily, constant/],
    ['age as text', { caredFor: { ageYears: '80' } }, {}, /caredFor\.ageYears: expected a number/],
    ['negative hours', { caregiver: { hoursPerMonth: -1 } }, {}, /caregiver\.hoursPerMonth/],
    ['NaN age', { caregiver: { ageYears: NaN } }, {}, /caregiver\.ageYears/],
    ['unknown region', { caredFor: { livesIn: 'mars' } }, {}, /caredFor\.livesIn: "mars"/],
    ['unknown key', { caredFor: { nedLevel: 'some' } }, {}, /unknown key "nedLevel"/],
    ['bad work status', { caregiver: { work: { status: 'astronaut' } } }, {}, /^caregiver\.work\.status: "astronaut"/],
    ['impossible date', {}, { asOf: '2025-02-30' }, /options\.asOf/],
    ['unknown language', {}, { lang: 'es' }, /options\.lang/],
    ['array situation', [], {}, /plain object/],
    ['poisoned key', JSON.parse('{"__proto__": {"x": 1}}'), {}, /__proto__/],
  ];
  for (const [name, s, o, msg] of bad) {
    it(`throws a clear error: ${name}`, () => {
      expect(() => rightsOverviewSync(s as RightsSituation, o as object)).to.throw(msg);
    });
  }
});
