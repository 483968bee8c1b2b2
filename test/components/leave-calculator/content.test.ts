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
    expect(t).to.contain('bedrag niet bekend');
  });

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
