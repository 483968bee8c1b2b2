import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/leave-calculator/define.js';
import { walk, LEAVE_WALKS, type LeaveWalk } from '../../../examples/leave-calculator.examples.js';
import { mount, settle, shadow } from '../../embedding/contract.js';
import { axeViolations } from '../../helpers/axe.js';

const TAG = 'mz-leave-calculator';
/** The private full-time walk of the newcomer review: a parent who needs daily help, recognition with social rights. */
const PRIVATE_FULL_TIME: LeaveWalk = { status: 'privateEmployee', region: 'flanders', regime: '1', relation: 'parent', age: 82, situation: ['dependent', 'seriouslyIll'], household: 'withPartner', recognition: 'socialRights', used: { zorgDays: 3 } };

async function result(answers: LeaveWalk, attrs = ''): Promise<HTMLElement> {
  const el = await mount(`<${TAG} as-of="2026-12-03" ${attrs}></${TAG}>`);
  await walk(answers)(el);
  await settle(el);
  expect(shadow(el).querySelector('[part~="summary"]'), 'summary card').to.exist;
  return el;
}
const text = (n: Element | null | undefined): string => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<mz-leave-calculator> result: the answer first', () => {
  afterEach(async () => {
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
  });

  it('on a 375 px phone shows scheme, months and amount within the first 800 px of the result', async () => {
    await setViewport({ width: 375, height: 800 });
    const el = await result(PRIVATE_FULL_TIME);
    const root = shadow(el);
    const heading = root.querySelector('[data-step-heading]') as HTMLElement;
    const summary = root.querySelector('[part~="summary"]') as HTMLElement;
    // The summary comes right after the count line, before every scheme card.
    expect(summary.compareDocumentPosition(root.querySelector('[part~="scheme"]') as Node) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    // The most paid time with a known amount first: medical assistance, not time credit (51 months, no
    // amount in any source); caregiver leave (3 months) is not close enough to join it.
    const options = [...summary.querySelectorAll<HTMLElement>(':scope > div')];
    expect(options.map((o) => text(o.querySelector('strong')))).to.deep.equal(['Verlof voor medische bijstand']);
    const first = options[0];
    const t = text(first);
    expect(t).to.contain('Verlof voor medische bijstand');
    expect(t).to.match(/nog \d+ maanden?/);
    expect(t).to.match(/€\s?[\d.]+,\d\d/);
    expect(t).to.contain('Eerste stap');
    const top = heading.getBoundingClientRect().top;
    expect(first.getBoundingClientRect().bottom - top, 'scheme, months and amount within 800 px of the result heading').to.be.below(800);
    // Nothing wider than the phone: the comparison stacks, no column is cut off.
    const compare = root.querySelector('[part~="compare"]') as HTMLElement;
    expect(compare, 'comparison').to.exist;
    const wrap = compare.querySelector('.mz-table-wrap') as HTMLElement;
    expect(wrap.scrollWidth, 'comparison fits without scrolling sideways').to.be.at.most(wrap.clientWidth + 1);
    for (const cell of compare.querySelectorAll('td')) expect(cell.getBoundingClientRect().right).to.be.at.most(375);
  });

  it('the count line agrees with the groups and never says there is nothing to check', async () => {
    const el = await result(PRIVATE_FULL_TIME);
    const root = shadow(el);
    const yes = root.querySelectorAll('[part~="group-yes"] [part~="scheme"]').length;
    const check = root.querySelectorAll('[part~="group-check"] [part~="scheme"]').length;
    const count = text(root.querySelector('[part~="count"]'));
    expect(yes).to.be.greaterThan(1);
    expect(count).to.contain(`${yes} regelingen passen`);
    if (check) expect(count).to.contain(`${check}`);
    expect(count).not.to.contain('niets om na te vragen');
  });

  it('folds every scheme card: the name and one line stay visible, the details open with Enter and Space', async () => {
    const el = await result(PRIVATE_FULL_TIME);
    const root = shadow(el);
    const cards = [...root.querySelectorAll<HTMLElement>('[part~="scheme"]')];
    expect(cards.length).to.be.greaterThan(2);
    for (const card of cards) {
      const details = card.querySelector(':scope > details') as HTMLDetailsElement;
      expect(details, `details in ${card.dataset.scheme}`).to.exist;
      expect(details.open).to.equal(false);
      expect(text(card.querySelector('h4'))).not.to.equal('');
      expect(text(card.querySelector(':scope > p')), 'fits/check line').to.match(/Past|Vraag na/);
    }
    const [a, b] = cards.map((c) => c.querySelector(':scope > details > summary') as HTMLElement);
    a.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect((a.parentElement as HTMLDetailsElement).open, 'Enter opens').to.equal(true);
    b.focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect((b.parentElement as HTMLDetailsElement).open, 'Space opens').to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('a "check" option says what to check and is listed as such', async () => {
    const el = await result(LEAVE_WALKS.everythingSkipped);
    const root = shadow(el);
    const options = [...root.querySelectorAll<HTMLElement>('[part~="summary"] > div')];
    expect(options.length).to.be.greaterThan(0);
    const check = options.find((o) => text(o).includes('Vraag na:'));
    expect(check, 'an option to check, with what to check').to.exist;
    expect(root.querySelector('[part~="group-check"] [part~="scheme"]')).to.exist;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('days: "nog N dagen" after the days used this year, and no "Daarna …" without days asked', async () => {
    const el = await result(PRIVATE_FULL_TIME);
    const card = shadow(el).querySelector('[data-scheme="zorgverlof"]');
    // 5 days a year, 3 used: 2 left (and dwingende redenen: 10 − 3 = 7 left).
    expect(text(card?.querySelector('p'))).to.contain('nog 2 dagen');
    expect(text(shadow(el).querySelector('[data-scheme="dwingendeRedenen"] p'))).to.contain('nog 7 dagen');
    expect(text(shadow(el).querySelector('.mz-root'))).not.to.contain('Daarna heb je');
  });

  it('a public-sector worker gets what to ask HR; a private one does not', async () => {
    const pub = await result(LEAVE_WALKS.flemishCivilServant);
    const list = shadow(pub).querySelector('[part~="ask-hr"]');
    expect(list?.querySelectorAll('li').length).to.be.greaterThan(2);
    expect(text(list)).to.contain('zorgkrediet');
    expect(text(shadow(pub).querySelector('[part~="summary"]'))).to.contain('Vlaams zorgkrediet');
    expect(await axeViolations(pub)).to.deep.equal([]);
    fixtureCleanup();
    expect(shadow(await result(PRIVATE_FULL_TIME)).querySelector('[part~="ask-hr"]')).to.equal(null);
  });

  it('when nothing fits, says so plainly and points to HR', async () => {
    const el = await result({ status: 'selfEmployed', relation: 'neighbour', age: 60, situation: ['dependent'], household: 'alone', recognition: 'none' });
    const summary = shadow(el).querySelector('[part~="summary"]');
    expect(summary?.querySelector(':scope > div')).to.equal(null);
    expect(text(summary)).to.contain('Geen verlof past zeker');
    expect(text(summary)).to.contain('personeelsdienst');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('caregiver leave for someone already recognised: the next step is the letter, not asking the recognition', async () => {
    // Zorgverlof is not for a friend, so its "days used" counter is not asked here.
    const el = await result({ ...PRIVATE_FULL_TIME, relation: 'friend', situation: ['dependent'], used: undefined });
    const summary = shadow(el).querySelector('[part~="summary"]') as HTMLElement;
    const leave = [...summary.querySelectorAll<HTMLElement>(':scope > div')].find((o) => text(o.querySelector('strong')) === 'Verlof voor mantelzorg');
    expect(leave, 'caregiver leave in the summary').to.exist;
    expect(text(leave)).to.contain('Geef dan je werkgever een brief');
    expect(text(leave)).not.to.contain('Vraag eerst de erkenning');
  });
});
