import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { MantelkitElement } from '../../core/mantelkit-element.js';
import { createCatalog, createLazyCatalog } from '../../core/i18n/catalog.js';
import { enumAttribute, isRecord } from '../../core/partner-config.js';
import { StepFlowController, type FlowView } from '../../core/flow/step-flow.js';
import { lazyOnce } from '../../core/flow/lazy-once.js';
import { forgetButton, stepHeading } from '../../core/flow/templates.js';
import { resultActions } from '../../core/flow/fields.js';
import type { Issue } from '../../core/events.js';
import { filtersFromWords, urgentLines } from '../../rules/finder/ui.js';
import type {
  FinderRecordTexts,
  FinderProfile,
  FinderResult,
} from '../../rules/finder/index.js';
import type { FinderMessages } from '../../i18n/finder/nl.js';

import { finderStyles } from './association-finder.styles.js';
import type { ResultHost } from './result/groups.js';
import type { ResultView } from './result/view.js';
import { restoreFinderAnswers, type FinderAnswers } from './association-finder.answers.js';
import { finderSteps, type FinderStepId } from './association-finder.steps.js';
import { finderFilters, type FiltersHost } from './association-finder.filters.js';
import { helpTexts } from '../common/help-texts.js';
import { callButton, unbroken } from '../common/call.js';

/**
 * The records, rules and result templates are separate chunks, loaded on first use (leaving the
 * intro, the list view, or partner JSON): a visitor who only sees the intro downloads none of them,
 * and a result is never drawn before its rules are there. One promise per page.
 */
type FinderRules = Pick<typeof import('../../rules/finder/index.js'), 'findSupport' | 'finderSource' | 'validateFinderOverlay' | 'finderOverlayIssuePath'> &
  Pick<typeof import('./result/groups.js'), 'finderGroups'> &
  Pick<typeof import('./result/view.js'), 'toResultView'> &
  Pick<typeof import('../../core/print.js'), 'printButton'>;
const loadRules: () => Promise<FinderRules> = lazyOnce(() =>
  Promise.all([import('../../rules/finder/index.js'), import('./result/groups.js'), import('./result/view.js'), import('../../core/print.js')]).then(
    ([rules, groups, view, print]) => ({ ...rules, finderGroups: groups.finderGroups, toResultView: view.toResultView, printButton: print.printButton }),
  ),
);

const catalog = createCatalog<FinderMessages>({
  nl: () => import('../../i18n/finder/nl.js'),
  fr: () => import('../../i18n/finder/fr.js'),
  en: () => import('../../i18n/finder/en.js'),
  de: () => import('../../i18n/finder/de.js'),
});

/**
 * The records' texts in the reader's language: a lazy namespace, so each reader fetches only their
 * own language, and only once a result or the list needs them. Dutch texts are in the records.
 */
const recordTexts = createLazyCatalog<Partial<FinderRecordTexts>>({
  nl: () => Promise.resolve({ default: {} }),
  fr: () => import('../../i18n/finder/records/fr.js'),
  en: () => import('../../i18n/finder/records/en.js'),
  de: () => import('../../i18n/finder/records/de.js'),
});


const VIEWS = ['guided', 'list'] as const;
const ORDERS = ['alphabetical', 'shuffle'] as const;
const REGIONS = ['flanders', 'brussels'] as const;
/** Below this width (CSS px) the list's filters start folded. */
const NARROW_PX = 600;


/**
 * `<mz-association-finder>`: from the visitor's situation to the caregiver associations, helplines
 * and local support that fit. A short guided path or a direct list with filters. No network, no
 * storage (unless `remember`), nothing about the visitor in events.
 *
 * @summary Find the caregiver association, helpline and local support that fit you.
 * @fires mz-ready - `{ widget, version }` after the first render.
 * @fires mz-step - `{ step, total }`: 0 intro, 1..total the questions that apply, total + 1 the result or list; also on restart and back to the intro.
 * @fires mz-complete - `{ widget: 'association-finder', outcome: { count } }` when a result is shown.
 * @fires mz-error - `{ code, message }` for a bad attribute or bad partner JSON.
 * @csspart root - the widget box
 * @csspart card - one result card
 * @csspart badge - "recognised" and health-fund badges
 * @csspart group - one result group (urgent, local, best, associations, helplines, services)
 * @csspart group-best - the 3 to 5 best matches at the top of the guided result
 * @csspart button-show-more - "Toon alle (N)": shows the rest of the guided result
 * @csspart premium - the municipal premium panel
 * @csspart urgent-line - the "in danger now?" line on every step
 * @csspart filters - the list view's filters: a `<details>` around the form (folded on a narrow widget)
 * @csspart actions - every row of buttons
 * @csspart figures - when a card or the premium was last checked / valid from
 * @tag mz-association-finder
 */
