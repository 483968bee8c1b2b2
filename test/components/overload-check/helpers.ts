import { fixture, fixtureCleanup } from '@open-wc/testing';
import { settle, shadow } from '../../embedding/contract.js';
import '../../../src/components/overload-check/define.js';

export { settle, shadow };
export { driveOverload, SCRIPTS } from '../../../examples/overload-check.examples.js';

export async function mountCheck(attrs = '', lang = 'nl', inner = ''): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(`<div lang="${lang}"><mz-overload-check ${attrs}>${inner}</mz-overload-check></div>`);
  const el = root.firstElementChild as HTMLElement;
  await settle(el);
  return el;
}

export function $(el: HTMLElement, selector: string): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>(selector);
}

export function text(el: HTMLElement, selector = '.mz-root'): string {
  return ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function band(el: HTMLElement): string | undefined {
  const cls = $(el, '[part~="result"]')?.className ?? '';
  return /result--(\w+)/.exec(cls)?.[1];
}

export { fixtureCleanup };
