/**
 * The shape of `<widget>.examples.ts`: named configurations and states, the single source for the
 * demo page, the stories and the embedding contract tests. Type-only; no runtime cost.
 */
export interface WidgetExample {
  /** Short, unique, human name ("result: can use", "young: urgent"). */
  name: string;
  /** The element's markup, with attributes and any partner JSON child. */
  html: string;
  /** Drives the element to the state (clicks, answers) using its shadow DOM; resolves when there. */
  drive?: (el: HTMLElement) => Promise<void>;
}

export interface WidgetExamples {
  tag: string;
  examples: WidgetExample[];
  /** Attribute values that must show a notice and dispatch `mz-error`. */
  badAttributes: Array<{ name: string; value: string }>;
  /** Partner JSON (as text) that must show a notice and dispatch `mz-error`; the widget still works. */
  badPartnerJson: Array<{ name: string; json: string }>;
}

/** Helpers for `drive()` functions (examples only; never imported by a widget, so never shipped). */
type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** Waits for the element's update and the one it may trigger. */
export async function settle(el: HTMLElement): Promise<void> {
  await (el as Updatable).updateComplete;
  await (el as Updatable).updateComplete;
}

/** The element's shadow root; throws when it is not upgraded yet. */
export function shadowOf(el: HTMLElement): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> is not upgraded`);
  return el.shadowRoot;
}