export class MzAssociationFinder extends MantelkitElement<FinderMessages> {
  static override styles = [...MantelkitElement.styles, finderStyles];
  protected readonly widgetName = 'association-finder';
  protected get catalog() {
    return catalog;
  }

  /**
   * Where to start: `guided` (questions, default) or `list` (all support with filters).
   * @attr view
   */
  @property() view: string | null = null;

  /**
   * Order of equal fits: `alphabetical` (default) or `shuffle` (a new fair order each day).
   * @attr order
   */
  @property() order: string | null = null;

  /**
   * `flanders` (default) or `brussels`: Brussels shows the Brussels caregiver centre.
   * @attr region
   */
  @property() region: string | null = null;

  @state() private onlyMatching = false;
  /** The guided result shows its rest (after the best matches). */
  @state() private expanded = false;
  @state() private overlay: unknown = undefined;
  /** The list's filters: open or folded; undefined = not chosen yet (decided by the widget's width). */
  @state() private filtersOpen: boolean | undefined = undefined;

  private resolved = { view: 'guided' as (typeof VIEWS)[number], order: 'alphabetical' as (typeof ORDERS)[number], region: 'flanders' as (typeof REGIONS)[number] };
  private started = false;

  /** The step table reads the texts live (they change with the language). */
  private stepHost(): { readonly t: FinderMessages } {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- object getters cannot be arrows
    const el = this;
    return {
      get t() {
        return el.t;
      },
    };
  }

  /** Questions, position, back/next/skip, focus, `mz-step`, `remember`; the list is the flow's `list` view. */
  private readonly flow: StepFlowController<FinderAnswers, FinderStepId> = new StepFlowController<FinderAnswers, FinderStepId>(this, {
    key: 'association-finder',
    steps: finderSteps(this.stepHost()),
    initial: () => ({}),
    remember: () => this.remember,
    restore: restoreFinderAnswers,
    announce: (text) => this.announce(text),
    onView: (view) => this.onView(view),
  });

  /** Needed from the first question on: the result or the list follows. */
  private readonly records = this.l10n.use(recordTexts, () => this.flow.view !== 'intro');
  private readonly help = this.l10n.use(helpTexts, () => this.flow.view !== 'intro');

  /** The records and rules chunk with the texts the cards need: from leaving the intro on (or as soon as partner JSON arrives). */
  private readonly rules = new Task(this, {
    task: async ([needed]: readonly [boolean, string]) => {
      if (!needed) return initialState;
      const [rules] = await Promise.all([loadRules(), this.l10n.load(this.records), this.l10n.load(this.help)]);
      return rules;
    },
    args: () => [this.flow.view !== 'intro' || this.overlay !== undefined, this.locale] as const,
  });

