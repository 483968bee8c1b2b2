import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { MantelkitElement } from '../../core/mantelkit-element.js';
import { createCatalog } from '../../core/i18n/catalog.js';
import { enumAttribute } from '../../core/partner-config.js';
import { parsePartner, partnerLink, type LocalText } from './partner.js';
import { RememberStore } from '../../core/remember.js';
import { progressText, stepActions, stepHeading } from '../../core/step-flow.js';
import type { Issue } from '../../core/events.js';
import { resolveLocale, type Locale } from '../../core/locale.js';
import { overloadReferrals } from '../../rules/overload/referrals.js';
import type { OverloadAudience } from '../../rules/overload/index.js';
import { CARE_FOR, emptyAnswers, isSaved, ITEM_ANSWERS, SCALE, SHARE_ANSWERS, type Saved, type View } from './overload-check.answers.js';
import type { Answers, Offer, PartnerLinks, Step } from './overload-check.model.js';
import { overloadSteps, questionText } from './overload-check.steps.js';
import type { OverloadResultMessages } from '../../i18n/overload/result/nl.js';
import nl, { type OverloadMessages, type OverloadYoungKey } from '../../i18n/overload/nl.js';
import { overloadHelplines as helplines } from '../../rules/overload/referrals.js';
import { helplineItem, helpNow } from '../common/help.js';
import { overloadStyles } from './overload-check.styles.js';

const catalog = createCatalog<OverloadMessages>(nl, {
  fr: () => import('../../i18n/overload/fr.js'),
  en: () => import('../../i18n/overload/en.js'),
  de: () => import('../../i18n/overload/de.js'),
});

// The shapes live in the model file (the result chunk reads them there); re-exported for callers.
export type { Answers, Step } from './overload-check.model.js';
// ---- Partner JSON: see partner.ts (same offer fields and limits as <mz-association-finder>) ----
export type { LocalText, Offer, PartnerLinks } from './partner.js';

type ResultModule = typeof import('./result-view.js');

/**
 * @tag mz-overload-check
 * @summary How heavy is the care? A short check that shows a signal and routes to help, urgent help first.
 *
 * `<mz-overload-check>`: "How heavy is the care?" A short, anonymous check that shows a signal
 * (not a diagnosis) and routes to help; when an answer shows danger, urgent help comes first.
 *
 * Scoring lives in `mantelkit/rules` (`scoreOverload`); this element only asks, shows and routes.
 * No answer or score ever leaves the element: `mz-complete` carries the band only.
 *
 * @fires mz-ready - `{ widget, version }` after the first render
 * @fires mz-step - `{ step, total }`: 0 = intro, 1…total = questions, total + 1 = result
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
 * @csspart step - a question form
 * @csspart scale - the 0–10 rating
 * @csspart help-now - the "Need help now?" disclosure on every step
 * @csspart result - the result screen
 * @csspart band - the headline and what it means (non-urgent results)
 * @csspart urgent-help - the urgent help block (first on an urgent result, and focused)
 * @csspart helpline - one phone line (with a tel: link)
 * @csspart referral - one service or next step
 * @csspart partner-offer - one local offer from the partner JSON
 * @csspart tips - the item-level tips
 * @csspart figures - version and date of the rules, "provisional"
 * @csspart basis - "what is this based on?" with the sources
 * @csspart answers - the answers summary (only when the user asks to print them)
 */
export class MzOverloadCheck extends MantelkitElement<OverloadMessages> {
  static override styles = [...MantelkitElement.styles, overloadStyles];
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
   * Where the association finder lives when it is not on this page (a URL or a path on your site).
   * No answer is put in the link. Wins over `finderUrl` in the partner JSON.
   * @attr finder-url
   */
  @property({ attribute: 'finder-url' }) finderUrl: string | null = null;

