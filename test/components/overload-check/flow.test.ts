import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mountCheck, driveOverload, SCRIPTS, $, text, band, settle, shadow } from './helpers.js';
import { OVERLOAD_CARE_FOR_IDS } from '../../../src/rules/overload/index.js';

describe('<mz-overload-check> flow and rendering', () => {
  it('intro: title, what it is, anonymous, ~3 minutes, signal not diagnosis, start, help-now', async () => {
    const el = await mountCheck();
    const t = text(el);
    expect(t).to.contain('Hoe zwaar weegt de zorg?');
    expect(t).to.contain('3 minuten');
    expect(t).to.contain('geen diagnose');
    expect(t).to.contain('Anoniem');
    expect($(el, '[part~="button-start"]')).to.exist;
    expect($(el, 'details[part~="help-now"]')).to.exist;
  });

  it('young intro speaks to a child', async () => {
    const el = await mountCheck('audience="young"');
    expect(text(el)).to.contain('Hoe is het thuis voor jou?');
    expect(text(el)).to.contain('Je kunt niets fout doen');
  });

  it('one item per step: fieldset + legend naming the question, no/sometimes/yes, skip, help-now', async () => {
    const el = await mountCheck();
    await driveOverload(el, []);
    const legend = $(el, 'fieldset legend');
    expect(legend?.textContent).to.contain('tijd voor jezelf');
    const labels = [...shadow(el).querySelectorAll('fieldset label')].map((l) => l.textContent?.trim());
    expect(labels).to.deep.equal(['Nee', 'Soms', 'Ja']);
    expect($(el, '[part~="button-skip"]')).to.exist;
    expect($(el, '[part~="help-now"]')).to.exist;
    expect(text(el)).to.contain('Vraag 1 van 16');
    expect(shadow(el).activeElement?.hasAttribute('data-step-heading'), 'focus on the question').to.equal(true);
  });

  it('young variant asks 9 items (no money question) and speaks of school', async () => {
    const el = await mountCheck('audience="young"');
    await driveOverload(el, ['s']);
    expect(text(el)).to.contain('Vraag 2 van 15');
    expect($(el, 'legend')?.textContent).to.contain('school');
  });

  it('0–10 rating: 11 native radios in a group with both ends labelled', async () => {
    const el = await mountCheck();
    await driveOverload(el, Array(10).fill('s'));
    const radios = shadow(el).querySelectorAll('[part~="scale"] input[type="radio"]');
    expect(radios.length).to.equal(11);
    // One row of 11 when wide enough, else two rows (0–5, 6–10).
    const grid = getComputedStyle($(el, '[part~="scale"] .mz-choices')!).gridTemplateColumns.split(' ').length;
    expect(grid).to.be.oneOf([6, 11]);
    expect(text(el)).to.contain('0 = helemaal niet zwaar');
    expect(text(el)).to.contain('10 = veel te zwaar');
    // The anchor words are read with the group, not only seen under it.
    expect($(el, 'fieldset')?.getAttribute('aria-describedby')).to.equal('q-hint q-ends');
    expect($(el, '#q-ends')?.textContent).to.match(/0 = helemaal niet zwaar\s+10 = veel te zwaar/);
  });

  it('"Next" without an answer shows a linked error and keeps the step', async () => {
    const el = await mountCheck();
    await driveOverload(el, []);
    ($(el, '[part~="button-next"]') as HTMLButtonElement).click();
    await settle(el);
    expect(text(el)).to.contain('Kies een antwoord');
    expect($(el, 'fieldset')?.getAttribute('aria-describedby')).to.contain('q-error');
    expect(text(el)).to.contain('Vraag 1 van 16');
    expect(shadow(el).activeElement?.tagName).to.equal('INPUT');
  });

  it('back keeps earlier answers', async () => {
    const el = await mountCheck();
    await driveOverload(el, [2]);
    ($(el, '[part~="button-back"]') as HTMLButtonElement).click();
    await settle(el);
    const checked = shadow(el).querySelector<HTMLInputElement>('fieldset input:checked');
    expect(checked?.parentElement?.textContent?.trim()).to.equal('Ja');
  });

  it('red-flag questions come last, gently introduced, with the help box open', async () => {
    const el = await mountCheck();
    await driveOverload(el, Array(13).fill('s'));
    expect(text(el)).to.contain('Nog drie laatste vragen');
    expect(($(el, 'details[part~="help-now"]') as HTMLDetailsElement).open).to.equal(true);
    expect(shadow(el).querySelector('[part~="help-now"] a[href="tel:1813"]')).to.exist;
    expect(shadow(el).querySelector('[part~="help-now"] a[href="tel:112"]'), '112 is a tel: link too').to.exist;
  });

  it('"who do you care for" offers every option the rules know', async () => {
    const el = await mountCheck();
    await driveOverload(el, Array(12).fill('s'));
    expect(shadow(el).querySelectorAll('fieldset input[type="checkbox"]').length).to.equal(OVERLOAD_CARE_FOR_IDS.length);
  });

  const cases: Array<[keyof typeof SCRIPTS, string, string]> = [
    ['low', '', 'low'],
    ['elevated', '', 'elevated'],
    ['high', '', 'high'],
    ['urgent', '', 'urgent'],
    ['incomplete', '', 'incomplete'],
    ['youngLow', 'audience="young"', 'low'],
    ['youngHigh', 'audience="young"', 'high'],
    ['youngUrgent', 'audience="young"', 'urgent'],
  ];
  for (const [script, attrs, expected] of cases) {
    const young = attrs.includes('young');
    it(`script ${script} reaches ${expected}, with "again any time"${young ? ', without the adult notes (version, provisional thresholds)' : ', the date of the rules and the provisional thresholds in "how was this made"'}`, async () => {
      const el = await mountCheck(attrs);
      const seen: unknown[] = [];
      el.addEventListener('mz-complete', (e) => seen.push((e as CustomEvent).detail));
      await driveOverload(el, SCRIPTS[script]);
      expect(band(el)).to.equal(expected);
      expect(seen).to.deep.equal([{ widget: 'overload-check', outcome: expected }]);
      expect(text(el)).to.match(/altijd opnieuw doen/);
      if (young) {
        expect(text(el)).not.to.contain('23 november 2026');
        expect(text(el)).not.to.contain('voorlopig');
        expect(text(el)).not.to.contain('wetenschappelijk');
        expect($(el, '[part~="basis"] summary')?.textContent).to.equal('Hoe zijn deze vragen gemaakt?');
      } else {
        expect(text(el)).to.contain('23 november 2026');
        // The provisional note sits in "how was this made", not on the result's main line.
        expect($(el, '[part~="basis"]')?.textContent).to.contain('voorlopig');
      }
    });
  }

  it('every non-urgent result says it is a signal, not a diagnosis', async () => {
    const el = await mountCheck();
    await driveOverload(el, SCRIPTS.elevated);
    expect(text(el)).to.contain('geen test en geen diagnose');
    expect(text(el)).to.contain('Tips bij wat nu zwaar weegt');
  });

  it('urgent: the help block is first in DOM order and gets focus; numbers are tel: links, 112 first', async () => {
    const el = await mountCheck();
    await driveOverload(el, SCRIPTS.urgent);
    const result = $(el, '[part~="result"]');
    expect(result?.firstElementChild?.getAttribute('part')).to.equal('urgent-help');
    const active = shadow(el).activeElement;
    expect(active && $(el, '[part~="urgent-help"]')?.contains(active), 'focus inside the help block').to.equal(true);
    const tels = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part~="urgent-help"] a[href^="tel:"]')].map((a) => a.getAttribute('href'));
    expect(tels[0]).to.equal('tel:112');
    expect(tels[1], 'self-harm answer → suicide line right after 112').to.equal('tel:1813');
    expect(tels).to.include.members(['tel:106', 'tel:1712', 'tel:1733']);
    // Nothing (no score, no tips) above the help.
    expect(text(el, '[part~="result"]').indexOf('112')).to.be.lessThan(200);
    // The shared helpline look (common/help-styles.ts): a bordered box, name and call button on one row.
    const line = $(el, '[part~="urgent-help"] .line')!;
    expect(getComputedStyle(line).borderTopWidth).to.equal('1px');
    expect(getComputedStyle(line.querySelector('.line-head')!).display).to.equal('grid');
  });

  for (const width of [375, 1280]) {
    it(`urgent at ${width} px: every call button in the same place in its line (right on a wide screen, under the name on a phone), at least 44 × 44 px`, async () => {
      await setViewport({ width, height: 800 });
      try {
        const el = await mountCheck();
        await driveOverload(el, SCRIPTS.urgent);
        const buttons = [...shadow(el).querySelectorAll<HTMLElement>('[part~="urgent-help"] .line a[href^="tel:"]')];
        expect(buttons.length).to.be.greaterThan(3);
        const edges = buttons.map((b) => {
          const r = b.getBoundingClientRect();
          const box = b.closest('.line')!.getBoundingClientRect();
          expect(r.height, b.textContent ?? '').to.be.at.least(44);
          expect(r.width, b.textContent ?? '').to.be.at.least(44);
          const name = b.closest('.line')!.querySelector('strong')!.getBoundingClientRect();
          // Wide: next to the name (same row); phone: under the name and its caution.
          if (width > 600) expect(r.top, b.textContent ?? '').to.be.below(name.bottom);
          else expect(r.top, b.textContent ?? '').to.be.at.least(name.bottom);
          return Math.round(width > 600 ? box.right - r.right : r.left - box.left);
        });
        expect(new Set(edges).size, `edges ${edges.join(', ')}`).to.equal(1);
        // A caution ("Op werkdagen", "Of je huisarts") sits under the line's name, never pushed aside.
        for (const note of shadow(el).querySelectorAll<HTMLElement>('[part~="urgent-help"] [part~="helpline-note"]')) {
          const name = note.closest('.line')!.querySelector('strong')!.getBoundingClientRect();
          expect(Math.round(note.getBoundingClientRect().left)).to.equal(Math.round(name.left));
        }
      } finally {
        await setViewport({ width: 1280, height: 800 });
      }
    });
  }

  it('young urgent: 112, then 1712 (unsafe at home) with the youth line next to it; 1712 says working days, and 101 / 112 when urgent', async () => {
    const el = await mountCheck('audience="young"');
    await driveOverload(el, SCRIPTS.youngUrgent);
    const tels = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part~="urgent-help"] a[href^="tel:"]')].map((a) => a.getAttribute('href'));
    expect(tels.slice(0, 3)).to.deep.equal(['tel:112', 'tel:1712', 'tel:102']);
    const line1712 = shadow(el).querySelector('[part~="urgent-help"] a[href="tel:1712"]')!.closest('li')!;
    expect(line1712.querySelector('[part~="helpline-note"]')?.textContent).to.equal('Op werkdagen');
    // The young words (shared with the quiz's school version, young-lines.test.ts) say it themselves.
    const words = line1712.querySelector(':scope > p')!.textContent!;
    expect(words).to.contain('op werkdagen');
    expect(words).to.contain('Is het dringend? Bel 101 of 112.');
  });

  it('adult urgent: 1712 says working days once (note) and that it is no emergency line', async () => {
    const el = await mountCheck();
    await driveOverload(el, SCRIPTS.urgent);
    const line1712 = shadow(el).querySelector('[part~="urgent-help"] a[href="tel:1712"]')!.closest('li')!;
    expect(line1712.querySelector('[part~="helpline-note"]')?.textContent).to.equal('Op werkdagen');
    expect(line1712.textContent).to.contain('Geen noodnummer: bij gevaar bel je 112 of 101.');
    expect(line1712.textContent!.match(/werkdagen/gi), 'said once').to.have.length(1);
  });

  it('the "Need help now?" box says 1712 answers on working days (its lines load when it opens)', async () => {
    const el = await mountCheck();
    const box = shadow(el).querySelector<HTMLDetailsElement>('[part~="help-now"]')!;
    expect(box.querySelector('a[href="tel:1712"]'), 'the table is not loaded before the box opens').to.not.exist;
    box.open = true;
    await new Promise((r) => box.addEventListener('toggle', r, { once: true }));
    await settle(el);
    const line = shadow(el).querySelector('[part~="help-now"] a[href="tel:1712"]')!.closest('li')!;
    expect(line.textContent).to.match(/op werkdagen/i);
  });

  it('high: GP and CAW, Tele-Onthaal 106 as a tel: link; "share" tip from canShare = no', async () => {
    const el = await mountCheck();
    await driveOverload(el, SCRIPTS.high);
    const t = text(el);
    expect(t).to.contain('Je huisarts');
    expect(t).to.contain('CAW');
    expect(shadow(el).querySelector('a[href="tel:106"]')).to.exist;
    expect(t).to.contain('Niemand die de zorg kan overnemen');
    // 1733 is hedged (coverage varies); the health fund's social service promises no premiums.
    expect(t).to.contain('in veel gemeenten bereik je via 1733 de huisarts van wacht');
    expect(t).to.contain('geeft steun en informatie');
    expect(t).not.to.match(/premie/i);
  });

  it('restart goes back to the intro with empty answers', async () => {
    const el = await mountCheck();
    await driveOverload(el, SCRIPTS.high);
    ($(el, '[part~="button-restart"]') as HTMLButtonElement).click();
    await settle(el);
    expect($(el, '[part~="intro"]')).to.exist;
    await driveOverload(el, []);
    expect(shadow(el).querySelector('fieldset input:checked')).to.equal(null);
  });

  it('switching audience mid-way does not break (money answer is dropped for young)', async () => {
    const el = await mountCheck();
    await driveOverload(el, SCRIPTS.high);
    el.setAttribute('audience', 'young');
    await settle(el);
    expect(band(el)).to.be.oneOf(['high', 'elevated']);
    expect($(el, '[part~="error"]')).to.equal(null);
  });

  it('if the result chunk cannot load (offline), it says so and keeps the help lines on screen', async () => {
    const el = await mountCheck();
    (el as unknown as { loadResult: () => Promise<void> }).loadResult = () => Promise.reject(new Error('offline'));
    const errors: Array<{ code: string }> = [];
    el.addEventListener('mz-error', (e) => errors.push((e as CustomEvent).detail as { code: string }));
    await driveOverload(el, SCRIPTS.urgent);
    await settle(el);
    expect(errors.map((e) => e.code)).to.deep.equal(['render-failed']);
    expect(text(el)).to.contain('Er ging iets mis');
    expect(($(el, '[part~="help-now"]') as HTMLDetailsElement).open).to.equal(true);
    expect(shadow(el).querySelector('[part~="help-now"] a[href="tel:112"]')).to.exist;
    expect($(el, '[part~="button-restart"]')).to.exist;
  });

  it('mz-step reports step numbers only', async () => {
    const el = await mountCheck();
    const steps: unknown[] = [];
    el.addEventListener('mz-step', (e) => steps.push((e as CustomEvent).detail));
    await driveOverload(el, ['s', 's']);
    expect(steps).to.deep.equal([{ step: 1, total: 16 }, { step: 2, total: 16 }, { step: 3, total: 16 }]);
  });

  it('mz-step: a red-flag "yes" ends the questions (total = the questions asked), restart sends 0', async () => {
    const el = await mountCheck();
    const steps: Array<{ step: number; total: number }> = [];
    el.addEventListener('mz-step', (e) => steps.push((e as CustomEvent).detail as { step: number; total: number }));
    await driveOverload(el, SCRIPTS.urgent); // 13 skipped, cantGoOn no, selfHarm yes
    expect(steps.at(-2)).to.deep.equal({ step: 15, total: 16 });
    expect(steps.at(-1)).to.deep.equal({ step: 16, total: 15 });
    expect(band(el)).to.equal('urgent');
    ($(el, '[part~="button-restart"]') as HTMLButtonElement).click();
    await settle(el);
    expect(steps.at(-1)).to.deep.equal({ step: 0, total: 16 });
  });
});

describe('<mz-overload-check> honest length', () => {
  for (const [attrs, words] of [['', 'Er zijn 16 korte vragen'], ['audience="young"', 'Je krijgt 15 korte vragen']] as const) {
    it(`the intro says how many questions there are, as many as "Question 1 of N" (${attrs || 'adult'})`, async () => {
      const el = await mountCheck(attrs);
      expect(text(el)).to.contain(words);
      expect(text(el)).not.to.match(/korte check/);
      const steps: Array<{ total: number }> = [];
      el.addEventListener('mz-step', (e) => steps.push((e as CustomEvent).detail));
      (shadow(el).querySelector('[part~="button-start"]') as HTMLButtonElement).click();
      await settle(el);
      expect(words).to.contain(String(steps[0].total));
    });
  }
});