  private get profile(): FinderProfile {
    return this.flow.answers;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('view')) {
      const r = enumAttribute('view', this.view, VIEWS, 'guided');
      this.resolved.view = r.value;
      this.addIssues(r.issues);
      // A restored position wins over the attribute.
      if (!this.started && r.value === 'list' && this.flow.view === 'intro') this.flow.view = 'list';
    }
    if (changed.has('order')) {
      const r = enumAttribute('order', this.order, ORDERS, 'alphabetical');
      this.resolved.order = r.value;
      this.addIssues(r.issues);
    }
    if (changed.has('region')) {
      const r = enumAttribute('region', this.region, REGIONS, 'flanders');
      this.resolved.region = r.value;
      this.addIssues(r.issues);
    }
    this.started = true;
  }

  /** Partner JSON: `{ offers: [...], premium: {...} }`; bad records dropped, each with a notice. */
  protected override applyPartnerConfig(value: unknown): Issue[] {
    if (!isRecord(value)) return [{ code: 'bad-config', detail: '(root)' }];
    this.overlay = value;
    // The validator lives in the rules chunk: its issues arrive (as notices) once that has loaded.
    loadRules().then(
      (r) => this.addIssues(r.validateFinderOverlay(value, document.baseURI).issues.map((i) => ({ code: 'bad-config', detail: r.finderOverlayIssuePath(i) }))),
      () => undefined, // the task reports a chunk that cannot load
    );
    return [];
  }

  /** `updateComplete` also waits for the rules chunk while it loads, so tests and partners see the final state. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.rules.taskComplete.catch(() => undefined);
    return (await super.getUpdateComplete()) && done;
  }

  /** Undefined until the rules chunk is there (the result and list views show a loading line). */
  private get result(): FinderResult | undefined {
    // Never a Dutch description for a moment: wait for the reader's texts.
    const texts = this.l10n.ready(this.records);
    if (!texts || !this.l10n.ready(this.help)) return undefined;
    // The list view shows everything (fits first); the guided result only what fits.
    return this.rules.value?.findSupport(this.profile, {
      lang: this.locale, overlay: this.overlay, base: document.baseURI, order: this.resolved.order, region: this.resolved.region, texts, all: this.flow.view === 'list',
    });
  }

  /** `mz-complete` and the count, once the rules are there: the flow's for the result, our own for the list. */
  private onView(view: FlowView<FinderStepId>): void {
    if (view !== 'result' && view !== 'list') return;
    // Every new result starts with its best matches; the list decides its filters afresh.
    this.expanded = false;
    this.filtersOpen = undefined;
    // updateComplete: the task sees the new view first (it starts on the update), then its chunk loads.
    void this.updateComplete.then(() => {
      const r = this.result;
      if (!r || this.flow.view !== view) return;
      // Only a count: never the answers (docs/DESIGN.md, embedding contract: privacy).
      if (view === 'result') return this.flow.complete('association-finder', { count: r.count }, this.t['result.count'](r.count));
      this.emit('mz-complete', { widget: 'association-finder', outcome: { count: this.visible(r).count } });
    }, () => undefined);
  }

  /**
   * `mz-filters` `{ targetGroups }` from an <mz-overload-check> on the same page (dispatched on this
   * element, in memory, only when the user clicks its link): pre-selects who they care for and shows
   * the list. Unknown words are ignored; nothing is stored unless `remember` is on.
   */
  private readonly onFilters = (e: Event): void => {
    const detail: unknown = (e as CustomEvent).detail;
    if (!isRecord(detail) || !Array.isArray(detail['targetGroups'])) return;
    const { careFor, young } = filtersFromWords(detail['targetGroups']);
    this.flow.answers = { ...this.profile, careFor, ...(young ? { ageGroup: 'under25' as const } : {}) };
    this.onlyMatching = careFor.length > 0;
    this.flow.go('list');
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('mz-filters', this.onFilters);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('mz-filters', this.onFilters);
  }

  private restart(): void {
    this.onlyMatching = false;
    this.flow.restart();
  }

  /** The list view's filters. */
  private setProfile(patch: Partial<FinderProfile>): void {
    this.flow.answers = { ...this.profile, ...patch };
    this.requestUpdate();
    const r = this.result;
    if (r) this.announce(this.t['result.count'](this.visible(r).count));
  }

  private toggle<K extends 'careFor' | 'needs'>(key: K, value: NonNullable<FinderProfile[K]>[number], on: boolean): void {
    const list = new Set<string>((this.profile[key] ?? []) as string[]);
    if (on) list.add(value);
    else list.delete(value);
    this.setProfile({ [key]: [...list] } as Partial<FinderProfile>);
  }

  /** The list view's "only what fits" filter; the guided result always shows everything that fits. */
  private visible(r: FinderResult): ResultView {
    return this.chunk.toResultView(r, this.flow.view === 'list' && this.onlyMatching);
  }

  /** What the result templates read from the element. */
  /** The loaded chunk; only read where a result exists (so the chunk is there). */
  private get chunk(): FinderRules {
    const rules = this.rules.value;
    if (!rules) throw new Error('finder result without its rules chunk');
    return rules;
  }

  private get resultHost(): ResultHost {
    const rules = this.chunk;
    const h = this.l10n.ready(this.help);
    if (!h) throw new Error('finder result without its help texts'); // `result` is undefined then
    return { t: this.t, c: this.c, h, fmt: this.fmt, locale: this.locale, source: rules.finderSource, showAll: () => {
      this.onlyMatching = false;
      // The button goes with the empty state: keep focus in the widget, on the results.
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#finder-results')?.focus());
    }, expanded: this.expanded, showRest: () => {
      this.expanded = true;
      // The button goes once the rest is shown: focus moves to the first card it showed.
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="group-best"] ~ [part~="group"] [part~="card"]')?.focus());
    }, base: document.baseURI };
  }

  /** Results (urgent lines first when in danger) come before a configuration notice. */
  protected override noticesAfterContent(): boolean {
    return this.flow.view === 'result';
  }

  protected renderContent(): TemplateResult {
    const flow = this.flow;
    if (this.rules.status === TaskStatus.ERROR) throw new Error('finder rules chunk could not be loaded');
    if (flow.view === 'intro') return this.renderIntro();
    if (flow.step) {
      return html`${flow.renderStep(this.c, this.t['show.result'])} ${flow.view === 'danger' ? nothing : this.renderUrgentLine()}`;
    }
    return flow.view === 'list' ? this.renderList() : this.renderResult();
  }

  /** The "in danger now?" strip: the same big call buttons as every helpline (common/call.ts). */
  private renderUrgentLine(): TemplateResult {
    const t = this.t;
    return html`<div class="urgent-line" part="urgent-line">
      <p><strong>${t['urgent.short']}</strong></p>
      <ul class="calls">
        ${urgentLines(this.profile.ageGroup, this.locale).map((h) => {
          // The line's name in its own language when that is not the reader's ("Télé-Accueil" on an English page).
          // A name that holds its number ("Zelfmoordlijn 1813") is said once, number kept on one line.
          const named = h.name.includes(h.number);
          const name = html`<span lang=${ifDefined(h.nameLang)}>${named ? h.name.replace(h.number, unbroken(h.number)) : h.name}</span>`;
          const label = h.name === h.number ? t['card.call'](h.number) : named ? t['urgent.callNamed'](name) : t['urgent.call'](name, unbroken(h.number));
          return html`<li>${callButton(h.number, label)}</li>`;
        })}
      </ul>
    </div>`;
  }

  private renderIntro(): TemplateResult {
    const t = this.t;
    return html`${stepHeading(t.title)}
      <p>${t.intro}</p>
      <p class="mz-meta">${this.c['privacy.note']}</p>
      ${resultActions([
        { name: 'start', label: t['start.questions'], onClick: () => this.flow.start() },
        { name: 'list', label: t['start.list'], onClick: () => this.flow.go('list'), variant: 'secondary' },
      ])}
      ${this.renderUrgentLine()}`;
  }

  private get filtersHost(): FiltersHost {
    return {
      t: this.t,
      profile: this.profile,
      onlyMatching: this.onlyMatching,
      setProfile: (patch) => this.setProfile(patch),
      toggle: (key, value, on) => this.toggle(key, value, on),
      setOnlyMatching: (on) => {
        this.onlyMatching = on;
        const r = this.result;
        if (r) this.announce(this.t['result.count'](this.visible(r).count));
      },
      apply: () => {
        // On a phone the filters fold away after a search, so the list is what follows the summary.
        if (this.narrow()) this.filtersOpen = false;
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#finder-results')?.focus());
      },
      // Open on a wide widget; folded on a narrow one (a phone, a side column): the list comes first there.
      open: this.filtersOpen ?? !this.narrow(),
      setOpen: (open) => {
        this.filtersOpen = open;
      },
    };
  }

  /** Narrower than about a tablet in portrait: the filter form alone would fill more than a screen. */
  private narrow(): boolean {
    const w = this.getBoundingClientRect().width;
    return w > 0 && w < NARROW_PX;
  }

  // One template with the heading first in both states (loading, loaded): Lit keeps the heading
  // element, so the focus the flow put on it survives the rules chunk arriving.
  private renderList(): TemplateResult {
    const all = this.result;
    return html`${stepHeading(this.t['list.title'])}${all ? this.renderListBody(all) : html`<p>${this.t.loading}</p>`}`;
  }

  private renderListBody(all: FinderResult): TemplateResult {
    const r = this.visible(all);
    return html`<p>${this.t.intro}</p>
      ${this.renderUrgentLine()} ${finderFilters(this.filtersHost)}
      <section id="finder-results" tabindex="-1" aria-label=${this.t['result.title']}>${this.chunk.finderGroups(this.resultHost, r)}</section>
      ${resultActions([{ name: 'questions', label: this.t['actions.toQuestions'], onClick: () => this.flow.start(), variant: 'secondary' }], this.chunk.printButton(this.c))}
      ${forgetButton(this.c, this.remember, () => this.forget())}`;
  }

  private renderResult(): TemplateResult {
    const r = this.result;
    return html`${stepHeading(this.t['result.title'])}${r ? this.renderResultBody(r) : html`<p>${this.t.loading}</p>`}`;
  }

  private renderResultBody(r: FinderResult): TemplateResult {
    return html`${this.chunk.finderGroups(this.resultHost, this.chunk.toResultView(r, false, true))}
      ${resultActions(
        [
          { name: 'change', label: this.t['actions.change'], onClick: () => this.flow.start(), variant: 'secondary' },
          { name: 'list', label: this.t['actions.toList'], onClick: () => this.flow.go('list'), variant: 'secondary' },
          { name: 'restart', label: this.c['step.restart'], onClick: () => this.restart(), variant: 'link' },
        ],
        this.chunk.printButton(this.c),
      )}
      ${forgetButton(this.c, this.remember, () => this.forget())}`;
  }

  private forget(): void {
    this.onlyMatching = false;
    this.flow.forget(this.c['remember.forgotten']);
  }
}
