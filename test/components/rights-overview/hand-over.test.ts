import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/rights-overview/define.js';
import '../../../src/components/recognition-quiz/define.js';
import '../../../src/components/overload-check/define.js';
import { walk as quizWalk, ADULT_PATHS, HELPS, FEELINGS } from '../../../examples/recognition-quiz.examples.js';
import { driveOverload, type DriveScript } from '../../../examples/overload-check.examples.js';
import { walk as rightsWalk } from '../../../examples/rights-overview.examples.js';
import { carryOver } from '../../../src/components/rights-overview/rights-overview.answers.js';
import { settle, shadow, visibleText } from '../../embedding/contract.js';
import { axeViolations } from '../../helpers/axe.js';
import { trackPrivacy } from '../../helpers/privacy.js';

/**
 * Answers a recognition quiz or overload check on the same page hands to the rights overview: in
 * memory, on the reader's click in the overview, whichever widget is on the page (or finishes) first.
 */
const RIGHTS = '<mz-rights-overview></mz-rights-overview>';
const QUIZ = '<mz-recognition-quiz></mz-recognition-quiz>';
/** The overload check with "a child who is ill or has a disability" as the only answer to "who do you care for". */
const CHILD: DriveScript = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 5, 0, 0, 0];

const offer = (el: HTMLElement) => shadow(el).querySelector<HTMLElement>('[part~="hand-over"]');
const useButton = (el: HTMLElement) => shadow(el).querySelector<HTMLButtonElement>('[part~="button-hand-over"]');
/** An item's fit on the overview (its card, or its line under "why not"). */
const checkedFit = (el: HTMLElement, id: string) => shadow(el).querySelector<HTMLElement>(`[data-item="${id}"]`)?.dataset.fits;
const stepOf = (el: HTMLElement) => shadow(el).querySelector<HTMLFormElement>('form[data-step]')?.dataset.step;
const checked = (el: HTMLElement, name: string) => shadow(el).querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;

async function page(markup: string, lang?: string): Promise<HTMLElement> {
  const holder = await fixture<HTMLElement>(lang ? `<div lang="${lang}">${markup}</div>` : `<div>${markup}</div>`);
  for (const el of holder.children) await settle(el);
  return holder;
}
const get = (holder: HTMLElement, tag: string) => holder.querySelector(tag) as HTMLElement;

/** Skips questions until the step shows. */
async function skipTo(el: HTMLElement, step: string): Promise<void> {
  for (let i = 0; i < 10 && stepOf(el) !== step; i++) {
    shadow(el).querySelector<HTMLButtonElement>('[part~="button-skip"]')?.click();
    await settle(el);
  }
  expect(stepOf(el)).to.equal(step);
}

