import { matches, type WidgetExamples } from './harness.js';
import { driveScan } from './policy-scan.examples.js';

/**
 * Named states of `<mz-employer-scan>`: the single source for the stories and the contract tests.
 * Seven screens (themes); see `driveScan` for the script.
 */
export { driveScan };

/** The result with these levels per theme (awareness leaveInfo flexibility contact culture absence youngCarers). */
const levels = (l: string): string => `section[part~="result"][data-levels="${l}"]`;

const partnerJson = JSON.stringify({
  name: 'Sectorfederatie Voorbeeld',
  practices: [{ name: { nl: 'Vijf betaalde zorgdagen in onze sector-cao', en: 'Five paid care days in our sector agreement' }, website: 'https://example.org/cao' }],
  offers: [{ name: 'HR-helpdesk van de federatie', email: 'hr@example.org', phone: '02 123 45 67' }],
});

export const employerScanExamples: WidgetExamples = {
  tag: 'mz-employer-scan',
  examples: [
    { name: 'intro', html: '<mz-employer-scan></mz-employer-scan>', reached: '[part~="intro"] [part~="button-start"]' },
    { name: 'first theme (awareness)', html: '<mz-employer-scan></mz-employer-scan>', drive: (el) => driveScan(el, []), reached: 'form[data-step="awareness"] fieldset[data-question="survey"] input[value="3"]' },
    { name: 'result: everything skipped', html: '<mz-employer-scan></mz-employer-scan>', drive: (el) => driveScan(el, ['s', 's', 's', 's', 's', 's', 's']), reached: matches('nothing answered, the legal baseline still shown', [`${levels('start start start start start start start')}[data-answered="0"]`, '[part~="extra"]'], ['[part~="item"]']) },
    { name: 'result: all evaluated', html: '<mz-employer-scan></mz-employer-scan>', drive: (el) => driveScan(el, [3, 3, 3, 3, 3, 3, 3]), reached: matches('all strong, no actions', [levels('strong strong strong strong strong strong strong')], ['[part~="item"]']) },
    { name: 'result: only the law', html: '<mz-employer-scan></mz-employer-scan>', drive: (el) => driveScan(el, [0, 0, 0, 0, 0, 0, 0]), reached: matches('all start, an action per gap', [levels('start start start start start start start'), '[part~="item"][data-item="leaveCalculator"]', '[part~="item"][data-item="nameContact"]']) },
    {
      name: 'result: mixed',
      html: '<mz-employer-scan></mz-employer-scan>',
      drive: (el) => driveScan(el, [3, 0, 1, 2, [0, 3], 's', [1, 1]]),
      reached: matches('the mixed profile', [levels('strong start growing strong start start growing'), '[part~="item"][data-item="leaveCalculator"]', '[part~="chart"][role="img"]', 'table[part~="table"]']),
    },
    {
      name: 'partner practices and contacts first (result)',
      html: `<mz-employer-scan><script type="application/json">${partnerJson}</script></mz-employer-scan>`,
      drive: (el) => driveScan(el, [1, 1, 1, 1, 1, 1, 1]),
      reached: matches('the partner block before the profile', [`${levels('growing growing growing growing growing growing growing')} [part~="partner"] [part~="partner-practices"]`, '[part~="partner-contacts"] a[href^="mailto:"]']),
    },
  ],
  badAttributes: [],
  badPartnerJson: [
    { name: 'unknown top-level key', json: '{"employerName":"X"}' },
    { name: 'practice with an http: URL', json: '{"practices":[{"name":"X","website":"http://example.org"}]}' },
    { name: 'contact with a bad e-mail', json: '{"offers":[{"name":"X","email":"not an address"}]}' },
    { name: 'offers not a list', json: '{"offers":{"name":"X"}}' },
  ],
};
