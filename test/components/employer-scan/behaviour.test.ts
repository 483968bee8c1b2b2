import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { runScanSuite } from '../policy-scan/scan-suite.js';
import { settle, shadow } from '../../embedding/contract.js';
import { driveScan } from '../../../examples/employer-scan.examples.js';
import { EMPLOYER_LEGAL_BASELINE, EMPLOYER_SCAN_VERSION, EMPLOYER_STATEMENTS, EMPLOYER_THEME_IDS } from '../../../src/rules/scans/index.js';
import nl from '../../../src/i18n/employer-scan/nl.js';
import fr from '../../../src/i18n/employer-scan/fr.js';
import en from '../../../src/i18n/employer-scan/en.js';
import de from '../../../src/i18n/employer-scan/de.js';

runScanSuite({
  tag: 'mz-employer-scan',
  widget: 'employer-scan',
  load: () => import('../../../src/components/employer-scan/define.js'),
  groups: EMPLOYER_THEME_IDS.map((id) => ({ id, questions: EMPLOYER_STATEMENTS.filter((s) => s.theme === id).map((s) => s.id) })),
  version: EMPLOYER_SCAN_VERSION,
  resultTitle: { nl: nl.resultTitle, fr: fr.resultTitle, en: en.resultTitle, de: de.resultTitle },
});

describe('<mz-employer-scan> result content', () => {
  afterEach(() => fixtureCleanup());

  it('lists what the law already guarantees, each with a source, also when everything is answered at the top', async () => {
    await import('../../../src/components/employer-scan/define.js');
    const el = (await fixture<HTMLElement>('<div><mz-employer-scan></mz-employer-scan></div>')).firstElementChild as HTMLElement;
    await settle(el);
    await driveScan(el, [3, 3, 3, 3, 3, 3, 3]);
    const extra = shadow(el).querySelector('[part~="extra"]');
    expect(extra?.querySelectorAll('li').length).to.equal(EMPLOYER_LEGAL_BASELINE.length);
    for (const li of extra!.querySelectorAll('li')) expect(li.querySelector('a[href^="https://"]'), li.textContent ?? '').to.exist;
  });

  it('the leave gap names <mz-leave-calculator> as the tool to embed', async () => {
    const el = (await fixture<HTMLElement>('<div><mz-employer-scan></mz-employer-scan></div>')).firstElementChild as HTMLElement;
    await settle(el);
    await driveScan(el, [3, [0, 3, 3], 3, 3, 3, 3, 3]);
    const item = shadow(el).querySelector('[part~="item"][data-item="leaveCalculator"]');
    expect(item?.textContent).to.contain('<mz-leave-calculator>');
    expect(shadow(el).querySelectorAll('[part~="item"]').length).to.equal(1);
  });
});
