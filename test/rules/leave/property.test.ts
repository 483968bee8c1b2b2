/**
 * Property test: random situations (seeded, so a failure is reproducible) within the input vocabulary,
 * including its edges (0, the largest allowed counts, no answer). Nonsense input throws by design:
 * fuzz.test.ts covers that. Invariants: valid input never throws; months and days never negative; no form the work regime rules out;
 * every amount has a date and a status; unknown amounts are null, never 0 or NaN.
 */
import { expect } from '@open-wc/testing';
import { leaveOptions } from '../../../src/rules/leave/index.js';
import type { LeaveSituation } from '../../../src/rules/leave/index.js';
import { LEAVE_MAX_COUNT } from '../../../src/rules/leave/validate.js';
import { LEAVE_BOUNDS } from '../../../src/rules/leave/bounds.js';
import { prng } from '../../helpers/prng.js';


const SEED = 20261123;
const RUNS = 1500;

function situation(r: () => number): { s: LeaveSituation; asOf: string } {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const maybe = <T,>(x: T): T | undefined => (r() < 0.15 ? undefined : x);
  // Edges of the vocabulary: 0 and the largest value allowed (cap), besides ordinary values up to max.
  const { age: AGE, hoursPerMonth: HOURS, usedMonths: MONTHS, usedDays: DAYS } = LEAVE_BOUNDS;
  const n = (max: number, cap: number = LEAVE_MAX_COUNT): number => (r() < 0.05 ? pick([0, cap]) : Math.min(cap, Math.round(r() * max * 100) / 100));
  const statuses = ['privateEmployee', 'socialProfitEmployee', 'contractualPublic', 'federalStatutory', 'flemishGovernment',
    'educationFlemish', 'localGovernment', 'selfEmployed'] as const;
  const relations = ['spouse', 'legalCohabitant', 'partner', 'child', 'fosterChild', 'stepchild', 'mother', 'father', 'sibling',
    'grandparent', 'grandchild', 'motherInLaw', 'fatherInLaw', 'stepParent', 'childInLaw', 'siblingInLaw', 'grandparentInLaw',
    'aunt', 'uncle', 'niece', 'nephew', 'cousin', 'friend', 'neighbour', 'other'] as const;
  const sits = ['dependent', 'seriouslyIll', 'terminal', 'hospitalisedMinor', 'disabled'] as const;
  const forms = ['FT', 'HALF', 'ONE_FIFTH', 'ONE_TENTH', 'FT_WEEKS', 'DAYS', 'FULL', 'PARTIAL'] as const;
  const year = 2019 + Math.floor(r() * 8);
  const date = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  const s = {
    status: maybe(pick(statuses)),
    workplaceRegion: maybe(pick(['flanders', 'brussels', 'wallonia'] as const)),
    workRegime: maybe(pick([1, 0.8, 0.75, 0.5, 0.3, n(1, 1)])),
    regimePastYear: maybe(n(1, 1)),
    seniorityMonths: maybe(n(200)),
    employerHeadcount: maybe(n(500)),
    age: maybe(n(80, AGE.max)),
    household: maybe(pick(['withPartner', 'aloneWithChildren', 'alone'] as const)),
    childrenWithChildBenefit: maybe(r() < 0.5),
    caredFor: maybe({
      relation: maybe(pick(relations)),
      ageYears: maybe(n(100, AGE.max)),
      situation: maybe(sits.filter(() => r() < 0.3)),
      disabilityPct: maybe(n(100, 100)),
      livesWithWorker: maybe(r() < 0.5),
    }),
    recognition: maybe(pick(['none', 'general', 'socialRights'] as const)),
    caregiverHoursPerMonth: maybe(n(200, HOURS.max)),
    used: maybe({
      mantelzorgverlofThisPerson: { FT: n(4, MONTHS.max), partial: n(8, MONTHS.max) },
      mantelzorgverlofCareer: { FT: n(8, MONTHS.max), partial: n(14, MONTHS.max) },
      medischeBijstandThisPatient: { FT: n(30, MONTHS.max), partial: n(50, MONTHS.max) },
      palliatiefThisPatientMonths: n(5, MONTHS.max),
      ouderschapsverlofThisChildFTMonths: n(6, MONTHS.max),
      tijdskredietZorgMonths: n(60, MONTHS.max),
      vlaamsZorgkredietFTMonths: n(20, MONTHS.max),
      aanmoedigingspremieMonths: n(14, MONTHS.max),
      zorgverlofDaysThisYear: n(7, DAYS.max),
      dwingendeRedenenDaysThisYear: n(12, DAYS.max),
      mantelzorguitkeringMonths: n(14, MONTHS.max),
    }),
    requestedForm: maybe(pick(forms)),
    requestedMonths: maybe(n(60)),
    daysNeeded: maybe(n(12)),
    requestDate: maybe(date),
  } as LeaveSituation;
  return { s, asOf: date };
}

