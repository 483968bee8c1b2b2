import 'axe-core/axe.min.js'; // registers window.axe
import type { AxeResults, RunOptions } from 'axe-core';

/** WCAG 2.2 AA, explicitly: chai-a11y-axe's to.be.accessible() never runs `target-size`. */
export const WCAG22_AA: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

interface AxeGlobal {
  run(context: Element | Document, options: RunOptions): Promise<AxeResults>;
}

/** Violations as readable lines ("rule: html | html"); [] when clean. */
export async function axeViolations(el: Element | Document, options: RunOptions = WCAG22_AA): Promise<string[]> {
  const axe = (window as unknown as { axe: AxeGlobal }).axe;
  const r = await axe.run(el, options);
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}
