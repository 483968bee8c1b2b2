import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AxeResults } from 'axe-core';
import { openPage, recorder } from '../e2e/frame.js';
import { WCAG22_AA } from '../helpers/axe.js';
import { CDN_BASE, VERSION } from '../../src/embed/cdn.js';
import { jsonSyntaxIssue, pathInWords, plainIssue } from '../../src/embed/plain-issues.js';
import { FRAME_TITLES } from '../../src/embed/samples.js';
import { htmlSnippet, iframeSnippet, iframeUrl, reactSnippet, vueSnippet, type SnippetInput } from '../../src/embed/snippets.js';
import { VERSION as PACKAGE_VERSION } from '../../src/core/version.js';
import coreNl from '../../src/i18n/core/nl.js';
import coreFr from '../../src/i18n/core/fr.js';
import coreEn from '../../src/i18n/core/en.js';
import coreDe from '../../src/i18n/core/de.js';
import quizNl from '../../src/i18n/quiz/nl.js';
import quizFr from '../../src/i18n/quiz/fr.js';
import quizEn from '../../src/i18n/quiz/en.js';
import quizDe from '../../src/i18n/quiz/de.js';
import finderNl from '../../src/i18n/finder/nl.js';
import finderFr from '../../src/i18n/finder/fr.js';
import finderEn from '../../src/i18n/finder/en.js';
import finderDe from '../../src/i18n/finder/de.js';
import leaveNl from '../../src/i18n/leave/nl.js';
import leaveFr from '../../src/i18n/leave/fr.js';
import leaveEn from '../../src/i18n/leave/en.js';
import leaveDe from '../../src/i18n/leave/de.js';
import overloadNl from '../../src/i18n/overload/nl.js';
import overloadFr from '../../src/i18n/overload/fr.js';
import overloadEn from '../../src/i18n/overload/en.js';
import overloadDe from '../../src/i18n/overload/de.js';

describe('configurator: plain words for partner JSON problems', () => {
  it('names the field in words, the path only next to it', () => {
    expect(pathInWords('offers[0].phone')).to.equal('the phone number of offer 1');
    expect(pathInWords('hrContact.email')).to.equal('the e-mail address of the HR contact');
    expect(pathInWords('extraLeave[1].name.fr')).to.equal('the French text of the name of extra leave entry 2');
  });

  it("reads the path from the widget's own message in every language", () => {
    for (const core of [coreNl, coreFr, coreEn, coreDe]) {
      const p = plainIssue('bad-config', core['issue.bad-config']('offers[2].website'));
      expect(p.text).to.contain('the website of offer 3');
      expect(p.text).to.contain('https://');
      expect(p.where).to.equal('offers[2].website');
      const a = plainIssue('bad-attribute', core['issue.bad-attribute']('finder-url'));
      expect(a.text).to.contain('“finder-url”');
    }
    expect(plainIssue('bad-config', coreNl['issue.bad-config']('(root)')).text).to.contain('one object');
    expect(plainIssue('bad-config', coreEn['issue.bad-config']('extra')).text).to.contain('“extra” is not something this widget reads');
  });

  it('a JSON syntax error says where and what usually causes it', () => {
    const src = '{\n  "a": 1,\n}';
    let err: unknown;
    try {
      JSON.parse(src);
    } catch (e) {
      err = e;
    }
    const p = jsonSyntaxIssue(src, err);
    expect(p.text).to.match(/not valid JSON \(near line 3, column \d+\)/);
    expect(p.text).to.contain('comma');
  });
});