describe('<mz-rights-overview> takes over answers from widgets on the same page', () => {
  afterEach(() => fixtureCleanup());

  it('quiz first, overview added later: the intro offers the answers; one click fills them in and says what', async () => {
    const holder = await page(QUIZ);
    await quizWalk(ADULT_PATHS.caregiver_intensive)(get(holder, 'mz-recognition-quiz'));
    // The overview arrives after the quiz finished (as when its chunk loads lazily).
    holder.insertAdjacentHTML('beforeend', RIGHTS);
    const el = get(holder, 'mz-rights-overview');
    await settle(el);
    expect(offer(el)?.textContent).to.contain('vragen over mantelzorg');
    useButton(el)!.click();
    await settle(el);
    expect(stepOf(el), 'the questions start').to.equal('relation');
    const note = shadow(el).querySelector('[part~="hand-over-note"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(note).to.contain('Overgenomen van deze pagina');
    expect(note).to.contain('Elke dag hulp');
    expect(note).to.contain('Minstens 50 uur zorg per maand');
    expect(offer(el) === null, 'the offer is gone once taken').to.equal(true);
    await skipTo(el, 'need');
    expect(checked(el, 'need'), 'help every day, changeable').to.equal('daily');
    await skipTo(el, 'hours');
    expect(shadow(el).querySelector<HTMLInputElement>('#mz-rights-hours')?.value).to.equal('50');
    // The reader changes it: their answer counts.
    await rightsWalk({ hours: 20 })(el);
    await settle(el);
    expect(shadow(el).querySelector('[part~="hand-over-note"]') === null, 'no note on the overview').to.equal(true);
    expect(checkedFit(el, 'recognitionSocialRights'), 'the reader’s 20 hours count').to.equal('false');
  });

  it('overview first, quiz finished later: the offer appears without a reload; a restart withdraws it', async () => {
    const holder = await page(RIGHTS + QUIZ);
    const el = get(holder, 'mz-rights-overview');
    expect(offer(el) === null, 'nothing to offer yet').to.equal(true);
    const quiz = get(holder, 'mz-recognition-quiz');
    await quizWalk(ADULT_PATHS.caregiver_intensive)(quiz);
    await settle(el);
    expect(offer(el) !== null).to.equal(true);
    shadow(quiz).querySelector<HTMLButtonElement>('[part~="button-restart"]')!.click();
    await settle(quiz);
    await settle(el);
    expect(offer(el) === null).to.equal(true);
  });

  it('a quiz removed after the offer showed: the click takes nothing stale', async () => {
    const holder = await page(QUIZ + RIGHTS);
    const quiz = get(holder, 'mz-recognition-quiz');
    await quizWalk(ADULT_PATHS.caregiver_intensive)(quiz);
    const el = get(holder, 'mz-rights-overview');
    await settle(el);
    quiz.remove();
    useButton(el)!.click();
    await settle(el);
    expect(stepOf(el), 'still on the intro').to.equal(undefined);
    expect(offer(el) === null, 'the offer is gone').to.equal(true);
  });

  it('a quiz half-way offers nothing', async () => {
    const holder = await page(QUIZ + RIGHTS);
    await quizWalk(ADULT_PATHS.caregiver_intensive.slice(0, 6))(get(holder, 'mz-recognition-quiz'));
    const el = get(holder, 'mz-rights-overview');
    await settle(el);
    expect(offer(el) === null).to.equal(true);
  });

  it('mid-way through the questions the offer shows under the question; taking it keeps the reader there', async () => {
    const holder = await page(RIGHTS + QUIZ);
    const el = get(holder, 'mz-rights-overview');
    await rightsWalk({}, 'hours')(el);
    await quizWalk(ADULT_PATHS.caregiver_intensive)(get(holder, 'mz-recognition-quiz'));
    await settle(el);
    useButton(el)!.click();
    await settle(el);
    expect(stepOf(el)).to.equal('hours');
    expect(shadow(el).querySelector<HTMLInputElement>('#mz-rights-hours')?.value).to.equal('50');
  });

  it('the school version hands over the one person you help', async () => {
    const holder = await page('<mz-recognition-quiz audience="young"></mz-recognition-quiz>' + RIGHTS);
    await quizWalk([['yes'], ['no'], ['parent'], HELPS('2', '2', '1', '2', '1', '2'), FEELINGS('2', '2', '1', '1', '1'), ['no'], ['proud']])(get(holder, 'mz-recognition-quiz'));
    const el = get(holder, 'mz-rights-overview');
    await settle(el);
    useButton(el)!.click();
    await settle(el);
    expect(checked(el, 'relation')).to.equal('parent');
  });

  for (const order of ['overload check first', 'overview first'] as const) {
    it(`overload check + overview (${order}): "a child" becomes "my child"`, async () => {
      const holder = await page(order === 'overview first' ? RIGHTS : '<mz-overload-check></mz-overload-check>');
      if (order === 'overview first') holder.insertAdjacentHTML('beforeend', '<mz-overload-check></mz-overload-check>');
      const check = get(holder, 'mz-overload-check');
      await settle(check);
      await driveOverload(check, CHILD);
      if (order !== 'overview first') holder.insertAdjacentHTML('beforeend', RIGHTS);
      const el = get(holder, 'mz-rights-overview');
      await settle(el);
      expect(offer(el)?.textContent).to.contain('hoe zwaar de zorg weegt');
      useButton(el)!.click();
      await settle(el);
      expect(checked(el, 'relation')).to.equal('child');
      expect(visibleText(el)).to.contain('Mijn kind');
    });
  }

  it('an overload check that names no relative offers nothing', async () => {
    const holder = await page('<mz-overload-check></mz-overload-check>' + RIGHTS);
    await driveOverload(get(holder, 'mz-overload-check'), [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0]); // dementia
    const el = get(holder, 'mz-rights-overview');
    await settle(el);
    expect(offer(el) === null).to.equal(true);
  });

  it('keyboard: Tab reaches the offer, Enter takes it and focus moves to the first question', async () => {
    const holder = await page(QUIZ);
    await quizWalk(ADULT_PATHS.caregiver_intensive)(get(holder, 'mz-recognition-quiz'));
    holder.insertAdjacentHTML('beforeend', RIGHTS);
    const el = get(holder, 'mz-rights-overview');
    await settle(el);
    shadow(el).querySelector<HTMLElement>('[data-step-heading]')?.focus();
    for (let i = 0; i < 10 && !(shadow(el).activeElement as HTMLElement | null)?.matches('[part~="button-hand-over"]'); i++) await sendKeys({ press: 'Tab' });
    expect((shadow(el).activeElement as HTMLElement | null)?.matches('[part~="button-hand-over"]'), 'offer reached by Tab').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(stepOf(el)).to.equal('relation');
    expect((shadow(el).activeElement as HTMLElement | null)?.hasAttribute('data-step-heading'), 'focus on the question').to.equal(true);
  });

  it('the offer and the note have no axe violation', async () => {
    const holder = await page(QUIZ);
    await quizWalk(ADULT_PATHS.caregiver_intensive)(get(holder, 'mz-recognition-quiz'));
    holder.insertAdjacentHTML('beforeend', RIGHTS);
    const el = get(holder, 'mz-rights-overview');
    await settle(el);
    expect(offer(el) !== null).to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);
    useButton(el)!.click();
    await settle(el);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  for (const [lang, offerText, carried] of [
    ['fr', 'aide à un proche', 'Au moins 50 heures'],
    ['en', 'caring for someone', 'At least 50 hours'],
    ['de', 'Pflege eines Angehörigen', 'Mindestens 50 Stunden'],
  ] as const) {
    it(`speaks ${lang}`, async () => {
      const holder = await page(QUIZ, lang);
      await quizWalk(ADULT_PATHS.caregiver_intensive)(get(holder, 'mz-recognition-quiz'));
      holder.insertAdjacentHTML('beforeend', RIGHTS);
      const el = get(holder, 'mz-rights-overview');
      await settle(el);
      expect(offer(el)?.textContent).to.contain(offerText);
      useButton(el)!.click();
      await settle(el);
      expect(shadow(el).querySelector('[part~="hand-over-note"]')?.textContent).to.contain(carried);
    });
  }

  it('privacy: quiz, hand-over and overview make no request, write no cookie or storage, set no attribute, and nothing bubbles', async () => {
    const privacy = trackPrivacy();
    const holder = await page(QUIZ + RIGHTS);
    const requests: unknown[] = [];
    const seen = (e: Event) => requests.push(e.type);
    holder.addEventListener('mz-hand-over', seen);
    document.addEventListener('mz-hand-over', seen);
    const quiz = get(holder, 'mz-recognition-quiz');
    await quizWalk(ADULT_PATHS.caregiver_intensive)(quiz);
    const el = get(holder, 'mz-rights-overview');
    await settle(el);
    useButton(el)!.click();
    await settle(el);
    await rightsWalk({})(el);
    await settle(el);
    expect(privacy.stop()).to.deep.equal({ requests: [], cookieChanged: false, storageWrites: [] });
    document.removeEventListener('mz-hand-over', seen);
    expect(requests, 'the request stays on the quiz element').to.deep.equal([]);
    for (const x of [quiz, el]) expect([...x.attributes].map((a) => `${a.name}=${a.value}`).join(' ')).not.to.match(/50plus|daily|hours/);
    expect(location.hash, 'no answer in the URL').to.equal('');
    expect(location.href).not.to.match(/daily|plus|hours/);
  });
});

describe('carryOver (another widget’s words → our answers)', () => {
  it('maps only what means the same here', () => {
    expect(carryOver({ widget: 'recognition-quiz', answers: { frequency: 'daily', hours: '50plus' } })).to.deep.equal({ from: 'recognition-quiz', answers: { need: 'daily', hours: 50 } });
    // "10 to 49 hours" or weekly help say nothing exact about our questions.
    expect(carryOver({ widget: 'recognition-quiz', answers: { frequency: 'weekly', hours: '10to49' } })).to.equal(undefined);
    expect(carryOver({ widget: 'recognition-quiz', answers: { who: ['parent', 'grandparent'] } })).to.equal(undefined);
    expect(carryOver({ widget: 'recognition-quiz', answers: { who: ['grandparent'] } })).to.deep.equal({ from: 'recognition-quiz', answers: { relation: 'grandparent' } });
    expect(carryOver({ widget: 'overload-check', audience: 'adult', careFor: ['child', 'disability'] })).to.deep.equal({ from: 'overload-check', answers: { relation: 'child' } });
    expect(carryOver({ widget: 'overload-check', audience: 'young', careFor: ['child'] })).to.deep.equal({ from: 'overload-check', answers: { relation: 'sibling' } });
    // A child and an older person: two people, no single relation.
    expect(carryOver({ widget: 'overload-check', careFor: ['child', 'frailty'] })).to.equal(undefined);
  });
  it('treats the words as untrusted', () => {
    for (const bad of [undefined, null, 'x', 1, [], { widget: 'other' }, { widget: 'recognition-quiz' }, { widget: 'recognition-quiz', answers: { who: 'parent', hours: 50 } },
      { widget: 'overload-check', careFor: 'child' }, { widget: 'overload-check', careFor: [1] }, { widget: 'recognition-quiz', answers: { who: ['__proto__'] } }]) {
      expect(carryOver(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });
});
