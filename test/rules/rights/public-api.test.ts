import { expect } from '@open-wc/testing';
import type * as source from '../../../src/rules/index.js';

/** `rightsOverview` in the built `dist/rules.js`, the file partners import (needs `npm run build` first). */
type Rules = typeof source;
let built: Rules;

describe('mantelkit/rules: rightsOverview (built dist/rules.js)', () => {
  before(async () => {
    const BUILT = '/dist/rules.js';
    built = (await import(/* @vite-ignore */ BUILT)) as Rules;
  });

  it('exports rightsOverview and sanitiseRightsOverlay', () => {
    expect(typeof built.rightsOverview).to.equal('function');
    expect(typeof built.sanitiseRightsOverlay).to.equal('function');
  });

  it('answers with both groups and dated amounts, and rejects an unknown word', async () => {
    const r = await built.rightsOverview({ caredFor: { ageYears: 84, livesIn: 'flanders', inCareHome: true } }, { asOf: '2024-06-01' });
    const zwaar = r.items.find((i) => i.id === 'zorgbudgetZwaarZorgbehoevenden');
    expect(zwaar?.fits).to.equal(true);
    expect(zwaar?.amount).to.deep.equal({ value: 140, per: 'month', validFrom: '2024-01-01', status: 'official' });
    let err: unknown;
    await built.rightsOverview({ caredFor: { livesIn: 'mars' as 'flanders' } }).catch((e: unknown) => { err = e; });
    expect(err).to.be.instanceOf(RangeError);
  });
});
