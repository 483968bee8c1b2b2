import { expect, waitUntil } from '@open-wc/testing';
import { LEAVE_WALKS, walk } from '../../examples/leave-calculator.examples.js';

/**
 * Walks the leave calculator a host rendered to its result, like a person, and checks what the host
 * must see: its own mz-complete handler ran with the outcome, and the partner config (the employer's
 * own leave) is applied. Hosts are built by test/hosts/prepare.mjs from the packed tarball.
 */
export async function walkHostToResult(doc: Document, outcome: () => string): Promise<void> {
  await waitUntil(() => doc.querySelector('mz-leave-calculator')?.shadowRoot?.querySelector('[part~="button-start"]'), 'the widget rendered', { timeout: 10000 });
  const el = doc.querySelector<HTMLElement>('mz-leave-calculator')!;
  await walk(LEAVE_WALKS.neighbourRecognised)(el);
  const root = el.shadowRoot!;
  expect(root.querySelector('form[data-step]'), 'on the result').to.equal(null);
  expect(root.querySelector('[part~="employer"]'), 'the employer\'s own leave (partner config)').not.to.equal(null);
  expect(root.querySelector('[part~="config-notice"]'), 'no configuration mistake').to.equal(null);
  await waitUntil(() => outcome().includes('mantelzorgverlof'), 'the host\'s mz-complete handler got the outcome', { timeout: 5000 });
}
