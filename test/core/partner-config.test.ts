import { expect } from '@open-wc/testing';
import { enumAttribute, isoDateAttribute, todayIso } from '../../src/core/partner-config.js';

describe('partner-config helpers', () => {
  it('enumAttribute', () => {
    expect(enumAttribute('a', 'x', ['x', 'y'] as const, 'y')).to.deep.equal({ value: 'x', issues: [] });
    expect(enumAttribute('a', null, ['x', 'y'] as const, 'y')).to.deep.equal({ value: 'y', issues: [] });
    expect(enumAttribute('a', 'z', ['x', 'y'] as const, 'y')).to.deep.equal({ value: 'y', issues: [{ code: 'bad-attribute', detail: 'a' }] });
  });
  it('isoDateAttribute accepts only real calendar dates', () => {
    expect(isoDateAttribute('as-of', '2024-02-29', '2026-01-01').value).to.equal('2024-02-29');
    for (const bad of ['2023-02-29', '2026-13-01', 'yesterday', '01/03/2026']) {
      const r = isoDateAttribute('as-of', bad, '2026-01-01');
      expect(r.value, bad).to.equal('2026-01-01');
      expect(r.issues, bad).to.have.length(1);
    }
  });
  it('todayIso uses the Brussels calendar day', () => {
    expect(todayIso(new Date('2026-03-31T22:30:00Z'))).to.equal('2026-04-01');
  });
});
