/**
 * Content review (2026-11-23): what the widget shows for situations whose figures were wrong or
 * unclear before — never a full-time amount for a part-time ½, the status labels that route
 * contract staff of Flemish local government to zorgkrediet, and the 2021 self-employed amounts.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../../src/components/leave-calculator/define.js';
import { walk, LEAVE_WALKS } from '../../../examples/leave-calculator.examples.js';
import { mount, settle, shadow } from '../../embedding/contract.js';

const TAG = 'mz-leave-calculator';
const text = (n: Element | null | undefined): string => n?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('<mz-leave-calculator> content', () => {
  afterEach(() => fixtureCleanup());

  it('a 3/4 worker sees the ½ medical-assistance amount as unknown, not the full-time figure', async () => {
    const el = await mount(`<${TAG} as-of="2025-10-01"></${TAG}>`);
    await walk({ ...LEAVE_WALKS.motherSeriouslyIll, regime: '0.75' })(el);
    await settle(el);
    const card = shadow(el).querySelector('[data-scheme="medischeBijstand"]');
    expect(card, 'medical assistance card').to.exist;
    const t = text(card);
    expect(t).not.to.contain('489,11');
    expect(t).to.contain('778,59'); // FT pro rata: 0.75 × (978.24 + three 2 % index steps = 1038.12)
    // The note describes that number: the 3/4 share of the official amount, the steps, the result.
    expect(t).to.contain('schatting: € 733,68 vanaf 1 december 2022, plus 3 indexsprongen van 2 % = € 778,59');
    expect(t).not.to.contain('schatting: € 978,24');
    expect(t).to.contain('bedrag niet bekend');
  });

  // Screenshot review: a 4/5 palliative leave showed "€ 978,24 … plus 4 indexsprongen" next to € 847,10.
  for (const [name, w] of [['4/5 friend at the end of life', LEAVE_WALKS.friendPalliative], ['full-time, mother seriously ill', LEAVE_WALKS.motherSeriouslyIll],
    ['single parent, child seriously ill', LEAVE_WALKS.singleParentChild], ['4/5, mother seriously ill', LEAVE_WALKS.fourFifths]] as const) {
    it(`every estimate note gives the amount next to it (${name})`, async () => {
      const el = await mount(`<${TAG} as-of="2026-12-03"></${TAG}>`);
      await walk(w)(el);
      await settle(el);
      const euro = (s: string): number => Number(s.replace(/\./g, '').replace(',', '.'));
      const notes = [...shadow(el).querySelectorAll('.mz-meta')].map((m) => ({ m, t: text(m) }))
        .map(({ m, t }) => ({ m, hit: /schatting: € (\d[\d.]*,\d\d) vanaf [^,]+, plus (\d+) indexsprongen? van 2 % = € (\d[\d.]*,\d\d)/.exec(t) }))
        .filter((x) => x.hit);
      expect(notes.length, 'estimate notes').to.be.greaterThan(0);
      for (const { m, hit } of notes) {
        const [, base = '', n = '', result = ''] = hit ?? [];
        expect(Math.abs(euro(base) * 1.02 ** Number(n) - euro(result)), text(m)).to.be.at.most(0.02);
        // The amount the note stands under is that result ("ongeveer € …").
        expect(text(m.parentElement), text(m)).to.contain(`ongeveer € ${result}`);
      }
    });
  }

  it('the status question says Flemish government and local government include contract staff', async () => {
    const el = await mount(`<${TAG}></${TAG}>`);
    await walk({}, 'status')(el);
    const form = shadow(el).querySelector('form[data-step="status"]');
    const t = text(form);
    expect(t).to.contain('Bij de Vlaamse overheid (vast benoemd of met een contract)');
    expect(t).to.contain('OCMW of provincie in Vlaanderen (vast benoemd of met een contract)');
    expect(t).not.to.contain('federaal of lokaal');
  });

  it('a self-employed carer in 2021 sees the 2021 amount as "about", not the 2020 figure', async () => {
    const el = await mount(`<${TAG} status="selfEmployed" as-of="2021-05-01"></${TAG}>`);
    await walk(LEAVE_WALKS.selfEmployedPartner)(el);
    await settle(el);
    const t = text(shadow(el).querySelector('[data-scheme="mantelzorguitkeringZelfstandige"]'));
    expect(t).to.contain('1.343,87');
    expect(t).to.contain('ongeveer');
    expect(t).not.to.contain('1.291,69');
  });
});
