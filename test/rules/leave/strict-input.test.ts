/**
 * leaveOptions() rejects what it cannot read (path, value, allowed values in the message) instead of
 * answering it as something else: an unknown status used to count as an employee with three schemes
 * available, an unknown relation as a definite "no", unknown `used` keys were ignored.
 */
import { expect } from '@open-wc/testing';
import { leaveOptions } from '../../../src/rules/leave/index.js';
import type { LeaveSituation } from '../../../src/rules/leave/index.js';

const asOf = '2026-03-01';
function thrown(s: unknown, config: unknown = { asOf }): Error {
  try { leaveOptions(s as LeaveSituation, config as { asOf: string }); } catch (e) { return e as Error; }
  throw new Error('did not throw');
}

describe('leaveOptions: strict input', () => {
  const rows: [string, unknown, typeof TypeError | typeof RangeError, RegExp | string, unknown?][] = [
    ['unknown status', { status: 'foo' }, RangeError, 'status: "foo" is not one of privateEmployee, socialProfitEmployee, contractualPublic, federalStatutory, flemishGovernment, educationFlemish, localGovernment, selfEmployed'],
    ['status in the wrong case', { status: 'selfemployed' }, RangeError, /^status: "selfemployed" is not one of .*selfEmployed$/],
    ['status __proto__', { status: '__proto__' }, RangeError, /^status: "__proto__" is not one of/],
    ['unknown relation', { caredFor: { relation: 'brother' } }, RangeError, /^caredFor\.relation: "brother" is not one of spouse, legalCohabitant, partner, .*sibling, .*other$/],
    ['relation toString', { caredFor: { relation: 'toString' } }, RangeError, /^caredFor\.relation: "toString" is not one of/],
    ['unknown recognition', { recognition: 'foo' }, RangeError, 'recognition: "foo" is not one of none, general, socialRights'],
    ['unknown region', { workplaceRegion: 'mars' }, RangeError, 'workplaceRegion: "mars" is not one of flanders, brussels, wallonia'],
    ['requestedForm script', { requestedForm: 'javascript:alert(1)' }, RangeError, 'requestedForm: "javascript:alert(1)" is not one of FT, HALF, ONE_FIFTH, ONE_TENTH, FT_WEEKS, DAYS, FULL, PARTIAL'],
    ['requestedForm object', { requestedForm: {} }, TypeError, 'requestedForm: expected a string, got a value of type object'],
    ['requestedForm true', { requestedForm: true }, TypeError, 'requestedForm: expected a string, got true'],
    ['unknown used key', { used: { mantelzorgverlof: 3 } }, RangeError, /^used: unknown key "mantelzorgverlof" is not one of mantelzorgverlofThisPerson, mantelzorgverlofCareer, /],
    ['unknown key in a split counter', { used: { mantelzorgverlofCareer: { fullTime: 3 } } }, RangeError, 'used.mantelzorgverlofCareer: unknown key "fullTime" is not one of FT, partial'],
    ['counter as a number where FT/partial expected', { used: { mantelzorgverlofThisPerson: 2 } }, TypeError, 'used.mantelzorgverlofThisPerson: expected a plain object, got 2'],
    ['negative counter', { used: { zorgverlofDaysThisYear: -1 } }, RangeError, 'used.zorgverlofDaysThisYear: -1 is not a number from 0 to 10'],
    ['NaN counter', { used: { medischeBijstandThisPatient: { partial: NaN } } }, RangeError, 'used.medischeBijstandThisPatient.partial: NaN is not a number from 0 to 120'],
    // Realistic bounds, the same as the widget's fields (src/rules/leave/bounds.ts).
    ['worker aged 150', { age: 150 }, RangeError, 'age: 150 is not a number from 0 to 120'],
    ['person cared for aged 121', { caredFor: { ageYears: 121 } }, RangeError, 'caredFor.ageYears: 121 is not a number from 0 to 120'],
    ['more care hours than a month has', { caregiverHoursPerMonth: 745 }, RangeError, 'caregiverHoursPerMonth: 745 is not a number from 0 to 744'],
    ['121 months used', { used: { tijdskredietZorgMonths: 121 } }, RangeError, 'used.tijdskredietZorgMonths: 121 is not a number from 0 to 120'],
    ['11 days of dwingende redenen used', { used: { dwingendeRedenenDaysThisYear: 11 } }, RangeError, 'used.dwingendeRedenenDaysThisYear: 11 is not a number from 0 to 10'],
    ['regime above full-time', { workRegime: 1.2 }, RangeError, 'workRegime: 1.2 is not a number from 0 to 1'],
    ['regime as text', { workRegime: '1' }, TypeError, 'workRegime: expected a number, got "1"'],
    ['disability over 100 %', { caredFor: { disabilityPct: 120 } }, RangeError, 'caredFor.disabilityPct: 120 is not a number from 0 to 100'],
    ['situation not a list', { caredFor: { situation: 'terminal' } }, TypeError, 'caredFor.situation: expected an array, got "terminal"'],
    ['unknown situation', { caredFor: { situation: ['terminal', 'sad'] } }, RangeError, 'caredFor.situation[1]: "sad" is not one of dependent, seriouslyIll, terminal, hospitalisedMinor, disabled'],
    ['livesWithWorker as text', { caredFor: { livesWithWorker: 'yes' } }, TypeError, 'caredFor.livesWithWorker: expected true or false, got "yes"'],
    ['caredFor as a list', { caredFor: [] }, TypeError, 'caredFor: expected a plain object, got an array'],
    ['impossible request date', { requestDate: '2025-02-30' }, RangeError, 'requestDate: "2025-02-30" is not a real date YYYY-MM-DD'],
    ['situation a number', 5, TypeError, '(root): expected a plain object, got 5'],
    ['__proto__ key', JSON.parse('{"__proto__":{"status":"selfEmployed"}}'), RangeError, /^\(root\): unknown key "__proto__"/],
    ['inherited status', Object.create({ status: 'foo' }), TypeError, '(root): expected a plain object, got a value of type object'],
    ['bad asOf', {}, RangeError, 'config.asOf: "garbage" is not a real date YYYY-MM-DD', { asOf: 'garbage' }],
    ['misspelt config key', {}, RangeError, 'config: unknown key "asof" is not one of asOf, overlay', { asof: asOf }],
  ];
  for (const [name, s, type, message, config] of rows) {
    it(`${name} → ${type.name}`, () => {
      const e = thrown(s, config ?? { asOf });
      expect(e, name).to.be.instanceOf(type);
      if (typeof message === 'string') expect(e.message).to.equal(message);
      else expect(e.message).to.match(message);
    });
  }

  it('the bounds themselves are accepted', () => {
    const s: LeaveSituation = { age: 120, caregiverHoursPerMonth: 744, caredFor: { ageYears: 0 }, used: { tijdskredietZorgMonths: 120, zorgverlofDaysThisYear: 10, mantelzorgverlofCareer: { FT: 120, partial: 0 } } };
    expect(() => leaveOptions(s, { asOf })).not.to.throw();
  });

  it('missing fields, null and undefined situations stay "not answered"', () => {
    for (const s of [undefined, null, {}, { caredFor: {} }, { used: {} }, { used: { mantelzorgverlofThisPerson: { FT: undefined } } }]) {
      expect(() => leaveOptions(s as LeaveSituation, { asOf }), JSON.stringify(s)).not.to.throw();
    }
    expect(() => leaveOptions({}, undefined)).not.to.throw();
  });

  it('unknown keys at the top level and in caredFor are ignored (shared case files carry other facts)', () => {
    const r = leaveOptions({ municipality: 'Gent', caredFor: { selfRelianceScore: 13 } } as LeaveSituation, { asOf });
    expect(r.schemes.length).to.equal(10);
  });

  it('a bad overlay is sanitised, not thrown on (partner data)', () => {
    expect(leaveOptions({}, { asOf, overlay: 5 as never }).employer).to.equal(null);
  });
});
