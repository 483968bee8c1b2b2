/**
 * The data bar (docs/DESIGN.md): every figure in src/data/leave/ has a source URL and a valid-from date.
 * Checked over the exported tables and rules, so a new table without them fails here.
 */
import { expect } from '@open-wc/testing';
import * as data from '../../../src/data/leave/index.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isUrl = (s: unknown) => typeof s === 'string' && /^https?:\/\/[^\s]+$/.test(s);

describe('leave data: sourced and dated', () => {
  const tables = [data.RVA_THEMATIC_PRIVATE, data.AP_PRIVATE, data.AP_SOCIAL_PROFIT, data.ZORGKREDIET_RATES, data.SELF_EMPLOYED];
  for (const list of tables) {
    for (const t of list) {
      it(`amounts table ${t.id} has a date, sources and only numbers or null`, () => {
        expect(t.validFrom).to.match(ISO);
        expect(t.sources.length).to.be.greaterThan(0);
        for (const s of t.sources) expect(isUrl(s), s).to.equal(true);
        for (const [k, v] of Object.entries(t.amounts)) {
          if (v !== null) expect(Number.isFinite(v) && (v as number) > 0, k).to.equal(true);
        }
        for (const d of t.indexedLaterOn ?? []) expect(d).to.match(ISO);
        if (t.indexedLaterOn?.length) expect(t.indexSources?.length, 'index steps need a source').to.be.greaterThan(0);
      });
    }
  }

  it('every scheme rule block names sources and dates', () => {
    const blocks: Record<string, { sources?: readonly string[]; validFrom?: string; startsOn?: string }> = {
      MANTELZORGVERLOF: data.MANTELZORGVERLOF, MEDISCHE_BIJSTAND: data.MEDISCHE_BIJSTAND, PALLIATIEF: data.PALLIATIEF,
      OUDERSCHAP: data.OUDERSCHAP, TIJDSKREDIET: data.TIJDSKREDIET, ZORGVERLOF: data.ZORGVERLOF, DWINGENDE_REDENEN: data.DWINGENDE_REDENEN,
      ZORGKREDIET: data.ZORGKREDIET, ZELFSTANDIGE: data.ZELFSTANDIGE, AANMOEDIGINGSPREMIE: data.AANMOEDIGINGSPREMIE, RECOGNITION: data.RECOGNITION,
      SINGLE_PARENT: data.SINGLE_PARENT, OVER_50_SUPPLEMENT: data.OVER_50_SUPPLEMENT,
    };
    for (const [name, b] of Object.entries(blocks)) {
      expect(b.sources?.length, `${name} sources`).to.be.greaterThan(0);
      for (const s of b.sources ?? []) expect(isUrl(s), `${name}: ${s}`).to.equal(true);
      const date = b.validFrom ?? b.startsOn ?? (name === 'MEDISCHE_BIJSTAND' || name === 'AANMOEDIGINGSPREMIE' ? data.COVERAGE_FROM : undefined);
      expect(date, `${name} date`).to.match(ISO);
    }
    for (const l of data.MANTELZORGVERLOF.limits) {
      expect(l.validFrom).to.match(ISO);
      expect(l.sources.length).to.be.greaterThan(0);
    }
  });

  it('every source URL constant is a https URL', () => {
    for (const [k, v] of Object.entries(data.leaveSources)) expect(String(v), k).to.match(/^https?:\/\//);
  });
});
