import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import '../helpers/test-widget/define.js';
import type { MzTestWidget } from '../helpers/test-widget/mz-test-widget.js';
import { collectEvents, settle, shadow, visibleText } from '../embedding/contract.js';
import { LocalizeController, variant } from '../../src/core/i18n/localize.js';
import { createCatalog, type Catalog } from '../../src/core/i18n/catalog.js';
import { MantelkitElement } from '../../src/core/mantelkit-element.js';
import type { Locale } from '../../src/core/locale.js';

/** Mounts the test widget inside `lang` and records every text the reader could have seen. */
async function watch(lang: string, attrs = ''): Promise<{ el: MzTestWidget; seen: string[] }> {
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  holder.setAttribute('lang', lang);
  const el = document.createElement('mz-test-widget') as MzTestWidget;
  for (const [k, v] of attrs.split(' ').filter(Boolean).map((a) => a.split('='))) el.setAttribute(k, v ?? '');
  const seen: string[] = [];
  holder.append(el);
  const record = () => seen.push(visibleText(el));
  new MutationObserver(record).observe(shadow(el), { childList: true, subtree: true, characterData: true });
  await settle(el);
  record();
  return { el, seen };
}

async function toResult(el: MzTestWidget): Promise<void> {
  shadow(el).querySelector<HTMLElement>('[part~="button-start"]')!.click();
  await settle(el);
  for (let i = 0; i < 2; i++) {
    shadow(el).querySelector<HTMLElement>('[part~="button-next"]')!.click();
    await settle(el);
  }
}

describe('LocalizeController', () => {
  it('renders French only after the French namespaces are there: never a flash of Dutch', async () => {
    const { el, seen } = await watch('fr');
    expect(visibleText(el)).to.contain("Vous occupez-vous de quelqu'un ?");
    expect(seen.filter((t) => t.length > 0).length).to.be.greaterThan(0);
    for (const t of seen) expect(t, 'a render in Dutch').not.to.match(/Zorg je|Vraag|Anoniem/);
  });

  it('loads a lazy namespace on the screen that needs it, showing "loading" rather than Dutch', async () => {
    const { el, seen } = await watch('fr');
    await toResult(el);
    await waitUntil(() => visibleText(el).includes('Explication de votre résultat.'), 'French extra texts');
    for (const t of seen) expect(t).not.to.contain('Uitleg bij je resultaat');
  });

  it('falls back to Dutch with a notice when a namespace cannot load in that language', async () => {
    const holder = await fixture<HTMLElement>(html`<div lang="de"></div>`);
    const errors = collectEvents(holder, ['mz-error']);
    holder.innerHTML = '<mz-test-widget></mz-test-widget>';
    const el = holder.firstElementChild as MzTestWidget;
    await settle(el);
    await toResult(el);
    await waitUntil(() => visibleText(el).includes('Uitleg bij je resultaat.'), 'Dutch extra texts');
    expect(visibleText(el), 'the rest stays German').to.contain('Danke');
    expect(shadow(el).querySelector('[part~="notice"]')?.textContent).to.contain('Niederländisch');
    expect(errors.map((e) => (e.detail as { code: string }).code)).to.include('locale-unavailable');
  });

  it('applies an audience variant before the first render (young wording, no adult flash)', async () => {
    const { el, seen } = await watch('fr', 'audience=young');
    expect(visibleText(el)).to.contain("Tu aides quelqu'un à la maison ?");
    for (const t of seen) expect(t).not.to.contain("Vous occupez-vous");
    const nl = await watch('nl', 'audience=young');
    expect(visibleText(nl.el)).to.contain('Help je thuis voor iemand?');
  });

  it('variant() keeps the base keys and replaces only the given ones', () => {
    expect(variant({ a: 'A', b: 'B' }, { b: 'b' })).to.deep.equal({ a: 'A', b: 'b' });
    expect(variant({ a: 'A' }, undefined)).to.deep.equal({ a: 'A' });
  });

  it('loads only the wanted language: Dutch is a lazy chunk too, fetched only when French fails', async () => {
    const fr = await mountHost('mz-l10n-fr', 'fr', { fr: true, nl: true });
    expect(fr.el.shadowRoot!.textContent).to.equal('Bonjour');
    expect(fr.el.l10n.locale).to.equal('fr');
    expect(fr.calls, 'no Dutch chunk for a French reader').to.deep.equal(['fr']);
    expect(fr.missing).to.deep.equal([]);

    const failing = await mountHost('mz-l10n-fallback', 'fr', { fr: false, nl: true });
    expect(failing.el.shadowRoot!.textContent).to.equal('Hallo');
    expect(failing.el.l10n.locale).to.equal('nl');
    expect(failing.calls, 'Dutch fetched after French failed').to.deep.equal(['fr', 'nl']);
    expect(failing.missing).to.deep.equal(['fr']);
  });

  it('an eager namespace that fails in every language (offline) leaves the host unavailable, then recovers', async () => {
    const offline = await mountHost('mz-l10n-offline', 'fr', { fr: false, nl: false });
    expect(offline.el.l10n.unavailable).to.equal(true);
    expect(offline.el.shadowRoot!.textContent).to.equal('unavailable');
    expect(offline.missing).to.deep.equal(['fr']);
    offline.online.fr = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => offline.el.shadowRoot!.textContent === 'Bonjour', 'French once back online');
    expect(offline.el.l10n.unavailable).to.equal(false);
  });

  it('a widget with no texts at all shows one built-in line in four languages and fires mz-error', async () => {
    const holder = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const errors = collectEvents(holder, ['mz-error']);
    holder.innerHTML = '<mz-offline-widget></mz-offline-widget>';
    const el = holder.firstElementChild as LitElement;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="error"]'), 'the offline line');
    const line = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect([...line.querySelectorAll('[lang]')].map((n) => n.getAttribute('lang'))).to.deep.equal(['nl', 'fr', 'en', 'de']);
    expect(line.textContent).to.contain('This help could not load.');
    expect(line.getAttribute('role')).to.equal('alert');
    expect(errors.map((e) => (e.detail as { code: string; message: string }).code)).to.deep.equal(['locale-unavailable']);
  });
});

