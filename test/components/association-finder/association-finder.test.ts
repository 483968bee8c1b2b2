import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { collectEvents, mount, settle, shadow, visibleText } from '../../embedding/contract.js';
import { axeViolations } from '../../helpers/axe.js';
import { trackPrivacy } from '../../helpers/privacy.js';
import { SAMPLE_OVERLAY } from '../../../examples/association-finder.examples.js';
import '../../../src/components/association-finder/define.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };
const $ = <T extends Element = HTMLElement>(el: Element, s: string) => shadow(el).querySelector<T & HTMLElement>(s);
const $$ = (el: Element, s: string) => Array.from(shadow(el).querySelectorAll<HTMLElement>(s));
async function click(el: HTMLElement, selector: string): Promise<void> {
  const target = $(el, selector);
  if (!target) throw new Error(`no ${selector}`);
  target.click();
  await settle(el);
}
const submit = (el: HTMLElement) => click(el, 'button[type="submit"]');
const choose = (el: HTMLElement, v: string) => click(el, `input[value="${v}"]`);
const cardNames = (el: HTMLElement, group: string) => $$(el, `[part~="group-${group}"] [part="card"] h4`).map((h) => h.textContent?.trim());
const SIX = ['Coponcho', 'Liever Thuis LM', 'Mantelzorgnetwerk', 'OKRA-ZORGRECHT', 'Samana', 'Steunpunt Mantelzorg'];
/** The list view: every association of the region, the six recognised ones and the two for one group. */
const EIGHT = ['Coponcho', 'Liever Thuis LM', 'Magenta', 'Mantelzorgnetwerk', 'OKRA-ZORGRECHT', 'Samana', 'Steunpunt Mantelzorg', 'ZoJong!'];

/** Tab until the focused element (inside the shadow root) matches, pressing at most `max` times. */
async function tabTo(el: HTMLElement, test: (a: Element) => boolean, max = 40): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const a = shadow(el).activeElement;
    if (a && test(a)) return a;
  }
  throw new Error('focus never reached the target');
}

