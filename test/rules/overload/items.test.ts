import { expect } from '@open-wc/testing';
import { overloadIsAsked, overloadRedFlagAsked } from '../../../src/rules/overload/items.js';

describe('overload items: which questions are asked', () => {
  it('young people are not asked about money; adults are', () => {
    expect(overloadIsAsked('money', 'young')).to.equal(false);
    expect(overloadIsAsked('money', 'adult')).to.equal(true);
  });

  it('a red flag is asked until an earlier one is "yes" (no or skipped keeps asking)', () => {
    expect(overloadRedFlagAsked('cantGoOn', { cantGoOn: true })).to.equal(true);
    expect(overloadRedFlagAsked('selfHarm', {})).to.equal(true);
    expect(overloadRedFlagAsked('selfHarm', { cantGoOn: false })).to.equal(true);
    expect(overloadRedFlagAsked('selfHarm', { cantGoOn: true })).to.equal(false);
    expect(overloadRedFlagAsked('harmAtHome', { cantGoOn: false, selfHarm: true })).to.equal(false);
    expect(overloadRedFlagAsked('harmAtHome', { cantGoOn: false, selfHarm: false })).to.equal(true);
  });
});
