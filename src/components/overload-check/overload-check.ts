import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { MantelkitElement } from '../../core/mantelkit-element.js';
import { createCatalog, createLazyCatalog } from '../../core/i18n/catalog.js';
import { variant } from '../../core/i18n/localize.js';
import { enumAttribute } from '../../core/partner-config.js';
import { StepFlowController } from '../../core/flow/step-flow.js';
import { lazyOnce } from '../../core/flow/lazy-once.js';
import { stepHeading } from '../../core/flow/templates.js';
import type { Issue } from '../../core/events.js';
import { overloadHelplines as helplines, overloadReferrals } from '../../rules/overload/referrals.js';
import type { OverloadAudience } from '../../rules/overload/index.js';
import type { Helpline } from '../../data/help/helplines.js';
import type { OverloadMessages } from '../../i18n/overload/nl.js';
import type { OverloadResultMessages } from '../../i18n/overload/result/nl.js';
import { helplineItem, helpNow } from '../common/help.js';
import { giveAnswers } from '../common/hand-over.js';
import { youngHelpTexts, youngLineText } from '../common/young-help.js';
import { lineWhen } from './lines.js';
import { parsePartner, partnerLink, type Offer, type PartnerLinks } from './partner.js';
import { emptyAnswers, restoreOverloadAnswers, toOverloadInput, type Answers } from './overload-check.answers.js';
import { isRedFlagStep, overloadSteps, type OverloadStepHost, type OverloadStepId } from './overload-check.steps.js';
import type { OverloadTexts } from './result/texts.js';
import { overloadStyles } from './overload-check.styles.js';
import { helpTexts as helpCatalog } from '../common/help-texts.js';

export type { Answers } from './overload-check.answers.js';
export type { OverloadStepId } from './overload-check.steps.js';
// ---- Partner JSON: see partner.ts (same offer fields and limits as <mz-association-finder>) ----
export type { LocalText, Offer, PartnerLinks } from './partner.js';

type ResultModule = typeof import('./result/result.js');
/** One load per page, shared by every check on it; a failed load (offline) is tried again next time. */
const loadResultModule: () => Promise<ResultModule> = lazyOnce(() => import('./result/result.js'));

const catalog = createCatalog<OverloadMessages>({
  nl: () => import('../../i18n/overload/nl.js'),
  fr: () => import('../../i18n/overload/fr.js'),
  en: () => import('../../i18n/overload/en.js'),
  de: () => import('../../i18n/overload/de.js'),
});

/** The result screen's texts: loaded with the result chunk, not with the questions (size). */
const resultCatalog = createLazyCatalog<OverloadResultMessages>({
  nl: () => import('../../i18n/overload/result/nl.js'),
  fr: () => import('../../i18n/overload/result/fr.js'),
  en: () => import('../../i18n/overload/result/en.js'),
  de: () => import('../../i18n/overload/result/de.js'),
});


/**
 * @tag mz-overload-check
 * @summary How heavy is the care? A check of 15–16 short questions that shows a signal and routes to help, urgent help first.
 *
 * `<mz-overload-check>`: "How heavy is the care?" An anonymous check (16 short questions, 15 for young readers; the intro says how many) that shows a signal
 * (not a diagnosis) and routes to help; when an answer shows danger, urgent help comes first.
 *
 * Scoring lives in `mantelkit/rules` (`scoreOverload`); this element only asks, shows and routes.
 * No answer or score ever leaves the element: `mz-complete` carries the band only.
 *
 * @fires mz-ready - `{ widget, version }` after the first render
 * @fires mz-step - `{ step, total }`: 0 = intro (also on restart), 1…total = the questions that apply now (a red-flag "yes" ends them), total + 1 = result
 * @fires mz-complete - `{ widget: 'overload-check', outcome: band }` (urgent | high | elevated | low | incomplete)
 * @fires mz-error - `{ code, message }` for a bad attribute or bad partner JSON (a notice is shown too)
 * @csspart root - the widget box (core)
 * @csspart notice - notices about the partner's settings (core)
 * @csspart live - the polite live region (core)
 * @csspart progress - "Question n of m" (core)
 * @csspart heading - the heading of each screen (core)
 * @csspart actions - a row of buttons (core)
 * @csspart button - every button; also button-start, button-next, button-skip, button-back, button-print, button-restart, button-forget
 * @csspart remember - the "forget my answers" line (core, with `remember`)
 * @csspart intro - the intro screen
 * @csspart scale - the 0–10 rating
 * @csspart help-now - the "Need help now?" disclosure on every step
 * @csspart result - the result screen
 * @csspart band - the headline and what it means (non-urgent results)
 * @csspart urgent-help - the urgent help block (first on an urgent result, and focused)
 * @csspart helpline - one phone line (with a tel: link)
 * @csspart referral - one service or next step
 * @csspart partner-offer - one local offer from the partner JSON
 * @csspart tips - the item-level tips
 * @csspart figures - version and date of the rules (adult results; the provisional note is in `basis`)
 * @csspart basis - "what is this based on?" with the sources
 * @csspart answers - the answers summary (only when the user asks to print them)
 */
