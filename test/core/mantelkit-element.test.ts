import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../helpers/test-widget/define.js';
import type { MzTestWidget } from '../helpers/test-widget/mz-test-widget.js';
import { collectEvents, mount, settle, shadow, visibleText } from '../embedding/contract.js';
import { VERSION } from '../../src/core/version.js';
import { axeViolations } from '../helpers/axe.js';
import { trackPrivacy } from '../helpers/privacy.js';

const q = <T extends Element = HTMLElement>(el: Element, sel: string) => shadow(el).querySelector<T>(sel);

/** Presses "Next" on both questions of the test widget (skipping no answer). */
async function nextTwice(el: HTMLElement): Promise<void> {
  for (let i = 0; i < 2; i++) {
    q(el, 'button[type=submit]')!.click();
    await settle(el);
  }
}

/** From the intro straight to the result. */
async function toResult(el: HTMLElement): Promise<void> {
  q(el, '.mz-button')!.click();
  await settle(el);
  await nextTwice(el);
}

describe('MantelkitElement', () => {
  afterEach(() => sessionStorage.clear());

  it('exposes a static version equal to package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
    expect((customElements.get('mz-test-widget') as unknown as { version: string }).version).to.equal(VERSION);
  });

  it('renders Dutch by default and the own lang first', async () => {
    const el = await mount('<mz-test-widget></mz-test-widget>');
    expect(visibleText(el)).to.contain('Zorg je voor iemand?');
    const fr = await mount('<mz-test-widget lang="fr-BE"></mz-test-widget>', 'de');
    expect(visibleText(fr)).to.contain("Vous occupez-vous de quelqu'un ?");
    expect(q(fr, '.mz-root')!.getAttribute('lang')).to.equal('fr');
  });

  it('follows the closest ancestor lang, and re-renders when it changes', async () => {
    const el = await mount('<mz-test-widget></mz-test-widget>', 'en');
    expect(visibleText(el)).to.contain('Do you care for someone?');
    el.parentElement!.setAttribute('lang', 'de');
    await waitUntil(() => visibleText(el).includes('Pflegen Sie jemanden?'), 'switched to German');
    el.setAttribute('lang', 'nl-BE');
    await waitUntil(() => visibleText(el).includes('Zorg je voor iemand?'), 'own lang wins');
  });

  it('falls back to nl for a language we do not have', async () => {
    const el = await mount('<mz-test-widget></mz-test-widget>', 'es');
    expect(visibleText(el)).to.contain('Zorg je voor iemand?');
  });

  it('turns a render error into a visible, localized error box and mz-error — never a blank box', async () => {
    const holder = await fixture<HTMLElement>(html`<div lang="fr"></div>`);
    const events = collectEvents(holder, ['mz-error']);
    const orig = console.error;
    console.error = () => undefined;
    try {
      holder.innerHTML = '<mz-test-widget boom></mz-test-widget>';
      const el = holder.firstElementChild as MzTestWidget;
      await settle(el);
      await settle(el);
      const box = q(el, '[part~="error"]');
      expect(box).to.exist;
      expect(box!.getAttribute('role')).to.equal('alert');
      expect(box!.textContent).to.contain('Un problème est survenu');
      expect(events.map((e) => (e.detail as { code: string }).code)).to.include('render-failed');
    } finally {
      console.error = orig;
    }
  });

  it('dispatches mz-ready once, and bubbling composed mz-step / mz-complete without answers', async () => {
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    const events = collectEvents(holder, ['mz-ready', 'mz-step', 'mz-complete']);
    holder.innerHTML = '<mz-test-widget></mz-test-widget>';
    const el = holder.firstElementChild as MzTestWidget;
    await settle(el);
    q(el, '.mz-button')!.click();
    await settle(el);
    q(el, 'input[type=radio]')!.click();
    await nextTwice(el);
    expect(events.filter((e) => e.type === 'mz-ready')).to.have.length(1);
    expect(events.filter((e) => e.type === 'mz-step').map((e) => e.detail)).to.deep.equal([
      { step: 1, total: 2 }, { step: 2, total: 2 }, { step: 3, total: 2 },
    ]);
    expect(events.find((e) => e.type === 'mz-complete')!.detail).to.deep.equal({ widget: 'test-widget', outcome: 'yes' });
  });

  it('moves focus to the new step heading and announces the result in a live region present from the first render', async () => {
    const el = await mount('<mz-test-widget></mz-test-widget>');
    const live = q(el, '[part~="live"]')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.textContent!.trim()).to.equal('');
    q(el, '.mz-button')!.click();
    await settle(el);
    expect(shadow(el).activeElement).to.equal(q(el, '[data-step-heading]'));
    expect(q(el, '[part~="live"]')).to.equal(live); // the same node: never re-created
    await nextTwice(el);
    await waitUntil(() => live.textContent!.includes('Bedankt'), 'result announced');
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await mount('<mz-test-widget></mz-test-widget>');
    q(el, '.mz-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await sendKeys({ press: 'Tab' }); // to the first radio
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' }); // submits the form
    await settle(el);
    expect(q(el, '.mz-progress')!.textContent).to.contain('Vraag 2 van 2');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(visibleText(el)).to.contain('Bedankt');
  });

  describe('partner configuration', () => {
    it('reads a child application/json script', async () => {
      const el = await mount('<mz-test-widget><script type="application/json">{"name":"Gemeente Gent"}</script></mz-test-widget>');
      expect(visibleText(el)).to.contain('Welkom bij Gemeente Gent');
      expect(q(el, '[part~="notice"]')).to.equal(null);
    });

    it('renders partner strings as text, never markup', async () => {
      const el = await mount('<mz-test-widget><script type="application/json">{"name":"<img src=x onerror=alert(1)>"}</script></mz-test-widget>');
      expect(q(el, 'img')).to.equal(null);
      expect(visibleText(el)).to.contain('<img src=x');
    });

    it('fetches src only when set, and shows its data', async () => {
      const privacy = trackPrivacy();
      const el = await mount('<mz-test-widget src="/test/helpers/test-widget/partner.json"></mz-test-widget>');
      await waitUntil(() => visibleText(el).includes('Stad Leuven'), 'partner data from src');
      expect(privacy.stop().requests).to.deep.equal([`fetch ${location.origin}/test/helpers/test-widget/partner.json`]);
    });

    it('shows a notice and keeps working when src fails', async () => {
      const holder = await fixture<HTMLElement>(html`<div></div>`);
      const events = collectEvents(holder, ['mz-error']);
      holder.innerHTML = '<mz-test-widget src="/does-not-exist.json"></mz-test-widget>';
      const el = holder.firstElementChild as MzTestWidget;
      await waitUntil(() => q(el, '[part~="notice"]') !== null, 'notice');
      expect(events[0].detail).to.include({ code: 'config-fetch-failed' });
      expect(visibleText(el)).to.contain('Zorg je voor iemand?');
    });
  });

  describe('remember (opt-in storage)', () => {
    it('stores nothing without the attribute', async () => {
      const privacy = trackPrivacy();
      const el = await mount('<mz-test-widget></mz-test-widget>');
      q(el, '.mz-button')!.click();
      await settle(el);
      expect(privacy.stop().storageWrites).to.deep.equal([]);
      expect(sessionStorage.length).to.equal(0);
    });

    it('keeps progress in sessionStorage with remember, and forgets it on request', async () => {
      const el = await mount('<mz-test-widget remember></mz-test-widget>');
      q(el, '.mz-button')!.click();
      await settle(el);
      expect(sessionStorage.getItem('mantelkit:test-widget')).to.contain('"view":"cares"');
      const again = await mount('<mz-test-widget remember></mz-test-widget>');
      expect(q(again, '.mz-progress')!.textContent).to.contain('Vraag 1 van 2');
      await nextTwice(again);
      const forget = q(again, '[part~="button-forget"]')!;
      expect(forget.textContent).to.contain('Vergeet mijn antwoorden');
      forget.click();
      await settle(again);
      expect(sessionStorage.getItem('mantelkit:test-widget'), 'forgotten: nothing stored').to.equal(null);
    });
  });
});

