import { html, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { RememberStore } from '../remember.js';
import { formatters } from '../i18n/format.js';
import { normalizeLocale } from '../locale.js';
import { progressText, stepActions } from './templates.js';
import type { MzStepDetail } from '../events.js';
import type { CoreMessages } from '../../i18n/core/nl.js';

/** What a step's template gets: its place in the flow and the answers. */
export interface StepContext<A, Id extends string> {
  id: Id;
  /** 1-based among the steps that apply now. */
  number: number;
  total: number;
  answers: A;
  flow: StepFlowController<A, Id>;
}

/** One row of a widget's step table. */
export interface StepDef<A, Id extends string> {
  id: Id;
  /** Asked only when this holds for the current answers (Lion's `condition`); absent: always asked. */
  when?: (answers: A) => boolean;
  /** No "Skip" button; with `answered`, "Next" stays until it holds. */
  required?: boolean;
  answered?: (answers: A) => boolean;
  /** What "Skip" forgets (default: the answer under the step's id). */
  clear?: (answers: A) => A;
  /** The step's fields; the controller adds the form, progress and the action row. */
  render: (ctx: StepContext<A, Id>) => TemplateResult;
}

/** Where the reader is: the intro, a step, the check page (all answers, each changeable), a list mode, or the result. */
export type FlowView<Id extends string> = 'intro' | 'check' | 'list' | 'result' | Id;

export interface StepFlowOptions<A, Id extends string> {
  /** Widget name: the `remember` storage key. */
  key: string;
  steps: readonly StepDef<A, Id>[];
  initial: () => A;
  /** Whether progress may be stored (the `remember` attribute). */
  remember: () => boolean;
  /** Checks restored answers (sessionStorage is input like any other); undefined rejects them. */
  restore: (answers: unknown) => A | undefined;
  /** After the last step, show a check page before the result. */
  checkPage?: boolean;
  /** Called after every move (e.g. to start loading the result's rules). */
  onView?: (view: FlowView<Id>) => void;
  /** The host's live region. */
  announce: (text: string) => void;
  /**
   * A fixed `total` for `mz-step` (e.g. the longest path), for a widget whose count of the questions
   * that apply would hint at an answer; every screen after the questions is then `total + 1`.
   */
  fixedTotal?: () => number;
}

interface Saved<Id extends string> {
  view: FlowView<Id>;
  answers: unknown;
}

/**
 * Builds the Intl formatters of the widget's language in idle time after the first render, one per
 * idle slice: the first of each costs up to ~150 ms on a slow phone, which a result step would
 * otherwise pay while the reader waits.
 */
function warmFormatters(lang: string | null): void {
  const locale = normalizeLocale(lang);
  if (!locale) return;
  const f = formatters(locale);
  const jobs = [() => f.money(1), () => f.money(1.5), () => f.number(1), () => f.date('2026-01-01'), () => f.list(['a']), () => f.plural(1, { one: '', other: '' })];
  const idle = (run: () => void): unknown => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 5000 }) : setTimeout(run, 300));
  const run = (): void => {
    jobs.shift()?.();
    if (jobs.length) idle(run);
  };
  idle(run);
}

/**
 * Calls `then` with the root's top and whether the heading is fully in view, as computed by the next
 * frame's layout (IntersectionObserver: no forced synchronous layout). Returns a cancel function.
 */
function whenPlaced(root: HTMLElement, heading: HTMLElement, then: (rootTop: number, headingVisible: boolean) => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    const id = requestAnimationFrame(() => {
      const h = heading.getBoundingClientRect();
      then(root.getBoundingClientRect().top, h.top >= 0 && h.bottom <= window.innerHeight);
    });
    return () => cancelAnimationFrame(id);
  }
  const seen = new Map<Element, IntersectionObserverEntry>();
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) seen.set(e.target, e);
    const r = seen.get(root);
    const h = seen.get(heading);
    if (!r || !h) return;
    io.disconnect();
    then(r.boundingClientRect.top, h.intersectionRatio >= 0.99);
  }, { threshold: [0, 1] });
  io.observe(root);
  if (heading !== root) io.observe(heading);
  return () => io.disconnect();
}