export class MzOverloadCheck extends MantelkitElement<OverloadMessages> {
  static override styles = [...MantelkitElement.styles, ...overloadStyles];
  protected readonly widgetName = 'overload-check';
  protected get catalog() {
    return catalog;
  }

  /**
   * `adult` (default) or `young` (ages ~10–25: simpler words, school instead of work, no money
   * question, youth helplines).
   * @attr audience
   */
  @property() audience: string | null = null;

  /**
   * Where the association finder lives when it is not on this page (`https://` or a path on your own site; anything else gives `mz-error` `bad-attribute`).
   * No answer is put in the link. Wins over `finderUrl` in the partner JSON.
   * @attr finder-url
   */
  @property({ attribute: 'finder-url' }) finderUrl: string | null = null;

  @state() private showError = false;
  @state() private printAnswers = false;
  @state() private offers: Offer[] = [];
  /** "Need help now?" was opened: its helpline table loads then (or on "Start", whichever first). */
  @state() private helpOpen = false;
  @state() private links: PartnerLinks = {};
  private aud: OverloadAudience = 'adult';
  private attrFinderUrl: string | undefined;

  /** The young variant replaces the keys it changes (fr/de switch to "tu"/"du"). */
  protected override get t(): OverloadMessages {
    const t = super.t;
    return this.aud === 'young' ? variant<OverloadMessages>(t, t['young.overrides']) : t;
  }

