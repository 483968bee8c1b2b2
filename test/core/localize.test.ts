import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../helpers/test-widget/define.js';
import type { MzTestWidget } from '../helpers/test-widget/mz-test-widget.js';
import { collectEvents, settle, shadow, visibleText } from '../embedding/contract.js';
import { LocalizeController, variant } from '../../src/core/i18n/localize.js';
import { createCatalog } from '../../src/core/i18n/catalog.js';
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

  it('an eager namespace that fails renders Dutch and reports the language once per attempt', async () => {
    const missing: Locale[] = [];
    const cat = createCatalog({ hello: 'Hallo' }, { fr: () => Promise.reject(new Error('offline')) });
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
        return this.l10n.t(cat).hello;
      }
    }
    customElements.define('mz-l10n-host', Host);
    const holder = await fixture<HTMLElement>(html`<div lang="fr"></div>`);
    holder.innerHTML = '<mz-l10n-host></mz-l10n-host>';
    const el = holder.firstElementChild as Host;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('Hallo');
    expect(el.l10n.locale).to.equal('nl');
    expect(missing).to.deep.equal(['fr']);
  });
});
