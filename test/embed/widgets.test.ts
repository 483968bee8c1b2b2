import { expect } from '@open-wc/testing';
import '../../src/components/recognition-quiz/define.js';
import '../../src/components/association-finder/define.js';
import '../../src/components/leave-calculator/define.js';
import '../../src/components/overload-check/define.js';
import { LEAVE_REGIONS, LEAVE_STATUSES } from '../../src/components/leave-calculator/leave-calculator.js';
import { AUDIENCES } from '../../src/components/recognition-quiz/recognition-quiz.js';
import { EMBED_WIDGETS, WIDGET_IDS, isTokenValue, THEME_TOKENS, type EmbedAttr } from '../../src/embed/widgets.js';
import { HEIGHT, HELLO, MAX_HEIGHT } from '../../src/embed/messages.js';

interface CemAttr { name: string }
interface CemDecl { tagName?: string; attributes?: CemAttr[]; cssProperties?: Array<{ name: string }> }
interface Cem { modules: Array<{ declarations?: CemDecl[] }> }

/** The mz-error codes a widget raises with one attribute set. */
async function issuesFor(tag: string, name: string, value: string): Promise<string[]> {
  const errors: string[] = [];
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  el.addEventListener('mz-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
  el.setAttribute(name, value);
  document.body.append(el);
  await el.updateComplete;
  el.remove();
  return errors;
}

/** The allow-lists of the iframe page and the configurator against the widgets themselves. */
describe('embed allow-lists', () => {
  let cem: Cem;
  before(async () => {
    cem = (await (await fetch('/custom-elements.json')).json()) as Cem;
  });
  const decl = (tag: string): CemDecl => cem.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!;

  for (const id of WIDGET_IDS) {
    const w = EMBED_WIDGETS[id];
    const attrs: readonly EmbedAttr[] = w.attrs;
    it(`${w.tag}: every documented attribute (custom-elements.json), nothing else; lang and src are handled by the page`, () => {
      const documented = decl(w.tag).attributes!.map((a) => a.name).sort();
      expect([...attrs.map((a) => a.name), 'lang', 'src'].sort()).to.deep.equal(documented);
    });

    for (const attr of attrs.filter((a) => a.kind === 'enum')) {
      it(`${w.tag} ${attr.name}: each listed value is accepted by the widget, another is not`, async () => {
        for (const value of attr.values ?? []) expect(await issuesFor(w.tag, attr.name, value), `${attr.name}="${value}"`).to.deep.equal([]);
        const errors = await issuesFor(w.tag, attr.name, 'notAValue');
        expect(errors).to.include('bad-attribute');
      });
    }
  }

  it('enum values equal the lists the components export', () => {
    const values = (id: keyof typeof EMBED_WIDGETS, name: string): readonly string[] | undefined => (EMBED_WIDGETS[id].attrs as readonly EmbedAttr[]).find((a) => a.name === name)!.values;
    expect(values('leave-calculator', 'status')).to.deep.equal(LEAVE_STATUSES);
    expect(values('leave-calculator', 'workplace-region')).to.deep.equal(LEAVE_REGIONS);
    expect(values('recognition-quiz', 'audience')).to.deep.equal(AUDIENCES);
  });

  it('theme tokens are the CSS properties the widgets document', () => {
    const documented = new Set(cem.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
    for (const t of THEME_TOKENS) expect(documented.has(t.name), t.name).to.equal(true);
  });

  it('token values: hex colours and plain lengths only', () => {
    for (const ok of ['#fff', '#1e6b35', '#1e6b35cc']) expect(isTokenValue('color', ok), ok).to.equal(true);
    for (const bad of ['red', 'url(x)', '#12', '#1e6b35;x', 'var(--a)', 'expression(1)']) expect(isTokenValue('color', bad), bad).to.equal(false);
    for (const ok of ['0', '1em', '0.375em', '16px', '1.2rem', '50%']) expect(isTokenValue('length', ok), ok).to.equal(true);
    for (const bad of ['1e3px', '-1px', 'calc(1px)', '1px;color:red', '12', 'url(x)']) expect(isTokenValue('length', bad), bad).to.equal(false);
  });

  it('the parent helper (built) speaks the documented message names', async () => {
    const helper = await (await fetch('/dist/cdn/embed-resize.js')).text();
    expect(helper).to.contain(`"${HEIGHT}"`);
    expect(helper).to.contain(`"${HELLO}"`);
    expect(helper).to.contain(String(MAX_HEIGHT).replace('20000', '2e4'));
    expect(helper).not.to.match(/^\s*(import|export)\b/m);
  });
});
