import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MantelkitElement } from '../../../src/core/mantelkit-element.js';
import { createCatalog } from '../../../src/core/i18n/catalog.js';
import { enumAttribute, isRecord } from '../../../src/core/partner-config.js';
import { RememberStore } from '../../../src/core/remember.js';
import { forgetButton, progressText, stepActions, stepHeading } from '../../../src/core/step-flow.js';
import { printButton } from '../../../src/core/print.js';
import type { Issue } from '../../../src/core/events.js';
import nl, { type TestMessages } from './nl.js';

/** Internal element that exercises the whole core; it proves the contract suite. Never shipped. */
const catalog = createCatalog<TestMessages>(nl, {
  fr: () => import('./fr.js'),
  en: () => import('./en.js'),
  de: () => import('./de.js'),
});

type Answer = 'yes' | 'no';

export class MzTestWidget extends MantelkitElement<TestMessages> {
  protected readonly widgetName = 'test-widget';
  protected get catalog() {
    return catalog;
  }

  /** @attr mode */
  @property() mode: string | null = null;
  /** Test hook: throw while rendering. */
  @property({ type: Boolean }) boom = false;
  /** Test hook: leak data on completion (to prove the privacy check fails). */
  @property({ type: Boolean }) leak = false;
  /** Test hook: render an unlabeled input (to prove the axe check fails). */
  @property({ type: Boolean }) unlabeled = false;

  @state() step = 0;
  @state() answer: Answer | undefined;
  @state() partnerName: string | undefined;
  private store = new RememberStore<{ step: number; answer?: Answer }>('test-widget', () => this.remember);

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = this.store.load();
    if (saved && typeof saved.step === 'number') {
      this.step = saved.step;
      this.answer = saved.answer;
    }
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('mode')) this.addIssues(enumAttribute('mode', this.mode, ['short', 'long'] as const, 'short').issues);
  }

  protected override applyPartnerConfig(value: unknown): Issue[] {
    if (!isRecord(value)) return [{ code: 'bad-config', detail: '(root)' }];
    const name = value['name'];
    if (typeof name !== 'string' || !name.trim() || name.length > 80) return [{ code: 'bad-config', detail: 'name' }];
    this.partnerName = name.trim();
    return [];
  }

  private go(step: number): void {
    this.step = step;
    this.store.save({ step, answer: this.answer });
    this.emit('mz-step', { step, total: 2 });
    this.focusStep();
    if (step === 3) {
      this.announce(this.t.result);
      this.emit('mz-complete', { widget: 'test-widget', outcome: this.answer ?? 'none' });
      if (this.leak) void fetch(`http://tracker.invalid/?a=${this.answer ?? ''}`).catch(() => undefined);
    }
  }

  protected renderContent(): TemplateResult | typeof nothing {
    if (this.boom) throw new Error('boom');
    const t = this.t;
    const c = this.c;
    if (this.step === 0) {
      return html`${stepHeading(this.partnerName ? t.greeting(this.partnerName) : t.q1)}
        <p>${t.intro}</p>
        <p class="mz-meta">${c['privacy.note']}</p>
        ${this.unlabeled ? html`<input type="text" />` : nothing}
        <div class="mz-actions"><button class="mz-button" type="button" @click=${() => this.go(1)}>${c['step.start']}</button></div>`;
    }
    if (this.step === 1 || this.step === 2) {
      const opts: Array<[Answer, string]> = [['yes', t.yes], ['no', t.no]];
      return html`<form @submit=${(e: Event) => { e.preventDefault(); this.go(this.step + 1); }}>
        ${progressText(c, this.step, 2)}
        <fieldset>
          <legend>${stepHeading(this.step === 1 ? t.q1 : t.q2)}</legend>
          <div class="mz-choices">
            ${opts.map(([value, label]) => html`<label class="mz-choice"><input type="radio" name="a" .value=${value}
              .checked=${this.answer === value} @change=${() => { this.answer = value; }} />${label}</label>`)}
          </div>
        </fieldset>
        ${stepActions(c, { next: () => undefined, back: () => this.go(this.step - 1), skip: () => this.go(this.step + 1) })}
      </form>`;
    }
    return html`${stepHeading(c['step.result'])}<p>${t.result}</p>
      <div class="mz-actions">${printButton(c)}
        <button class="mz-button mz-button--secondary" type="button" @click=${() => { this.answer = undefined; this.go(0); }}>${c['step.restart']}</button></div>
      ${forgetButton(c, this.remember, () => { this.store.clear(); this.answer = undefined; this.go(0); this.announce(c['remember.forgotten']); })}`;
  }
}
