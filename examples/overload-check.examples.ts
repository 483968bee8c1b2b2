import { Harness, matches, type WidgetExamples } from './harness.js';

/**
 * Named states of `<mz-overload-check>`: the single source for the stories and the contract tests.
 * `drive` answers through the real shadow DOM, as a user would.
 *
 * A script is one entry per question, in asking order: a number picks that choice (0 = first:
 * no / 0 / yes …), 's' skips, 'n' presses "Next" without choosing (allowed on "who do you care for").
 */
export type DriveScript = ReadonlyArray<number | 's' | 'n'>;

/** Starts the check and answers it by script; stops early when the result shows. */
export async function driveOverload(el: HTMLElement, script: DriveScript): Promise<void> {
  const h = new Harness(el);
  await h.frame();
  await h.click('[part~="button-start"]');
  await h.frame();
  for (const move of script) {
    if (h.has('[part~="result"]')) break;
    if (move === 's') await h.click('[part~="button-skip"]');
    else {
      if (move !== 'n') {
        await h.chooseNth('form input', move);
        await h.frame();
      }
      await h.click('[part~="button-next"]');
    }
    await h.frame();
  }
}

const skip = (n: number): DriveScript => Array.from({ length: n }, () => 's' as const);
const no = (n: number): DriveScript => Array.from({ length: n }, () => 0);
const yes = (n: number): DriveScript => Array.from({ length: n }, () => 2);

/** Adult scripts: 10 items, overall rating (index = the number), canShare, careFor, 3 red flags. */
export const SCRIPTS = {
  low: [...no(10), 2, 0, 'n', 0, 0, 0],
  elevated: [...yes(3), ...no(7), 5, 2, 'n', 0, 0, 0],
  high: [...yes(6), ...no(4), 8, 1, 0, 0, 0, 0],
  urgent: [...skip(13), 0, 1],
  incomplete: skip(16),
  youngLow: [...no(9), 1, 0, 'n', 0, 0, 0],
  youngHigh: [...yes(7), ...no(2), 9, 1, 'n', 0, 0, 0],
  youngUrgent: [...no(9), 's', 's', 's', 0, 0, 1],
} satisfies Record<string, DriveScript>;

/** A question by its step id (`data-step` on the step form). */
const step = (id: string): string => `form[data-step="${id}"]`;
/** The result in this band (`result--<band>` on `[part~="result"]`). */
const band = (b: string): string => `section[part~="result"].result--${b}`;

const offersJson = JSON.stringify({
  offers: [
    {
      name: { nl: 'Mantelzorgpunt Gemeente Voorbeeld', fr: 'Point aidants proches de la commune', en: 'Carers’ desk of the municipality', de: 'Anlaufstelle der Gemeinde' },
      description: { nl: 'Gratis gesprek met een maatschappelijk werker, ook aan huis.', fr: 'Entretien gratuit avec une assistante sociale.', en: 'A free talk with a social worker, also at home.', de: 'Kostenloses Gespräch mit einer Sozialarbeiterin.' },
      phone: '09 123 45 67',
      website: 'https://example.org/mantelzorg',
    },
  ],
  finderUrl: '/hulp-zoeken',
});

export const overloadCheckExamples: WidgetExamples = {
  tag: 'mz-overload-check',
  examples: [
    { name: 'intro', html: '<mz-overload-check></mz-overload-check>', reached: '[part~="intro"] [part~="button-start"]' },
    { name: 'young: intro', html: '<mz-overload-check audience="young"></mz-overload-check>', reached: '[part~="intro"] [part~="button-start"]' },
    { name: 'first question', html: '<mz-overload-check></mz-overload-check>', drive: (el) => driveOverload(el, []), reached: step('time') },
    { name: 'overall rating (0–10)', html: '<mz-overload-check></mz-overload-check>', drive: (el) => driveOverload(el, skip(10)), reached: `${step('global')} [part~="scale"]` },
    { name: 'red-flag question (help open)', html: '<mz-overload-check></mz-overload-check>', drive: (el) => driveOverload(el, skip(13)), reached: `${step('cantGoOn')} ~ details[part~="help-now"][open]` },
    { name: 'result: low', html: '<mz-overload-check></mz-overload-check>', drive: (el) => driveOverload(el, SCRIPTS.low), reached: band('low') },
    { name: 'result: elevated', html: '<mz-overload-check></mz-overload-check>', drive: (el) => driveOverload(el, SCRIPTS.elevated), reached: band('elevated') },
    { name: 'result: high', html: '<mz-overload-check></mz-overload-check>', drive: (el) => driveOverload(el, SCRIPTS.high), reached: band('high') },
    { name: 'result: urgent', html: '<mz-overload-check></mz-overload-check>', drive: (el) => driveOverload(el, SCRIPTS.urgent), reached: band('urgent') },
    { name: 'result: incomplete', html: '<mz-overload-check></mz-overload-check>', drive: (el) => driveOverload(el, SCRIPTS.incomplete), reached: band('incomplete') },
    { name: 'young: result low', html: '<mz-overload-check audience="young"></mz-overload-check>', drive: (el) => driveOverload(el, SCRIPTS.youngLow), reached: band('low') },
    { name: 'young: result high', html: '<mz-overload-check audience="young"></mz-overload-check>', drive: (el) => driveOverload(el, SCRIPTS.youngHigh), reached: band('high') },
    { name: 'young: result urgent', html: '<mz-overload-check audience="young"></mz-overload-check>', drive: (el) => driveOverload(el, SCRIPTS.youngUrgent), reached: band('urgent') },
    {
      name: 'partner offer and finder URL (result: high)',
      html: `<mz-overload-check><script type="application/json">${offersJson}</script></mz-overload-check>`,
      drive: (el) => driveOverload(el, SCRIPTS.high),
      reached: matches('the high result with the partner’s offer', [band('high'), '[part~="partner-offer"]']),
    },
  ],
  badAttributes: [
    { name: 'audience', value: 'teenager' },
    { name: 'finder-url', value: 'javascript:alert(1)' },
  ],
  badPartnerJson: [
    { name: 'offer without a name', json: '{"offers":[{"phone":"09 123 45 67"}]}' },
    { name: 'offer with a javascript: URL', json: '{"offers":[{"name":"X","website":"javascript:alert(1)"}]}' },
    { name: 'unknown band', json: '{"offers":[{"name":"X","bands":["panic"]}]}' },
    { name: 'offers is not a list', json: '{"offers":{"name":"X"}}' },
    { name: 'unknown top-level key (typo)', json: '{"offer":[{"name":"X"}]}' },
    { name: 'finder URL with a data: scheme', json: '{"finderUrl":"data:text/html,hi"}' },
  ],
};
