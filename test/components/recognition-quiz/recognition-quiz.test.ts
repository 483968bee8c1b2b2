import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/recognition-quiz/define.js';
import { collectEvents, mount, settle, shadow, visibleText } from '../../embedding/contract.js';
import { axeViolations } from '../../helpers/axe.js';
import { trackErrors, trackPrivacy } from '../../helpers/privacy.js';
import { ADULT_PATHS, YOUNG_PATHS, walk } from '../../../examples/recognition-quiz.examples.js';
import type { MzRecognitionQuiz } from '../../../src/components/recognition-quiz/recognition-quiz.js';

const ADULT = '<mz-recognition-quiz></mz-recognition-quiz>';
const YOUNG = '<mz-recognition-quiz audience="young"></mz-recognition-quiz>';

function $(el: HTMLElement, selector: string): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>(selector);
}
function active(el: HTMLElement): HTMLElement | null {
  return shadow(el).activeElement as HTMLElement | null;
}
async function press(el: HTMLElement, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}
/** Presses Tab until `pred` holds for the focused element in the widget (max 40 presses). */
async function tabUntil(el: HTMLElement, pred: (a: HTMLElement) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const a = active(el);
    if (a && pred(a)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}
/** The option of an answer: `value`, or `name=value` for a row of a grouped screen (young scales). */
function answerInput(el: HTMLElement, v: string): HTMLInputElement {
  const [name, value] = v.includes('=') ? v.split('=') : [undefined, v];
  return $(el, name ? `fieldset input[name="${name}"][value="${value}"]` : `fieldset input[value="${value}"]`) as HTMLInputElement;
}
const isPart = (part: string) => (a: HTMLElement) => (a.getAttribute('part') ?? '').split(' ').includes(part);
const isInput = (value: string) => (a: HTMLElement) => a instanceof HTMLInputElement && a.value === value;

/** Answers one question with the keyboard only: Tab, arrows, Space, Enter. */
async function keyboardAnswer(el: HTMLElement, values: readonly string[]): Promise<void> {
  const inputs = Array.from(shadow(el).querySelectorAll<HTMLInputElement>('fieldset input'));
  const multi = inputs[0]?.type === 'checkbox';
  if (values.length && values.every((v) => v.includes('='))) {
    // A grouped screen: Tab to each row's radio group, arrows to the value.
    for (const v of values) {
      const [name, value] = v.split('=');
      await tabUntil(el, (a) => a instanceof HTMLInputElement && a.name === name, `the row ${name}`);
      if (isInput(value)(active(el)!)) await sendKeys({ press: 'Space' });
      for (let i = 0; i < 3 && !isInput(value)(active(el)!); i++) await sendKeys({ press: 'ArrowDown' });
      expect((active(el) as HTMLInputElement).checked, `row ${name}: ${value} checked`).to.equal(true);
    }
  } else if (multi) {
    for (const v of values) {
      await tabUntil(el, isInput(v), `checkbox ${v}`);
      await sendKeys({ press: 'Space' });
    }
  } else {
    await tabUntil(el, (a) => a instanceof HTMLInputElement, 'the radio group');
    const target = values[0];
    if (isInput(target)(active(el)!)) await sendKeys({ press: 'Space' });
    for (let i = 0; i < inputs.length && !isInput(target)(active(el)!); i++) await sendKeys({ press: 'ArrowDown' });
    expect((active(el) as HTMLInputElement).checked, `radio ${target} checked`).to.equal(true);
  }
  await tabUntil(el, isPart('button-next'), 'the next button');
  await press(el, 'Enter');
}

async function keyboardRun(el: HTMLElement, steps: ReadonlyArray<readonly string[]>): Promise<void> {
  await tabUntil(el, isPart('button-start'), 'the start button');
  await press(el, 'Enter');
  expect(active(el)?.hasAttribute('data-step-heading'), 'focus on the first question').to.equal(true);
  for (const s of steps) {
    await keyboardAnswer(el, s);
    expect(active(el)?.hasAttribute('data-step-heading'), 'focus moved to the new step heading').to.equal(true);
  }
}

afterEach(async () => {
  fixtureCleanup();
  await emulateMedia({ media: 'screen' });
});

describe('<mz-recognition-quiz> rendering and flow', () => {
  it('starts with an intro: what, ~3 minutes, anonymous, not a test', async () => {
    const el = await mount(ADULT, 'nl');
    const text = visibleText(el);
    expect(text).to.contain('3 minuten');
    expect(text).to.contain('Anoniem');
    expect(text).to.contain('geen test');
    expect($(el, '[part~="help-now"]'), 'need help now? on the intro').to.exist;
  });

  it('"need help now?" shows 112 at once, and the lines of the language when opened', async () => {
    const expected: Record<string, string[]> = {
      nl: ['tel:112', 'tel:106', 'tel:1813'], fr: ['tel:112', 'tel:107', 'tel:080032123'], de: ['tel:112', 'tel:108'],
      en: ['tel:112', 'tel:106', 'tel:107', 'tel:1813', 'tel:080032123'],
    };
    for (const lang of ['nl', 'fr', 'en', 'de']) {
      const el = await mount(ADULT, lang);
      const details = $(el, '[part~="help-now"]') as HTMLDetailsElement;
      expect(details.textContent).to.contain('112');
      details.querySelector('summary')!.click();
      const tels = () => Array.from(details.querySelectorAll('a[href^="tel:"]')).map((a) => a.getAttribute('href'));
      await waitUntil(() => tels().length > 0, 'lines loaded');
      expect(tels(), lang).to.deep.equal(expected[lang]);
      expect(await axeViolations(el)).to.deep.equal([]);
      fixtureCleanup();
    }
  });

  it('shows one question per step in a fieldset with a legend, a hint and "question N of M"', async () => {
    const el = await mount(ADULT, 'nl');
    await walk([])(el);
    const fieldset = $(el, 'fieldset')!;
    expect(fieldset.querySelector('legend')?.textContent).to.contain('extra hulp');
    expect(fieldset.getAttribute('aria-describedby')).to.equal('hint-need');
    expect($(el, '#hint-need')?.textContent).to.contain('Bijvoorbeeld');
    expect($(el, '[part~="progress"]')?.textContent).to.contain('Vraag 1 van 8');
    expect(shadow(el).querySelectorAll('fieldset').length).to.equal(1);
  });

  it('asks for an answer instead of moving on, and says so accessibly', async () => {
    const el = await mount(ADULT, 'nl');
    await walk([])(el);
    ($(el, 'form button[type=submit]') as HTMLButtonElement).click();
    await settle(el);
    const err = $(el, '[part~="field-error"]');
    expect(err?.textContent).to.contain('Kies een antwoord');
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.contain(err!.id);
    expect($(el, '[part~="progress"]')?.textContent).to.contain('Vraag 1 van 8');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('goes back and keeps earlier answers', async () => {
    const el = await mount(ADULT, 'nl');
    await walk([['yes'], ['personal']])(el);
    ($(el, '[part~="button-back"]') as HTMLButtonElement).click();
    await settle(el);
    expect(($(el, 'input[value="personal"]') as HTMLInputElement).checked).to.equal(true);
    ($(el, '[part~="button-back"]') as HTMLButtonElement).click();
    await settle(el);
    expect(($(el, 'input[value="yes"]') as HTMLInputElement).checked).to.equal(true);
    expect(($(el, 'input[value="no"]') as HTMLInputElement).checked).to.equal(false);
  });

  it('offers a check-your-answers page where each answer can be changed', async () => {
    const el = await mount(ADULT, 'nl');
    await walk(ADULT_PATHS.caregiver, 'check')(el);
    expect(visibleText(el)).to.contain('Kijk je antwoorden na');
    expect(shadow(el).querySelectorAll('[part~="button-change"]').length).to.equal(8);
    expect(await axeViolations(el)).to.deep.equal([]);
    // Change "how often" to daily with 3 tasks → back to the check page, then the result.
    (shadow(el).querySelectorAll<HTMLButtonElement>('[part~="button-change"]')[3]).click();
    await settle(el);
    ($(el, 'input[value="daily"]') as HTMLInputElement).click();
    ($(el, 'form button[type=submit]') as HTMLButtonElement).click();
    await settle(el);
    expect(visibleText(el)).to.contain('Kijk je antwoorden na');
    expect(visibleText(el)).to.contain('Elke dag');
    ($(el, '[part~="button-result"]') as HTMLButtonElement).click();
    await settle(el);
    expect($(el, '[part~="result"]')).to.exist;
  });

  it('asks skipped questions when a changed answer opens them', async () => {
    const el = await mount(ADULT, 'nl');
    await walk(ADULT_PATHS.not_now)(el);
    ($(el, '[part~="print-options"] [part~="button-back"]') as HTMLButtonElement).click();
    await settle(el);
    ($(el, 'input[value="yes"]') as HTMLInputElement).click();
    ($(el, '[part~="button-check"]') as HTMLButtonElement).click();
    await settle(el);
    expect($(el, 'legend')?.textContent).to.contain('betaald werk');
  });

  it('stops early when the outcome cannot change (need = no → result after 1 question)', async () => {
    const el = await mount(ADULT, 'nl');
    const events = collectEvents(el, ['mz-complete']);
    await walk(ADULT_PATHS.not_now)(el);
    expect(events).to.deep.equal([{ type: 'mz-complete', detail: { widget: 'recognition-quiz', outcome: 'not_now' } }]);
  });
});

describe('<mz-recognition-quiz> accessibility beyond axe', () => {
  it('each step is one fieldset named by its legend (the question), with every control inside it; a grouped screen is one fieldset per row under one heading', async () => {
    for (const [html, steps] of [[ADULT, ADULT_PATHS.caregiver_intensive], [YOUNG, YOUNG_PATHS.young_carer]] as const) {
      const el = await mount(html, 'nl');
      await walk([])(el);
      for (const s of steps) {
        const fieldsets = Array.from(shadow(el).querySelectorAll('fieldset'));
        const grouped = s.length > 0 && s.every((v) => v.includes('='));
        if (grouped) {
          // One heading for the screen; each row is its own group, named by its legend and described by the hint.
          expect(shadow(el).querySelectorAll('[data-step-heading]').length).to.equal(1);
          expect(fieldsets.length, 'one fieldset per row').to.equal(s.length);
          const hint = $(el, '[part~="hint"]')!;
          for (const f of fieldsets) {
            expect(f.firstElementChild?.localName, 'legend first').to.equal('legend');
            expect(f.firstElementChild?.textContent?.trim().length).to.be.greaterThan(5);
            expect(f.getAttribute('aria-describedby')?.split(' ')).to.include(hint.id);
            expect(f.querySelectorAll('input[type=radio]').length, 'never, sometimes, often').to.equal(3);
          }
        } else {
          expect(fieldsets.length).to.equal(1);
          const legend = fieldsets[0].firstElementChild;
          expect(legend?.localName, 'legend first').to.equal('legend');
          expect(legend?.querySelector('[data-step-heading]')?.textContent?.trim().length).to.be.greaterThan(5);
        }
        const inputs = shadow(el).querySelectorAll('input');
        inputs.forEach((i) => {
          expect(fieldsets.some((f) => f.contains(i))).to.equal(true);
          expect(i.closest('label'), 'each option labelled').to.exist;
        });
        s.forEach((v) => answerInput(el, v).click());
        ($(el, 'form button[type=submit]') as HTMLButtonElement).click();
        await settle(el);
      }
      fixtureCleanup();
    }
  });

  it('forced colours: no axe violation on a question and on a result', async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    try {
      const el = await mount(YOUNG, 'nl');
      await walk([])(el);
      expect(await axeViolations(el)).to.deep.equal([]);
      fixtureCleanup();
      const el2 = await mount(ADULT, 'nl');
      await walk(ADULT_PATHS.caregiver_intensive)(el2);
      expect(await axeViolations(el2)).to.deep.equal([]);
    } finally {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
    }
  });

  it('200 % text at 640 px: the result still reflows without horizontal scrolling', async () => {
    await setViewport({ width: 640, height: 800 });
    try {
      const el = await mount('<mz-recognition-quiz style="--mz-font-size: 32px"></mz-recognition-quiz>', 'de');
      await walk(ADULT_PATHS.caregiver_intensive)(el);
      const root = $(el, '.mz-root')!;
      expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(640);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<mz-recognition-quiz> keyboard only', () => {
  it('adult: completes to a result with Tab, arrows, Space and Enter', async () => {
    const el = await mount(ADULT, 'nl');
    const events = collectEvents(el, ['mz-complete']);
    await keyboardRun(el, ADULT_PATHS.caregiver_intensive);
    expect($(el, '[part~="result"]')).to.exist;
    expect(events.map((e) => e.detail)).to.deep.equal([{ widget: 'recognition-quiz', outcome: 'caregiver_intensive' }]);
  });

  it('young: completes to a result with the keyboard only', async () => {
    const el = await mount(YOUNG, 'nl');
    const events = collectEvents(el, ['mz-complete']);
    await keyboardRun(el, YOUNG_PATHS.young_carer);
    expect($(el, '[part~="result"]')).to.exist;
    expect(events.map((e) => e.detail)).to.deep.equal([{ widget: 'recognition-quiz', outcome: 'young_carer' }]);
  });
});

describe('<mz-recognition-quiz> adult result', () => {
  it('says what recognition asks and gives, with date and source, and what to bring at 50+ hours', async () => {
    const el = await mount(ADULT, 'nl');
    await walk(ADULT_PATHS.caregiver_intensive)(el);
    const rec = $(el, '[part~="recognition"]')!;
    expect(rec.textContent).to.contain('Algemene erkenning');
    expect(rec.textContent).to.contain('Erkenning met sociale rechten');
    expect(rec.textContent).to.contain('50 uur per maand of 600 uur per jaar');
    expect(rec.textContent).to.contain('1 september 2020');
    expect(rec.querySelector('a[href^="https://www.samana.be"]')).to.exist;
    expect($(el, '[part~="bring"]')?.textContent).to.contain('verklaring op erewoord');
    const steps = shadow(el).querySelectorAll('[part~="next-steps"] > li');
    expect(steps.length).to.be.within(2, 4);
    expect(steps[0].textContent, 'lives with + intensive → overload check first').to.contain('Kijk hoe zwaar');
    expect($(el, '[part~="reasons"]')?.textContent).to.contain('4 soorten taken');
  });

  it('never says "you are not a caregiver", in any language or outcome', async () => {
    for (const lang of ['nl', 'fr', 'en', 'de']) {
      for (const steps of [ADULT_PATHS.not_now, ADULT_PATHS.professional, ADULT_PATHS.occasional]) {
        const el = await mount(ADULT, lang);
        await walk(steps)(el);
        const text = visibleText(el).toLowerCase();
        for (const bad of ['geen mantelzorger', 'pas aidant', 'not a carer', 'not a caregiver', 'keine pflegende', 'kein pflegender']) {
          expect(text, `${lang}: ${bad}`).not.to.contain(bad);
        }
        fixtureCleanup();
      }
    }
  });

  it('does not show the recognition block or what to bring when it does not apply', async () => {
    const el = await mount(ADULT, 'nl');
    await walk(ADULT_PATHS.caregiver)(el);
    expect($(el, '[part~="recognition"]')).to.exist;
    expect($(el, '[part~="bring"]')).to.equal(null);
    fixtureCleanup();
    const el2 = await mount(ADULT, 'nl');
    await walk(ADULT_PATHS.professional)(el2);
    expect($(el2, '[part~="recognition"]')).to.equal(null);
  });

  it('links onward: same page when the element is there, else partner links, else official sites', async () => {
    const root = await fixture<HTMLElement>(`<div lang="nl">
      <mz-recognition-quiz><script type="application/json">{"links":{"finder":"https://gemeente.example/steun"}}</script></mz-recognition-quiz>
      <section><h2>Verlof</h2><div id="verlof-widget"></div></section></div>`);
    // A sibling leave calculator on the page (a plain element with that tag is enough for the lookup).
    const sibling = document.createElement('mz-leave-calculator');
    sibling.id = 'verlof';
    root.querySelector('#verlof-widget')!.append(sibling);
    const el = root.querySelector<HTMLElement>('mz-recognition-quiz')!;
    await settle(el);
    await walk(ADULT_PATHS.caregiver_intensive)(el);
    const links = Array.from(shadow(el).querySelectorAll<HTMLAnchorElement>('[part~="next-steps"] a')).map((a) => a.getAttribute('href'));
    expect(links).to.include('#verlof');
    expect(links).to.include('https://gemeente.example/steun');
    expect(links).to.include('https://www.mantelzorgers.be');
  });

  it('a sibling without an id gets a button that scrolls there and moves focus to it', async () => {
    const root = await fixture<HTMLElement>('<div lang="nl"><mz-recognition-quiz></mz-recognition-quiz><mz-overload-check></mz-overload-check></div>');
    const el = root.querySelector<HTMLElement>('mz-recognition-quiz')!;
    await settle(el);
    await walk(ADULT_PATHS.caregiver)(el);
    const button = Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('[part~="next-steps"] button')).find((b) => b.textContent?.includes('Hoe zwaar weegt de zorg?'));
    expect(button, 'same-page button').to.exist;
    button!.click();
    expect(document.activeElement?.localName).to.equal('mz-overload-check');
  });

  it('uses Belgian official terms in French and German', async () => {
    const fr = await mount(ADULT, 'fr');
    await walk(ADULT_PATHS.caregiver_intensive)(fr);
    const tfr = visibleText(fr);
    expect(tfr).to.contain('mutualité');
    expect(tfr).to.contain('aidant proche');
    expect(tfr).not.to.contain('proche aidant');
    expect(tfr).to.contain('reconnaissance pour l’octroi de droits sociaux');
    fixtureCleanup();
    const de = await mount(ADULT, 'de');
    await walk(ADULT_PATHS.caregiver_intensive)(de);
    const tde = visibleText(de);
    expect(tde).to.contain('Krankenkasse');
    expect(tde).to.contain('Urlaub für nahestehende Hilfspersonen');
    for (const german of ['Pflegezeit', 'Pflegegrad', 'Pflegekasse']) expect(tde).not.to.contain(german);
  });
});

describe('<mz-recognition-quiz audience="young">', () => {
  it('never uses the word for caregiver before the result, in any language', async () => {
    const words: Record<string, string[]> = { nl: ['mantelzorg'], fr: ['aidant'], en: ['carer', 'caregiver'], de: ['pflegende', 'hilfsperson'] };
    for (const lang of ['nl', 'fr', 'en', 'de']) {
      const el = await mount(YOUNG, lang);
      const seen: string[] = [visibleText(el)];
      await walk([])(el);
      for (const s of YOUNG_PATHS.young_carer.slice(0, -1)) {
        seen.push(visibleText(el));
        const inputs = s.map((v) => answerInput(el, v));
        inputs.forEach((i) => i.click());
        ($(el, 'form button[type=submit]') as HTMLButtonElement).click();
        await settle(el);
      }
      seen.push(visibleText(el));
      const text = seen.join(' ').toLowerCase();
      for (const w of words[lang]) expect(text, `${lang}: ${w}`).not.to.contain(w);
      fixtureCleanup();
    }
  });

  it('gives an example in every question', async () => {
    const el = await mount(YOUNG, 'nl');
    await walk([])(el);
    for (const s of YOUNG_PATHS.young_carer) {
      const hint = $(el, '[part~="hint"]')?.textContent ?? '';
      expect(hint.length, $(el, 'legend')?.textContent ?? '').to.be.greaterThan(20);
      s.forEach((v) => (answerInput(el, v)).click());
      ($(el, 'form button[type=submit]') as HTMLButtonElement).click();
      await settle(el);
    }
  });

  it('routes a red flag to urgent help first, per language', async () => {
    const expected: Record<string, string[]> = { nl: ['112', '1712', '102'], fr: ['112', '103'], de: ['112', '108'], en: ['112', '1712', '102', '103'] };
    for (const lang of ['nl', 'fr', 'en', 'de']) {
      const el = await mount(YOUNG, lang);
      await walk(YOUNG_PATHS.urgent)(el);
      const result = $(el, '[part~="result"]')!;
      const urgent = $(el, '[part~="urgent"]')!;
      expect(urgent, lang).to.exist;
      // The urgent block comes before every other section of the result.
      const sections = Array.from(result.querySelectorAll('section, [part~="reasons"], [part~="next-steps"]'));
      expect(sections[0]).to.equal(urgent);
      const numbers = Array.from(urgent.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')).map((a) => a.href.replace('tel:', ''));
      expect(numbers, lang).to.deep.equal(expected[lang]);
      fixtureCleanup();
    }
  });

  it('suicidal thoughts: 1813 in Dutch, 0800 32 123 in French, 108 in German', async () => {
    const steps = [...YOUNG_PATHS.young_carer.slice(0, 5), ['yes']];
    const expected: Record<string, string> = { nl: '1813', fr: '080032123', de: '108' };
    for (const lang of ['nl', 'fr', 'de']) {
      const el = await mount(YOUNG, lang);
      await walk(steps)(el);
      const tels = Array.from(shadow(el).querySelectorAll<HTMLAnchorElement>('[part~="urgent"] a[href^="tel:"]')).map((a) => a.getAttribute('href'));
      expect(tels[0]).to.equal('tel:112');
      expect(tels[1]).to.equal(`tel:${expected[lang]}`);
      fixtureCleanup();
    }
  });

  it('shows the school contact point from partner JSON on every result', async () => {
    const json = '{"schoolContact":{"text":{"nl":"Praat met meneer Claes, lokaal 4","fr":"Parle avec M. Claes"},"phone":"+32 9 123 45 67"}}';
    for (const steps of Object.values(YOUNG_PATHS)) {
      const el = await mount(`<mz-recognition-quiz audience="young"><script type="application/json">${json}</script></mz-recognition-quiz>`, 'en');
      await walk(steps)(el);
      const sc = $(el, '[part~="school-contact"]');
      expect(sc?.textContent, 'falls back to nl text for en').to.contain('meneer Claes');
      expect(sc?.querySelector('a[href="tel:+3291234567"]')).to.exist;
      fixtureCleanup();
    }
  });

  it('has no field that could identify a pupil (no text inputs at any step)', async () => {
    const el = await mount(YOUNG, 'nl');
    await walk([])(el);
    for (const s of YOUNG_PATHS.young_carer) {
      expect(shadow(el).querySelectorAll('input:not([type=radio]):not([type=checkbox]), textarea, select').length).to.equal(0);
      s.forEach((v) => (answerInput(el, v)).click());
      ($(el, 'form button[type=submit]') as HTMLButtonElement).click();
      await settle(el);
    }
  });

  it('ignores remember (school computers are shared)', async () => {
    const privacy = trackPrivacy();
    const el = await mount('<mz-recognition-quiz audience="young" remember></mz-recognition-quiz>', 'nl');
    await walk(YOUNG_PATHS.young_carer)(el);
    expect(privacy.stop().storageWrites).to.deep.equal([]);
    expect($(el, '[part~="remember"]')).to.equal(null);
  });
});

describe('<mz-recognition-quiz> privacy', () => {
  const collect = ['mz-ready', 'mz-step', 'mz-complete', 'mz-error'];
  const ANSWER_VALUES = new Set<string>([
    ...Object.values(ADULT_PATHS).flat(2), ...Object.values(YOUNG_PATHS).flat(2), 'true', 'false',
  ]);

  function assertNoAnswers(events: Array<{ type: string; detail: unknown }>): void {
    for (const e of events) {
      const detail = e.detail as Record<string, unknown>;
      const allowed: Record<string, string[]> = {
        'mz-ready': ['widget', 'version'], 'mz-step': ['step', 'total'], 'mz-complete': ['widget', 'outcome'], 'mz-error': ['code', 'message'],
      };
      expect(Object.keys(detail).sort(), e.type).to.deep.equal([...allowed[e.type]].sort());
      for (const value of Object.values(detail)) {
        if (typeof value === 'string') expect(ANSWER_VALUES.has(value), `${e.type} carries "${value}"`).to.equal(false);
      }
      if (e.type === 'mz-step') expect((detail as { total: number }).total, 'constant total').to.be.oneOf([8, 7]);
    }
  }

  for (const [audience, paths] of [['adult', ADULT_PATHS], ['young', YOUNG_PATHS]] as const) {
    for (const [outcome, steps] of Object.entries(paths)) {
      it(`${audience} → ${outcome}: no answer in any event, storage or request`, async () => {
        const privacy = trackPrivacy();
        const errors = trackErrors();
        const holder = await fixture<HTMLElement>('<div lang="nl"></div>');
        const events = collectEvents(holder, collect);
        holder.innerHTML = audience === 'young' ? YOUNG : ADULT;
        const el = holder.firstElementChild as HTMLElement;
        await settle(el);
        await walk(steps)(el);
        // Print opt-in and restart must not leak either.
        ($(el, '[part~="print-options"] input[type=checkbox]') as HTMLInputElement).click();
        await settle(el);
        assertNoAnswers(events);
        expect(events.filter((e) => e.type === 'mz-complete').map((e) => e.detail)).to.deep.equal([{ widget: 'recognition-quiz', outcome }]);
        const report = privacy.stop();
        expect(report.requests).to.deep.equal([]);
        expect(report.storageWrites).to.deep.equal([]);
        expect(report.cookieChanged).to.equal(false);
        expect(errors.stop()).to.deep.equal([]);
      });
    }
  }

  it('with remember (adult), keeps progress in sessionStorage only, and "forget" clears it', async () => {
    sessionStorage.clear();
    const el = await mount('<mz-recognition-quiz remember></mz-recognition-quiz>', 'nl');
    await walk([['yes'], ['personal']])(el);
    expect(Object.keys(sessionStorage).some((k) => k.startsWith('mantelkit:recognition-quiz'))).to.equal(true);
    expect(Object.keys(localStorage).length).to.equal(0);
    fixtureCleanup();
    const again = await mount('<mz-recognition-quiz remember></mz-recognition-quiz>', 'nl');
    expect($(again, '[part~="progress"]')?.textContent, 'restored at question 3').to.contain('Vraag 3');
    // Back to the intro, where "forget my answers" is.
    ($(again, '[part~="button-back"]') as HTMLButtonElement).click();
    await settle(again);
    ($(again, '[part~="button-back"]') as HTMLButtonElement).click();
    await settle(again);
    ($(again, '[part~="button-back"]') as HTMLButtonElement).click();
    await settle(again);
    ($(again, '[part~="button-forget"]') as HTMLButtonElement).click();
    await settle(again);
    expect(Object.keys(sessionStorage).some((k) => k.startsWith('mantelkit:recognition-quiz'))).to.equal(false);
  });
});

describe('<mz-recognition-quiz> print', () => {
  const shown = (n: Element | null) => !!n && getComputedStyle(n).display !== 'none' && (n as HTMLElement).getBoundingClientRect().height > 0;

  it('adult: prints help, recognition and the date, and hides the answers unless opted in', async () => {
    const el = await mount(ADULT, 'nl');
    await walk(ADULT_PATHS.caregiver_intensive)(el);
    await emulateMedia({ media: 'print' });
    await settle(el);
    expect(shown($(el, '.q-sheet-title')), 'sheet title').to.equal(true);
    expect(shown($(el, '[part~="next-steps"]')), 'next steps').to.equal(true);
    expect(shown($(el, '[part~="recognition"]')), 'recognition').to.equal(true);
    expect(shown($(el, '[part~="bring"]')), 'what to bring').to.equal(true);
    expect(visibleText(el)).to.match(/Gemaakt op \d+ \w+ \d{4}/);
    expect($(el, '[part~="answers"]'), 'answers hidden by default').to.equal(null);
    expect(shown($(el, '[part~="print-options"]')), 'no buttons on paper').to.equal(false);
    expect(shown($(el, '[part~="help-now"]')), 'no disclosure on paper').to.equal(false);
    await emulateMedia({ media: 'screen' });
    ($(el, '[part~="print-options"] input[type=checkbox]') as HTMLInputElement).click();
    await settle(el);
    await emulateMedia({ media: 'print' });
    expect(shown($(el, '[part~="answers"]')), 'answers when opted in').to.equal(true);
    expect($(el, '[part~="answers"]')?.textContent).to.contain('50 uur of meer');
  });

  it('young: prints the urgent help and the date, without the answers', async () => {
    const el = await mount(YOUNG, 'nl');
    await walk(YOUNG_PATHS.urgent)(el);
    await emulateMedia({ media: 'print' });
    await settle(el);
    expect(shown($(el, '[part~="urgent"]'))).to.equal(true);
    expect(shown($(el, '.q-sheet-title'))).to.equal(true);
    expect(visibleText(el)).to.match(/Gemaakt op/);
    expect($(el, '[part~="answers"]')).to.equal(null);
  });
});

describe('<mz-recognition-quiz> attributes, partner JSON and languages', () => {
  it('a bad audience shows a notice, dispatches mz-error and falls back to adult', async () => {
    const holder = await fixture<HTMLElement>('<div lang="nl"></div>');
    const events = collectEvents(holder, ['mz-error']);
    holder.innerHTML = '<mz-recognition-quiz audience="kids"></mz-recognition-quiz>';
    const el = holder.firstElementChild as HTMLElement;
    await settle(el);
    expect(events.map((e) => (e.detail as { code: string }).code)).to.deep.equal(['bad-attribute']);
    // The webmaster gets the attribute name in mz-error; visitors one plain line without it.
    expect((events[0].detail as { message: string }).message).to.contain('audience');
    expect($(el, '[part~="config-notice"]')?.textContent).not.to.contain('audience');
    expect(visibleText(el)).to.contain('Help jij iemand');
  });

  it('switching audience starts again with the other question set', async () => {
    const el = await mount(ADULT, 'nl');
    await walk([['yes']])(el);
    el.setAttribute('audience', 'young');
    await settle(el);
    expect(visibleText(el)).to.contain('Help jij thuis mee?');
  });

  it('drops a bad partner link but keeps the good ones', async () => {
    const holder = await fixture<HTMLElement>('<div lang="nl"></div>');
    const events = collectEvents(holder, ['mz-error']);
    holder.innerHTML = '<mz-recognition-quiz><script type="application/json">{"links":{"finder":"javascript:alert(1)"},"schoolContact":{"text":"B12"}}</script></mz-recognition-quiz>';
    const el = holder.firstElementChild as HTMLElement;
    await settle(el);
    expect(events.length).to.equal(1);
    expect((events[0].detail as { message: string }).message).to.contain('links');
    await walk(ADULT_PATHS.caregiver)(el);
    const hrefs = Array.from(shadow(el).querySelectorAll('a')).map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.some((h) => h.startsWith('javascript'))).to.equal(false);
  });

  it('follows a lang change on the element, including the catalog', async () => {
    const el = await mount(ADULT, 'nl');
    el.setAttribute('lang', 'fr');
    await settle(el);
    await (el as MzRecognitionQuiz).updateComplete;
    await settle(el);
    expect(visibleText(el)).to.contain('Aidez-vous');
  });

  it('has a message for every question and option in every language', async () => {
    for (const lang of ['nl', 'fr', 'en', 'de']) {
      for (const [html, paths] of [[ADULT, ADULT_PATHS.caregiver_intensive], [YOUNG, YOUNG_PATHS.young_carer]] as const) {
        const el = await mount(html, lang);
        await walk([])(el);
        for (const s of paths) {
          const text = $(el, 'form')!.textContent ?? '';
          // A missing key would render the key itself ("q.need.legend", "y.opt.who.parent").
          expect(text, `${lang}: ${text.slice(0, 80)}`).not.to.match(/\b(y\.)?(q|opt|scale|item)\.[a-zA-Z_]+/);
          s.forEach((v) => (answerInput(el, v)).click());
          ($(el, 'form button[type=submit]') as HTMLButtonElement).click();
          await settle(el);
        }
        expect(visibleText(el)).not.to.match(/\b(yline|yservice|y\.load|reason|action|outcome)\.[a-zA-Z_]+/);
        fixtureCleanup();
      }
    }
  });
});
