import { expect, fixture, html } from '@open-wc/testing';
import { reserveCss, reserveSpace } from '../../src/loader-reserve.js';
import '../../src/components/rights-overview/define.js';
import { settle } from '../embedding/contract.js';

// The module adopts its sheet on import; mz-policy-scan is never defined in this file.
const px = (el: Element) => parseFloat(getComputedStyle(el).minBlockSize);

describe('loader reserve (space kept while a widget loads)', () => {
  it('adopts one constructed sheet on the document, once', () => {
    const sheet = reserveSpace();
    expect(sheet).to.exist;
    expect(reserveSpace()).to.equal(sheet);
    expect(document.adoptedStyleSheets.filter((s) => s === sheet)).to.have.length(1);
  });

  it('gives an undefined widget a block box with its intro height, by language', async () => {
    const holder = await fixture<HTMLElement>(html`<div><mz-policy-scan></mz-policy-scan><mz-policy-scan lang="de"></mz-policy-scan></div>`);
    const [nl, de] = holder.querySelectorAll('mz-policy-scan');
    expect(getComputedStyle(nl!).display).to.equal('block');
    expect(px(nl!)).to.be.greaterThan(200);
    expect(px(de!)).to.be.greaterThan(px(nl!) - 1);
  });

  it('has zero specificity: a plain partner rule or the custom property wins', async () => {
    const holder = await fixture<HTMLElement>(html`<div>
      <style>.p mz-policy-scan { min-block-size: 3px; } mz-policy-scan.q { min-block-size: 5px; }</style>
      <div class="p"><mz-policy-scan></mz-policy-scan></div>
      <mz-policy-scan class="q"></mz-policy-scan>
      <div style="--mz-reserve-block-size: 7px"><mz-policy-scan></mz-policy-scan></div>
    </div>`);
    const [a, b, c] = holder.querySelectorAll('mz-policy-scan');
    expect([px(a!), px(b!), px(c!)]).to.deep.equal([3, 5, 7]);
  });

  it('ends with the first render: a rendered widget has no minimum height', async () => {
    const holder = await fixture<HTMLElement>(html`<div><mz-rights-overview></mz-rights-overview></div>`);
    const el = holder.firstElementChild as HTMLElement;
    await settle(el);
    expect(el.matches(':defined')).to.equal(true);
    expect(getComputedStyle(el).minBlockSize).to.be.oneOf(['auto', '0px']);
  });

  it('keeps the reserve on a defined element until its first render', async () => {
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('mz-rights-overview');
    holder.append(el);
    // Connected and defined, first render not done yet (Lit renders in a microtask at the earliest).
    expect(el.matches(':defined')).to.equal(true);
    expect(px(el)).to.be.greaterThan(200);
    await settle(el);
    expect(getComputedStyle(el).minBlockSize).to.be.oneOf(['auto', '0px']);
  });

  it('writes one rule per widget and language plus the :not(:defined) rule, all inside :where()', () => {
    const css = reserveCss({ 'mz-x': [400, 300, 410, 300, 420, 300, 430, 300] });
    const rules = css.split('\n');
    expect(rules).to.have.length(5);
    for (const r of rules) expect(r.startsWith(':where(')).to.equal(true);
    expect(rules[1]).to.contain('mz-x:lang(fr)');
    expect(rules[4]).to.contain('mz-x:not(:defined)');
  });
});
