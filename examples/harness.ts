/**
 * Named example states of the widgets and the one harness that drives them. Outside `src/` on
 * purpose: examples are test and demo material, never part of the package or its types.
 *
 * `<widget>.examples.ts` in this folder is the single source for the stories, the contract tests
 * and the e2e privacy walk.
 */

/**
 * The state an example must reach, checked in its shadow root right after `drive()`:
 * a CSS selector that must match, or a predicate with a short description for the failure message.
 * Make it specific to the state (the outcome, the question), not merely "some result".
 */
export type Reached = string | { readonly describe: string; readonly test: (root: ShadowRoot) => boolean };

export interface WidgetExample {
  /** Short, unique, human name ("result: can use", "young: urgent"). */
  name: string;
  /** The element's markup, with attributes and any partner JSON child. */
  html: string;
  /** Drives the element to the state (clicks, answers) using its shadow DOM; resolves when there. */
  drive?: (el: HTMLElement) => Promise<void>;
  /** What proves the state was reached (see `Reached`); required, also for undriven examples. */
  reached: Reached;
}

export interface WidgetExamples {
  tag: string;
  examples: WidgetExample[];
  /** Attribute values that must show a notice and dispatch `mz-error`. */
  badAttributes: Array<{ name: string; value: string }>;
  /** Partner JSON (as text) that must show a notice and dispatch `mz-error`; the widget still works. */
  badPartnerJson: Array<{ name: string; json: string }>;
}

export function describeReached(reached: Reached): string {
  return typeof reached === 'string' ? `an element matching ${reached}` : reached.describe;
}

export function isReached(root: ShadowRoot, reached: Reached): boolean {
  return typeof reached === 'string' ? root.querySelector(reached) !== null : reached.test(root);
}

/** A predicate over selectors: every one in `all` matches and none in `none` does. */
export function matches(describe: string, all: readonly string[], none: readonly string[] = []): Reached {
  return {
    describe,
    test: (root) => all.every((s) => root.querySelector(s) !== null) && none.every((s) => root.querySelector(s) === null),
  };
}

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

/**
 * Drives one element through its shadow DOM like a person. Every action throws a clear error when
 * its control is missing, so a walk that took a wrong turn fails where it went wrong instead of
 * silently leaving the element on another screen.
 */
export class Harness {
  constructor(readonly el: HTMLElement) {}

  get root(): ShadowRoot {
    return shadowOf(this.el);
  }

  settle(): Promise<void> {
    return settle(this.el);
  }

  /** One animation frame after the update (widgets that move focus or measure after render). */
  async frame(): Promise<void> {
    await (this.el as Updatable).updateComplete;
    await new Promise<void>((r) => requestAnimationFrame(() => r()));
  }

  has(selector: string): boolean {
    return this.root.querySelector(selector) !== null;
  }

  /** The element matching `selector`; throws naming the widget, the selector and the current step. */
  find<T extends Element = HTMLElement>(selector: string): T {
    const found = this.root.querySelector<T>(selector);
    if (!found) throw new Error(`<${this.el.localName}>: no ${selector} on the current screen (${this.where()})`);
    return found;
  }

  all<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }

  /** Clicks the control matching `selector`, then waits for the update. */
  async click(selector: string): Promise<void> {
    await this.settle();
    const target = this.find<HTMLElement>(selector);
    const button = target instanceof HTMLButtonElement;
    // As a person would: the button has focus when it is pressed (so a lost focus shows below).
    if (button) target.focus();
    target.click();
    await this.settle();
    // After an action inside the widget, focus stays inside it (a moved heading, the results, the
    // button itself), never on <body> where a keyboard or screen-reader user would have to start over.
    if (button && document.activeElement === document.body) {
      throw new Error(`<${this.el.localName}>: focus fell to <body> after pressing ${selector} (${this.where()})`);
    }
  }

  /** Ticks the radio or checkbox with this value (and name, when given); throws when there is none. */
  async choose(value: string, name?: string): Promise<void> {
    await this.click(name ? `input[name="${name}"][value="${value}"]` : `input[value="${value}"]`);
  }

  /** Ticks the n-th (0-based) input matching `selector`; throws when there are fewer. */
  async chooseNth(selector: string, n: number): Promise<void> {
    await this.settle();
    const input = this.all<HTMLInputElement>(selector)[n];
    if (!input) throw new Error(`<${this.el.localName}>: no choice ${n} of ${selector} (${this.where()})`);
    input.click();
    await this.settle();
  }

  /** Types a value into the field matching `selector` (an `input` event, as typing dispatches). */
  async type(selector: string, value: string | number): Promise<void> {
    const input = this.find<HTMLInputElement>(selector);
    input.value = String(value);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.settle();
  }

  /** Submits the current form (as its main button would), then waits for the update. */
  async submit(selector = 'form'): Promise<void> {
    await this.settle();
    this.find<HTMLFormElement>(selector).requestSubmit();
    await this.settle();
  }

  /** The current step heading, for error messages. */
  private where(): string {
    const heading = this.root.querySelector('[data-step-heading]')?.textContent?.replace(/\s+/g, ' ').trim();
    return heading ? `on "${heading.slice(0, 60)}"` : 'no step heading';
  }
}
