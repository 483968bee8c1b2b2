/**
 * Behaviour both organisation scans share (they are built on one base, src/components/scan-common):
 * the step numbering, skip/back/change/restart, keyboard only, print, copy, the CSV/JSON download
 * made in the browser (no request), `remember`, and the four languages on the result.
 * Each scan's test file calls this with its tag, its screens and its texts.
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { settle, shadow, collectEvents } from '../../embedding/contract.js';
import { driveScan } from '../../../examples/policy-scan.examples.js';
import { axeViolations } from '../../helpers/axe.js';
import { trackPrivacy } from '../../helpers/privacy.js';

export interface ScanSuite {
  tag: string;
  widget: string;
  load: () => Promise<unknown>;
  /** Screens (group ids) in order and their statement ids. */
  groups: ReadonlyArray<{ id: string; questions: readonly string[] }>;
  version: string;
  /** The result heading per language. */
  resultTitle: Readonly<Record<'nl' | 'fr' | 'en' | 'de', string>>;
}

const $ = (el: HTMLElement, s: string): HTMLElement | null => shadow(el).querySelector<HTMLElement>(s);
const click = async (el: HTMLElement, s: string): Promise<void> => {
  const b = $(el, s);
  if (!b) throw new Error(`no ${s}`);
  b.click();
  await settle(el);
};

