import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/leave-calculator/define.js';
import { walk, LEAVE_WALKS } from '../../../examples/leave-calculator.examples.js';
import { mount, settle, shadow, visibleText, collectEvents } from '../../embedding/contract.js';
import { axeViolations } from '../../helpers/axe.js';
import { trackPrivacy } from '../../helpers/privacy.js';

const TAG = 'mz-leave-calculator';

function active(el: HTMLElement): HTMLElement | null {
  return shadow(el).activeElement as HTMLElement | null;
}

/** Presses Tab until `pred` matches the focused control inside the widget (fails after 40 presses). */
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

/** Selects a radio by value with the arrow keys, as a keyboard user does, then submits with Enter on "Next". */
async function chooseRadio(el: HTMLElement, value: string): Promise<void> {
  await tabTo(el, isRadio, 'a radio');
  for (let i = 0; i < 20; i++) {
    const a = active(el) as HTMLInputElement;
    if (a.value === value) break;
    await press(el, 'ArrowDown');
  }
  const a = active(el) as HTMLInputElement;
  expect(a.value, 'radio reached').to.equal(value);
  if (!a.checked) await press(el, 'Space');
  await tabTo(el, isSubmit, 'the Next button');
  await press(el, 'Enter');
}

describe('<mz-leave-calculator>', () => {
  afterEach(() => fixtureCleanup());

  it('starts with a heading, the privacy promise and a start button', async () => {
    const el = await mount(`<${TAG}></${TAG}>`);
    expect(shadow(el).querySelector('h2')?.textContent).to.contain('verlof');
    expect(visibleText(el)).to.contain('Anoniem');
    expect(shadow(el).querySelector('[part~="button-start"]')).to.exist;
  });

  it('can be completed with the keyboard alone, from the first question to the result', async () => {
    const el = await mount(`<${TAG}></${TAG}>`);
    const events = collectEvents(el, ['mz-step', 'mz-complete']);
    await tabTo(el, (a) => a.matches('[part~="button-start"]'), 'Start');
    await press(el, 'Enter');
    expect(stepOf(el)).to.equal('status');
    expect(active(el)?.hasAttribute('data-step-heading'), 'focus on the question').to.equal(true);
    await chooseRadio(el, 'privateEmployee');
    expect(stepOf(el)).to.equal('region');
    await chooseRadio(el, 'flanders');
    await chooseRadio(el, '1');
    expect(stepOf(el)).to.equal('relation');
    await chooseRadio(el, 'parent');
    // Age: type in the number field, Enter submits the form.
    await tabTo(el, (a) => a instanceof HTMLInputElement && a.type === 'number', 'the age field');
    await sendKeys({ type: '72' });
    await press(el, 'Enter');
    expect(stepOf(el)).to.equal('situation');
    await tabTo(el, (a) => a instanceof HTMLInputElement && a.value === 'seriouslyIll', 'the seriously ill box');
    await press(el, 'Space');
    await tabTo(el, isSubmit, 'Next');
    await press(el, 'Enter');
    await chooseRadio(el, 'withPartner');
    await chooseRadio(el, 'none');
    expect(stepOf(el)).to.equal('used');
    // The optional step: skip with the keyboard.
    await tabTo(el, (a) => a.matches('[part~="button-skip"]'), 'Skip');
    await press(el, 'Enter');
    expect(stepOf(el)).to.equal(undefined);
    expect(visibleText(el)).to.contain('Verlof voor medische bijstand');
    const done = events.filter((e) => e.type === 'mz-complete');
    expect(done).to.have.length(1);
    const detail = done[0].detail as { widget: string; outcome: { schemes: string[] } };
    expect(detail.widget).to.equal('leave-calculator');
    expect(detail.outcome.schemes).to.include.members(['medischeBijstand', 'aanmoedigingspremie', 'tijdskredietZorg']);
    expect(JSON.stringify(detail), 'no raw answers in the event').not.to.contain('72');
    expect(events.filter((e) => e.type === 'mz-step').length).to.be.greaterThan(8);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('keyboard: "already used?" yes shows the counters, a counter is typed, Enter shows the result; focus never on <body>', async () => {
    const el = await mount(`<${TAG}></${TAG}>`);
    await walk(LEAVE_WALKS.motherSeriouslyIll, 'used')(el);
    await tabTo(el, (a) => isRadio(a) && (a as HTMLInputElement).name === 'usedAny', 'the yes/no question');
    for (let i = 0; i < 3 && (active(el) as HTMLInputElement).value !== 'yes'; i++) await press(el, 'ArrowUp');
    if (!(active(el) as HTMLInputElement).checked) await press(el, 'Space');
    expect((active(el) as HTMLInputElement).value).to.equal('yes');
    expect(document.activeElement, 'focus stays in the widget').to.equal(el);
    await tabTo(el, (a) => a.id === 'mz-leave-used-mb', 'the medical assistance counter');
    await sendKeys({ type: '2' });
    await press(el, 'Enter');
    expect(stepOf(el)).to.equal(undefined);
    expect(document.activeElement, 'focus stays in the widget').to.equal(el);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('pre-filled attributes skip their questions', async () => {
    const el = await mount(`<${TAG} status="privateEmployee" workplace-region="flanders"></${TAG}>`);
    await walk({}, 'regime')(el);
    expect(stepOf(el)).to.equal('regime');
    expect(shadow(el).querySelector('[part~="progress"]')?.textContent).to.contain('1');
  });

  it('asks fewer questions of the self-employed', async () => {
    const el = await mount(`<${TAG} status="selfEmployed"></${TAG}>`);
    await walk({}, 'relation')(el);
    expect(shadow(el).querySelector('[part~="progress"]')?.textContent).to.match(/1 van 4/);
  });

  it('shows every amount with a date and a source, and "about" for outdated amounts', async () => {
    const el = await mount(`<${TAG} as-of="2025-10-01"></${TAG}>`);
    await walk(LEAVE_WALKS.neighbourRecognised)(el);
    await settle(el);
    const card = shadow(el).querySelector('[data-scheme="mantelzorgverlof"]');
    expect(card, 'caregiver leave card').to.exist;
    const text = card?.textContent?.replace(/\s+/g, ' ') ?? '';
    // An estimate that says how it was made: the official RVA amount of 1 December 2022 plus the
    // three dated 2 % index steps before 2025-10-01, with a link to check today's amount.
    expect(text).to.contain('1.038,12');
    expect(text).to.contain('ongeveer');
    expect(text).to.contain('schatting: € 978,24 vanaf 1 december 2022, plus 3 indexsprongen van 2 % = € 1.038,12');
    expect(card?.querySelector('a[href="https://www.rva.be/burgers/loopbaanonderbreking-tijdskrediet-en-thematische-verloven/thematische-verloven-alle-sectoren/verlof-voor-mantelzorg"], .mz-meta a'), 'link to check today\'s amount').to.exist;
    expect(card?.querySelector('a[href^="https://www.rva.be"]'), 'RVA source link').to.exist;
    // The premium is in the table too.
    expect(text).to.contain('205,92');
    // Every scheme card names its sources.
    for (const c of shadow(el).querySelectorAll('[part~="scheme"]')) expect(c.querySelector('[part~="figures"] a[href^="https://"]'), c.getAttribute('data-scheme') ?? '').to.exist;
  });

  it('groups the result: can use, ask HR, not for this situation (with why)', async () => {
    const el = await mount(`<${TAG} as-of="2025-10-01"></${TAG}>`);
    await walk(LEAVE_WALKS.neighbourRecognised)(el);
    const yes = shadow(el).querySelector('[part~="group-yes"]');
    const no = shadow(el).querySelector('[part~="group-no"]');
    expect(yes?.querySelector('[data-scheme="mantelzorgverlof"]')).to.exist;
    expect(no?.textContent).to.contain('Een buur is geen familie');
  });

  it('Flemish government staff see zorgkrediet and "about" amounts', async () => {
    const el = await mount(`<${TAG} status="flemishGovernment" as-of="2025-10-01"></${TAG}>`);
    await walk(LEAVE_WALKS.flemishGovSpouse)(el);
    const card = shadow(el).querySelector('[data-scheme="vlaamsZorgkrediet"]');
    expect(card?.textContent?.replace(/\s+/g, ' ')).to.contain('668,34');
  });

  it('the notice letter fills in form and dates, and sends nothing', async () => {
    const privacy = trackPrivacy();
    const el = await mount(`<${TAG} as-of="2025-10-01"></${TAG}>`);
    await walk(LEAVE_WALKS.neighbourRecognised)(el);
    const start = shadow(el).querySelector<HTMLInputElement>('#mz-leave-letter-start');
    const end = shadow(el).querySelector<HTMLInputElement>('#mz-leave-letter-end');
    expect(start && end).to.exist;
    start!.value = '2026-01-05';
    start!.dispatchEvent(new Event('change'));
    end!.value = '2026-02-04';
    end!.dispatchEvent(new Event('change'));
    await settle(el);
    const text = shadow(el).querySelector<HTMLTextAreaElement>('#mz-leave-letter-text')?.value ?? '';
    expect(text).to.contain('Verlof voor mantelzorg');
    expect(text).to.contain('5 januari 2026');
    expect(text).to.contain('4 februari 2026');
    const report = privacy.stop();
    expect(report.requests).to.deep.equal([]);
    expect(report.storageWrites).to.deep.equal([]);
  });

  it('the letter\'s leave choice is a radio list whose labels wrap at 375 px (a closed <select> cut them off)', async () => {
    const el = await mount(`<${TAG} as-of="2025-10-01" style="display:block;inline-size:375px"></${TAG}>`);
    await walk(LEAVE_WALKS.motherSeriouslyIll)(el);
    await settle(el);
    const root = shadow(el);
    expect(root.querySelector('.mz-letter select'), 'no select').to.equal(null);
    const radios = [...root.querySelectorAll<HTMLInputElement>('.mz-letter input[type="radio"][name="mz-leave-letter-choice"]')];
    expect(radios.length, 'one radio per scheme and form').to.be.greaterThan(1);
    expect(radios[0]?.checked, 'the first is chosen').to.equal(true);
    const box = root.querySelector<HTMLElement>('.mz-letter')!.getBoundingClientRect();
    for (const r of radios) {
      const label = r.closest('label')!;
      expect(label.scrollWidth, label.textContent ?? '').to.be.at.most(label.clientWidth + 1);
      expect(label.getBoundingClientRect().right, label.textContent ?? '').to.be.at.most(box.right + 1);
    }
    // Choosing another leave puts its name and form into the letter.
    const last = radios.at(-1)!;
    last.click();
    await settle(el);
    const [scheme = '', form = ''] = (last.closest('label')?.textContent ?? '').trim().split(': ');
    const text = root.querySelector<HTMLTextAreaElement>('#mz-leave-letter-text')?.value ?? '';
    expect(text).to.contain(`${scheme}, in de vorm: ${form}`);
  });

  for (const [lang, name, word] of [
    ['fr', 'Congé pour aidants proches', 'environ'],
    ['de', 'Urlaub für nahestehende Hilfspersonen', 'ungefähr'],
    ['en', 'Leave for recognised informal carers', 'about'],
    ['nl', 'Verlof voor mantelzorg', 'ongeveer'],
  ] as const) {
    it(`speaks ${lang} with the official scheme names`, async () => {
      const el = await mount(`<${TAG} as-of="2025-10-01"></${TAG}>`, lang);
      await walk(LEAVE_WALKS.neighbourRecognised)(el);
      await settle(el);
      const text = visibleText(el);
      expect(text).to.contain(name);
      expect(text).to.contain(word);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('shows the employer’s own leave, marked as the employer’s, with safe links only', async () => {
    const json = JSON.stringify({
      employerName: 'Stad Voorbeeld',
      extraLeave: [
        { name: 'Extra zorgdagen', days: 2, paid: 'yes', url: 'https://intranet.example.org/z' },
        { name: 'Kapot', paid: 'maybe' },
      ],
      intranetUrl: 'https://intranet.example.org/verlof',
    });
    const holder = await fixture<HTMLElement>('<div></div>');
    const errors: unknown[] = [];
    holder.addEventListener('mz-error', (e) => errors.push((e as CustomEvent).detail));
    holder.innerHTML = `<${TAG} as-of="2025-10-01"><script type="application/json">${json}</script></${TAG}>`;
    const el = holder.firstElementChild as HTMLElement;
    await settle(el);
    expect(errors.length, 'the bad record is reported').to.equal(1);
    expect(JSON.stringify(errors[0])).to.contain('extraLeave[1]');
    await walk(LEAVE_WALKS.neighbourRecognised)(el);
    const part = shadow(el).querySelector('[part~="employer"]');
    expect(part?.textContent).to.contain('Extra zorgdagen');
    expect(part?.textContent).to.contain('geen wettelijk recht');
    expect(part?.querySelectorAll('a[href^="https://intranet.example.org"]').length).to.equal(2);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('employer links: a path on this site stays in the tab; protocol-relative and http are refused with mz-error naming the field', async () => {
    const json = JSON.stringify({
      extraLeave: [
        { name: 'Zorgdagen', days: 2, paid: 'yes', url: '/intranet/zorgdagen' },
        { name: 'Omweg', days: 1, paid: 'no', url: '//evil.example/x' },
      ],
      hrContact: { name: 'HR', url: 'http://evil.example/hr' },
      intranetUrl: '/intranet/verlof',
    });
    const holder = await fixture<HTMLElement>('<div></div>');
    const errors: unknown[] = [];
    holder.addEventListener('mz-error', (e) => errors.push((e as CustomEvent).detail));
    holder.innerHTML = `<${TAG}><script type="application/json">${json}</script></${TAG}>`;
    const el = holder.firstElementChild as HTMLElement;
    await settle(el);
    const reported = JSON.stringify(errors);
    expect(reported).to.contain('extraLeave[1].url');
    expect(reported).to.contain('hrContact.url');
    expect(reported).not.to.contain('intranetUrl');
    await walk(LEAVE_WALKS.neighbourRecognised)(el);
    const part = shadow(el).querySelector('[part~="employer"]') as HTMLElement;
    const own = [...part.querySelectorAll<HTMLAnchorElement>('a')].filter((a) => a.getAttribute('href')?.startsWith('/intranet/'));
    expect(own.map((a) => a.getAttribute('href'))).to.deep.equal(['/intranet/zorgdagen', '/intranet/verlof']);
    for (const a of own) expect(a.target, 'same tab').to.equal('');
    expect(part.querySelector('a[href*="evil"]')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('a bad as-of falls back to today: one plain line for visitors, the attribute name for the webmaster', async () => {
    const warn = console.warn;
    const warned: string[] = [];
    console.warn = (...a: unknown[]) => warned.push(a.join(' '));
    try {
      const el = await mount(`<${TAG} as-of="yesterday"></${TAG}>`);
      const notice = shadow(el).querySelector('[part~="config-notice"]');
      expect(notice?.textContent).to.contain('een instelling van deze website klopt niet');
      expect(notice?.textContent).not.to.contain('as-of');
      expect(warned.join('\n')).to.contain('as-of');
    } finally {
      console.warn = warn;
    }
  });

  it('a bad number shows an error next to the field and keeps the step', async () => {
    const el = await mount(`<${TAG}></${TAG}>`);
    await walk({}, 'age')(el);
    const input = shadow(el).querySelector<HTMLInputElement>('#mz-leave-age')!;
    input.value = '-4';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    shadow(el).querySelector<HTMLFormElement>('form')!.requestSubmit();
    await settle(el);
    expect(stepOf(el)).to.equal('age');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  // Realistic bounds: the same as the rules' strict input (src/rules/leave/bounds.ts), said in the message.
  const BOUND_ROWS: Array<{ step: string; walk: Parameters<typeof walk>[0]; field: string; bad: string; good: string; message: string; yes?: boolean }> = [
    { step: 'age', walk: {}, field: '#mz-leave-age', bad: '150', good: '120', message: 'van 0 tot 120' },
    { step: 'recognition', walk: LEAVE_WALKS.motherSeriouslyIll, field: '#mz-leave-hours', bad: '745', good: '744', message: 'van 0 tot 744' },
    { step: 'used', walk: LEAVE_WALKS.motherSeriouslyIll, field: '#mz-leave-used-mb', bad: '121', good: '120', message: 'van 0 tot 120', yes: true },
    { step: 'used', walk: LEAVE_WALKS.motherSeriouslyIll, field: '#mz-leave-used-zorgDays', bad: '11', good: '10', message: 'van 0 tot 10', yes: true },
  ];
  for (const row of BOUND_ROWS) {
    it(`${row.field}: ${row.bad} is refused with "${row.message}", ${row.good} is accepted`, async () => {
      const el = await mount(`<${TAG}></${TAG}>`);
      await walk(row.walk, row.step)(el);
      if (row.yes) {
        shadow(el).querySelector<HTMLInputElement>('input[name="usedAny"][value="yes"]')!.click();
        await settle(el);
      }
      const input = shadow(el).querySelector<HTMLInputElement>(row.field)!;
      const type = async (v: string): Promise<void> => {
        input.value = v;
        input.dispatchEvent(new Event('input'));
        await settle(el);
      };
      await type(row.bad);
      shadow(el).querySelector<HTMLFormElement>('form')!.requestSubmit();
      await settle(el);
      expect(stepOf(el)).to.equal(row.step);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.max).to.equal(row.good);
      expect(shadow(el).querySelector(`${row.field}-error`)?.textContent).to.contain(row.message);
      await type(row.good);
      expect(input.getAttribute('aria-invalid')).to.equal('false');
    });
  }

  it('remember keeps progress in sessionStorage only when asked, and forgets on request', async () => {
    sessionStorage.removeItem('mantelkit:leave-calculator');
    const el = await mount(`<${TAG} remember></${TAG}>`);
    await walk({ status: 'privateEmployee' }, 'region')(el);
    expect(sessionStorage.getItem('mantelkit:leave-calculator')).to.contain('privateEmployee');
    await walk(LEAVE_WALKS.motherSeriouslyIll)(await mount(`<${TAG} remember></${TAG}>`));
    const el2 = document.querySelectorAll(TAG)[1] as HTMLElement;
    shadow(el2).querySelector<HTMLElement>('[part~="button-forget"]')?.click();
    await settle(el2);
    expect(sessionStorage.getItem('mantelkit:leave-calculator')).to.equal(null);
  });

  it('opens every closed <details> for printing and closes them again after', async () => {
    const el = await mount(`<${TAG} as-of="2025-10-01"></${TAG}>`);
    await walk(LEAVE_WALKS.motherSeriouslyIll)(el);
    const details = [...shadow(el).querySelectorAll('details')];
    expect(details.length).to.be.greaterThan(0);
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.every((d) => d.open)).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.every((d) => !d.open)).to.equal(true);
  });

  it('links to a recognition quiz on the same page, or to recognition-href', async () => {
    const holder = await fixture<HTMLElement>(`<div><mz-recognition-quiz id="quiz"></mz-recognition-quiz><${TAG}></${TAG}></div>`);
    const el = holder.querySelector(TAG) as HTMLElement;
    await settle(el);
    await walk({ status: 'privateEmployee', region: 'flanders', regime: '1' }, 'recognition')(el);
    expect(shadow(el).querySelector('a[href="#quiz"]')).to.exist;
    const el2 = await mount(`<${TAG} recognition-href="https://example.org/ben-ik-mantelzorger"></${TAG}>`);
    await walk({ status: 'privateEmployee', region: 'flanders', regime: '1' }, 'recognition')(el2);
    expect(shadow(el2).querySelector('a[href="https://example.org/ben-ik-mantelzorger"]')).to.exist;
  });

  it('a javascript: recognition-href is refused with a notice', async () => {
    const el = await mount(`<${TAG} recognition-href="javascript:alert(1)"></${TAG}>`);
    expect(shadow(el).querySelector('[part~="notice"]')).to.exist;
    await walk({ status: 'privateEmployee', region: 'flanders', regime: '1' }, 'recognition')(el);
    expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('switches language on the result, reasons included, when lang changes', async () => {
    const el = await mount(`<${TAG} as-of="2025-10-01"></${TAG}>`);
    await walk(LEAVE_WALKS.neighbourRecognised)(el);
    expect(visibleText(el)).to.contain('Een buur is geen familie');
    el.setAttribute('lang', 'fr');
    await settle(el);
    await settle(el);
    const text = visibleText(el);
    expect(text).to.contain('Congé pour aidants proches');
    expect(text).to.contain('Un voisin n’est pas de la famille');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

