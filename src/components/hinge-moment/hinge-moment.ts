import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { MantelkitElement } from '../../core/mantelkit-element.js';
import { createCatalog, createLazyCatalog } from '../../core/i18n/catalog.js';
import { enumAttribute, isoDateAttribute } from '../../core/partner-config.js';
import { StepFlowController } from '../../core/flow/step-flow.js';
import { lazyOnce } from '../../core/flow/lazy-once.js';
import { stepHeading } from '../../core/flow/templates.js';
import type { Issue } from '../../core/events.js';
import { pickText } from '../../rules/help/contact.js';
import type { HingeLang, HingeMoment, HingeOverlay } from '../../rules/hinge/index.js';
import type { HingeMessages } from '../../i18n/hinge/nl.js';
import type { HingeStepMessages } from '../../i18n/hinge/steps/nl.js';
import { helpTexts as helpCatalog } from '../common/help-texts.js';
import { onwardLink } from '../common/help.js';
import { HINGE_MOMENTS, restoreHingeAnswers, restoreTicks, toSituation, type Answers } from './hinge-moment.answers.js';
import { RememberStore } from '../../core/remember.js';
import { hingeSteps, type HingeStepHost, type HingeStepId } from './hinge-moment.steps.js';
import { parsePartner, type PartnerLinks } from './partner.js';
import { hingeMomentStyles } from './hinge-moment.styles.js';
import type { HingeTexts } from './result/texts.js';

export type { HingeStepId } from './hinge-moment.steps.js';

type ResultModule = typeof import('./result/result.js');
/** One load per page, shared by every checklist on it; a failed load (offline) is tried again next time. */
const loadResultModule: () => Promise<ResultModule> = lazyOnce(() => import('./result/result.js'));

const catalog = createCatalog<HingeMessages>({
  nl: () => import('../../i18n/hinge/nl.js'),
  fr: () => import('../../i18n/hinge/fr.js'),
  en: () => import('../../i18n/hinge/en.js'),
  de: () => import('../../i18n/hinge/de.js'),
});

/** The steps' own texts (titles, what to ask, contacts): loaded with the checklist, one language. */
const stepsCatalog = createLazyCatalog<HingeStepMessages>({
  nl: () => import('../../i18n/hinge/steps/nl.js'),
  fr: () => import('../../i18n/hinge/steps/fr.js'),
  en: () => import('../../i18n/hinge/steps/en.js'),
  de: () => import('../../i18n/hinge/steps/de.js'),
});

/**
 * `<mz-hinge-moment>`: a personal, printable checklist for the caregiver at a hinge moment in care:
 * a hospital admission, the discharge home, a move into a care home, the end of life. A few
 * skippable questions, then the steps in time order ("before", "on the day", "the first weeks"),
 * each with whom to contact, what to ask or bring, dated amounts and sources. Anonymous: nothing
 * leaves the browser; ticks stay while the page is open (in sessionStorage only with `remember`).
 *
 * The steps come from `hingeChecklist()` in `mantelkit/rules`; a hospital or care home adds its own
 * contact points and documents through the partner JSON (shown first in each phase).
 *
 * @tag mz-hinge-moment
 * @summary A step-by-step checklist for caregivers at hospital admission, discharge, a move to a care home and the end of life.
 * @fires mz-ready - `{ widget, version }` after the first render
 * @fires mz-step - `{ step, total }`: 0 intro (also on restart), 1…total the questions that apply, total + 1 the checklist
 * @fires mz-complete - `{ widget: 'hinge-moment', outcome: { moment, steps } }` (the moment and the number of steps; no answers)
 * @fires mz-error - `{ code, message }` for a bad attribute or bad partner JSON (a notice is shown too)
 * @csspart help-now - the "Need help now?" disclosure
 * @csspart root - the widget box (core)
 * @csspart notice - notices about the partner's settings (core)
 * @csspart live - the polite live region (core)
 * @csspart progress - "Question n of m" (core)
 * @csspart heading - the heading of each screen (core)
 * @csspart actions - a row of buttons (core)
 * @csspart button - every button; also button-start, button-next, button-skip, button-back, button-print, button-copy, button-change, button-restart, button-forget
 * @csspart remember - the "forget my answers" line (core, with `remember`)
 * @csspart intro - the intro screen
 * @csspart result - the checklist screen
 * @csspart group - one phase of the checklist; also group-before, group-day, group-after
 * @csspart step - one step (a native checkbox and its texts)
 * @csspart partner-step - a step from the hospital's or care home's partner JSON
 * @csspart contact - whom to contact for a step
 * @csspart amount - a dated amount
 * @csspart basis - "how was this made?" with the sources
 */