describe('leave rules: properties over random situations', () => {
  it(`${RUNS} seeded situations keep every invariant (seed ${SEED})`, () => {
    const r = prng(SEED);
    for (let i = 0; i < RUNS; i++) {
      const { s, asOf } = situation(r);
      const ctx = `run ${i}: ${JSON.stringify(s)} @ ${asOf}`;
      let res;
      try {
        res = leaveOptions(s, { asOf });
      } catch (e) {
        throw new Error(`threw on ${ctx}: ${String(e)}`);
      }
      const regime = typeof s.workRegime === 'number' && Number.isFinite(s.workRegime) && s.workRegime > 0 ? Math.min(1, s.workRegime) : undefined;
      for (const sc of res.schemes) {
        expect(sc.reasons.length, `${ctx} ${sc.scheme} reasons`).to.be.greaterThan(0);
        if (sc.available === false) expect(sc.forms, `${ctx} ${sc.scheme}: a "no" shows no forms`).to.have.length(0);
        for (const f of sc.forms) {
          for (const k of ['maxMonthsThisPerson', 'careerMaxMonths', 'remainingMonths', 'maxDays', 'remainingDays', 'daysGranted'] as const) {
            const v = f[k];
            if (v !== null && v !== undefined) expect(v, `${ctx} ${sc.scheme}.${f.form}.${k}`).to.be.at.least(0);
          }
          if (f.grossMonthly === null) expect(f.amountStatus, `${ctx} ${sc.scheme}.${f.form}`).to.equal('unknown');
          else {
            expect(Number.isFinite(f.grossMonthly), `${ctx} amount finite`).to.equal(true);
            expect(f.amountValidFrom, `${ctx} ${sc.scheme}.${f.form}: amount without date`).to.match(/^\d{4}-\d{2}-\d{2}$/);
          }
          if (regime !== undefined && regime < 0.999) {
            expect(['ONE_FIFTH', 'ONE_TENTH'], `${ctx} ${sc.scheme}: ${f.form} needs full-time`).not.to.include(f.form);
            // Palliative ½ is open from a 3/4 job (law of 5 March 2017; Besox, "Uitbreiding palliatief verlof",
            // 2017-05-02, https://www.besox.be/uitbreiding-palliatief-verlof/): the 3/4 check below covers it.
            if (['mantelzorgverlof', 'ouderschapsverlof'].includes(sc.scheme)) expect(f.form, `${ctx} ${sc.scheme}`).not.to.equal('HALF');
          }
          if (regime !== undefined && regime < 0.75) expect(f.form, `${ctx} ${sc.scheme}: half-time needs 3/4`).not.to.equal('HALF');
          // The Flemish premium presupposes an RVA allowance (Vlaanderen.be, "Voorwaarden voor de
          // aanmoedigingspremie in de privésector"): a form without one never carries a premium.
          if (f.allowance === false) expect(f.premium, `${ctx} ${sc.scheme}.${f.form}: premium without allowance`).to.equal(undefined);
          if (f.estimate) expect(f.amountStatus, `${ctx} ${sc.scheme}.${f.form}: estimate not marked`).to.equal('estimated');
        }
      }
    }
  });
});
