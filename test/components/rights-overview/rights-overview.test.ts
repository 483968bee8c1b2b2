import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/rights-overview/define.js';
import { walk, RIGHTS_WALKS } from '../../../examples/rights-overview.examples.js';
import { answersToSituation, restoreRightsAnswers } from '../../../src/components/rights-overview/rights-overview.answers.js';
import { mount, settle, shadow, visibleText, collectEvents } from '../../embedding/contract.js';
import { axeViolations } from '../../helpers/axe.js';

const TAG = 'mz-rights-overview';

function active(el: HTMLElement): HTMLElement | null {
  return shadow(el).activeElement as HTMLElement | null;
}

async function tabTo(el: HTMLElement, pred: (a: HTMLElement) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const a = active(el);
    if (a && pred(a)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`keyboard could not reach ${what}`);
}

async function press(el: HTMLElement, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

const isRadio = (a: HTMLElement) => a instanceof HTMLInputElement && a.type === 'radio';
const isSubmit = (a: HTMLElement) => a instanceof HTMLButtonElement && a.type === 'submit';
const stepOf = (el: HTMLElement) => shadow(el).querySelector<HTMLFormElement>('form[data-step]')?.dataset.step;

async function chooseRadio(el: HTMLElement, value: string): Promise<void> {
  await tabTo(el, isRadio, 'a radio');
  for (let i = 0; i < 20; i++) {
    if ((active(el) as HTMLInputElement).value === value) break;
    await press(el, 'ArrowDown');
  }
  const a = active(el) as HTMLInputElement;
  expect(a.value, 'radio reached').to.equal(value);
  if (!a.checked) await press(el, 'Space');
  await tabTo(el, isSubmit, 'the Next button');
  await press(el, 'Enter');
}

async function typeNumber(el: HTMLElement, n: number): Promise<void> {
  await tabTo(el, (a) => a instanceof HTMLInputElement && a.type === 'number', 'a number field');
  await sendKeys({ type: String(n) });
  await press(el, 'Enter');
}

describe('<mz-rights-overview>', () => {
  afterEach(async () => {
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
  });

  it('starts with the question it answers, the privacy promise and a start button', async () => {
    const el = await mount(`<${TAG}></${TAG}>`);
    expect(shadow(el).querySelector('h2')?.textContent).to.contain('recht');
    expect(visibleText(el)).to.contain('Anoniem');
    expect(shadow(el).querySelector('[part~="button-start"]')).to.exist;
  });

  it('can be completed with the keyboard alone, with at most eight questions, and announces completion', async () => {
    const el = await mount(`<${TAG}></${TAG}>`);
    const events = collectEvents(el, ['mz-step', 'mz-complete']);
    await tabTo(el, (a) => a.matches('[part~="button-start"]'), 'Start');
    await press(el, 'Enter');
    expect(stepOf(el)).to.equal('relation');
    expect(active(el)?.hasAttribute('data-step-heading'), 'focus on the question').to.equal(true);
    await chooseRadio(el, 'parent');
    expect(stepOf(el)).to.equal('age');
    await typeNumber(el, 84);
    await chooseRadio(el, 'constant');
    expect(stepOf(el)).to.equal('health');
    await tabTo(el, isSubmit, 'Next');
    await press(el, 'Enter');
    await chooseRadio(el, 'flanders');
    await typeNumber(el, 60);
    await chooseRadio(el, 'privateEmployee');
    expect(stepOf(el)).to.equal('you');
    await typeNumber(el, 55);
    await settle(el);
    expect(stepOf(el)).to.equal(undefined);
    expect(shadow(el).querySelector('[part~="group-caregiver"]')).to.exist;
    const steps = events.filter((e) => e.type === 'mz-step').map((e) => e.detail as { step: number; total: number });
    expect(Math.max(...steps.map((s) => s.total))).to.be.at.most(8);
    const done = events.find((e) => e.type === 'mz-complete')?.detail as { widget: string; outcome: { items: string[] } };
    expect(done.widget).to.equal('rights-overview');
    expect(done.outcome.items).to.include('zorgbudgetZwaarZorgbehoevenden');
    // The outcome carries item ids only, never an answer.
    expect(JSON.stringify(done)).not.to.match(/84|parent|flanders|55/);
  });

  for (const lang of ['nl', 'fr', 'en', 'de'] as const) {
    it(`a 375 px phone shows the first three items on the first result screen (${lang})`, async () => {
      await setViewport({ width: 375, height: 667 });
      const el = await mount(`<div style="margin:0">${'<' + TAG + '></' + TAG + '>'}</div>`, lang);
      const host = el.localName === TAG ? el : (el.querySelector(TAG) as HTMLElement);
      await walk(RIGHTS_WALKS.motherCareHome)(host);
      await settle(host);
      // The result heading takes focus and scrolls into view: measure from where the result starts.
      const heading = shadow(host).querySelector<HTMLElement>('[data-step-heading]');
      heading?.scrollIntoView({ block: 'start' });
      const items = [...shadow(host).querySelectorAll<HTMLElement>('[part~="item"]')].slice(0, 3);
      expect(items.length).to.equal(3);
      for (const item of items) {
        const r = item.querySelector('h4')?.getBoundingClientRect();
        expect(r && r.bottom <= window.innerHeight, `${lang}: "${item.dataset.item}" name visible at ${r?.bottom} of ${window.innerHeight}`).to.equal(true);
      }
    });
  }

  it('the result has no axe violation with every item opened', async () => {
    const el = await mount(`<${TAG}></${TAG}>`);
    await walk(RIGHTS_WALKS.childWithDisability)(el);
    await settle(el);
    for (const d of shadow(el).querySelectorAll('details')) d.open = true;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('each shown item has one sentence, a fit with reasons, an amount or "no fixed amount", where to apply, what to bring and a source', async () => {
    const el = await mount(`<${TAG}></${TAG}>`);
    await walk(RIGHTS_WALKS.motherCareHome)(el);
    await settle(el);
    const card = shadow(el).querySelector<HTMLElement>('[data-item="zorgbudgetZwaarZorgbehoevenden"]');
    const text = (card?.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).to.contain('Zorgbudget voor zwaar zorgbehoevenden');
    expect(text).to.match(/ongeveer € ?140 per maand/);
    expect(text).to.contain('vanaf 1 januari 2024');
    expect(text).to.contain('Vaak krijgt de persoon het vanzelf');
    expect(card?.querySelectorAll('.sources a[href^="https://"]').length).to.be.greaterThan(0);
  });

  it('copies a plain-text overview with names, fits and amounts (clipboard only)', async () => {
    const el = await mount(`<${TAG}></${TAG}>`);
    await walk(RIGHTS_WALKS.motherCareHome)(el);
    await settle(el);
    let copied = '';
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t: string) => { copied = t; return Promise.resolve(); } } });
    try {
      shadow(el).querySelector<HTMLButtonElement>('[part~="button-copy"]')?.click();
      await settle(el);
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect(copied).to.contain('Mijn overzicht');
    expect(copied).to.contain('Zorgbudget voor zwaar zorgbehoevenden: Past');
    expect(copied).to.contain('Voor de persoon voor wie je zorgt');
  });

  it('a deeper link on the same page moves focus into that widget', async () => {
    const wrapper = await mount(`<div><${TAG}></${TAG}><button id="fake-quiz-target">x</button></div>`);
    const el = wrapper.querySelector(TAG) as HTMLElement;
    // A stand-in element with the quiz's tag, so the overview finds it on the page.
    const quiz = document.createElement('mz-recognition-quiz');
    quiz.attachShadow({ mode: 'open' }).innerHTML = '<h2 data-step-heading tabindex="-1">Quiz</h2>';
    wrapper.append(quiz);
    await walk(RIGHTS_WALKS.motherCareHome)(el);
    await settle(el);
    const link = shadow(el).querySelector<HTMLButtonElement>('[data-item="recognitionGeneral"] .deeper button');
    expect(link, 'the deeper link is a button to the widget on this page').to.exist;
    link?.click();
    expect(quiz.shadowRoot?.activeElement?.textContent).to.equal('Quiz');
  });

  it('a bad deeper URL is refused; an https one is used', async () => {
    const el = await mount(`<${TAG} recognition-quiz-url="https://www.voorbeeld.be/quiz" finder-url="javascript:alert(1)"></${TAG}>`);
    await walk(RIGHTS_WALKS.motherCareHome)(el);
    await settle(el);
    expect(shadow(el).querySelector('[data-item="recognitionGeneral"] .deeper a')?.getAttribute('href')).to.equal('https://www.voorbeeld.be/quiz');
    expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
  });

  for (const [lang, word] of [['fr', 'Pour vous'], ['en', 'For you'], ['de', 'Für Sie']] as const) {
    it(`shows the overview in ${lang}`, async () => {
      const el = await mount(`<${TAG} lang="${lang}"></${TAG}>`);
      await walk(RIGHTS_WALKS.brusselsFather)(el);
      await settle(el);
      expect(visibleText(el)).to.contain(word);
      expect(visibleText(el)).not.to.contain('Voor jou');
    });
  }
});

describe('rights-overview answers', () => {
  it('maps the answers to the rules’ situation', () => {
    expect(answersToSituation({ relation: 'parent', age: 80, need: 'daily', health: ['seriouslyIll'], place: 'brussels', careHome: false, hours: 60, work: 'selfEmployed', myAge: 50, household: 'alone' })).to.deep.equal({
      caregiver: { ageYears: 50, hoursPerMonth: 60, household: 'alone', working: true, work: { status: 'selfEmployed' } },
      caredFor: { relation: 'parent', ageYears: 80, needLevel: 'daily', livesIn: 'brussels', inCareHome: false, disabilityRecognised: false, situation: ['dependent', 'seriouslyIll'] },
    });
    expect(answersToSituation({ work: 'notWorking' })).to.deep.equal({ caregiver: { working: false } });
    expect(answersToSituation({})).to.deep.equal({});
  });
  it('restores only known values', () => {
    expect(restoreRightsAnswers({ relation: 'parent', need: 'lots', age: -1, health: ['terminal', 'x'], work: 'astronaut', hours: 60 })).to.deep.equal({ relation: 'parent', health: ['terminal'], hours: 60 });
    expect(restoreRightsAnswers('x')).to.equal(undefined);
  });
});