describe('<mz-association-finder>', () => {
  it('starts with the intro, two ways in, a privacy note and the urgent line', async () => {
    const el = await mount('<mz-association-finder></mz-association-finder>');
    expect($(el, 'h2')!.textContent).to.contain('Welke steun past bij jou?');
    expect($(el, '[part~="button-start"]')).to.exist;
    expect($(el, '[part~="button-list"]')).to.exist;
    expect(visibleText(el)).to.contain('Anoniem');
    const tels = $$(el, '[part="urgent-line"] a').map((a) => a.getAttribute('href'));
    expect(tels).to.deep.equal(['tel:112', 'tel:1813', 'tel:106']);
  });

  it('guided path: five questions, then the result with all six and "you can join more than one"', async () => {
    const el = await mount('<mz-association-finder></mz-association-finder>');
    const events = collectEvents(el, ['mz-step', 'mz-complete']);
    await click(el, '[part~="button-start"]');
    expect($(el, '[part="progress"]')!.textContent).to.contain('Vraag 1 van 5');
    await choose(el, 'no');
    await submit(el);
    await choose(el, 'adult');
    await submit(el);
    await choose(el, 'dementia');
    await submit(el);
    await choose(el, 'peers');
    await submit(el);
    await choose(el, 'cm');
    await submit(el);
    expect($(el, 'h2')!.textContent).to.contain('Steun die bij je past');
    // Best matches first: the dementia places (the dementia line can be called); the rest behind "Toon alle (N)".
    expect($$(el, '[part~="group-best"] [part="card"]').map((c) => c.dataset['id'])).to.deep.equal(['dementiaExpertise', 'alzheimerLiga', 'dayCare', 'shortStay', 'sittingService']);
    expect($(el, '[part~="group-associations"]'), 'the rest is folded').to.equal(null);
    const more = $(el, '[part~="button-show-more"]')!;
    expect(more.textContent!.trim()).to.equal(`Toon alle (${$(el, '.count')!.textContent!.match(/\d+/)![0]})`);
    more.focus();
    await click(el, '[part~="button-show-more"]');
    expect($(el, '[part~="button-show-more"]'), 'the button goes with the fold').to.equal(null);
    // Focus on the first card it showed, never <body>.
    expect(shadow(el).activeElement).to.equal($(el, '[part~="group-associations"] [part="card"]'));
    // No association has a sourced dementia speciality, and all six offer peer contact: a tie, so alphabetical.
    expect(cardNames(el, 'associations')).to.deep.equal(SIX);
    expect(visibleText(el)).to.contain('Je mag lid worden van meer dan één vereniging');
    // CM: Samana is linked to the reader's fund; "already a member" is not claimed (only a local page says so).
    expect($(el, '[data-id="samana"]')!.textContent).to.contain('Hoort bij jouw ziekenfonds');
    expect(visibleText(el)).not.to.contain('Misschien ben je al lid');
    expect(cardNames(el, 'best')).to.include('Alzheimer Liga Vlaanderen');
    expect(events.filter((e) => e.type === 'mz-step').map((e) => (e.detail as { step: number }).step)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    const complete = events.find((e) => e.type === 'mz-complete')!.detail as { widget: string; outcome: { count: number } };
    expect(complete.widget).to.equal('association-finder');
    expect(Object.keys(complete.outcome)).to.deep.equal(['count']);
    // Every card, plus De Sociale Kaart (shown as a link paragraph, not a card).
    expect(complete.outcome.count).to.equal($$(el, '[part="card"]').length + 1);
  });

  /** Answers the five questions (dementia, peers, respite) by clicking. */
  async function dementiaResult(lang?: string): Promise<HTMLElement> {
    const el = await mount('<mz-association-finder></mz-association-finder>', lang);
    await click(el, '[part~="button-start"]');
    await choose(el, 'no');
    await submit(el);
    await choose(el, 'adult');
    await submit(el);
    await choose(el, 'dementia');
    await submit(el);
    await choose(el, 'peers');
    await choose(el, 'respite');
    await submit(el);
    await submit(el);
    return el;
  }

  it('"show all (N)" in all four languages: N is the count above, the rest follows the best matches', async () => {
    const labels = { nl: 'Toon alle', fr: 'Tout afficher', en: 'Show all', de: 'Alle anzeigen' } as const;
    for (const [lang, label] of Object.entries(labels)) {
      const el = await dementiaResult(lang);
      const n = $(el, '.count')!.textContent!.match(/\d+/)![0];
      expect($(el, '[part~="button-show-more"]')!.textContent!.trim(), lang).to.equal(`${label} (${n})`);
      const best = $$(el, '[part~="group-best"] [part="card"]').length;
      expect(best, lang).to.be.within(3, 5);
      await click(el, '[part~="button-show-more"]');
      // Every card once: the best matches are not repeated in their groups (+1: De Sociale Kaart is a paragraph).
      const ids = $$(el, '[part="card"]').map((c) => c.dataset['id']);
      expect(new Set(ids).size, lang).to.equal(ids.length);
      expect(ids.length + 1, lang).to.equal(Number(n));
      el.parentElement!.remove();
    }
  });

  it('keyboard: Tab reaches "show all", Enter shows the rest with focus on the first card shown; each best match can be called or written to', async () => {
    const el = await dementiaResult();
    for (const card of $$(el, '[part~="group-best"] [part="card"]')) {
      expect(card.querySelector('.contact a[href]'), card.dataset['id']).to.exist;
    }
    await tabTo(el, (a) => a.getAttribute('part')?.includes('button-show-more') ?? false, 80);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const first = $(el, '[part~="group-associations"] [part="card"]')!;
    expect(shadow(el).activeElement).to.equal(first);
    expect(document.activeElement).to.equal(el);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('the best matches come before the rest and the result fits the first screens on a 375 px phone', async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      const el = await dementiaResult();
      const heading = $(el, 'h2')!.getBoundingClientRect().top;
      const first = $(el, '[part~="group-best"] [part="card"]')!.getBoundingClientRect().top;
      expect(first - heading, 'the first best match starts within the first screen of the result').to.be.below(400);
      expect(await axeViolations(el)).to.deep.equal([]);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('the list view shows everything: no best matches, no fold, also what fits no answer', async () => {
    const el = await mount('<mz-association-finder view="list"></mz-association-finder>');
    const ids = (group: string) => $$(el, `[part~="group-${group}"] [part="card"]`).map((c) => c.dataset['id']);
    expect(cardNames(el, 'associations')).to.deep.equal(EIGHT);
    expect(ids('helplines')).to.deep.equal(['suicideLine', 'teleOnthaal', 'awel', 'violenceLine', 'doctorOnCall', 'alzheimerLiga']);
    expect(ids('services')).to.include.members(['jac', 'caw', 'dementiaExpertise', 'palliativeDayCentre', 'woonzorglijn']);
    await choose(el, 'dementia');
    expect($(el, '[part~="group-best"]')).to.equal(null);
    expect($(el, '[part~="button-show-more"]')).to.equal(null);
    expect(cardNames(el, 'associations')).to.deep.equal(EIGHT);
    // What fits comes first in its group; nothing else goes.
    expect(ids('helplines')[0]).to.equal('alzheimerLiga');
    expect(ids('helplines')).to.have.length(6);
  });

  it('urgent help: big call buttons (44 × 44 px at least on a 375 px phone) on every step and in the urgent group', async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      const el = await mount('<mz-association-finder></mz-association-finder>');
      const big = (a: HTMLElement) => {
        const r = a.getBoundingClientRect();
        expect(a.classList.contains('mz-button'), a.textContent ?? '').to.equal(true);
        expect(r.height, `${a.textContent} height`).to.be.at.least(44);
        expect(r.width, `${a.textContent} width`).to.be.at.least(44);
      };
      const strip = $$(el, '[part="urgent-line"] a[href^="tel:"]');
      expect(strip).to.have.length(3);
      strip.forEach(big);
      await click(el, '[part~="button-start"]');
      $$(el, '[part="urgent-line"] a[href^="tel:"]').forEach(big);
      await choose(el, 'yes');
      await submit(el);
      const urgent = $$(el, '[part~="group-urgent"] a[href^="tel:"]');
      expect(urgent.length).to.be.greaterThan(2);
      urgent.forEach(big);
      expect(await axeViolations(el)).to.deep.equal([]);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('list on a 375 px phone: the filters fold under a summary so the list comes first; keyboard opens, applies and lands on the list', async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      const el = await mount('<mz-association-finder view="list"></mz-association-finder>');
      const details = $<HTMLDetailsElement>(el, 'details[part~="filters"]')! as unknown as HTMLDetailsElement;
      const summary = () => $(el, 'details[part~="filters"] > summary')!.textContent!.trim();
      expect(details.open, 'folded on a phone').to.equal(false);
      expect(summary()).to.equal('Kies wat bij je past');
      const heading = $(el, 'h2')!.getBoundingClientRect().top;
      const first = $(el, '#finder-results [part="card"]')!.getBoundingClientRect().top;
      expect(first - heading, 'the first card on the first screen').to.be.below(800);
      // Keyboard: Tab to the summary, Enter opens it, choose, Enter on "show the list".
      await tabTo(el, (a) => a.tagName === 'SUMMARY');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(details.open).to.equal(true);
      await tabTo(el, (a) => a instanceof HTMLInputElement && a.value === 'dementia');
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(summary()).to.equal('Filters aanpassen (1 gekozen)');
      await tabTo(el, (a) => a.getAttribute('part') === 'button button-apply');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(details.open, 'folded again after the search').to.equal(false);
      expect(shadow(el).activeElement?.id ?? 'nothing focused in the widget').to.equal('finder-results');
      expect(summary()).to.equal('Filters aanpassen (1 gekozen)');
      expect(await axeViolations(el)).to.deep.equal([]);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('list on a wide screen: the filters are open, and stay open after "show the list"', async () => {
    const el = await mount('<mz-association-finder view="list"></mz-association-finder>');
    const details = $(el, 'details[part~="filters"]') as unknown as HTMLDetailsElement;
    expect(details.open).to.equal(true);
    await choose(el, 'older');
    await submit(el);
    expect(details.open).to.equal(true);
    expect(shadow(el).activeElement?.id).to.equal('finder-results');
  });

  it('a new result starts folded again after "change answers"', async () => {
    const el = await dementiaResult();
    await click(el, '[part~="button-show-more"]');
    await click(el, '[part~="button-change"]');
    for (let i = 0; i < 5; i++) await submit(el);
    expect($(el, '[part~="button-show-more"]')).to.exist;
  });

  it('danger = yes goes straight to urgent help first', async () => {
    const el = await mount('<mz-association-finder></mz-association-finder>');
    await click(el, '[part~="button-start"]');
    await choose(el, 'yes');
    await submit(el);
    const first = $(el, '[part~="group-urgent"]')!;
    expect(first).to.exist;
    expect(Array.from(first.querySelectorAll('a[href^="tel:"]')).map((a) => a.getAttribute('href')).slice(0, 3)).to.deep.equal(['tel:112', 'tel:1813', 'tel:106']);
    // The urgent group is the first group in the result.
    expect($$(el, '[part~="group"]')[0]).to.equal(first);
  });

  it('mz-step: 0 intro, 1..total the questions that apply, total + 1 result and list; also on restart and back', async () => {
    const el = await mount('<mz-association-finder></mz-association-finder>');
    const events = collectEvents(el, ['mz-step']);
    const steps = () => events.map((e) => e.detail as { step: number; total: number });
    await click(el, '[part~="button-start"]');
    await click(el, '[part~="button-back"]');
    await click(el, '[part~="button-start"]');
    await choose(el, 'yes');
    expect($(el, '[part="progress"]')!.textContent).to.contain('Vraag 1 van 1');
    await submit(el);
    await click(el, '[part~="actions"] [part~="button-restart"]');
    await click(el, '[part~="actions"] [part~="button-list"]');
    expect(steps()).to.deep.equal([
      { step: 1, total: 5 },
      { step: 0, total: 5 },
      { step: 1, total: 5 },
      { step: 2, total: 1 },
      { step: 0, total: 5 },
      { step: 6, total: 5 },
    ]);
  });

  it('every button sits in a part="actions" row with part="button button-<name>"', async () => {
    const el = await mount('<mz-association-finder></mz-association-finder>');
    const check = () => {
      for (const b of $$(el, 'button:not(.mz-notice button)')) {
        expect(b.closest('[part~="actions"], [part~="remember"]'), b.textContent ?? '').to.exist;
        expect(b.getAttribute('part') ?? '', b.textContent ?? '').to.match(/^button button-[a-z-]+$/);
      }
    };
    check();
    await click(el, '[part~="button-start"]');
    check();
    await choose(el, 'yes');
    await submit(el);
    expect($$(el, '[part~="figures"]').length, 'dates on the cards').to.be.greaterThan(0);
    check();
    await click(el, '[part~="button-list"]');
    check();
  });

  it('cards: name, badge, affiliation where verified, description, why, contact links, date', async () => {
    const el = await mount('<mz-association-finder view="list"></mz-association-finder>');
    const cards = $$(el, '[part~="group-associations"] [part="card"]');
    const liever = cards.find((c) => c.querySelector('h4')!.textContent!.includes('Liever Thuis'))!;
    expect(liever.textContent).to.contain('Erkende vereniging');
    expect(liever.textContent).to.contain('Liberale Mutualiteit');
    // With no answers nothing specific fits: "for every caregiver" and "free membership" are said once
    // for the group, not repeated on each card.
    expect(liever.textContent).not.to.contain('Waarom dit past');
    expect($(el, '[part~="group-associations"]')!.textContent).to.contain('Lid worden is gratis');
    expect(liever.querySelector('a[href="tel:+3225428709"]')).to.exist;
    expect(liever.querySelector('a[href="mailto:lieverthuis@lm.be"]')).to.exist;
    // Honest freshness: what was checked, against which source, its own date, and the month we checked.
    expect(liever.textContent).not.to.contain('Nagekeken op');
    expect(liever.textContent).to.contain('Contactgegevens nagekeken in december 2026');
    expect(liever.textContent).to.contain('nagekeken in november 2026');
    const netwerk = cards.find((c) => c.querySelector('h4')!.textContent!.includes('Mantelzorgnetwerk'))!;
    expect(netwerk.querySelector('.affiliation'), 'no unverified pillar').to.equal(null);
    expect(visibleText(el)).to.contain('De Sociale Kaart');
    expect($(el, 'a[href="https://www.desocialekaart.be"]')).to.exist;
  });

  it('each of the six recognised associations shows a phone or e-mail link with its source; no card claims a bare check date', async () => {
    const el = await mount('<mz-association-finder view="list"></mz-association-finder>');
    const cards = $$(el, '[part~="group-associations"] [part="card"]').filter((c) => SIX.some((n) => c.querySelector('h4')!.textContent!.includes(n)));
    expect(cards.length).to.equal(6);
    for (const card of cards) {
      const name = card.querySelector('h4')!.textContent!;
      expect(card.querySelector('a[href^="tel:"], a[href^="mailto:"]'), name).to.exist;
      expect(card.querySelector('[part="figures"]')!.textContent, name).to.match(/(Telefoon|E-mail)[^.]* volgens /);
    }
    const netwerk = cards.find((c) => c.textContent!.includes('Mantelzorgnetwerk'))!;
    expect(netwerk.querySelector('a[href="tel:+3216244949"]')).to.exist;
    expect(netwerk.querySelector('a[href="mailto:mantelzorgnetwerk@samenferm.be"]')).to.exist;
    // The presentation has no date and no address: its title, publisher and "zonder datum", never a guess.
    expect(netwerk.querySelector('cite')!.textContent).to.contain('Mantelzorg');
    expect(netwerk.textContent).to.contain('Vlaams Expertisepunt Mantelzorg, zonder datum');
    const coponcho = cards.find((c) => c.textContent!.includes('Coponcho'))!;
    expect(coponcho.querySelector('a[href="https://www.coponcho.be"]')).to.exist;
    for (const card of $$(el, '[part="card"]')) expect(card.textContent).not.to.match(/Nagekeken op/);
  });

  it('sources read as people read them: the page title as link, then publisher and the page\'s date; never a slug', async () => {
    const el = await mount('<mz-association-finder view="list"></mz-association-finder>');
    const samana = $(el, '[data-id="samana"] [part="figures"]')!;
    const link = Array.from(samana.querySelectorAll('a')).find((a) => a.getAttribute('href') === 'https://www.samana.be/mantelzorger/')!;
    expect(link.textContent).to.equal('Mantelzorger?');
    expect(samana.textContent).to.contain('(Samana, zonder datum)');
    const coponcho = $(el, '[data-id="coponcho"] [part="figures"]')!;
    expect(coponcho.textContent).to.contain('In de kijker: Coponcho');
    expect(coponcho.textContent).to.contain('Solidaris Brabant, zonder datum');
    for (const a of $$(el, '[part="figures"] a')) expect(a.textContent, a.getAttribute('href')!).not.to.match(/\/|article|normal/);
    // Folded under "Bron en datum" (secondary detail: the list stays short on a phone); opens with the keyboard.
    const fold = samana.closest('details')!;
    expect(fold.querySelector('summary')!.textContent!.trim()).to.equal('Bron en datum');
    expect(fold.open).to.equal(false);
    fold.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(fold.open).to.equal(true);
  });

  it('Kenniscentrum WWZ (Brussels): no staff member\'s direct line on the card', async () => {
    const el = await mount('<mz-association-finder view="list" region="brussels"></mz-association-finder>');
    const card = $(el, '[data-id="kenniscentrumWwz"]')!;
    expect(card).to.exist;
    expect(card.querySelector('a[href^="tel:"]')).to.equal(null);
  });

  it('freshness in French: source line and check month in the reader\'s language', async () => {
    const el = await mount('<mz-association-finder view="list"></mz-association-finder>', 'fr');
    const card = $(el, '[data-id="mantelzorgnetwerk"]')!;
    expect(card.textContent).to.contain('Coordonnées vérifiées en décembre 2026');
    expect(card.textContent).to.contain('sans date');
  });

  it('list view: filters change the list live; health fund never reorders', async () => {
    const el = await mount('<mz-association-finder view="list"></mz-association-finder>');
    expect(cardNames(el, 'associations')).to.deep.equal(EIGHT);
    await choose(el, 'older');
    expect(cardNames(el, 'associations')[0]).to.equal('OKRA-ZORGRECHT');
    const before = cardNames(el, 'associations');
    const select = $<HTMLSelectElement>(el, '#finder-fund')!;
    (select as unknown as HTMLSelectElement).value = 'solidaris';
    select.dispatchEvent(new Event('input'));
    await settle(el);
    expect(cardNames(el, 'associations')).to.deep.equal(before);
    expect(visibleText(el)).to.contain('Hoort bij jouw ziekenfonds');
    await click(el, '.only input');
    expect(cardNames(el, 'associations')).to.deep.equal(['OKRA-ZORGRECHT']);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('empty result: a clear message and a way to show everything', async () => {
    const el = await mount('<mz-association-finder view="list"></mz-association-finder>');
    await click(el, '.only input');
    expect($(el, '[part="empty"]')).to.exist;
    await click(el, '[part="empty"] button');
    expect($(el, '[part="empty"]')).to.equal(null);
    expect(cardNames(el, 'associations').length).to.equal(8);
    // The button left with the empty state: focus stays in the widget, on the results (never <body>).
    await settle(el);
    expect(shadow(el).activeElement?.id ?? 'nothing focused in the widget').to.equal('finder-results');
  });

  it('"show the whole list" from the intro moves focus to the list heading, not <body>', async () => {
    const el = await mount('<mz-association-finder></mz-association-finder>');
    await click(el, '[part~="button-list"]');
    expect(document.activeElement === el, 'focus is inside the widget').to.equal(true);
    expect(shadow(el).activeElement?.hasAttribute('data-step-heading') ?? false, 'on the heading').to.equal(true);
  });

  it('keyboard only: Tab, Space and Enter reach a result', async () => {
    const el = await mount('<mz-association-finder></mz-association-finder>');
    await tabTo(el, (a) => a.getAttribute('part')?.includes('button-start') ?? false);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(shadow(el).activeElement?.hasAttribute('data-step-heading'), 'focus on the question').to.equal(true);
    await tabTo(el, (a) => a instanceof HTMLInputElement && a.type === 'radio');
    await sendKeys({ press: 'ArrowDown' }); // radios: arrow keys move and select
    await settle(el);
    expect(($(el, 'input[value="no"]') as HTMLInputElement).checked).to.equal(true);
    for (let step = 1; step <= 5; step++) {
      await tabTo(el, (a) => a instanceof HTMLButtonElement && a.type === 'submit');
      await sendKeys({ press: 'Enter' });
      await settle(el);
    }
    expect($(el, 'h2')!.textContent).to.contain('Steun die bij je past');
    expect(shadow(el).activeElement, 'focus moved to the result heading').to.equal($(el, 'h2'));
    const link = await tabTo(el, (a) => a instanceof HTMLAnchorElement && (a.getAttribute('href') ?? '').startsWith('tel:'), 80);
    expect(link).to.exist;
  });

  it('French: says the Flemish associations work in Dutch and lists Aidants Proches first', async () => {
    const el = await mount('<mz-association-finder view="list"></mz-association-finder>', 'fr');
    expect(visibleText(el)).to.contain('Les associations reconnues travaillent en néerlandais');
    expect(cardNames(el, 'associations')[0]).to.equal('Aidants Proches');
    expect(visibleText(el)).to.contain('En néerlandais');
    expect(visibleText(el)).to.contain('L’affiliation est gratuite');
    expect($$(el, '[part="urgent-line"] a').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:112', 'tel:080032123', 'tel:107']);
  });

  it('names in another language than the reader\'s carry lang (cards and the urgent line); numbers and own-language names do not', async () => {
    const fr = await mount('<mz-association-finder view="list"></mz-association-finder>', 'fr');
    expect($(fr, '[data-id="steunpuntMantelzorg"] h4')!.getAttribute('lang')).to.equal('nl');
    expect($(fr, '[data-id="aidantsProches"] h4')!.hasAttribute('lang')).to.equal(false);
    const en = await mount('<mz-association-finder></mz-association-finder>', 'en');
    // (A number never breaks inside its button: non-breaking spaces, read here as spaces.)
    const names = $$(en, '[part="urgent-line"] a').map((a) => [a.textContent!.trim().replace(/\u00a0/g, ' '), a.querySelector('[lang]')?.getAttribute('lang') ?? null]);
    expect(names).to.deep.equal([
      ['Call 112', null],
      ['Call Zelfmoordlijn 1813', 'nl'],
      ['Centre de Prévention du Suicide: call 0800 32 123', 'fr'],
    ]);
    const nl = await mount('<mz-association-finder view="list"></mz-association-finder>');
    expect($$(nl, '[part="card"] h4[lang], [part="urgent-line"] [lang]'), 'a Dutch page marks no Dutch name').to.deep.equal([]);
    const brussels = await mount('<mz-association-finder view="list" region="brussels"></mz-association-finder>', 'en');
    expect($(brussels, '[data-id="aidantsProches"] h4')!.getAttribute('lang')).to.equal('fr');
  });

  it('German: 108 in the urgent line, Dutch note on associations', async () => {
    const el = await mount('<mz-association-finder view="list"></mz-association-finder>', 'de');
    expect($$(el, '[part="urgent-line"] a').map((a) => a.getAttribute('href'))).to.include('tel:108');
    expect(visibleText(el)).to.contain('Die anerkannten Vereine arbeiten auf Niederländisch');
  });

  it('follows a lang change on the element', async () => {
    const el = await mount('<mz-association-finder></mz-association-finder>');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect($(el, 'h2')!.textContent).to.contain('Which support fits you?');
  });

  it('partner overlay: local offers first, premium on the result, markup as text', async () => {
    const json = { ...SAMPLE_OVERLAY, offers: [...SAMPLE_OVERLAY.offers, { name: '<b>Vet</b><img src=x onerror="window.__pwned=1">' }] };
    const el = await mount(`<mz-association-finder view="list"><script type="application/json">${JSON.stringify(json)}</script></mz-association-finder>`);
    await settle(el);
    const groups = $$(el, '[part~="group"]');
    expect(groups[0].getAttribute('part')).to.contain('group-local');
    expect(cardNames(el, 'local')).to.include('Mantelzorgcafé Zonnedorp');
    expect(cardNames(el, 'local')).to.include('<b>Vet</b><img src=x onerror="window.__pwned=1">');
    expect(shadow(el).querySelector('[part="card"] b, [part="card"] img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    const premium = $(el, '[part="premium"]')!;
    expect(premium.textContent!.replace(/\s/g, ' ')).to.contain('€ 25 per maand');
    expect(premium.textContent).to.contain('1 januari 2026');
  });

  it('bad overlay record: dropped with a notice, the rest shown', async () => {
    const json = { offers: [{ name: 'Goed café' }, { name: 'Slecht', website: 'javascript:alert(1)' }] };
    const holder = document.createElement('div');
    document.body.append(holder);
    const errors: Array<{ code: string; message: string }> = [];
    holder.addEventListener('mz-error', (e) => errors.push((e as CustomEvent).detail));
    holder.innerHTML = `<mz-association-finder view="list"><script type="application/json">${JSON.stringify(json)}</script></mz-association-finder>`;
    const el = holder.firstElementChild as HTMLElement;
    await settle(el);
    expect(errors.map((e) => e.code)).to.deep.equal(['bad-config']);
    expect(errors[0].message).to.contain('offers[1].website');
    // Visitors see one plain line below the content, never the field path.
    const notice = $(el, '[part~="config-notice"]');
    expect(notice).to.exist;
    expect(notice!.textContent).not.to.contain('offers[');
    expect(visibleText(el)).not.to.contain('offers[1]');
    expect(cardNames(el, 'local')).to.deep.equal(['Goed café']);
    holder.remove();
  });

  /** Mounts with partner JSON inside a holder that hears every mz-error. */
  async function withPartner(json: unknown, attrs = ' view="list"'): Promise<{ el: HTMLElement; errors: Array<{ code: string; message: string }> }> {
    const holder = await mount('<div></div>');
    const errors: Array<{ code: string; message: string }> = [];
    holder.addEventListener('mz-error', (e) => errors.push((e as CustomEvent).detail));
    holder.innerHTML = `<mz-association-finder${attrs}><script type="application/json">${JSON.stringify(json)}</script></mz-association-finder>`;
    const el = holder.firstElementChild as HTMLElement;
    await settle(el);
    return { el, errors };
  }

  it('partner links: a path on this site stays in the tab (offer website, premium link); no error', async () => {
    const { el, errors } = await withPartner({
      offers: [{ name: 'Mantelzorgcafé', website: '/mantelzorg/cafe' }],
      premium: { amount: 25, period: 'month', validFrom: '2026-01-01', url: 'premie' },
    });
    expect(errors).to.deep.equal([]);
    const site = $<HTMLAnchorElement>(el, '[part~="group-local"] a[href="/mantelzorg/cafe"]')!;
    expect(site, 'the offer website as a path').to.exist;
    expect(site.target).to.equal('');
    expect(site.querySelector('.mz-visually-hidden'), 'no "opens in a new window"').to.equal(null);
    expect(site.textContent).to.contain(`${location.host}/mantelzorg/cafe`);
    const premium = $<HTMLAnchorElement>(el, '[part="premium"] a')!;
    expect(premium.getAttribute('href')).to.equal(new URL('premie', document.baseURI).pathname);
    expect(premium.target).to.equal('');
  });

  it('partner links: //host, http: elsewhere and javascript: are refused with bad-config naming the field', async () => {
    const { el, errors } = await withPartner({
      offers: [{ name: 'A', website: '//evil.example/x' }, { name: 'B', website: 'http://evil.example/x' }, { name: 'C', website: 'https://www.elders.be/c' }],
      premium: { amount: 25, period: 'month', validFrom: '2026-01-01', url: '//evil.example/premie' },
    });
    expect(errors.map((e) => e.message).join(' ')).to.contain('offers[0].website').and.contain('offers[1].website').and.contain('premium.url');
    expect(shadow(el).querySelector('a[href*="evil"]')).to.equal(null);
    const other = $<HTMLAnchorElement>(el, 'a[href="https://www.elders.be/c"]')!;
    expect(other.target, 'another site opens in a new window').to.equal('_blank');
  });

  it('premium amount: more than 5000 a year (or 1e308) gives the usual notice and bad-config; the rest still shows', async () => {
    for (const premium of [{ amount: 2500, period: 'month' }, { amount: 6000, period: 'year' }, { amount: 1e308, period: 'once' }]) {
      const { el, errors } = await withPartner({ offers: [{ name: 'Goed café' }], premium: { ...premium, validFrom: '2026-01-01' } });
      expect(errors.map((e) => e.code), JSON.stringify(premium)).to.deep.equal(['bad-config']);
      expect(errors[0].message).to.contain('premium.amount');
      expect($(el, '[part~="config-notice"]'), JSON.stringify(premium)).to.exist;
      expect($(el, '[part="premium"]')).to.equal(null);
      expect(cardNames(el, 'local')).to.deep.equal(['Goed café']);
    }
    const { el, errors } = await withPartner({ premium: { amount: 5000, period: 'year', validFrom: '2026-01-01' } });
    expect(errors).to.deep.equal([]);
    expect($(el, '[part="premium"]')).to.exist;
  });

  it('privacy: no request, storage or URL change, and no answers in any event', async () => {
    const href = location.href;
    const historyLength = history.length;
    const privacy = trackPrivacy();
    const el = await mount('<mz-association-finder></mz-association-finder>');
    const details: unknown[] = [];
    for (const type of ['mz-step', 'mz-complete', 'mz-error', 'mz-ready']) el.addEventListener(type, (e) => details.push((e as CustomEvent).detail));
    await click(el, '[part~="button-start"]');
    await choose(el, 'no');
    await submit(el);
    await choose(el, 'under25');
    await submit(el);
    await choose(el, 'mentalHealth');
    await submit(el);
    await choose(el, 'talk');
    await submit(el);
    await choose(el, 'solidaris');
    await submit(el);
    const text = JSON.stringify(details);
    for (const secret of ['under25', 'mentalHealth', 'talk', 'solidaris', 'danger', 'careFor', 'needs']) expect(text).not.to.contain(secret);
    expect(location.href).to.equal(href);
    expect(history.length).to.equal(historyLength);
    const report = privacy.stop();
    expect(report.requests).to.deep.equal([]);
    expect(report.storageWrites).to.deep.equal([]);
  });

  it('remember: keeps progress in sessionStorage only when asked, and forgets on request', async () => {
    sessionStorage.clear();
    const el = await mount('<mz-association-finder remember></mz-association-finder>');
    await click(el, '[part~="button-start"]');
    await choose(el, 'no');
    await submit(el);
    // The shared flow stores the view (a step id) and the answers.
    expect(sessionStorage.getItem('mantelkit:association-finder')).to.contain('"view":"age"');
    const again = await mount('<mz-association-finder remember></mz-association-finder>');
    expect($(again, 'form[data-step="age"]'), 'a new element resumes at the stored question').to.exist;
    again.remove();
    for (let i = 0; i < 4; i++) await submit(el);
    await click(el, '[part~="button-forget"]');
    expect(sessionStorage.getItem('mantelkit:association-finder')).to.equal(null);
    sessionStorage.clear();
  });

  it('print view: filters and buttons hidden, cards kept', async () => {
    const el = await mount('<mz-association-finder view="list"></mz-association-finder>');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '[part="filters"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part~="button-print"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="card"]')!).display).not.to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('axe: no violation in the filtered list with a partner overlay, in forced colours too', async () => {
    const el = await mount(`<mz-association-finder view="list"><script type="application/json">${JSON.stringify(SAMPLE_OVERLAY)}</script></mz-association-finder>`);
    await choose(el, 'dementia');
    expect(await axeViolations(el)).to.deep.equal([]);
    await (el as Updatable).updateComplete;
  });
});
