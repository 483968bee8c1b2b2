import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import type { WidgetExamples } from '../../examples/harness.js';
import { trackErrors, trackPrivacy } from '../helpers/privacy.js';
import { settle } from '../embedding/contract.js';
import { recognitionQuizExamples, walk as quizWalk, ADULT_PATHS } from '../../examples/recognition-quiz.examples.js';
import { associationFinderExamples } from '../../examples/association-finder.examples.js';
import { leaveCalculatorExamples } from '../../examples/leave-calculator.examples.js';
import { overloadCheckExamples, driveOverload } from '../../examples/overload-check.examples.js';
import { hingeMomentExamples } from '../../examples/hinge-moment.examples.js';
import { rightsOverviewExamples, walk as rightsWalk } from '../../examples/rights-overview.examples.js';
import { policyScanExamples } from '../../examples/policy-scan.examples.js';
import { employerScanExamples } from '../../examples/employer-scan.examples.js';

/**
 * The privacy bar on the BUILT bundle (production Lit, minified): a full walk through every example
 * state of every widget requests nothing but our own files, and writes no cookie or storage.
 */
const ALL: WidgetExamples[] = [recognitionQuizExamples, associationFinderExamples, leaveCalculatorExamples, overloadCheckExamples, hingeMomentExamples,
  rightsOverviewExamples, policyScanExamples, employerScanExamples];

describe('privacy: a full walk through every widget on the built bundle', () => {
  before(async () => {
    await import(/* @vite-ignore */ `${location.origin}/dist/cdn/index.js`);
  });
  afterEach(() => fixtureCleanup());

  it('the built elements are registered (not the dev sources)', () => {
    for (const w of ALL) expect(customElements.get(w.tag), w.tag).to.exist;
  });

  for (const w of ALL) {
    it(`<${w.tag}>: no request but our own files, no cookie, no storage, no error, in every example state`, async () => {
      const errors = trackErrors();
      const privacy = trackPrivacy();
      const start = performance.getEntriesByType('resource').length;
      for (const example of w.examples) {
        if (example.html.includes(' remember')) continue; // the opt-in is tested on its own
        const holder = await fixture<HTMLElement>('<div></div>');
        const tpl = document.createElement('template');
        tpl.innerHTML = example.html;
        holder.append(tpl.content);
        const el = holder.firstElementChild as HTMLElement;
        await settle(el);
        if (example.drive) await example.drive(el);
        await settle(el);
        expect(el.shadowRoot?.textContent?.trim().length, example.name).to.be.greaterThan(20);
        fixtureCleanup();
      }
      const report = privacy.stop();
      expect(report.requests, 'requests').to.deep.equal([]);
      expect(report.cookieChanged, 'cookie').to.equal(false);
      expect(report.storageWrites, 'storage').to.deep.equal([]);
      for (const e of performance.getEntriesByType('resource').slice(start)) {
        expect(new URL(e.name).origin, e.name).to.equal(location.origin);
        expect(new URL(e.name).pathname, e.name).to.match(/^\/(dist|src|test|node_modules|__web-dev-server)/);
      }
      expect(errors.stop()).to.deep.equal([]);
    });
  }
  it('answers handed from a quiz and an overload check to a rights overview on the same page: no request, cookie, storage or attribute', async () => {
    const errors = trackErrors();
    const privacy = trackPrivacy();
    const holder = await fixture<HTMLElement>('<div><mz-recognition-quiz></mz-recognition-quiz><mz-overload-check></mz-overload-check><mz-rights-overview></mz-rights-overview></div>');
    const [quiz, check, rights] = [...holder.children] as HTMLElement[];
    for (const el of [quiz, check, rights]) await settle(el);
    await quizWalk(ADULT_PATHS.caregiver_intensive)(quiz);
    // Only "a child who is ill or has a disability" as who you care for (the sixth choice).
    await driveOverload(check, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 5, 0, 0, 0]);
    await settle(rights);
    const buttons = [...(rights.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="button-hand-over"]') ?? [])];
    expect(buttons.length, 'two offers').to.equal(2);
    buttons[0].click();
    await settle(rights);
    rights.shadowRoot?.querySelector<HTMLButtonElement>('[part~="button-hand-over"]')?.click();
    await settle(rights);
    await rightsWalk({})(rights);
    await settle(rights);
    expect(rights.shadowRoot?.querySelector('[part~="group"]'), 'the overview shows').to.not.equal(null);
    const report = privacy.stop();
    expect(report.requests, 'requests').to.deep.equal([]);
    expect(report.cookieChanged, 'cookie').to.equal(false);
    expect(report.storageWrites, 'storage').to.deep.equal([]);
    for (const el of [quiz, check, rights]) expect([...el.attributes].map((a) => a.name)).to.deep.equal([]);
    expect(errors.stop()).to.deep.equal([]);
  });
});
