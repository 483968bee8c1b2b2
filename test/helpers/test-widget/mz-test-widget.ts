import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MantelkitElement } from '../../../src/core/mantelkit-element.js';
import { createCatalog, createLazyCatalog } from '../../../src/core/i18n/catalog.js';
import { variant } from '../../../src/core/i18n/localize.js';
import { enumAttribute, isRecord } from '../../../src/core/partner-config.js';
import { StepFlowController, type StepDef } from '../../../src/core/flow/step-flow.js';
import { choiceGroup, numberField, resultActions } from '../../../src/core/flow/fields.js';
import { forgetButton, stepHeading } from '../../../src/core/flow/templates.js';
import { printButton } from '../../../src/core/print.js';
import type { Issue } from '../../../src/core/events.js';
import type { TestMessages } from './nl.js';
import type { TestExtraMessages } from './extra/nl.js';

/** Internal element that exercises the whole core; it proves the contract suite. Never shipped. */
const catalog = createCatalog<TestMessages>({
  nl: () => import('./nl.js'),
  fr: () => import('./fr.js'),
  en: () => import('./en.js'),
  de: () => import('./de.js'),
});

/** Lazy, like rule texts: only the result needs it. German "fails to load" on purpose (Dutch + notice). */
const extra = createLazyCatalog<TestExtraMessages>({
  nl: () => import('./extra/nl.js'),
  fr: () => import('./extra/fr.js'),
  en: () => import('./extra/en.js'),
  de: () => Promise.reject(new Error('offline')),
});

/** The audience variant: loaded (and waited for) only for `audience="young"`. */
const young = createLazyCatalog<Partial<TestMessages>>({
  nl: () => import('./young/nl.js'),
  fr: () => import('./young/fr.js'),
  en: () => import('./young/en.js'),
  de: () => import('./young/de.js'),
});

type Answer = 'yes' | 'no';
type Often = 'often' | 'sometimes';
export interface TestAnswers {
  cares?: Answer;
  often?: Often;
  hours?: number;
}
export type TestStepId = 'cares' | 'often' | 'hours';

/** Restored answers are input: keep only known values. */
export function restoreTestAnswers(v: unknown): TestAnswers | undefined {
  if (!isRecord(v)) return undefined;
  const a: TestAnswers = {};
  if (v['cares'] === 'yes' || v['cares'] === 'no') a.cares = v['cares'];
  else if (v['cares'] !== undefined) return undefined;
  if (v['often'] === 'often' || v['often'] === 'sometimes') a.often = v['often'];
  if (typeof v['hours'] === 'number' && v['hours'] >= 0 && v['hours'] <= 168) a.hours = v['hours'];
  return a;
}

export class MzTestWidget extends MantelkitElement<TestMessages> {
  protected readonly widgetName = 'test-widget';
  protected get catalog() {
    return catalog;
  }

  /** @attr mode - short (two questions) | long (adds a number question) */
  @property() mode: string | null = null;
  /** @attr audience - adult | young (the young wording variant) */
  @property() audience: string | null = null;
  /** Test hook: throw while rendering. */
  @property({ type: Boolean }) boom = false;
  /** Test hook: leak data on completion (to prove the privacy check fails). */
  @property({ type: Boolean }) leak = false;
  /** Test hook: render an unlabeled input (to prove the axe check fails). */
  @property({ type: Boolean }) unlabeled = false;

  @state() partnerName: string | undefined;

  private readonly extra = this.l10n.use(extra, () => this.flow.view === 'result');
  private readonly young = this.l10n.use(young, () => this.audience === 'young', true);

  readonly flow: StepFlowController<TestAnswers, TestStepId> = new StepFlowController(this, {
    key: 'test-widget',
    steps: this.stepTable(),
    initial: () => ({}),
    remember: () => this.remember,
    restore: restoreTestAnswers,
    announce: (text) => this.announce(text),
    onView: (view) => {
      if (view !== 'result') return;
      this.flow.complete('test-widget', this.flow.answers.cares ?? 'none', this.t.result);
      if (this.leak) void fetch(`http://tracker.invalid/?a=${this.flow.answers.cares ?? ''}`).catch(() => undefined);
    },
  });

  /** Messages with the audience variant applied. */
  protected override get t(): TestMessages {
    return variant(super.t, this.audience === 'young' ? this.l10n.ready(this.young) : undefined);
  }

  private stepTable(): StepDef<TestAnswers, TestStepId>[] {
    const radios = <T extends string>(name: keyof TestAnswers, legend: string, options: readonly T[], label: (v: T) => string) =>
      choiceGroup<T>({
        type: 'radio', name: 'a', legend, options, label,
        value: this.flow.answers[name] as T | undefined,
        onChange: (v) => this.flow.set(name, v as never),
      });
    return [
      { id: 'cares', render: () => radios<Answer>('cares', this.t.q1, ['yes', 'no'], (v) => this.t[v]) },
      { id: 'often', when: (a) => a.cares !== 'no', render: () => radios<Often>('often', this.t.q2, ['often', 'sometimes'], (v) => this.t[v]) },
      {
        id: 'hours',
        when: () => this.mode === 'long',
        required: true,
        answered: (a) => a.hours !== undefined,
        render: () => html`${stepHeading(this.t.hours)}${numberField({
          id: 'mz-test-hours', label: this.t.hoursLabel, max: 168, value: this.flow.answers.hours,
          error: this.t.errorNumber, invalid: this.flow.invalid === 'mz-test-hours',
          onValue: (n) => { this.flow.setInvalid(null); this.flow.set('hours', n); },
          onInvalid: () => this.flow.setInvalid('mz-test-hours'),
        })}`,
      },
    ];
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

  protected renderContent(): TemplateResult | typeof nothing {
    if (this.boom) throw new Error('boom');
    const t = this.t;
    const c = this.c;
    const flow = this.flow;
    if (flow.view === 'intro') {
      return html`${stepHeading(this.partnerName ? t.greeting(this.partnerName) : t.q1)}
        <p>${t.intro}</p>
        <p class="mz-meta">${c['privacy.note']}</p>
        ${this.unlabeled ? html`<input type="text" />` : nothing}
        <div class="mz-actions" part="actions"><button class="mz-button" part="button button-start" type="button" @click=${() => flow.start()}>${c['step.start']}</button></div>`;
    }
    if (flow.step) return flow.renderStep(c);
    const x = this.l10n.ready(this.extra);
    return html`${stepHeading(c['step.result'])}<p>${t.result}</p>
      <p class="mz-meta" data-extra>${x ? x.detail : t.loading}</p>
      ${resultActions([{ name: 'restart', label: c['step.restart'], onClick: () => flow.restart(), variant: 'secondary' }], printButton(c))}
      ${forgetButton(c, this.remember, () => flow.forget(c['remember.forgotten']))}`;
  }
}
