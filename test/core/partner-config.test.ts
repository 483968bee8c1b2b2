import { expect, fixture, html } from '@open-wc/testing';
import { enumAttribute, isoDateAttribute, todayIso } from '../../src/core/partner-config.js';
import '../helpers/test-widget/define.js';
import { MzTestWidget } from '../helpers/test-widget/mz-test-widget.js';
import { mount, settle, shadow, visibleText } from '../embedding/contract.js';

describe('partner-config helpers', () => {
  it('enumAttribute', () => {
    expect(enumAttribute('a', 'x', ['x', 'y'] as const, 'y')).to.deep.equal({ value: 'x', issues: [] });
    expect(enumAttribute('a', null, ['x', 'y'] as const, 'y')).to.deep.equal({ value: 'y', issues: [] });
    expect(enumAttribute('a', 'z', ['x', 'y'] as const, 'y')).to.deep.equal({ value: 'y', issues: [{ code: 'bad-attribute', detail: 'a' }] });
  });
  it('isoDateAttribute accepts only real calendar dates', () => {
    expect(isoDateAttribute('as-of', '2024-02-29', '2026-01-01').value).to.equal('2024-02-29');
    for (const bad of ['2023-02-29', '2026-13-01', 'yesterday', '01/03/2026']) {
      const r = isoDateAttribute('as-of', bad, '2026-01-01');
      expect(r.value, bad).to.equal('2026-01-01');
      expect(r.issues, bad).to.have.length(1);
    }
  });
  it('todayIso uses the Brussels calendar day', () => {
    expect(todayIso(new Date('2026-03-31T22:30:00Z'))).to.equal('2026-04-01');
  });
});

/**
 * `el.config = {...}`: the partner configuration as a property (Vue drops a child script from its
 * templates; React and Vue pass objects as properties). Same validation and `mz-error` as the child
 * script and `src`.
 */
describe('partner config as a property', () => {
  const errors = (el: Element): string[] => {
    const seen: string[] = [];
    el.addEventListener('mz-error', (e) => {
      const d = (e as CustomEvent<{ code: string; message: string }>).detail;
      seen.push(`${d.code}: ${d.message}`);
    });
    return seen;
  };

  it('applies a valid object, with no error and no notice', async () => {
    const el = await mount('<mz-test-widget></mz-test-widget>');
    const seen = errors(el);
    (el as MzTestWidget).config = { name: 'Stad Gent' };
    await settle(el);
    expect(visibleText(el)).to.contain('Stad Gent');
    expect(seen).to.deep.equal([]);
    expect(shadow(el).querySelector('[part~="config-notice"]')).to.equal(null);
  });

  it('set before the element is upgraded (a framework property binding) is applied too', async () => {
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('mz-unupgraded-widget') as HTMLElement & { config?: unknown };
    el.config = { name: 'Stad Brugge' };
    holder.append(el);
    customElements.define('mz-unupgraded-widget', class extends MzTestWidget {});
    await settle(el);
    expect(visibleText(el)).to.contain('Stad Brugge');
  });

  for (const [label, bad, detail] of [
    ['a non-object', 'Stad Gent', '(root)'],
    ['null', null, '(root)'],
    ['an array', [{ name: 'x' }], '(root)'],
    ['a bad field', { name: '' }, 'name'],
  ] as const) {
    it(`${label}: mz-error bad-config with the field path, one plain config line, the widget keeps working`, async () => {
      const el = await mount('<mz-test-widget></mz-test-widget>');
      const seen = errors(el);
      const warn = console.warn;
      console.warn = () => {};
      try {
        (el as MzTestWidget).config = bad;
        await settle(el);
      } finally {
        console.warn = warn;
      }
      expect(seen).to.have.length(1);
      expect(seen[0]).to.match(/^bad-config: /).and.contain(detail);
      expect(shadow(el).querySelector('[part~="config-notice"]')).not.to.equal(null);
      expect(shadow(el).querySelector('[part~="button-start"]')).not.to.equal(null);
    });
  }

  it('a corrected value replaces the mistake: the config line goes; the same mistake again reports again', async () => {
    const el = (await mount('<mz-test-widget></mz-test-widget>')) as MzTestWidget;
    const seen = errors(el);
    const warn = console.warn;
    console.warn = () => {};
    try {
      el.config = { name: '' };
      await settle(el);
      el.config = { name: 'Stad Hasselt' };
      await settle(el);
      expect(shadow(el).querySelector('[part~="config-notice"]')).to.equal(null);
      expect(visibleText(el)).to.contain('Stad Hasselt');
      el.config = { name: '' };
      await settle(el);
    } finally {
      console.warn = warn;
    }
    expect(seen.map((s) => s.split(':')[0])).to.deep.equal(['bad-config', 'bad-config']);
  });

  it('is not an attribute: config="…" in markup is ignored (negative control for a stringified object)', async () => {
    const el = await mount('<mz-test-widget config="[object Object]"></mz-test-widget>');
    expect((el as MzTestWidget).config).to.equal(undefined);
    expect(shadow(el).querySelector('[part~="config-notice"]')).to.equal(null);
  });

  it('the leave calculator shows the employer\'s own leave from el.config (as from the child script)', async () => {
    await import('../../src/components/leave-calculator/define.js');
    const el = await mount('<mz-leave-calculator status="privateEmployee" workplace-region="flanders"></mz-leave-calculator>');
    const seen = errors(el);
    (el as HTMLElement & { config: unknown }).config = {
      employerName: { nl: 'Stad Voorbeeld' },
      extraLeave: [{ id: 'zorgdagen', name: { nl: 'Extra zorgdagen' }, description: { nl: 'Twee betaalde dagen per jaar.' }, days: 2, paid: 'yes' }],
    };
    await settle(el);
    expect(seen).to.deep.equal([]);
    expect(visibleText(el)).to.contain('Stad Voorbeeld');
  });
});
