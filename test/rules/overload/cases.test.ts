import { expect } from '@open-wc/testing';
import { scoreOverload, OVERLOAD_THRESHOLDS, OVERLOAD_STRAIN_ITEM_IDS, OVERLOAD_RED_FLAG_IDS, OVERLOAD_REFERRALS_META } from '../../../src/rules/overload/index.js';
import { loadCaseFile } from './load-cases.js';

const file = loadCaseFile();

describe('overload: shared scoring cases (overload-cases.json)', () => {
  it('has cases to run', () => {
    expect(file.cases.length).to.be.greaterThan(0);
  });

  for (const c of file.cases) {
    it(`${c.id}: ${c.description}`, () => {
      const r = scoreOverload(c.answers);
      const got = {
        answeredStrainItems: r.answeredStrainItems,
        strainScore: r.strainScore,
        strainBand: r.strainBand,
        globalBand: r.globalBand,
        band: r.band,
        bandSource: r.bandSource,
      };
      expect(got).to.deep.equal(c.expected);
    });
  }
});

// The JSON restates the rules; if the shared file changes, our data must follow (or we note why not).
describe('overload: data matches the shared rules', () => {
  const toPairs = (ranges: readonly { level: string; min: number; max: number }[]) =>
    Object.fromEntries(ranges.map((r) => [r.level, [r.min, r.max]]));

  it('item and red-flag ids', () => {
    expect([...OVERLOAD_STRAIN_ITEM_IDS]).to.deep.equal(file.itemIds);
    expect([...OVERLOAD_RED_FLAG_IDS]).to.deep.equal(file.redFlagIds);
  });
  it('minimum answered items and bands', () => {
    expect(OVERLOAD_THRESHOLDS.minAnsweredStrainItems).to.equal(file.rules.minAnsweredStrainItems);
    expect(toPairs(OVERLOAD_THRESHOLDS.strainBands)).to.deep.equal(file.rules.strainBands);
    expect(toPairs(OVERLOAD_THRESHOLDS.globalBands)).to.deep.equal(file.rules.globalBands);
  });
  it('is dated, versioned, sourced and marked provisional', () => {
    expect(OVERLOAD_THRESHOLDS.version).to.match(/^\d+\.\d+\.\d+$/);
    expect(OVERLOAD_THRESHOLDS.validFrom).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(OVERLOAD_THRESHOLDS.provisional).to.equal(true);
    expect(OVERLOAD_THRESHOLDS.note).to.match(/not validated/i);
    expect(OVERLOAD_THRESHOLDS.sources.length).to.be.greaterThan(0);
    for (const s of OVERLOAD_THRESHOLDS.sources) expect(s).to.match(/^https?:\/\//);
  });
  it('the referral table is dated, sourced and marked provisional', () => {
    expect(OVERLOAD_REFERRALS_META.validFrom).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(OVERLOAD_REFERRALS_META.provisional).to.equal(true);
    for (const s of OVERLOAD_REFERRALS_META.sources) expect(s).to.match(/^https?:\/\//);
  });
  it('bands cover their whole range without gaps or overlaps', () => {
    const check = (ranges: readonly { min: number; max: number }[], lo: number, hi: number) => {
      for (let v = lo; v <= hi; v++) expect(ranges.filter((r) => v >= r.min && v <= r.max), `value ${v}`).to.have.length(1);
    };
    check(OVERLOAD_THRESHOLDS.strainBands, 0, OVERLOAD_THRESHOLDS.strainMax);
    check(OVERLOAD_THRESHOLDS.globalBands, OVERLOAD_THRESHOLDS.globalMin, OVERLOAD_THRESHOLDS.globalMax);
  });
});
