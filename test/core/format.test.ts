import { expect } from '@open-wc/testing';
import { formatters } from '../../src/core/i18n/format.js';

describe('formatters (built once per language and options)', () => {
  it('returns the same object per language', () => {
    expect(formatters('fr')).to.equal(formatters('fr'));
  });

  it('keeps number options apart while reusing each formatter', () => {
    const f = formatters('nl');
    expect(f.number(0.5, { style: 'percent' })).to.equal('50%');
    expect(f.number(1234.5)).to.equal('1.234,5');
    expect(f.number(1234.5, { maximumFractionDigits: 0 })).to.equal('1.235');
    expect(f.number(0.25, { style: 'percent' })).to.equal('25%');
    expect(f.money(12)).to.match(/€\s?12$/);
    expect(f.money(12.5)).to.match(/€\s?12,50$/);
  });

  it('builds the date and list formatters on first use and reuses them', () => {
    const f = formatters('de');
    expect(f.date('2026-03-02')).to.equal('2. März 2026');
    expect(f.date('2026-03-01')).to.equal('1. März 2026');
    expect(f.list(['a', 'b', 'c'])).to.equal('a, b und c');
  });
});