/**
 * The step flow every widget shares (Lion-steps semantics as a Lit reactive controller): the widget
 * gives a step table; the controller owns where the reader is, back/next/skip, `when` conditions,
 * focus on the new heading, opt-in `remember`, and the one meaning of `mz-step` (see events.ts).
 * Positions are step ids, not indexes, so a changed answer that adds or drops steps never lands the
 * reader on the wrong question.
 */
export class StepFlowController<A, Id extends string> implements ReactiveController {
  view: FlowView<Id> = 'intro';
  answers: A;
  /** Id of the field whose input is invalid ("Next" focuses it instead of moving on). */
  invalid: string | null = null;
  /** Where "Next" goes after changing one answer from the check page. */
  private returnTo: FlowView<Id> | undefined;
  private wantFocus = false;
  private warmed = false;
  /** Cancels the pending scroll check of the previous step. */
  private placed: (() => void) | undefined;
  private completed = false;
  private readonly store: RememberStore<Saved<Id>>;

  constructor(
    private readonly host: LitElement,
    private readonly o: StepFlowOptions<A, Id>,
  ) {
    this.answers = o.initial();
    this.store = new RememberStore(o.key, o.remember);
    host.addController(this);
  }

  hostConnected(): void {
    const saved = this.store.load();
    if (!saved) return;
    const answers = this.o.restore(saved.answers);
    const known = ['intro', 'check', 'list', 'result'].includes(saved.view) || this.o.steps.some((s) => s.id === saved.view);
    if (answers === undefined || !known) return;
    this.answers = answers;
    this.view = saved.view;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.placed?.();
    this.placed = undefined;
  }

  /** Runs after the host's willUpdate (attributes read): a step that no longer applies gives way to the next. */
  hostUpdate(): void {
    const v = this.view;
    if (v === 'intro' || v === 'check' || v === 'list' || v === 'result' || this.step) return;
    const ids = this.o.steps.map((s) => s.id);
    this.view = this.visible.find((s) => ids.indexOf(s.id) > ids.indexOf(v))?.id ?? this.after();
  }

  hostUpdated(): void {
    if (!this.warmed) {
      this.warmed = true;
      warmFormatters(this.host.renderRoot.querySelector('[part~="root"]')?.getAttribute('lang') ?? null);
    }
    if (!this.wantFocus) return;
    this.wantFocus = false;
    const heading = this.host.renderRoot.querySelector<HTMLElement>('[data-step-heading]');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    // No scroll here: measuring now would force a layout inside the click's task (the long task of a
    // step). Focus without scrolling, then read positions the frame computes anyway.
    heading.focus({ preventScroll: true });
    const root = this.host.renderRoot.querySelector<HTMLElement>('[part~="root"]');
    this.placed?.();
    this.placed = whenPlaced(root ?? heading, heading, (rootTop, headingVisible) => {
      // After a long step on a phone the reader is below the widget's top: bring the top (progress
      // line and heading) back into view. An instant jump: nothing to switch off for reduced motion.
      if (root && rootTop < 0) root.scrollIntoView?.({ block: 'start' });
      else if (!headingVisible) heading.scrollIntoView?.({ block: 'nearest' });
    });
  }

  /** The steps that apply to the current answers, in table order. */
  get visible(): StepDef<A, Id>[] {
    return this.o.steps.filter((s) => !s.when || s.when(this.answers));
  }

  /** The current step (undefined on intro, check, list and result). */
  get step(): StepDef<A, Id> | undefined {
    return this.visible.find((s) => s.id === this.view);
  }

  /** `mz-step` for a view: 0 intro, 1..total the steps that apply, total + 1 every screen after them. */
  position(view: FlowView<Id> = this.view): MzStepDetail {
    const visible = this.visible;
    const total = visible.length;
    const i = visible.findIndex((s) => s.id === view);
    return { step: view === 'intro' ? 0 : i >= 0 ? i + 1 : total + 1, total };
  }

  set<K extends keyof A>(key: K, value: A[K]): void {
    this.answers = { ...this.answers, [key]: value };
    this.host.requestUpdate();
  }

  /** Marks a field invalid ("Next" focuses it), or none with null. */
  setInvalid(id: string | null): void {
    this.invalid = id;
    this.host.requestUpdate();
  }

