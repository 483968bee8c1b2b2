import { matches, settle, shadowOf, type Reached, type WidgetExamples } from '../../../examples/harness.js';

async function click(el: HTMLElement, selector: string): Promise<void> {
  const target = shadowOf(el).querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`no ${selector}`);
  target.click();
  await settle(el);
}

const intro: Reached = matches('the intro', ['.mz-actions .mz-button'], ['form', '[part~="button-print"]']);

export const testWidgetExamples: WidgetExamples = {
  tag: 'mz-test-widget',
  examples: [
    { name: 'intro', html: '<mz-test-widget></mz-test-widget>', reached: intro },
    { name: 'question 1', html: '<mz-test-widget></mz-test-widget>', drive: (el) => click(el, '.mz-button'),
      reached: { describe: 'question 1', test: (r) => r.querySelector('form input[name="a"]') !== null && /1/.test(r.querySelector('[part~="progress"]')?.textContent ?? '') },
    },
    {
      name: 'result',
      html: '<mz-test-widget></mz-test-widget>',
      drive: async (el) => {
        await click(el, '.mz-button');
        await click(el, 'input[type=radio]');
        await click(el, 'button[type=submit]');
        await click(el, 'button[type=submit]');
      },
      reached: matches('the result', ['[part~="button-print"]'], ['form']),
    },
    { name: 'with partner name', html: '<mz-test-widget><script type="application/json">{"name":"Gemeente Gent"}</script></mz-test-widget>',
      reached: { describe: 'the intro greeting the partner', test: (r) => (r.querySelector('[data-step-heading]')?.textContent ?? '').includes('Gemeente Gent') },
    },
  ],
  badAttributes: [{ name: 'mode', value: 'gigantic' }],
  badPartnerJson: [{ name: 'name is a number', json: '{"name": 42}' }],
};