describe('configurator: snippets', () => {
  const input: SnippetInput = {
    widget: 'leave-calculator',
    lang: 'fr',
    attrs: [['status', 'privateEmployee'], ['remember', ''], ['recognition-href', 'https://x.example/q?a=1&b="2"']],
    tokens: [['--mz-color-accent', '#1e6b35']],
    config: { employerName: 'Stad </script><script>alert(1)</script>' },
  };

  it('uses the package version in every CDN URL', () => {
    expect(VERSION).to.equal(PACKAGE_VERSION);
    expect(CDN_BASE).to.contain(`@${VERSION}/`);
    for (const s of [htmlSnippet(input), iframeSnippet(input)]) expect(s).to.contain(CDN_BASE);
    expect(reactSnippet(input)).to.contain(`mantelkit@${VERSION}`);
    expect(vueSnippet(input)).to.contain(`mantelkit@${VERSION}`);
  });

  it('script tag: loader, tag with escaped attributes, theme rule, JSON child that cannot close the script', () => {
    const s = htmlSnippet(input);
    expect(s).to.contain(`<script type="module" src="${CDN_BASE}mantelkit.js"></script>`);
    expect(s).to.contain('<mz-leave-calculator lang="fr" status="privateEmployee" remember recognition-href="https://x.example/q?a=1&amp;b=&quot;2&quot;">');
    expect(s).to.contain('--mz-color-accent: #1e6b35;');
    expect(s).to.contain('<script type="application/json">');
    expect(s.match(/<\/script>/g)!.length).to.equal(2); // the loader's and the JSON's own, none from the data
    expect(s).to.contain('\\u003c/script>');
  });

  it('iframe: every setting as a query parameter, the frame title in its language, the resize helper only with an origin', () => {
    const url = new URL(iframeUrl({ ...input, configUrl: 'https://partner.example/c.json', parentOrigin: 'https://partner.example' }));
    expect(url.pathname.endsWith('/embed.html')).to.equal(true);
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      widget: 'leave-calculator', lang: 'fr', status: 'privateEmployee', remember: '1', 'recognition-href': 'https://x.example/q?a=1&b="2"',
      'mz-color-accent': '#1e6b35', config: 'https://partner.example/c.json', resize: '1', parent: 'https://partner.example',
    });
    expect(iframeSnippet(input)).to.contain(`title="${FRAME_TITLES['leave-calculator'].fr}"`);
    expect(iframeSnippet(input)).not.to.contain('embed-resize.js');
    expect(iframeSnippet({ ...input, parentOrigin: 'https://partner.example' })).to.contain(`${CDN_BASE}embed-resize.js`);
  });

  it('React and Vue: the tag, its import, the partner JSON as the `config` property (no script child to lose)', () => {
    const r = reactSnippet(input);
    expect(r).to.contain("import 'mantelkit/leave-calculator';");
    expect(r).to.contain('<mz-leave-calculator lang="fr" status="privateEmployee" remember');
    expect(r).to.contain(' config={config}');
    expect(r).not.to.contain('dangerouslySetInnerHTML');
    expect(r).to.contain('onmz-complete=');
    const v = vueSnippet(input);
    expect(v).to.contain(' :config.prop="config"');
    expect(v).not.to.contain('<component is="script"');
    expect(v).to.contain("isCustomElement: (t) => t.startsWith('mz-')");
    expect(v).to.contain('@mz-complete=');
  });

  it('frame titles are the widgets’ own headings', () => {
    const titles = {
      'recognition-quiz': [quizNl, quizFr, quizEn, quizDe].map((c) => c.title),
      'association-finder': [finderNl, finderFr, finderEn, finderDe].map((c) => c.title),
      'leave-calculator': [leaveNl, leaveFr, leaveEn, leaveDe].map((c) => c.title),
      'overload-check': [overloadNl, overloadFr, overloadEn, overloadDe].map((c) => c['title.adult']),
    };
    for (const [id, list] of Object.entries(titles)) {
      const t = FRAME_TITLES[id as keyof typeof FRAME_TITLES];
      expect([t.nl, t.fr, t.en, t.de], id).to.deep.equal(list);
    }
  });
});

