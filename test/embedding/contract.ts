import { expect, fixture, fixtureCleanup, nextFrame } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { describeReached, isReached, type WidgetExample, type WidgetExamples } from '../../examples/harness.js';
import { LOCALES } from '../../src/core/locale.js';
import { define } from '../../src/core/define.js';
import { axeViolations } from '../helpers/axe.js';
import { trackErrors, trackPrivacy } from '../helpers/privacy.js';

/**
 * The embedding contract every widget must keep (docs/DESIGN.md, "Embedding contract" and "Quality bars").
 * Each widget's test calls this with its examples; `load` imports the widget's define module.
 */
export interface ContractOptions {
  /** Imports the widget (its define.ts); called more than once to prove loading twice is harmless. */
  load: () => Promise<unknown>;
}

/** Waits until the element rendered, including a lazily loaded language. */
export async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await (el as LitElement).updateComplete;
    await nextFrame();
  }
}

export async function mount(markup: string, lang?: string): Promise<HTMLElement> {
  const wrapped = lang ? `<div lang="${lang}">${markup}</div>` : `<div>${markup}</div>`;
  const root = await fixture<HTMLElement>(wrapped);
  const el = root.firstElementChild as HTMLElement;
  await settle(el);
  return el;
}

export function shadow(el: Element): ShadowRoot {
  const root = el.shadowRoot;
  if (!root) throw new Error(`<${el.localName}> has no shadow root (not upgraded?)`);
  return root;
}

/** Text a person would see (shadow content; the live region and notices included). */
export function visibleText(el: Element): string {
  return (shadow(el).querySelector('.mz-root')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function collectEvents(el: Element, types: string[]): Array<{ type: string; detail: unknown }> {
  const seen: Array<{ type: string; detail: unknown }> = [];
  for (const type of types) el.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail }));
  return seen;
}

/**
 * Mounts an example, drives it and asserts it reached the state it names, before any other check:
 * otherwise axe, privacy and reflow checks could pass on another screen (the intro, a wrong outcome).
 */
export async function mountExample(example: WidgetExample, lang?: string): Promise<HTMLElement> {
  const el = await mount(example.html, lang);
  if (example.drive) {
    await example.drive(el);
    await settle(el);
  }
  expect(isReached(shadow(el), example.reached), `"${example.name}"${lang ? ` (${lang})` : ''} should show ${describeReached(example.reached)}`).to.equal(true);
  return el;
}

function withAttribute(markup: string, tag: string, name: string, value: string): string {
  const escaped = value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return markup.replace(`<${tag}`, `<${tag} ${name}="${escaped}"`);
}

function withJson(tag: string, json: string): string {
  return `<${tag}><script type="application/json">${json}</script></${tag}>`;
}

/** Partner JSON every widget must survive, beside its own cases. */
export const GENERIC_BAD_JSON = [
  { name: 'not JSON at all', json: '{ this is not json' },
  { name: 'an array instead of an object', json: '[1, 2, 3]' },
  { name: 'a string', json: '"hello"' },
  { name: 'null', json: 'null' },
];

