import { Harness, matches, type WidgetExamples } from './harness.js';

/**
 * Drives `<mz-employer-scan>` or `<mz-policy-scan>`: starts, then per screen either skips ('s') or
 * answers every statement with the same value (0–3) or a list of values (one per statement), and
 * presses "Next". Stops at the result.
 */
export type ScanMove = 's' | number | readonly number[];

export async function driveScan(el: HTMLElement, moves: readonly ScanMove[]): Promise<void> {
  const h = new Harness(el);
  await h.frame();
  await h.click('[part~="button-start"]');
  await h.frame();
  for (const move of moves) {
    if (h.has('[part~="result"]')) break;
    if (move === 's') await h.click('[part~="button-skip"]');
    else {
      const statements = h.all('form fieldset[data-question]');
      for (let i = 0; i < statements.length; i++) {
        const v = typeof move === 'number' ? move : move[i];
        if (v === undefined) continue;
        await h.choose(String(v), statements[i].getAttribute('data-question') ?? undefined);
      }
      await h.click('[part~="button-next"]');
    }
    await h.frame();
  }
}

/** The result with these levels per pillar (find strengthen relieve connect). */
const levels = (l: string): string => `section[part~="result"][data-levels="${l}"]`;

const partnerJson = JSON.stringify({
  name: { nl: 'Zorgregio Voorbeeld', fr: 'Région de soins Exemple', en: 'Example care region', de: 'Pflegeregion Beispiel' },
  practices: [
    {
      name: { nl: 'Mantelzorgcafé in elke deelgemeente', fr: 'Un café des aidants dans chaque section', en: 'A carers’ café in every district', de: 'Ein Angehörigencafé in jedem Ortsteil' },
      description: { nl: 'Samen met de zorgraad, elke maand.', fr: 'Avec le conseil des soins, chaque mois.', en: 'With the care council, every month.', de: 'Mit dem Pflegerat, jeden Monat.' },
      website: 'https://example.org/mantelzorgcafe',
    },
  ],
  offers: [{ name: 'Regiocoördinator mantelzorg', phone: '09 123 45 67', email: 'mantelzorg@example.org' }],
});

export const policyScanExamples: WidgetExamples = {
  tag: 'mz-policy-scan',
  examples: [
    { name: 'intro', html: '<mz-policy-scan></mz-policy-scan>', reached: '[part~="intro"] [part~="button-start"]' },
    { name: 'first pillar (find and reach)', html: '<mz-policy-scan></mz-policy-scan>', drive: (el) => driveScan(el, []), reached: 'form[data-step="find"] fieldset[data-question="targetGroups"] input[value="3"]' },
    { name: 'result: everything skipped', html: '<mz-policy-scan></mz-policy-scan>', drive: (el) => driveScan(el, ['s', 's', 's', 's']), reached: matches('the result with nothing answered', [`${levels('start start start start')}[data-answered="0"]`], ['[part~="extremes"]', '[part~="item"]']) },
    { name: 'result: all evaluated', html: '<mz-policy-scan></mz-policy-scan>', drive: (el) => driveScan(el, [3, 3, 3, 3]), reached: matches('all strong, no practices', [levels('strong strong strong strong')], ['[part~="item"]']) },
    { name: 'result: all not yet', html: '<mz-policy-scan></mz-policy-scan>', drive: (el) => driveScan(el, [0, 0, 0, 0]), reached: matches('all start with practices', [levels('start start start start'), '[part~="item"]']) },
    {
      name: 'result: mixed (strongest find, weakest relieve)',
      html: '<mz-policy-scan></mz-policy-scan>',
      drive: (el) => driveScan(el, [3, 1, 0, [2, 1, 2, 2, 2]]),
      reached: matches('the mixed profile', [levels('strong growing start growing'), '[part~="strongest"]', '[part~="weakest"]', '[part~="item"][data-item="lievegemSitting"]', '[part~="chart"][role="img"]', 'table[part~="table"]']),
    },
    {
      name: 'partner practices and contacts first (result)',
      html: `<mz-policy-scan><script type="application/json">${partnerJson}</script></mz-policy-scan>`,
      drive: (el) => driveScan(el, [1, 1, 1, 1]),
      reached: matches('the partner block before the profile', [`${levels('growing growing growing growing')} [part~="partner"] [part~="partner-practices"]`, '[part~="partner-contacts"] a[href^="tel:"]']),
    },
  ],
  badAttributes: [],
  badPartnerJson: [
    { name: 'unknown top-level key', json: '{"colour":"red"}' },
    { name: 'practice without a name', json: '{"practices":[{"website":"https://example.org"}]}' },
    { name: 'practice with a javascript: URL', json: '{"practices":[{"name":"X","website":"javascript:alert(1)"}]}' },
    { name: 'contact with a bad phone', json: '{"offers":[{"name":"X","phone":"call me"}]}' },
    { name: 'name too long', json: `{"name":"${'x'.repeat(300)}"}` },
  ],
};
