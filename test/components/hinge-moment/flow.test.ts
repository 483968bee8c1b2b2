import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../../src/components/hinge-moment/define.js';
import { driveHinge } from '../../../examples/hinge-moment.examples.js';
import { Harness, settle } from '../../../examples/harness.js';

/** The flow: questions per moment, uniform mz-step, mz-complete without answers, ticks, remember, copy. */
describe('<mz-hinge-moment> flow', () => {
  afterEach(() => sessionStorage.clear());

  it('asks the moment first when the attribute is absent, and at most six questions per moment', async () => {
    for (const [moment, asked] of [['hospital-admission', 5], ['hospital-discharge', 6], ['care-home', 4], ['end-of-life', 6]] as const) {
      const el = await fixture<HTMLElement>(html`<mz-hinge-moment as-of="2026-12-01"></mz-hinge-moment>`);
      const steps: Array<{ step: number; total: number }> = [];
      el.addEventListener('mz-step', (e) => steps.push((e as CustomEvent<{ step: number; total: number }>).detail));
      await driveHinge(el, [moment, 's', 's', 's', 's', 's']);
      expect(el.shadowRoot?.querySelector(`[part~="result"][data-moment="${moment}"]`), moment).to.not.equal(null);
      const last = steps.at(-1);
      expect(last?.total, moment).to.equal(asked);
      expect(last?.step, moment).to.equal(asked + 1);
      expect(asked).to.be.at.most(6);
    }
  });

  it('mz-complete carries the moment and the count, never answers', async () => {
    const el = await fixture<HTMLElement>(html`<mz-hinge-moment moment="care-home" as-of="2026-12-01"></mz-hinge-moment>`);
    const done: unknown[] = [];
    el.addEventListener('mz-complete', (e) => done.push((e as CustomEvent).detail));
    await driveHinge(el, ['no', 'no', 'no']);
    expect(done.length).to.equal(1);
    const d = done[0] as { widget: string; outcome: { moment: string; steps: number } };
    expect(d.widget).to.equal('hinge-moment');
    expect(Object.keys(d.outcome).sort()).to.deep.equal(['moment', 'steps']);
    expect(d.outcome.moment).to.equal('care-home');
  });

  it('answers change the checklist: not working and not involved drop those steps', async () => {
    const el = await fixture<HTMLElement>(html`<mz-hinge-moment moment="care-home" as-of="2026-12-01"></mz-hinge-moment>`);
    await driveHinge(el, ['yes', 'no', 'no']);
    const ids = [...(el.shadowRoot?.querySelectorAll('[part~="step"]') ?? [])].map((x) => x.getAttribute('data-id'));
    expect(ids).to.include('wzcComplaint');
    expect(ids).not.to.include.members(['work', 'wzcCouncil', 'confidant', 'guardianship']);
  });

  it('ticks stay while the page is open (re-render, change answers and back) and are stored only with remember', async () => {
    const el = await fixture<HTMLElement>(html`<mz-hinge-moment moment="care-home" as-of="2026-12-01"></mz-hinge-moment>`);
    await driveHinge(el, ['s', 's', 's']);
    const h = new Harness(el);
    await h.click('[data-id="wzcOrient"] input[type="checkbox"]');
    expect(h.find<HTMLInputElement>('[data-id="wzcOrient"] input').checked).to.equal(true);
    el.setAttribute('lang', 'fr');
    await settle(el);
    expect(h.find<HTMLInputElement>('[data-id="wzcOrient"] input').checked).to.equal(true);
    expect(Object.keys(sessionStorage)).to.deep.equal([]);

    const kept = await fixture<HTMLElement>(html`<mz-hinge-moment moment="care-home" as-of="2026-12-01" remember></mz-hinge-moment>`);
    await driveHinge(kept, ['s', 's', 's']);
    await new Harness(kept).click('[data-id="wzcPrice"] input[type="checkbox"]');
    expect(sessionStorage.getItem('mantelkit:hinge-moment-ticks')).to.equal('["wzcPrice"]');
    kept.remove();
    const back = await fixture<HTMLElement>(html`<mz-hinge-moment moment="care-home" as-of="2026-12-01" remember></mz-hinge-moment>`);
    await settle(back);
    expect(new Harness(back).find<HTMLInputElement>('[data-id="wzcPrice"] input').checked).to.equal(true);
    await new Harness(back).click('[part~="button-forget"]');
    expect(sessionStorage.getItem('mantelkit:hinge-moment-ticks')).to.equal(null);
  });

  it('copy puts a plain-text checklist on the clipboard and says so', async () => {
    const el = await fixture<HTMLElement>(html`<mz-hinge-moment moment="end-of-life" as-of="2026-12-01"></mz-hinge-moment>`);
    await driveHinge(el, ['home', 's', 's', 's', 's']);
    let copied = '';
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t: string) => ((copied = t), Promise.resolve()) } });
    try {
      await new Harness(el).click('[data-id="eolWishes"] input[type="checkbox"]');
      await new Harness(el).click('[part~="button-copy"]');
      // The live region speaks on the next frame (so the same text is re-announced too).
      for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
      await settle(el);
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
    expect(copied).to.match(/^Checklist: de laatste levensfase/);
    expect(copied).to.contain('[x] Praat op tijd over wensen');
    expect(copied).to.match(/€\s801,23/);
    expect(el.shadowRoot?.querySelector('[part~="live"]')?.textContent).to.contain('gekopieerd');
  });

  it('each step’s sources are in "how was this made", with publisher and date', async () => {
    const el = await fixture<HTMLElement>(html`<mz-hinge-moment moment="care-home" as-of="2026-12-01"></mz-hinge-moment>`);
    await driveHinge(el, ['s', 's', 's']);
    const basis = el.shadowRoot?.querySelector('details[part~="basis"]');
    const links = [...(basis?.querySelectorAll('a[href^="http"]') ?? [])].map((a) => a.getAttribute('href'));
    expect(links).to.include('https://www.plusmagazine.be/nl/recht-en-geld/dubbele-prijsstijging-in-woonzorgcentra/');
    expect(basis?.textContent).to.contain('Plus Magazine');
    expect(basis?.textContent).to.contain('2025');
  });
});
