import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import type { WidgetExamples } from '../../examples/harness.js';
import { trackErrors, trackPrivacy } from '../helpers/privacy.js';
import { settle } from '../embedding/contract.js';
import { recognitionQuizExamples } from '../../examples/recognition-quiz.examples.js';
import { associationFinderExamples } from '../../examples/association-finder.examples.js';
import { leaveCalculatorExamples } from '../../examples/leave-calculator.examples.js';
import { overloadCheckExamples } from '../../examples/overload-check.examples.js';
import { hingeMomentExamples } from '../../examples/hinge-moment.examples.js';
import { rightsOverviewExamples } from '../../examples/rights-overview.examples.js';
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
});