  @state() private view: View = 'intro';
  @state() private index = 0;
  @state() private answers: Answers = emptyAnswers();
  @state() private showError = false;
  @state() private printAnswers = false;
  @state() private offers: Offer[] = [];
  @state() private links: PartnerLinks = {};
  private aud: OverloadAudience = 'adult';
  private attrFinderUrl: string | undefined;
  private store = new RememberStore<Saved>('overload-check', () => this.remember);
  private rv?: ResultModule;
  private resultMsgs = new Map<Locale, OverloadResultMessages>();

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = this.store.load();
    if (isSaved(saved)) {
      this.view = saved.view;
      this.index = saved.index;
      this.answers = saved.answers;
    }
  }

  /** Loads the result chunk and its texts for `locale` (once; cached). */
  private async ensureResult(locale: Locale): Promise<void> {
    this.rv ??= await import('./result-view.js');
    if (!this.resultMsgs.has(locale)) this.resultMsgs.set(locale, await this.rv.loadResultMessages(locale));
  }

  /**
   * On the result screen, have the result chunk and texts of the current language before rendering
   * (a remembered result, or a language switch: no flash of another language). During the questions
   * they only load in the background, so no question ever waits for them.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.view === 'result') {
      try {
        await this.ensureResult(resolveLocale(this));
      } catch {
        /* renderResult shows the fallback with the help lines */
      }
    } else if (this.view === 'step') this.ensureResult(resolveLocale(this)).catch(() => undefined);
    await super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('audience')) {
      const r = enumAttribute('audience', this.audience, ['adult', 'young'] as const, 'adult');
      this.aud = r.value;
      this.addIssues(r.issues);
      if (this.index >= this.steps().length) this.index = this.steps().length - 1;
    }
    if (changed.has('finderUrl')) {
      this.attrFinderUrl = undefined;
      if (this.finderUrl !== null && this.finderUrl.trim() !== '') {
        const link = partnerLink(this.finderUrl);
        if (link) this.attrFinderUrl = link;
        else this.reportIssue('bad-attribute', 'finder-url');
      }
    }
  }

  protected override applyPartnerConfig(value: unknown): Issue[] {
    const r = parsePartner(value);
    this.offers = r.offers;
    this.links = r.links;
    return r.issues;
  }

  // ---- flow ----

  private steps(): Step[] {
    return overloadSteps(this.aud);
  }

  private go(view: View, index = 0): void {
    this.view = view;
    this.index = index;
    this.showError = false;
    const total = this.steps().length;
    this.persist();
    if (view === 'result') {
      this.emit('mz-step', { step: total + 1, total });
      const result = this.rv?.computeResult(this.answers, this.aud, this.locale);
      const r = this.resultMsgs.get(this.locale);
      if (result && r && this.rv) {
        this.announce(r['result.announce'](this.rv.resultTitle(r, this.aud, result.band)));
        // The band only: never answers, scores or the referrals they led to.
        this.emit('mz-complete', { widget: 'overload-check', outcome: result.band });
      }
    } else {
      this.emit('mz-step', { step: view === 'intro' ? 0 : index + 1, total });
    }
    this.focusStep();
  }

  private persist(): void {
    if (!this.remember) return;
    if (!this.store.save({ view: this.view, index: this.index, answers: this.answers })) this.reportIssue('storage-unavailable');
  }

  private current(): Step {
    const steps = this.steps();
    return steps[Math.min(this.index, steps.length - 1)];
  }

  private hasAnswer(step: Step): boolean {
    const a = this.answers;
    switch (step.kind) {
      case 'item':
        return a.strain[step.id] !== undefined && a.strain[step.id] !== 'skip';
      case 'global':
        return a.global !== null;
      case 'canShare':
        return a.canShare !== null && a.canShare !== 'skip';
      case 'careFor':
        return true; // none ticked is a valid answer
      case 'redFlag':
        return a.redFlags[step.id] !== undefined;
    }
  }

  private next(): void {
    const step = this.current();
    if (!this.hasAnswer(step)) {
      this.showError = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('form input')?.focus());
      return;
    }
    // A "yes" to a red flag goes straight to help: no more questions first.
    if (step.kind === 'redFlag' && this.answers.redFlags[step.id] === true) return void this.finish();
    this.advance();
  }

  private skip(): void {
    const step = this.current();
    const a = { ...this.answers };
    if (step.kind === 'item') a.strain = { ...a.strain, [step.id]: 'skip' };
    else if (step.kind === 'global') a.global = null;
    else if (step.kind === 'canShare') a.canShare = 'skip';
    else if (step.kind === 'careFor') a.careFor = [];
    else {
      const flags = { ...a.redFlags };
      delete flags[step.id]; // skipped = no (docs/content/overload.md#items)
      a.redFlags = flags;
    }
    this.answers = a;
    this.advance();
  }

  private advance(): void {
    if (this.index + 1 >= this.steps().length) void this.finish();
    else this.go('step', this.index + 1);
  }

  /** To the result, once its chunk is there (normally long since: it loads when the check starts). */
  private async finish(): Promise<void> {
    try {
      await this.ensureResult(this.locale);
    } catch {
      // Offline or blocked: renderResult shows an apology with the help lines, never a blank box.
      this.reportIssue('render-failed');
    }
    this.go('result');
  }

  private start(): void {
    // Fetch the result chunk while the user answers; a failure here is retried at the end.
    this.ensureResult(this.locale).catch(() => undefined);
    this.go('step', 0);
  }

  private set(patch: Partial<Answers>): void {
    this.answers = { ...this.answers, ...patch };
    this.showError = false;
    this.persist();
  }

  private restart(): void {
    this.answers = emptyAnswers();
    this.printAnswers = false;
    this.go('intro');
  }

  // ---- text helpers ----

  /** Shared wording, with the young variant where one exists (fr/de switch to "tu"/"du"). */
  private tx(key: OverloadYoungKey): string {
    return (this.aud === 'young' ? this.t['young.overrides'][key] : undefined) ?? this.t[key];
  }

  private local(text: LocalText): string {
    if (typeof text === 'string') return text;
    return text[this.locale] ?? text.nl ?? text.fr ?? text.en ?? text.de ?? '';
  }

  // ---- render ----

  /** Results put help first: a configuration notice goes below them. */
  protected override noticesAfterContent(): boolean {
    return this.view === 'result';
  }

  protected renderContent(): TemplateResult {
    if (this.view === 'result') return this.renderResult();
    if (this.view === 'step') return this.renderStep();
    return this.renderIntro();
  }

  private renderIntro(): TemplateResult {
    const t = this.t;
    const young = this.aud === 'young';
    return html`<section part="intro">
      ${stepHeading(t[`title.${this.aud}`])}
      ${t[`intro.${this.aud}`].map((p, i) => html`<p class=${i === 0 ? 'intro-lead' : ''}>${p}</p>`)}
      <p class="signal">${young ? t['signal.young'] : t.signal}</p>
      <p class="mz-meta">${young ? t['privacy.young'] : this.c['privacy.note']}</p>
      <div class="mz-actions" part="actions">
        <button class="mz-button" part="button button-start" type="button" @click=${() => this.start()}>${this.c['step.start']}</button>
      </div>
      ${this.renderHelpNow(false)}
    </section>`;
  }

  private renderStep(): TemplateResult {
    const steps = this.steps();
    const step = this.current();
    const t = this.t;
    const firstFlag = steps.findIndex((s) => s.kind === 'redFlag');
    const hintId = 'q-hint';
    const errId = 'q-error';
    const described = [step.kind === 'global' || step.kind === 'careFor' || step.kind === 'canShare' ? hintId : '', this.showError ? errId : '']
      .filter(Boolean)
      .join(' ');
    return html`<form part="step" data-step=${'id' in step ? step.id : step.kind} novalidate @submit=${(e: Event) => {
        e.preventDefault();
        this.next();
      }}>
        ${progressText(this.c, this.index + 1, steps.length)}
        ${this.index === firstFlag ? html`<p class="mz-panel">${t[`redFlags.intro.${this.aud}`]}</p>` : nothing}
        <fieldset aria-describedby=${described || nothing}>
          <legend>${stepHeading(questionText(this.t, this.aud, step))}</legend>
          ${this.renderHint(step, hintId)}
          ${this.showError ? html`<p class="field-error" id=${errId}>${this.tx('choose.error')}</p>` : nothing}
          ${this.renderChoices(step)}
        </fieldset>
        ${stepActions(this.c, {
          next: () => undefined,
          skip: () => this.skip(),
          back: () => (this.index === 0 ? this.go('intro') : this.go('step', this.index - 1)),
        })}
      </form>
      ${this.renderHelpNow(step.kind === 'redFlag')}`;
  }

  private renderHint(step: Step, id: string): TemplateResult | typeof nothing {
    if (step.kind === 'global') return html`<p class="mz-hint" id=${id}>${this.tx('global.hint')}</p>`;
    if (step.kind === 'canShare') return html`<p class="mz-hint" id=${id}>${this.t['routing.note']}</p>`;
    if (step.kind === 'careFor') return html`<p class="mz-hint" id=${id}>${this.tx('careFor.hint')} ${this.t['routing.note']}</p>`;
    return nothing;
  }

  private radio(name: string, checked: boolean, label: string, onPick: () => void): TemplateResult {
    return html`<label class="mz-choice"
      ><input type="radio" name=${name} .checked=${live(checked)} @change=${onPick} /><span>${label}</span></label
    >`;
  }

  private renderChoices(step: Step): TemplateResult {
    const t = this.t;
    const a = this.answers;
    switch (step.kind) {
      case 'item':
        return html`<div class="mz-choices choices-row">
          ${ITEM_ANSWERS.map((ans) => this.radio('answer', a.strain[step.id] === ans, t[`answer.${ans}`], () => this.set({ strain: { ...a.strain, [step.id]: ans } })))}
        </div>`;
      case 'global':
        return html`<div class="scale-wrap" part="scale">
            <div class="scale">${SCALE.map((n) => this.radio('answer', a.global === n, this.fmt.number(n), () => this.set({ global: n })))}</div>
          </div>
          <p class="scale-ends"><span>${t['global.low']}</span><span>${t['global.high']}</span></p>`;
      case 'canShare':
        return html`<div class="mz-choices choices-row">
          ${SHARE_ANSWERS.map((ans) => this.radio('answer', a.canShare === ans, t[`answer.${ans}`], () => this.set({ canShare: ans })))}
        </div>`;
      case 'careFor':
        return html`<div class="mz-choices">
          ${CARE_FOR.map(
            (id) => html`<label class="mz-choice"
              ><input
                type="checkbox"
                name="careFor"
                .checked=${live(a.careFor.includes(id))}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  this.set({ careFor: on ? [...a.careFor.filter((c) => c !== id), id] : a.careFor.filter((c) => c !== id) });
                }}
              /><span>${t[`careFor.${this.aud}.${id}`]}</span></label
            >`,
          )}
        </div>`;
      case 'redFlag':
        return html`<div class="mz-choices choices-row">
          ${this.radio('answer', a.redFlags[step.id] === false, t['answer.no'], () => this.set({ redFlags: { ...a.redFlags, [step.id]: false } }))}
          ${this.radio('answer', a.redFlags[step.id] === true, t['answer.yes'], () => this.set({ redFlags: { ...a.redFlags, [step.id]: true } }))}
        </div>`;
    }
  }

  /** The "Need help now?" disclosure on every step; open on the red-flag steps. */
  private renderHelpNow(open: boolean): TemplateResult {
    const lines = helplines(overloadReferrals('urgent', this.aud, this.locale));
    return helpNow({
      cls: 'help-now',
      open,
      summary: this.t['help.summary'],
      body: html`<p class="danger-now">${this.tx('help.danger')}</p>
        <p>${this.tx('help.lines')}</p>
        <ul class="lines compact">
          ${lines.map((h) => helplineItem(h, this.locale, this.t['help.call']))}
        </ul>`,
    });
  }

  private renderResult(): TemplateResult {
    const rv = this.rv;
    const r = this.resultMsgs.get(this.locale) ?? this.resultMsgs.get('nl');
    const result = rv?.computeResult(this.answers, this.aud, this.locale);
    if (!rv || !r || !result) {
      // No result chunk (offline) or unusable answers: never a blank box; the help lines stay reachable.
      return html`<section part="result" class="result">
        ${stepHeading(this.c['error.title'])}
        <p>${this.c['issue.render-failed']}</p>
        ${this.renderHelpNow(true)}
        <div class="mz-actions" part="actions">
          <button class="mz-button" part="button button-restart" type="button" @click=${() => this.restart()}>${this.c['step.restart']}</button>
        </div>
      </section>`;
    }
    return rv.renderResult(
      {
        host: this,
        t: this.t,
        r,
        c: this.c,
        fmt: this.fmt,
        locale: this.locale,
        aud: this.aud,
        remember: this.remember,
        answers: this.answers,
        offers: this.offers,
        links: { ...this.links, finderUrl: this.attrFinderUrl ?? this.links.finderUrl },
        printAnswers: this.printAnswers,
        steps: this.steps(),
        question: (step) => questionText(this.t, this.aud, step),
        local: (text) => this.local(text),
        setPrintAnswers: (on) => {
          this.printAnswers = on;
        },
        restart: () => this.restart(),
        forget: () => {
          // Restart first (it saves the empty state), then wipe: nothing of ours is left in storage.
          this.restart();
          this.store.clear();
          this.announce(this.c['remember.forgotten']);
        },
      },
      result,
    );
  }

}