export function runContractSuite(def: WidgetExamples, options: ContractOptions): void {
  const { tag } = def;

  describe(`<${tag}> embedding contract`, () => {
    before(async () => {
      await options.load();
    });
    afterEach(async () => {
      fixtureCleanup();
      await setViewport({ width: 800, height: 600 });
    });

    it('is defined, and loading or defining it again throws nothing', async () => {
      const errors = trackErrors();
      await options.load();
      const ctor = customElements.get(tag);
      expect(ctor, 'defined').to.exist;
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...a: unknown[]) => warnings.push(a);
      try {
        define(tag, class Impostor extends HTMLElement {
          static version = '0.0.0-other';
        });
        define(tag, class Impostor2 extends HTMLElement {
          static version = '0.0.0-other';
        });
      } finally {
        console.warn = warn;
      }
      expect(customElements.get(tag)).to.equal(ctor);
      expect(warnings.length, 'one warning naming both versions').to.equal(1);
      expect(String((warnings[0] as unknown[])[0])).to.contain('0.0.0-other');
      expect(errors.stop()).to.deep.equal([]);
    });

    for (const example of def.examples) {
      describe(`example "${example.name}"`, () => {
        for (const lang of LOCALES) {
          it(`renders in ${lang}, with no axe violation (WCAG 2.2 AA), no request, cookie or storage, no error`, async () => {
            const errors = trackErrors();
            const privacy = trackPrivacy();
            const el = await mountExample(example, lang);
            const root = shadow(el).querySelector('.mz-root');
            expect(root, 'rendered root').to.exist;
            expect(root?.getAttribute('lang'), 'rendered in the asked language').to.equal(lang);
            expect(visibleText(el).length, 'not a blank box').to.be.greaterThan(20);
            expect(shadow(el).querySelector('[part~="error"]'), 'no error box').to.equal(null);
            expect(await axeViolations(el)).to.deep.equal([]);
            const report = privacy.stop();
            expect(report.requests, 'network requests').to.deep.equal([]);
            expect(report.cookieChanged, 'cookie written').to.equal(false);
            expect(report.storageWrites, 'storage written').to.deep.equal([]);
            expect(errors.stop()).to.deep.equal([]);
          });
        }

        it('reflows at 320 px without horizontal scrolling', async () => {
          await setViewport({ width: 320, height: 640 });
          const el = await mountExample(example);
          expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
          const root = shadow(el).querySelector<HTMLElement>('.mz-root');
          expect(root!.scrollWidth, 'widget width').to.be.at.most(root!.clientWidth + 1);
        });
      });
    }

    it('stays usable in forced-colors mode and with reduced motion (every example)', async function () {
      // Every example in one test (the emulation is per page): a widget with many examples needs longer on a busy machine.
      this.timeout(90000);
      await executeServerCommand('emulate-forced-colors', { value: 'active' });
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(matchMedia('(forced-colors: active)').matches, 'forced colors emulated').to.equal(true);
        for (const example of def.examples) {
          const el = await mountExample(example);
          expect(visibleText(el).length, example.name).to.be.greaterThan(20);
          for (const control of shadow(el).querySelectorAll<HTMLElement>('button:not([hidden]), input:not([type=hidden])')) {
            if (!control.getClientRects().length) continue;
            const cs = getComputedStyle(control);
            const outlined = cs.borderStyle !== 'none' || control.matches('input');
            expect(outlined, `${example.name}: ${control.outerHTML.slice(0, 80)} has a border in forced colors`).to.equal(true);
          }
          expect(await axeViolations(el), example.name).to.deep.equal([]);
          fixtureCleanup();
        }
      } finally {
        await executeServerCommand('emulate-forced-colors', { value: 'none' });
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('reflows with 200 % text (640 px viewport) without horizontal scrolling', async () => {
      await setViewport({ width: 640, height: 800 });
      document.documentElement.style.fontSize = '200%';
      try {
        for (const example of def.examples) {
          await mountExample(example);
          expect(document.documentElement.scrollWidth, example.name).to.be.at.most(640);
          fixtureCleanup();
        }
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('survives a hostile host stylesheet', async () => {
      const style = document.createElement('style');
      style.textContent = `* { all: unset } button { display: none } html { font-size: 62.5% } ${tag} { display: inline; font-size: 6px !important; }`;
      document.head.append(style);
      try {
        const el = await mount(def.examples[0].html);
        expect(getComputedStyle(el).display).to.equal('block');
        expect(parseFloat(getComputedStyle(el).fontSize), 'font-size floor').to.be.at.least(16);
        const button = shadow(el).querySelector('button, input, a[href]');
        expect(button, 'an interactive control').to.exist;
        expect((button as HTMLElement).getBoundingClientRect().width, 'control visible').to.be.greaterThan(0);
        expect(visibleText(el).length).to.be.greaterThan(20);
      } finally {
        style.remove();
      }
    });

    for (const bad of def.badAttributes) {
      it(`shows a notice for the bad attribute ${bad.name}="${bad.value}"`, async () => {
        const errors = trackErrors();
        const markup = withAttribute(`<${tag}></${tag}>`, tag, bad.name, bad.value);
        const holder = await fixture<HTMLElement>('<div></div>');
        const seen: unknown[] = [];
        holder.addEventListener('mz-error', (e) => seen.push((e as CustomEvent).detail));
        holder.innerHTML = markup;
        const el = holder.firstElementChild as HTMLElement;
        await settle(el);
        expect(seen.length, 'mz-error dispatched').to.be.greaterThan(0);
        expect(shadow(el).querySelector('[part~="notice"]'), 'visible notice').to.exist;
        expect(visibleText(el).length, 'still usable').to.be.greaterThan(40);
        expect(await axeViolations(el)).to.deep.equal([]);
        expect(errors.stop()).to.deep.equal([]);
      });
    }

    for (const bad of [...GENERIC_BAD_JSON, ...def.badPartnerJson]) {
      it(`shows a notice for bad partner JSON: ${bad.name}`, async () => {
        const errors = trackErrors();
        const holder = await fixture<HTMLElement>('<div></div>');
        const seen: Array<{ code: string; message: string }> = [];
        holder.addEventListener('mz-error', (e) => seen.push((e as CustomEvent).detail as { code: string; message: string }));
        holder.innerHTML = withJson(tag, bad.json);
        const el = holder.firstElementChild as HTMLElement;
        await settle(el);
        expect(seen.length, 'mz-error dispatched').to.be.greaterThan(0);
        expect(seen[0].message.length, 'localized message').to.be.greaterThan(10);
        expect(shadow(el).querySelector('[part~="notice"]'), 'visible notice').to.exist;
        expect(visibleText(el).length, 'still usable').to.be.greaterThan(40);
        expect(errors.stop()).to.deep.equal([]);
      });
    }
  });
}