/** The page as shipped (demo/configure.html + dist/cdn/configure.js, run `npm run build` first), under its CSP. */
describe('configurator page', () => {
  const PAGE = '/test/embed/pages/configure.html';
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  const doc = (): Document => frame!.contentDocument!;
  const $ = <T extends HTMLElement>(sel: string): T => doc().querySelector<T>(sel)!;
  const previewEl = (): HTMLElement | null => doc().querySelector<HTMLElement>('#cfg-preview > *');
  const snippet = (name: string): string => $<HTMLTextAreaElement>(`[data-snippet="${name}"] textarea`).value;
  async function ready(): Promise<void> {
    await waitUntil(() => previewEl()?.shadowRoot?.querySelector('.mz-root')?.textContent?.trim(), 'preview rendered', { timeout: 10000 });
  }
  function set(sel: string, value: string): void {
    const el = $<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(sel);
    el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    if (!(el instanceof HTMLSelectElement)) el.dispatchEvent(new Event('change', { bubbles: true }));
  }
  async function axe(): Promise<string[]> {
    type Axe = { run(ctx: Document, o: typeof WCAG22_AA): Promise<AxeResults> };
    const r = await (frame!.contentWindow as unknown as { axe: Axe }).axe.run(doc(), WCAG22_AA);
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
  }

  it('renders the real widget, controls from its attribute list, snippets; no CSP violation, only our own files', async () => {
    frame = await openPage(PAGE);
    await ready();
    expect(previewEl()!.localName).to.equal('mz-leave-calculator');
    const status = [...$<HTMLSelectElement>('#cfg-attr-status').options].map((o) => o.value);
    expect(status).to.deep.equal(['', 'privateEmployee', 'socialProfitEmployee', 'contractualPublic', 'federalStatutory', 'flemishGovernment', 'educationFlemish', 'localGovernment', 'selfEmployed']);
    expect($<HTMLInputElement>('#cfg-attr-as-of').type).to.equal('date');
    expect($<HTMLInputElement>('#cfg-attr-remember').type).to.equal('checkbox');
    expect(snippet('html')).to.contain('<mz-leave-calculator lang="nl">');
    const rec = recorder(frame);
    expect(rec.violations).to.deep.equal([]);
    expect(rec.errors).to.deep.equal([]);
    for (const e of frame.contentWindow!.performance.getEntriesByType('resource')) expect(new URL(e.name).origin, e.name).to.equal(location.origin);
  });

  it('changing widget, language, an attribute and a token updates the preview and every snippet', async () => {
    frame = await openPage(PAGE);
    await ready();
    set('#cfg-widget', 'overload-check');
    await waitUntil(() => previewEl()?.localName === 'mz-overload-check', 'preview switched');
    expect([...$<HTMLSelectElement>('#cfg-attr-audience').options].map((o) => o.value)).to.deep.equal(['', 'adult', 'young']);
    set('#cfg-attr-audience', 'young');
    set('#cfg-lang', 'fr');
    set('#cfg-token-mz-radius', '0');
    await waitUntil(() => previewEl()?.getAttribute('audience') === 'young' && previewEl()?.getAttribute('lang') === 'fr', 'preview attributes');
    await waitUntil(() => previewEl()?.style.getPropertyValue('--mz-radius') === '0', 'token in preview');
    expect(snippet('html')).to.contain('<mz-overload-check lang="fr" audience="young">');
    expect(snippet('html')).to.contain('--mz-radius: 0;');
    expect(snippet('iframe')).to.contain('widget=overload-check&amp;lang=fr&amp;audience=young&amp;mz-radius=0');
    expect(snippet('react')).to.contain("import 'mantelkit/overload-check';");
    expect(snippet('vue')).to.contain('<mz-overload-check lang="fr" audience="young"');
    // A bad URL and a bad length are refused next to their field, not passed on.
    set('#cfg-attr-finder-url', 'javascript:alert(1)');
    set('#cfg-token-mz-space', '1px;color:red');
    await waitUntil(() => $('#cfg-attr-finder-url-msg').textContent, 'url message');
    expect($('#cfg-attr-finder-url').getAttribute('aria-invalid')).to.equal('true');
    expect($('#cfg-token-mz-space-msg').textContent).to.contain('px');
    expect(snippet('html')).not.to.contain('javascript');
    expect(snippet('html')).not.to.contain('color:red');
  });

  it('partner JSON: syntax errors and the widget’s own findings in plain words; the example is accepted', async () => {
    frame = await openPage(PAGE);
    await ready();
    set('#cfg-json', '{"employerName": "X",}');
    await waitUntil(() => $('#cfg-json-status').textContent!.includes('not valid JSON'), 'syntax message');
    set('#cfg-json', '{"employerName":"Stad Zonnedorp","hrContact":{"name":"HR","email":"nope"}}');
    await waitUntil(() => $('#cfg-json-status').textContent!.includes('the e-mail address of the HR contact'), 'widget finding in words');
    expect($('#cfg-json-status code').textContent).to.equal('hrContact.email');
    expect($('#cfg-json-status').getAttribute('role')).to.equal('status');
    // The preview really uses the JSON (through the Trusted Types policy, no violation).
    await waitUntil(() => previewEl()!.shadowRoot!.textContent!.includes('Stad Zonnedorp'), 'overlay in preview');
    $<HTMLButtonElement>('#cfg-json-sample').click();
    await waitUntil(() => $('#cfg-json-status').textContent!.includes('accepted all'), 'sample accepted');
    expect(snippet('html')).to.contain('<script type="application/json">');
    expect(recorder(frame).violations).to.deep.equal([]);
  });

  it('keyboard only: reach and press a Copy button; "Gekopieerd" is shown in a live region with the exact snippet copied', async () => {
    frame = await openPage(PAGE);
    await ready();
    const copied: string[] = [];
    Object.defineProperty(frame.contentWindow!.navigator, 'clipboard', { value: { writeText: async (t: string) => void copied.push(t) }, configurable: true });
    $<HTMLButtonElement>('#cfg-json-sample').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $<HTMLTextAreaElement>('#cfg-json').value.includes('employerName'), 'example inserted by keyboard');
    let tabs = 0;
    const active = (): Element | null => doc().activeElement;
    while (!(active()?.matches('[data-snippet] button')) && tabs < 80) {
      await sendKeys({ press: 'Tab' });
      tabs++;
    }
    const button = active() as HTMLButtonElement;
    expect(button.matches('[data-snippet] button'), `focus after ${tabs} tabs`).to.equal(true);
    await sendKeys({ press: 'Space' });
    const box = button.closest<HTMLElement>('[data-snippet]')!;
    const status = box.querySelector('.cfg-copied')!;
    await waitUntil(() => status.textContent!.includes('Gekopieerd'), 'copied message');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(copied).to.deep.equal([box.querySelector('textarea')!.value]);
  });

  it('axe (WCAG 2.2 AA) finds nothing, with problems shown, at 1024 and 320 px, and nothing scrolls sideways at 320 px', async () => {
    frame = await openPage(PAGE);
    await ready();
    (doc().querySelector('details') as HTMLDetailsElement).open = true;
    set('#cfg-widget', 'overload-check');
    await waitUntil(() => previewEl()?.localName === 'mz-overload-check', 'preview switched');
    set('#cfg-json', '{"offers":[{"name":"A","phone":"abc"}]}');
    await waitUntil(() => $('#cfg-json-status').textContent!.includes('phone number'), 'problem shown');
    expect(await axe()).to.deep.equal([]);
    frame.style.width = '320px';
    await new Promise((r) => setTimeout(r, 300));
    expect(doc().documentElement.scrollWidth).to.be.at.most(320);
    expect(await axe()).to.deep.equal([]);
  });
});
