import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { mountCheck, driveOverload, SCRIPTS, $, text, band, settle, shadow } from './helpers.js';
import { trackPrivacy } from '../../helpers/privacy.js';
import { axeViolations } from '../../helpers/axe.js';

describe('<mz-overload-check> languages', () => {
  const titles: Record<string, string> = {
    nl: 'Hoe zwaar weegt de zorg?',
    fr: 'Aider un proche',
    en: 'How heavy is the care?',
    de: 'Wie schwer wiegt die Pflege?',
  };
  for (const [lang, title] of Object.entries(titles)) {
    it(`${lang}: intro in ${lang}`, async () => {
      const el = await mountCheck('', lang);
      expect(text(el)).to.contain(title);
      expect($(el, '.mz-root')?.getAttribute('lang')).to.equal(lang);
    });
  }

  it('referral numbers follow the language: fr urgent → 0800 32 123 and 107; de → 108', async () => {
    const fr = await mountCheck('', 'fr');
    await driveOverload(fr, SCRIPTS.urgent);
    const frTels = [...shadow(fr).querySelectorAll('[part~="urgent-help"] a[href^="tel:"]')].map((a) => a.getAttribute('href'));
    expect(frTels.slice(0, 3)).to.deep.equal(['tel:112', 'tel:080032123', 'tel:107']);
    const de = await mountCheck('', 'de');
    await driveOverload(de, SCRIPTS.urgent);
    expect(shadow(de).querySelector('[part~="urgent-help"] a[href="tel:108"]')).to.exist;
    expect(text(de)).to.contain('Sie brauchen jetzt Unterstützung');
  });

  it('young French uses "tu", young German uses "du"', async () => {
    const fr = await mountCheck('audience="young"', 'fr');
    await driveOverload(fr, Array(9).fill('s'));
    expect(text(fr)).to.contain('Choisis un chiffre');
    const de = await mountCheck('audience="young"', 'de');
    await driveOverload(de, SCRIPTS.youngHigh);
    expect(text(de)).to.contain('Was kannst du jetzt tun?');
  });

  it('follows a lang change on an ancestor, keeping the answers', async () => {
    const el = await mountCheck('', 'nl');
    await driveOverload(el, [2]);
    el.parentElement!.setAttribute('lang', 'en');
    await settle(el);
    await settle(el);
    expect(text(el)).to.contain('Question 2 of 16');
    expect($(el, '[part~="button-back"]')).to.exist;
  });

  it('an unknown audience shows a notice and falls back to adult', async () => {
    const holder = await fixture<HTMLElement>('<div></div>');
    const errors: unknown[] = [];
    holder.addEventListener('mz-error', (e) => errors.push((e as CustomEvent).detail));
    holder.innerHTML = '<mz-overload-check audience="kids"></mz-overload-check>';
    const el = holder.firstElementChild as HTMLElement;
    await settle(el);
    expect(errors.length).to.equal(1);
    expect($(el, '[part~="notice"]')).to.exist;
    expect(text(el)).to.contain('Hoe zwaar weegt de zorg?');
  });
});

