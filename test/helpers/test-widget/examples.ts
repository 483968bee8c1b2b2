import { settle, shadowOf, type WidgetExamples } from '../../../src/core/examples.js';

async function click(el: HTMLElement, selector: string): Promise<void> {
  const target = shadowOf(el).querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`no ${selector}`);
  target.click();
  await settle(el);
}

export const testWidgetExamples: WidgetExamples = {
  tag: 'mz-test-widget',
  examples: [
    { name: 'intro', html: '<mz-test-widget></mz-test-widget>' },
    { name: 'question 1', html: '<mz-test-widget></mz-test-widget>', drive: (el) => click(el, '.mz-button') },
    {
      name: 'result',
      html: '<mz-test-widget></mz-test-widget>',
      drive: async (el) => {
        await click(el, '.mz-button');
        await click(el, 'input[type=radio]');
        await click(el, 'button[type=submit]');
        await click(el, 'button[type=submit]');
      },
    },
    { name: 'with partner name', html: '<mz-test-widget><script type="application/json">{"name":"Gemeente Gent"}</script></mz-test-widget>' },
  ],
  badAttributes: [{ name: 'mode', value: 'gigantic' }],
  badPartnerJson: [{ name: 'name is a number', json: '{"name": 42}' }],
};