export class MzHingeMoment extends MantelkitElement<HingeMessages> {
  static override styles = [...MantelkitElement.styles, ...hingeMomentStyles];
  protected readonly widgetName = 'hinge-moment';
  protected get catalog() {
    return catalog;
  }

  /**
   * The moment: `hospital-admission` | `hospital-discharge` | `care-home` | `end-of-life`. Without it,
   * the first question asks which moment.
   * @attr moment
   */
  @property() moment: string | null = null;

  /**
   * ISO date the amounts apply on (default: today).
   * @attr as-of
   */
  @property({ attribute: 'as-of' }) asOf: string | null = null;

  @state() private overlay: HingeOverlay | null = null;
  @state() private links: PartnerLinks = {};
  /** Ticked step ids: kept while the page is open; in sessionStorage only with \`remember\`. */
  @state() private ticks: string[] = [];
  private readonly tickStore = new RememberStore<unknown>('hinge-moment-ticks', () => this.remember);
  private fixedMoment: HingeMoment | undefined;
  private date = '';

  private readonly stepHost: HingeStepHost = (() => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- object getters cannot be arrows
    const el = this;
    return {
      get t() { return el.t; },
      get fixedMoment() { return el.fixedMoment; },
      set: (key, value) => el.flow.set(key, value),
    };
  })();

  /** Questions, position, back/next/skip, focus, `mz-step`, `remember`. */
  private readonly flow = new StepFlowController<Answers, HingeStepId>(this, {
    key: 'hinge-moment',
    steps: hingeSteps(this.stepHost),
    initial: () => ({}),
    remember: () => this.remember,
    restore: restoreHingeAnswers,
    announce: (text) => this.announce(text),
    onView: (view) => {
      if (view !== 'result') return;
      if (this.result.status === TaskStatus.ERROR) void this.result.run();
      this.result.taskComplete.then(
        () => {
          const v = this.view();
          if (v) this.flow.complete('hinge-moment', v.outcome, this.t['result.announce'](v.count));
        },
        () => this.reportIssue('render-failed'),
      );
    },
  });

  private readonly stepTexts = this.l10n.use(stepsCatalog, () => this.flow.view !== 'intro');
  private readonly helpTexts = this.l10n.use(helpCatalog, () => this.flow.view !== 'intro');

  /** The checklist chunk (rules, sources, templates) and its texts, from "Start" on. */
  private readonly result = new Task(this, {
    task: async ([started]: readonly [boolean, string]) => {
      if (!started) return initialState;
      const [m] = await Promise.all([this.loadResult(), this.l10n.load(this.stepTexts), this.l10n.load(this.helpTexts)]);
      return m;
    },
    args: () => [this.flow.view !== 'intro', this.locale] as const,
  });

  /** The checklist chunk (a method, so a test can simulate being offline). */
  private loadResult(): Promise<ResultModule> {
    return loadResultModule();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('moment')) {
      const r = enumAttribute<HingeMoment>('moment', this.moment, HINGE_MOMENTS, undefined);
      this.fixedMoment = r.value;
      this.addIssues(r.issues);
    }
    if (changed.has('asOf') || !this.date) {
      const r = isoDateAttribute('as-of', this.asOf);
      this.date = r.value;
      this.addIssues(r.issues);
    }
  }

  /** `updateComplete` also waits for the checklist chunk, so tests and partners see the finished state. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.result.taskComplete.catch(() => undefined);
    return (await super.getUpdateComplete()) && done;
  }

  protected override applyPartnerConfig(value: unknown): Issue[] {
    const r = parsePartner(value, document.baseURI);
    this.overlay = r.overlay;
    this.links = r.links;
    return r.issues;
  }

  private get momentNow(): HingeMoment | undefined {
    return this.fixedMoment ?? this.flow.answers.moment;
  }

  private texts(): HingeTexts | undefined {
    const h = this.l10n.ready(this.helpTexts);
    return h ? { t: this.t, c: this.c, h, fmt: this.fmt, locale: this.locale } : undefined;
  }

  /** The checklist as a view model; undefined until the chunk and texts are there. */
  private view() {
    const m = this.result.value;
    const texts = this.l10n.ready(this.stepTexts);
    const moment = this.momentNow;
    if (!m || !texts || !moment) return undefined;
    const list = m.buildHingeChecklist(toSituation(this.flow.answers, moment), { moment, asOf: this.date, lang: this.locale as HingeLang, overlay: this.overlay, texts });
    return m.toResultView(list);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticks = restoreTicks(this.tickStore.load());
  }

  private tick(id: string, on: boolean): void {
    const rest = this.ticks.filter((x) => x !== id);
    this.ticks = on ? [...rest, id] : rest;
    if (!this.tickStore.save(this.ticks)) this.reportIssue('storage-unavailable');
  }

  private clearTicks(): void {
    this.ticks = [];
    this.tickStore.clear();
  }

  // ---- render

  protected renderContent(): TemplateResult {
    const flow = this.flow;
    if (flow.view === 'intro') return this.renderIntro();
    if (flow.step) return flow.renderStep(this.c, this.t.showResult);
    return this.renderResult();
  }

  private renderIntro(): TemplateResult {
    const t = this.t;
    const m = this.fixedMoment;
    const name = this.overlay?.name ? pickText(this.overlay.name, this.locale) : '';
    return html`<section part="intro">
      ${stepHeading(m ? t[`title.${m}`] : t['title.generic'])}
      ${name ? html`<p class="mz-meta">${name}</p>` : nothing}
      <p class="intro-lead">${m ? t[`intro.${m}`] : t['intro.generic']}</p>
      <p>${t['intro.skip']}</p>
      <p class="mz-meta">${this.c['privacy.note']}</p>
      <div class="mz-actions" part="actions">
        <button class="mz-button" part="button button-start" type="button" @click=${() => this.flow.start()}>${this.c['step.start']}</button>
      </div>
    </section>`;
  }

  private renderResult(): TemplateResult {
    const c = this.c;
    if (this.result.status === TaskStatus.ERROR) throw new Error('hinge checklist chunk could not be loaded');
    const m = this.result.value;
    const x = this.texts();
    const v = this.view();
    if (!m || !x || !v) return html`<section part="result" class="result">${stepHeading(c['step.result'])}<p>${this.t.loading}</p></section>`;
    const ticked = new Set(this.ticks);
    return m.hingeResult(x, v, {
      onward: (o) => onwardLink(this, { ...o, c }),
      links: this.links,
      partnerName: this.overlay?.name ? pickText(this.overlay.name, this.locale) : undefined,
      ticked,
      tick: (id, on) => this.tick(id, on),
      remember: this.remember,
      copy: () => void this.copy(m.checklistText(x, v, ticked)),
      change: () => this.flow.start(),
      restart: () => {
        this.clearTicks();
        this.flow.restart();
      },
      forget: () => {
        this.clearTicks();
        this.flow.forget(c['remember.forgotten']);
      },
    });
  }

  private async copy(text: string): Promise<void> {
    try {
      // Clipboard only: the text stays on this device.
      await navigator.clipboard.writeText(text);
      this.announce(this.t['copy.done']);
    } catch {
      this.announce(this.t['copy.failed']);
    }
  }
}