describe('<mz-overload-check> partner JSON', () => {
  const json = (o: unknown) => `<script type="application/json">${JSON.stringify(o)}</script>`;

  it('shows the local offer first under "where to get help", not on urgent by default', async () => {
    const cfg = json({ offers: [{ name: 'Mantelzorgpunt Testgem', phone: '09 123 45 67' }] });
    const el = await mountCheck('', 'nl', cfg);
    await driveOverload(el, SCRIPTS.high);
    const first = shadow(el).querySelector('[part~="result"] .refs > li');
    expect(first?.getAttribute('part')).to.equal('partner-offer');
    expect(first?.querySelector('a[href="tel:+3291234567"]')).to.exist;
    // Freephone numbers stay national, as in every widget (the one telUri()).
    const free = await mountCheck('', 'nl', json({ offers: [{ name: 'Gratis lijn', phone: '0800 12 345' }] }));
    await driveOverload(free, SCRIPTS.high);
    expect(shadow(free).querySelector('[part~="partner-offer"] a[href="tel:080012345"]')).to.exist;
    const urgent = await mountCheck('', 'nl', cfg);
    await driveOverload(urgent, SCRIPTS.urgent);
    expect(shadow(urgent).querySelector('[part~="partner-offer"]')).to.equal(null);
  });

  it('an offer marked for urgent comes after the helplines, never above them', async () => {
    const el = await mountCheck('', 'nl', json({ offers: [{ name: 'Crisisteam Testgem', bands: ['urgent'], phone: '09 000 00 00' }] }));
    await driveOverload(el, SCRIPTS.urgent);
    const offer = $(el, '[part~="partner-offer"]')!;
    const help = $(el, '[part~="urgent-help"]')!;
    expect(help.compareDocumentPosition(offer) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('offers for young people only show in the young variant', async () => {
    const cfg = json({ offers: [{ name: 'Leerlingenbegeleiding De School', audience: 'young' }] });
    const adult = await mountCheck('', 'nl', cfg);
    await driveOverload(adult, SCRIPTS.high);
    expect(text(adult)).not.to.contain('Leerlingenbegeleiding De School');
    const young = await mountCheck('audience="young"', 'nl', cfg);
    await driveOverload(young, SCRIPTS.youngHigh);
    expect(text(young)).to.contain('Leerlingenbegeleiding De School');
  });

  it('picks the offer text in the reader\'s language', async () => {
    const el = await mountCheck('', 'fr', json({ offers: [{ name: { nl: 'Gemeentelijk punt', fr: 'Point communal' } }] }));
    await driveOverload(el, SCRIPTS.high);
    expect(text(el)).to.contain('Point communal');
  });

  it('finder URL: linked, with no answer in the URL', async () => {
    const el = await mountCheck('finder-url="/hulp"');
    await driveOverload(el, SCRIPTS.high); // careFor: dementia
    const a = shadow(el).querySelector<HTMLAnchorElement>('a[href^="/hulp"]');
    expect(a?.getAttribute('href')).to.equal('/hulp');
  });

  it('a bad record is dropped with a notice; the good ones stay', async () => {
    const holder = await fixture<HTMLElement>('<div></div>');
    const errors: Array<{ code: string }> = [];
    holder.addEventListener('mz-error', (e) => errors.push((e as CustomEvent).detail as { code: string }));
    holder.innerHTML = `<mz-overload-check>${json({ offers: [{ name: 'Goed punt' }, { name: 'Slecht', website: 'javascript:alert(1)' }] })}</mz-overload-check>`;
    const el = holder.firstElementChild as HTMLElement;
    await settle(el);
    expect(errors.map((e) => e.code)).to.deep.equal(['bad-config']);
    await driveOverload(el, SCRIPTS.high);
    expect(text(el)).to.contain('Goed punt');
    expect(text(el)).not.to.contain('Slecht');
    expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('an on-page association finder is targeted directly (no URL)', async () => {
    const holder = await fixture<HTMLElement>('<div><mz-overload-check></mz-overload-check><mz-association-finder></mz-association-finder></div>');
    const el = holder.firstElementChild as HTMLElement;
    await settle(el);
    await driveOverload(el, SCRIPTS.high);
    const button = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.includes('(verderop op deze pagina)'));
    expect(button).to.exist;
    const finder = holder.querySelector('mz-association-finder')!;
    const got: unknown[] = [];
    let bubbled = false;
    finder.addEventListener('mz-filters', (e) => got.push((e as CustomEvent).detail));
    holder.addEventListener('mz-filters', () => (bubbled = true));
    button!.click();
    // In memory, on the finder only: no attribute (DOM recorders), no bubbling to the page.
    expect(got).to.deep.equal([{ targetGroups: ['dementia'] }]);
    expect(bubbled).to.equal(false);
    expect([...finder.attributes].map((a) => `${a.name}=${a.value}`).join(' ')).not.to.contain('dementia');
  });
});

describe('<mz-overload-check> privacy: no answer leaves the component', () => {
  it('a full walk makes no request and writes no cookie or storage; events carry the band only', async () => {
    const privacy = trackPrivacy();
    const el = await mountCheck();
    const events: Array<{ type: string; detail: unknown }> = [];
    for (const type of ['mz-ready', 'mz-step', 'mz-complete', 'mz-error']) el.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
    await driveOverload(el, SCRIPTS.high);
    const report = privacy.stop();
    expect(report).to.deep.equal({ requests: [], cookieChanged: false, storageWrites: [] });
    const complete = events.filter((e) => e.type === 'mz-complete');
    expect(complete).to.deep.equal([{ type: 'mz-complete', detail: { widget: 'overload-check', outcome: 'high' } }]);
    // No event detail holds any answer value, score or referral.
    const all = JSON.stringify(events.map((e) => e.detail));
    for (const leak of ['yes', 'sometimes', 'dementia', 'strain', 'score', 'global', 'tel:', 'gp']) expect(all).not.to.contain(leak);
  });

  it('with `remember`: progress goes to sessionStorage only, and "forget my answers" wipes it', async () => {
    sessionStorage.clear();
    const el = await mountCheck('remember');
    await driveOverload(el, [2, 2]);
    expect(Object.keys(sessionStorage)).to.deep.equal(['mantelkit:overload-check']);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('mantelkit'))).to.deep.equal([]);
    // A new element picks up where we were.
    const again = await mountCheck('remember');
    expect(text(again)).to.contain('Vraag 3 van 16');
    sessionStorage.clear();
  });

  it('with `remember`: a remembered result comes back (its chunk loads first, no flash)', async () => {
    sessionStorage.clear();
    const el = await mountCheck('remember');
    await driveOverload(el, SCRIPTS.high);
    const again = await mountCheck('remember');
    expect(band(again)).to.equal('high');
    sessionStorage.clear();
  });

  it('forget button clears storage and returns to the intro', async () => {
    sessionStorage.clear();
    const el = await mountCheck('remember');
    await driveOverload(el, SCRIPTS.low);
    ($(el, '[part~="button-forget"]') as HTMLButtonElement).click();
    await settle(el);
    expect(sessionStorage.getItem('mantelkit:overload-check')).to.equal(null);
    expect($(el, '[part~="intro"]')).to.exist;
  });

  it('corrupt stored progress is ignored, not trusted', async () => {
    sessionStorage.setItem('mantelkit:overload-check', JSON.stringify({ view: 'result', index: 0, answers: { strain: { time: 'always' }, global: 99, redFlags: {}, canShare: null, careFor: [] } }));
    const el = await mountCheck('remember');
    expect($(el, '[part~="intro"]')).to.exist;
    sessionStorage.clear();
  });
});

describe('<mz-overload-check> print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('prints help and the date; answers hidden unless opted in', async () => {
    const el = await mountCheck();
    await driveOverload(el, SCRIPTS.elevated);
    await emulateMedia({ media: 'print' });
    const visible = (sel: string) => {
      const n = $(el, sel);
      return !!n && getComputedStyle(n).display !== 'none';
    };
    expect(visible('[part~="result"] .refs')).to.equal(true);
    expect(visible('[part~="figures"]')).to.equal(true);
    expect(visible('.print-opt')).to.equal(false);
    expect(visible('[part~="button-print"]')).to.equal(false);
    expect($(el, '[part~="answers"]')).to.equal(null);
    await emulateMedia({ media: 'screen' });
    ($(el, '#print-answers') as HTMLInputElement).click();
    await settle(el);
    await emulateMedia({ media: 'print' });
    expect(visible('[part~="answers"]')).to.equal(true);
    expect(text(el, '[part~="answers"]')).to.contain('Ja');
  });

  it('the answers summary is accessible', async () => {
    const el = await mountCheck();
    await driveOverload(el, SCRIPTS.high);
    ($(el, '#print-answers') as HTMLInputElement).click();
    await settle(el);
    expect(await axeViolations(el)).to.deep.equal([]);
    expect(band(el)).to.equal('high');
  });
});