  /** What the step table reads, as live getters (the texts change with the language and audience). */
  private readonly stepHost: OverloadStepHost = (() => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- object getters cannot be arrows
    const el = this;
    return {
      get t() { return el.t; },
      get fmt() { return el.fmt; },
      get aud() { return el.aud; },
      get showError() { return el.showError; },
      set: (key, value) => {
        el.showError = false;
        el.flow.set(key, value);
      },
    };
  })();

  /** Questions, position, back/next/skip, focus, `mz-step`, `remember`. */
  private readonly flow = new StepFlowController<Answers, OverloadStepId>(this, {
    key: 'overload-check',
    steps: overloadSteps(this.stepHost),
    initial: emptyAnswers,
    remember: () => this.remember,
    restore: restoreOverloadAnswers,
    announce: (text) => this.announce(text),
    onView: (view) => {
      this.showError = false;
      if (view === 'intro') this.printAnswers = false;
      if (view !== 'result') return;
      // The chunk started loading on "Start"; offline then, try once more now.
      if (this.result.status === TaskStatus.ERROR) void this.result.run();
      this.result.taskComplete.then(
        (m) => {
          const x = this.texts();
          const v = this.view();
          // The band only: never answers, scores or the referrals they led to.
          if (m && x && v) this.flow.complete('overload-check', v.band, x.r['result.announce'](m.resultTitle(x, v)));
        },
        // Offline or blocked: renderResult shows an apology with the help lines, never a blank box.
        () => this.reportIssue('render-failed'),
      );
    },
  });

  /**
   * A rights overview on this page may take over, on its own user's click, who you care for: in
   * memory only, once the result shows. Never the strain answers, the rating or the band.
   */
  private readonly handOver = giveAnswers(this, () =>
    this.flow.view === 'result' ? { widget: 'overload-check', audience: this.aud, careFor: [...this.flow.answers.careFor] } : undefined);

  /** The result's texts; rendering the result waits for them (no flash of another language). */
  private readonly resultTexts = this.l10n.use(resultCatalog, () => this.flow.view === 'result', true);
  private readonly helpTexts = this.l10n.use(helpCatalog, () => this.flow.view === 'result', true);
  /** Young readers see the lines in the quiz's young words, loaded with the line table (and the result). */
  private readonly youngHelp = this.l10n.use(youngHelpTexts, () => this.aud === 'young' && (this.helpOpen || this.flow.view !== 'intro'));

  /** The result chunk (scoring rules and templates) and its texts, from "Start" on. */
  private readonly result = new Task(this, {
    task: async ([started, , young]: readonly [boolean, string, boolean]) => {
      if (!started) return initialState;
      const [m] = await Promise.all([
        this.loadResult(),
        this.l10n.load(this.resultTexts),
        this.l10n.load(this.helpTexts),
        young ? this.l10n.load(this.youngHelp) : undefined,
      ]);
      return m;
    },
    args: () => [this.flow.view !== 'intro', this.locale, this.aud === 'young'] as const,
  });

  /** The helpline table (a chunk of its own, shared with the quiz): not on the intro until "Need help now?" opens. */
  private readonly lineTable = new Task(this, {
    task: async ([need, young]: readonly [boolean, boolean, string]) => {
      if (!need) return initialState;
      const [m] = await Promise.all([import('../../rules/quiz/helplines.js'), young ? this.l10n.load(this.youngHelp) : undefined]);
      return m.HELPLINES;
    },
    args: () => [this.helpOpen || this.flow.view !== 'intro', this.aud === 'young', this.locale] as const,
  });

  /** The result chunk (a method, so a test can simulate being offline). */
  private loadResult(): Promise<ResultModule> {
    return loadResultModule();
  }

  override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Before the flow's own submit handler: "Next" without an answer shows the error (the flow keeps the step).
    this.renderRoot.addEventListener(
      'submit',
      () => {
        const step = this.flow.step;
        if (step?.answered && !step.answered(this.flow.answers)) this.showError = true;
      },
      true,
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('audience')) {
      const r = enumAttribute('audience', this.audience, ['adult', 'young'] as const, 'adult');
      this.aud = r.value;
      this.addIssues(r.issues);
    }
    if (changed.has('finderUrl')) {
      this.attrFinderUrl = undefined;
      if (this.finderUrl !== null && this.finderUrl.trim() !== '') {
        const link = partnerLink(this.finderUrl, document.baseURI);
        if (link) this.attrFinderUrl = link;
        else this.reportIssue('bad-attribute', 'finder-url');
      }
    }
  }

  /** `updateComplete` also waits for the result chunk, so tests and partners see the finished state. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await Promise.all([this.result, this.lineTable].map((task) => task.taskComplete.catch(() => undefined)));
    return (await super.getUpdateComplete()) && done;
  }

  protected override applyPartnerConfig(value: unknown): Issue[] {
    const r = parsePartner(value, document.baseURI);
    this.offers = r.offers;
    this.links = r.links;
    return r.issues;
  }

  /** The result texts in the reader's language with the audience variant, once loaded. */
  private texts(): OverloadTexts | undefined {
    const r = this.l10n.ready(this.resultTexts);
    const h = this.l10n.ready(this.helpTexts);
    const young = this.aud === 'young';
    const y = young ? this.l10n.ready(this.youngHelp) : undefined;
    if (!r || !h || (young && !y)) return undefined;
    return { t: this.t, r: young ? variant<OverloadResultMessages>(r, r['young.overrides']) : r, c: this.c, h, y, fmt: this.fmt, locale: this.locale };
  }

  /** The scored result as a view model; undefined until the chunk is there, or for answers the rules refuse. */
  private view() {
    const m = this.result.value;
    const res = m?.computeResult(toOverloadInput(this.flow.answers, this.aud), this.aud, this.locale);
    return m && res ? m.toResultView(res, this.aud, this.offers) : undefined;
  }

  // ---- render ----

  /** Results put help first: a configuration notice goes below them. */
  protected override noticesAfterContent(): boolean {
    return this.flow.view === 'result';
  }

  protected renderContent(): TemplateResult {
    const flow = this.flow;
    if (flow.view === 'intro') return this.renderIntro();
    if (flow.step) return html`${flow.renderStep(this.c)}${this.renderHelpNow(isRedFlagStep(flow.view))}`;
    return this.renderResult();
  }

  private renderIntro(): TemplateResult {
    const t = this.t;
    const young = this.aud === 'young';
    return html`<section part="intro">
      ${stepHeading(t[`title.${this.aud}`])}
      ${t[`intro.${this.aud}`].map((p, i) => html`<p class=${i === 0 ? 'intro-lead' : ''}>${p}</p>`)}
      <p>${t[`intro.count.${this.aud}`](this.flow.visible.length)}</p>
      <p class="signal">${young ? t['signal.young'] : t.signal}</p>
      <p class="mz-meta">${young ? t['privacy.young'] : this.c['privacy.note']}</p>
      <div class="mz-actions" part="actions">
        <button class="mz-button" part="button button-start" type="button" @click=${() => this.flow.start()}>${this.c['step.start']}</button>
      </div>
      ${this.renderHelpNow(false)}
    </section>`;
  }

  /** The "Need help now?" disclosure on every step; open on the red-flag steps. */
  private renderHelpNow(open: boolean): TemplateResult {
    const t = this.t;
    const table = this.lineTable.value;
    // Young readers get the lines only in young words (never a flash of the adult descriptions).
    const y = this.aud === 'young' ? this.l10n.ready(this.youngHelp) : undefined;
    const lines = table && (this.aud !== 'young' || y) ? helplines(overloadReferrals('urgent', this.aud, this.locale), table) : [];
    const text = (h: Helpline): string | undefined =>
      (y && table ? youngLineText(y, h.id, (n) => table[n].number) : undefined) ?? lineWhen(h, t, this.locale);
    return helpNow({
      cls: 'help-now',
      open,
      onToggle: (e: Event) => {
        if ((e.target as HTMLDetailsElement).open) this.helpOpen = true;
      },
      summary: t['help.summary'],
      // Until the table is there (a moment, or never when offline) the danger line with 112 stands alone.
      body: html`<p class="danger-now">${t['help.danger']}</p>
        ${lines.length
          ? html`<p>${t['help.lines']}</p>
            <ul class="lines compact">
              ${lines.map((h) => helplineItem(h, this.locale, t['help.call'], { text: text(h) }))}
            </ul>`
          : nothing}`,
    });
  }

  private renderResult(): TemplateResult {
    const c = this.c;
    const m = this.result.value;
    const x = this.texts();
    // One shell for "loading" and "could not load": the heading element stays, so does the focus on it.
    const shell = (title: string, body: unknown): TemplateResult => html`<section part="result" class="result">${stepHeading(title)}${body}</section>`;
    if (this.result.status !== TaskStatus.ERROR && (!m || !x)) return shell(c['step.result'], nothing);
    const v = this.view();
    if (!m || !x || !v) {
      // No result chunk (offline) or unusable answers: never a blank box; the help lines stay reachable.
      return shell(c['error.title'], html`<p>${c['issue.render-failed']}</p>
        ${this.renderHelpNow(true)}
        <div class="mz-actions" part="actions">
          <button class="mz-button" part="button button-restart" type="button" @click=${() => this.flow.restart()}>${c['step.restart']}</button>
        </div>`);
    }
    return m.overloadResult(x, v, {
      el: this,
      links: { ...this.links, finderUrl: this.attrFinderUrl ?? this.links.finderUrl },
      remember: this.remember,
      printAnswers: this.printAnswers,
      answers: this.flow.answers,
      asked: this.flow.visible.map((s) => s.id),
      setPrintAnswers: (on) => {
        this.printAnswers = on;
      },
      change: () => this.flow.start(),
      restart: () => this.flow.restart(),
      forget: () => this.flow.forget(c['remember.forgotten']),
    });
  }
}
