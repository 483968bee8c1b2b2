import { VERSION } from './version.js';

type Versioned = CustomElementConstructor & { version?: string };

const warned = new Set<string>();

/**
 * Defines `tag` only when it is free. Loading the script twice, or two Mantelkit versions on one
 * page, must never throw (DESIGN.md): the first definition wins, a version mismatch warns once.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as Versioned | undefined;
  if (!existing) {
    try {
      customElements.define(tag, ctor);
    } catch (error) {
      // A race with another copy (or a bad registry polyfill) must not break the host page.
      console.warn(`[mantelkit] could not define <${tag}>:`, error);
    }
    return;
  }
  if (existing === ctor) return;
  const theirs = existing.version ?? 'unknown';
  const ours = (ctor as Versioned).version ?? VERSION;
  if (theirs !== ours && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`[mantelkit] <${tag}> is defined by version ${theirs}; ${ours} is not used. Load one version per page.`);
  }
}