describe('print', () => {
  it('prints only the widget: marks the host and adopts a print sheet, then cleans up after printing', async () => {
    const el = await mount('<mz-test-widget></mz-test-widget>');
    await toResult(el);
    const orig = window.print;
    let printed = 0;
    let duringPrint = { marked: false, sheets: 0 };
    window.print = () => {
      printed++;
      duringPrint = { marked: el.hasAttribute('data-mz-print-target'), sheets: document.adoptedStyleSheets.length };
    };
    try {
      q(el, '[part~="button-print"]')!.click();
      expect(printed).to.equal(1);
      expect(duringPrint.marked).to.equal(true);
      expect(duringPrint.sheets).to.be.greaterThan(0);
      window.dispatchEvent(new Event('afterprint'));
      expect(el.hasAttribute('data-mz-print-target')).to.equal(false);
      expect(document.adoptedStyleSheets.length).to.equal(0);
    } finally {
      window.print = orig;
    }
  });
});

describe('the contract checks catch what they promise to (negative tests)', () => {
  it('axe finds a violation the widget would introduce', async () => {
    const el = await mount('<mz-test-widget unlabeled></mz-test-widget>');
    const violations = await axeViolations(el);
    expect(violations.join('\n')).to.contain('label');
  });

  it('the privacy tracker sees a request the widget would make', async () => {
    const privacy = trackPrivacy();
    const el = await mount('<mz-test-widget leak></mz-test-widget>');
    await toResult(el);
    const report = privacy.stop();
    expect(report.requests.join()).to.contain('tracker.invalid');
  });

  it('the privacy tracker sees storage and cookie writes', async () => {
    const privacy = trackPrivacy();
    sessionStorage.setItem('x', '1');
    document.cookie = 'mz_test=1; path=/';
    const report = privacy.stop();
    document.cookie = 'mz_test=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    expect(report.storageWrites).to.deep.equal(['sessionStorage']);
    expect(report.cookieChanged).to.equal(true);
  });

  it('a thrown render error is caught (the contract looks for the error box)', async () => {
    const orig = console.error;
    console.error = () => undefined;
    try {
      const el = await mount('<mz-test-widget boom></mz-test-widget>');
      await settle(el);
      expect(q(el, '[part~="error"]')).to.exist;
    } finally {
      console.error = orig;
    }
  });

  it('oneEvent helper sanity: mz-error bubbles out of the shadow root', async () => {
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    setTimeout(() => { holder.innerHTML = '<mz-test-widget mode="nope"></mz-test-widget>'; });
    const ev = await oneEvent(holder, 'mz-error');
    expect(ev.detail.code).to.equal('bad-attribute');
    expect(ev.composed && ev.bubbles).to.equal(true);
  });
});
