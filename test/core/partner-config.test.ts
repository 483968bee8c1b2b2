import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { enumAttribute, isoDateAttribute, todayIso } from '../../src/core/partner-config.js';
import { safeUrl, validateList, validatePart } from '../../src/core/schema.js';

describe('partner-config helpers', () => {
  const Offer = v.object({ name: v.string(), website: v.optional(safeUrl) });

  it('validateList keeps good records and drops each bad one with its path', () => {
    const r = validateList(Offer, [{ name: 'a' }, { name: 3 }, { name: 'c', website: 'javascript:alert(1)' }, 'x'], 'offers');
    expect(r.items.map((i) => i.name)).to.deep.equal(['a']);
    expect(r.issues.map((i) => i.detail)).to.deep.equal(['offers[1].name', 'offers[2].website', 'offers[3]']);
    expect(r.issues.every((i) => i.code === 'bad-config')).to.equal(true);
  });
  it('validateList: a non-array is one issue; undefined is nothing', () => {
    expect(validateList(Offer, { a: 1 }, 'offers').issues).to.have.length(1);
    expect(validateList(Offer, undefined, 'offers')).to.deep.equal({ items: [], issues: [] });
  });
  it('validatePart returns the parsed value or an issue', () => {
    expect(validatePart(Offer, { name: 'x' }, 'o').value).to.deep.equal({ name: 'x' });
    expect(validatePart(Offer, {}, 'o').issues[0].detail).to.equal('o.name');
  });
  it('safeUrl allows http(s), mailto and tel only', () => {
    for (const ok of ['https://a.be', 'http://a.be', 'mailto:a@b.be', 'tel:106']) expect(v.is(safeUrl, ok), ok).to.equal(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '//evil', 'ftp://x']) expect(v.is(safeUrl, bad), bad).to.equal(false);
  });
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