export function runScanSuite(o: ScanSuite): void {
  const mount = async (attrs = '', lang = 'nl'): Promise<HTMLElement> => {
    const root = await fixture<HTMLElement>(`<div lang="${lang}"><${o.tag} ${attrs}></${o.tag}></div>`);
    const el = root.firstElementChild as HTMLElement;
    await settle(el);
    return el;
  };
  const n = o.groups.length;

  describe(`<${o.tag}> behaviour`, () => {
    before(async () => {
      await o.load();
    });
    afterEach(() => {
      fixtureCleanup();
      sessionStorage.clear();
    });

    it(`mz-step: 0 intro, 1…${n} the screens, ${n + 1} the result; mz-complete carries levels only`, async () => {
      const el = await mount();
      const seen = collectEvents(el, ['mz-step', 'mz-complete']);
      await driveScan(el, o.groups.map(() => 1));
      await settle(el);
      const steps = seen.filter((e) => e.type === 'mz-step').map((e) => e.detail);
      expect(steps).to.deep.equal([...o.groups.map((_, i) => ({ step: i + 1, total: n })), { step: n + 1, total: n }]);
      const done = seen.filter((e) => e.type === 'mz-complete');
      expect(done.length).to.equal(1);
      const detail = done[0].detail as { widget: string; outcome: { levels: Record<string, string> } };
      expect(detail.widget).to.equal(o.widget);
      expect(Object.keys(detail.outcome)).to.deep.equal(['levels']);
      expect(Object.keys(detail.outcome.levels)).to.deep.equal(o.groups.map((g) => g.id));
      expect(JSON.stringify(detail)).to.not.match(new RegExp(o.groups[0].questions[0]));
      await click(el, '[part~="button-restart"]');
      expect(seen.filter((e) => e.type === 'mz-step').pop()?.detail).to.deep.equal({ step: 0, total: n });
      expect($(el, '[part~="intro"]')).to.exist;
    });

    it('one screen per group: a heading, one native radio group per statement, four choices each', async () => {
      const el = await mount();
      await driveScan(el, []);
      const form = $(el, `form[data-step="${o.groups[0].id}"]`);
      expect(form).to.exist;
      expect(form!.querySelector('[data-step-heading]')).to.exist;
      for (const q of o.groups[0].questions) {
        const fs = form!.querySelector(`fieldset[data-question="${q}"]`);
        expect(fs?.querySelector('legend')?.textContent?.trim().length, q).to.be.greaterThan(10);
        const radios = [...fs!.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${q}"]`)];
        expect(radios.map((r) => r.value)).to.deep.equal(['0', '1', '2', '3']);
        for (const r of radios) expect(r.closest('label')?.textContent?.trim().length, 'each choice says its scale anchor').to.be.greaterThan(2);
      }
      expect(await axeViolations(el)).to.deep.equal([]);
      const details = form!.querySelector('details');
      details!.open = true;
      await settle(el);
      expect(await axeViolations(el), 'scale help open').to.deep.equal([]);
    });

    it('skip forgets the screen; back keeps answers; "change" returns to the last screen', async () => {
      const el = await mount();
      await driveScan(el, [2]);
      await click(el, '[part~="button-back"]');
      const first = o.groups[0].questions[0];
      expect(($(el, `input[name="${first}"][value="2"]`) as HTMLInputElement).checked, 'answer kept').to.equal(true);
      await click(el, '[part~="button-skip"]');
      await click(el, '[part~="button-back"]');
      expect(($(el, `input[name="${first}"][value="2"]`) as HTMLInputElement).checked, 'skip forgot it').to.equal(false);
      fixtureCleanup();
      const el2 = await mount();
      await driveScan(el2, o.groups.map(() => 's'));
      expect($(el2, '[part~="result"][data-answered="0"]')).to.exist;
      await click(el2, '[part~="button-change"]');
      expect($(el2, `form[data-step="${o.groups[n - 1].id}"]`)).to.exist;
    });

    it('keyboard only: Tab, arrow keys, Space and Enter reach the result; focus follows each screen', async () => {
      const el = await mount();
      (document.activeElement as HTMLElement | null)?.blur();
      const active = (): Element | null => shadow(el).activeElement;
      const tabTo = async (ok: (a: Element) => boolean, what: string): Promise<void> => {
        for (let i = 0; i < 80; i++) {
          const a = active();
          if (a && ok(a)) return;
          await sendKeys({ press: 'Tab' });
        }
        throw new Error(`could not Tab to ${what}`);
      };
      await tabTo((a) => a.getAttribute('part')?.includes('button-start') === true, 'Start');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      for (const g of o.groups) {
        expect(active()?.hasAttribute('data-step-heading'), `focus on the ${g.id} heading`).to.equal(true);
        for (const q of g.questions) {
          await tabTo((a) => a instanceof HTMLInputElement && a.name === q, q);
          await sendKeys({ press: 'ArrowRight' });
          await sendKeys({ press: 'ArrowRight' });
          expect((active() as HTMLInputElement).value, q).to.equal('2');
        }
        await sendKeys({ press: 'Enter' });
        await settle(el);
      }
      expect($(el, '[part~="result"]'), 'result').to.exist;
      expect(active()?.hasAttribute('data-step-heading'), 'focus on the result heading').to.equal(true);
      expect($(el, '[part~="result"]')!.dataset['answered']).to.equal(String(o.groups.reduce((s, g) => s + g.questions.length, 0)));
    });

    it('CSV and JSON are made in the browser and offered as a download: no request', async () => {
      const el = await mount();
      await driveScan(el, o.groups.map((_, i) => (i === 0 ? 3 : 's')));
      const blobs: Blob[] = [];
      const names: string[] = [];
      const create = URL.createObjectURL;
      const aClick = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (b: Blob | MediaSource) => {
        blobs.push(b as Blob);
        return create.call(URL, b);
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        names.push(this.download);
      };
      const privacy = trackPrivacy();
      try {
        await click(el, '[part~="button-csv"]');
        await click(el, '[part~="button-json"]');
      } finally {
        URL.createObjectURL = create;
        HTMLAnchorElement.prototype.click = aClick;
      }
      const report = privacy.stop();
      expect(report.requests, 'no request').to.deep.equal([]);
      expect(report.storageWrites).to.deep.equal([]);
      expect(names.length).to.equal(2);
      expect(names[0]).to.match(/\.csv$/);
      expect(names[1]).to.match(/\.json$/);
      const csv = await blobs[0].text();
      // Blob.text() drops a byte order mark, so look at the bytes.
      expect([...new Uint8Array(await blobs[0].arrayBuffer()).slice(0, 3)], 'UTF-8 byte order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(blobs[0].type).to.equal('text/csv;charset=utf-8');
      const lines = csv.trim().split('\r\n');
      expect(lines[0]).to.equal('scan;version;date;lang;group;group_label;question_id;question;value;label');
      expect(lines.length, 'one row per question').to.equal(1 + o.groups.reduce((s, g) => s + g.questions.length, 0));
      expect(lines[1]).to.contain(`${o.tag};${o.version};`);
      expect(lines[1]).to.contain(`;${o.groups[0].questions[0]};`);
      expect(lines[1]).to.match(/;3;("[^"]*"|[^;]+)$/);
      const json = JSON.parse(await blobs[1].text()) as { scan: string; version: string; answers: Array<{ id: string; value: number | null }>; profile: Array<{ group: string }> };
      expect(json.scan).to.equal(o.tag);
      expect(json.version).to.equal(o.version);
      expect(json.answers.find((a) => a.id === o.groups[0].questions[0])?.value).to.equal(3);
      expect(json.answers.find((a) => a.id === o.groups[1].questions[0])?.value).to.equal(null);
      expect(json.profile.map((p) => p.group)).to.deep.equal(o.groups.map((g) => g.id));
    });

    it('copy puts a plain-text result on the clipboard (date, version, profile); print prints only the widget', async () => {
      const el = await mount();
      await driveScan(el, o.groups.map(() => 0));
      let copied = '';
      const clip = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t: string) => ((copied = t), Promise.resolve()) } });
      const print = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        await click(el, '[part~="button-copy"]');
        await new Promise((r) => setTimeout(r, 50));
        await click(el, '[part~="button-print"]');
      } finally {
        window.print = print;
        if (clip) delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      }
      expect(copied).to.contain(o.version);
      expect(copied).to.contain(o.resultTitle.nl);
      expect(copied.split('\n').filter((l) => l.startsWith('- ')).length).to.be.greaterThan(o.groups.length);
      expect(printed).to.equal(1);
    });

    it('remember: progress survives a reload; tampered progress is ignored', async () => {
      const el = await mount('remember');
      await driveScan(el, [2]);
      fixtureCleanup();
      const again = await mount('remember');
      expect($(again, `form[data-step="${o.groups[1].id}"]`), 'back on the second screen').to.exist;
      fixtureCleanup();
      const key = Object.keys(sessionStorage).find((k) => k.includes(o.tag));
      expect(key, 'stored under the tag').to.exist;
      sessionStorage.setItem(key!, JSON.stringify({ view: o.groups[1].id, answers: { [o.groups[0].questions[0]]: 9 } }));
      const tampered = await mount('remember');
      expect($(tampered, '[part~="intro"]'), 'tampered progress ignored').to.exist;
    });

    for (const lang of ['nl', 'fr', 'en', 'de'] as const) {
      it(`result in ${lang}: heading, bars with a text alternative, a data table, axe clean`, async () => {
        const el = await mount('', lang);
        await driveScan(el, o.groups.map((_, i) => i % 4));
        expect($(el, '[part~="result"] [data-step-heading]')?.textContent?.trim()).to.equal(o.resultTitle[lang]);
        const chart = $(el, '[part~="chart"]');
        expect(chart?.getAttribute('role')).to.equal('img');
        expect(chart?.getAttribute('aria-label')?.length).to.be.greaterThan(40);
        expect(shadow(el).querySelectorAll('table[part~="table"] tbody tr').length).to.equal(n);
        expect(await axeViolations(el)).to.deep.equal([]);
      });
    }
  });
}