  /** Moves to a view: saves (with `remember`), emits `mz-step`, focuses the new heading. */
  go(view: FlowView<Id>): void {
    if (view === 'intro' || view === 'result') this.returnTo = undefined;
    this.view = view;
    this.invalid = null;
    if (view !== 'result') this.completed = false;
    this.store.save({ view, answers: this.answers });
    const p = this.position(view);
    const fixed = this.o.fixedTotal?.();
    const detail = fixed === undefined ? p : { step: p.step > p.total ? fixed + 1 : p.step, total: fixed };
    this.host.dispatchEvent(new CustomEvent('mz-step', { detail, bubbles: true, composed: true }));
    this.wantFocus = true;
    this.host.requestUpdate();
    this.o.onView?.(view);
  }

  start(): void {
    this.go(this.visible[0]?.id ?? this.after());
  }

  /** The next step that applies after the current one (answers just given are taken into account). */
  next(): void {
    const back = this.returnTo;
    this.returnTo = undefined;
    if (back) return this.go(back);
    const ids = this.o.steps.map((s) => s.id);
    const from = ids.indexOf(this.view as Id);
    const next = this.visible.find((s) => ids.indexOf(s.id) > from);
    this.go(next ? next.id : this.after());
  }

  back(): void {
    if (this.view === 'intro') return;
    const ids = this.o.steps.map((s) => s.id);
    const from = this.view === 'check' || this.view === 'result' ? ids.length : ids.indexOf(this.view as Id);
    const prev = this.visible.filter((s) => ids.indexOf(s.id) < from).pop();
    this.go(prev ? prev.id : 'intro');
  }

  /** Forgets the current step's answer and moves on. */
  skip(): void {
    const step = this.step;
    if (step) this.answers = step.clear ? step.clear(this.answers) : omit(this.answers, step.id);
    this.next();
  }

  /** From the check page: change one answer, then come back. */
  edit(id: Id): void {
    this.returnTo = 'check';
    this.go(id);
  }

  /** The last step that applies ("change my answers" on the result). */
  last(): void {
    const v = this.visible;
    this.go(v.length ? v[v.length - 1].id : 'intro');
  }

  /** Back to the intro with empty answers (`mz-step` 0 is emitted). */
  restart(): void {
    this.answers = this.o.initial();
    this.go('intro');
  }

  /** Restart and remove the stored progress ("forget my answers"). */
  forget(announcement: string): void {
    this.restart();
    this.store.clear();
    this.o.announce(announcement);
  }

  /** Once per visit of the result: `mz-complete` (an outcome, never raw answers) and the announcement. */
  complete(widget: string, outcome: unknown, announcement: string): void {
    if (this.completed || this.view !== 'result') return;
    this.completed = true;
    this.o.announce(announcement);
    this.host.dispatchEvent(new CustomEvent('mz-complete', { detail: { widget, outcome }, bubbles: true, composed: true }));
  }

  /** The current step as `form[data-step]`: progress, the step's fields, back / next / skip. */
  renderStep(c: CoreMessages, lastLabel?: string): TemplateResult {
    const step = this.step;
    if (!step) throw new Error(`no step ${String(this.view)}`);
    const { step: number, total } = this.position();
    const submit = (e: Event): void => {
      e.preventDefault();
      const bad = this.invalid;
      if (bad) return void this.host.renderRoot.querySelector<HTMLElement>(`#${bad}`)?.focus();
      if (step.answered && !step.answered(this.answers)) return void this.host.renderRoot.querySelector<HTMLElement>('form input')?.focus();
      this.next();
    };
    return html`<form novalidate data-step=${String(step.id)} @submit=${submit}>
      ${progressText(c, number, total)}
      ${step.render({ id: step.id, number, total, answers: this.answers, flow: this })}
      ${stepActions(c, {
        next: () => undefined,
        nextLabel: number === total && !this.o.checkPage && !this.returnTo ? lastLabel : undefined,
        skip: step.required ? undefined : () => this.skip(),
        back: () => this.back(),
      })}
    </form>`;
  }

  /** Where the steps end. */
  private after(): FlowView<Id> {
    return this.o.checkPage ? 'check' : 'result';
  }
}

function omit<A>(answers: A, key: string): A {
  const copy = { ...answers } as Record<string, unknown>;
  delete copy[key];
  return copy as A;
}
