import { expect } from '@open-wc/testing';
import * as source from '../../src/rules/index.js';

/**
 * `mantelkit/rules` is a public contract (CHANGELOG): tested against the built `dist/rules.js`,
 * the file partners import, not the source. Needs `npm run build` first (as the e2e tests do).
 */
type Rules = typeof source;
const BUILT = '/dist/rules.js';
let built: Rules;

const functionNames = (m: object): string[] =>
  Object.entries(m)
    .filter(([, v]) => typeof v === 'function')
    .map(([k]) => k)
    .sort();

describe('mantelkit/rules public API (built dist/rules.js)', () => {
  before(async () => {
    built = (await import(/* @vite-ignore */ BUILT)) as Rules;
  });

  it('exports the documented functions, and every function of the source index', () => {
    for (const name of ['leaveOptions', 'assessRecognition', 'assessYoungCarer', 'scoreOverload', 'overloadReferrals', 'findSupport', 'validateFinderOverlay']) {
      expect(typeof (built as Record<string, unknown>)[name], name).to.equal('function');
    }
    // A build that drops or renames an export (tree-shaking, a wrong entry) fails here.
    expect(functionNames(built)).to.deep.equal(functionNames(source));
  });

  it('leaveOptions: a result with schemes for a private employee', () => {
    const r = built.leaveOptions({ status: 'privateEmployee', workplaceRegion: 'flanders' }, { asOf: '2025-01-01' });
    expect(r.asOf).to.equal('2025-01-01');
    expect(r.schemes.length).to.be.greaterThan(3);
  });

  it('assessRecognition and assessYoungCarer: clear outcomes', () => {
    expect(built.assessRecognition({ need: 'no' }).outcome).to.equal('not_now');
    expect(built.assessYoungCarer({ rf_unsafe: true }).outcome).to.equal('urgent');
  });

  it('scoreOverload and overloadReferrals: a red flag is urgent, with 112 first', () => {
    const r = built.scoreOverload({ redFlags: { cantGoOn: true } });
    expect(r.band).to.equal('urgent');
    expect(built.overloadReferrals('urgent', 'adult', 'nl')[0]).to.equal('emergency');
  });

  it('findSupport and validateFinderOverlay: urgent lines in danger, a valid offer kept', () => {
    expect(built.findSupport({ danger: true }, { lang: 'nl' }).urgent.length).to.be.greaterThan(0);
    expect(built.validateFinderOverlay({ offers: [{ name: 'Café' }] }).offers.length).to.equal(1);
  });

  it('scoreOverload rejects answers that are not an object', () => {
    expect(() => built.scoreOverload(null as unknown as Parameters<Rules['scoreOverload']>[0])).to.throw(/object/i);
  });
});