class OfflineWidget extends MantelkitElement<{ hello: string }> {
  protected readonly widgetName = 'offline-widget';
  private static readonly messages = createCatalog<{ hello: string }>({
    nl: () => Promise.reject(new Error('offline')),
    fr: () => Promise.reject(new Error('offline')),
    en: () => Promise.reject(new Error('offline')),
    de: () => Promise.reject(new Error('offline')),
  });
  protected get catalog(): Catalog<{ hello: string }> {
    return OfflineWidget.messages;
  }
  protected renderContent(): TemplateResult {
    return html`<p>${this.t.hello}</p>`;
  }
}
customElements.define('mz-offline-widget', OfflineWidget);

/** A bare host with one eager namespace whose French and Dutch chunks load or fail as `online` says. */
async function mountHost(tag: string, lang: string, online: { fr: boolean; nl: boolean }) {
  const missing: Locale[] = [];
  const calls: Locale[] = [];
  const chunk = (l: 'fr' | 'nl', hello: string) => async () => {
    calls.push(l);
    if (!online[l]) throw new Error('offline');
    return { default: { hello } };
  };
  const cat = createCatalog({ nl: chunk('nl', 'Hallo'), fr: chunk('fr', 'Bonjour'), en: chunk('nl', 'Hello'), de: chunk('nl', 'Hallo') });
  class Host extends LitElement {
    l10n = new LocalizeController(this, (l) => missing.push(l));
    constructor() {
      super();
      this.l10n.use(cat);
    }
    protected override async scheduleUpdate(): Promise<void> {
      await this.l10n.prepare();
      super.scheduleUpdate();
    }
    protected override render(): string {
      return this.l10n.unavailable ? 'unavailable' : this.l10n.t(cat).hello;
    }
  }
  customElements.define(tag, Host);
  const holder = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  holder.innerHTML = `<${tag}></${tag}>`;
  const el = holder.firstElementChild as Host;
  await el.updateComplete;
  return { el, missing, calls, online };
}
