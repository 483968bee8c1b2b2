import { html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { MantelkitElement } from '../../core/mantelkit-element.js';
import { createLazyCatalog } from '../../core/i18n/catalog.js';
import { todayIso } from '../../core/partner-config.js';
import { StepFlowController } from '../../core/flow/step-flow.js';
import { stepHeading } from '../../core/flow/templates.js';
import type { Issue } from '../../core/events.js';
import type { ScanValue } from '../../rules/scans/common.js';
import type { ScanMessages } from '../../i18n/scan/nl.js';
import { helpTexts as helpCatalog } from '../common/help-texts.js';
import { answersCsv, answersJson, restoreScanAnswers, type ExportMeta } from './answers.js';
import { downloadText } from './download.js';
import { NO_PARTNER, parseScanPartner, type ScanPartner } from './partner.js';
import { scaleLegend, scanSteps } from './steps.js';
import { scanStyles } from './scan.styles.js';
import type { ScanAnswerMap, ScanGroup, ScanModule, ScanResultTexts, ScanTexts, ScanView } from './types.js';

/** The shared result texts: loaded on "Start" with the result chunk. */
const scanCatalog = createLazyCatalog<ScanMessages>({
  nl: () => import('../../i18n/scan/nl.js'),
  fr: () => import('../../i18n/scan/fr.js'),
  en: () => import('../../i18n/scan/en.js'),
  de: () => import('../../i18n/scan/de.js'),
});

/** What a scan element gives its base: the question groups and how to load its result chunk. */
export interface ScanConfig<M> {
  /** The element's tag, also the `remember` key and the export's `scan` field. */
  readonly tag: string;
  readonly groups: readonly ScanGroup[];
  readonly version: string;
  readonly load: () => Promise<ScanModule<M>>;
}

/**
 * The base of both organisation scans ("statements on a scale → profile + actions"): one theme or
 * pillar per screen on the shared step flow, the result chunk through `@lit/task`, the partner
 * overlay, print, copy and the CSV/JSON download. A scan gives its groups, its texts (`scanTexts`)
 * and a lazy module that scores the answers into a view model.
 */
export abstract class ScanElement<M> extends MantelkitElement<M> {
  static override styles = [...MantelkitElement.styles, scanStyles];

  @state() private partner: ScanPartner = NO_PARTNER;
  private readonly cfg: ScanConfig<M>;
  private readonly flow: StepFlowController<ScanAnswerMap, string>;
  private readonly scanTextsNs = this.l10n.use(scanCatalog, () => this.flowView !== 'intro', true);
  private readonly help = this.l10n.use(helpCatalog, () => this.flowView !== 'intro');
  private readonly result: Task<readonly [boolean, string], ScanModule<M>>;
  private readonly date = todayIso();

  /** The scan's own texts in the reader's language. */
  protected abstract scanTexts(): ScanTexts;

  constructor(cfg: ScanConfig<M>) {
    super();
    this.cfg = cfg;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- object getters cannot be arrows
    const el = this;
    this.flow = new StepFlowController<ScanAnswerMap, string>(this, {
      key: cfg.tag,
      steps: scanSteps({ get x() { return el.scanTexts(); }, set: (id: string, v: ScanValue) => el.flow.set(id, v) }, cfg.groups),
      initial: () => ({}),
      remember: () => this.remember,
      restore: (v) => restoreScanAnswers(v, cfg.groups),
      announce: (text) => this.announce(text),
      onView: (view) => {
        if (view !== 'result') return;
        if (this.result.status === TaskStatus.ERROR) void this.result.run();
        this.result.taskComplete.then(
          () => {
            const v = this.view();
            const s = this.l10n.ready(this.scanTextsNs);
            // Levels per group only: never the answers.
            if (v && s) this.flow.complete(this.widgetName, { levels: Object.fromEntries(v.groups.map((g) => [g.id, g.level])) }, s.announce(this.scanTexts().resultTitle));
          },
          () => this.reportIssue('render-failed'),
        );
      },
    });
    this.result = new Task(this, {
      task: async ([started]: readonly [boolean, string]) => {
        if (!started) return initialState;
        const [m] = await Promise.all([cfg.load(), this.l10n.load(this.scanTextsNs), this.l10n.load(this.help)]);
        return m;
      },
      args: () => [this.flowView !== 'intro', this.locale] as const,
    });
  }

  /** The flow's view; 'intro' while the flow is still being built (the namespaces ask early). */
  private get flowView(): string {
    return (this.flow as StepFlowController<ScanAnswerMap, string> | undefined)?.view ?? 'intro';
  }

  /** `updateComplete` also waits for the result chunk, so tests and partners see the finished state. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.result.taskComplete.catch(() => undefined);
    return (await super.getUpdateComplete()) && done;
  }

  protected override applyPartnerConfig(value: unknown): Issue[] {
    const r = parseScanPartner(value, document.baseURI);
    this.partner = r.partner;
    return r.issues;
  }

  private view(): ScanView | undefined {
    return this.result.value?.toView(this.flow.answers, this.t, this.scanTexts());
  }

  protected renderContent(): TemplateResult {
    const flow = this.flow;
    const x = this.scanTexts();
    if (flow.view === 'intro') {
      return html`<section part="intro">
        ${stepHeading(x.title)}
        ${x.intro.map((p) => html`<p>${p}</p>`)}
        <h3>${x.scaleTitle}</h3>
        ${scaleLegend(x)}
        <p class="mz-meta">${x.privacy}</p>
        <div class="mz-actions" part="actions">
          <button class="mz-button" part="button button-start" type="button" @click=${() => flow.start()}>${x.start}</button>
        </div>
      </section>`;
    }
    if (flow.step) return flow.renderStep(this.c, x.showResult);
    return this.renderResult(x);
  }

  private renderResult(x: ScanTexts): TemplateResult {
    if (this.result.status === TaskStatus.ERROR) throw new Error(`${this.cfg.tag}: result chunk could not be loaded`);
    const m = this.result.value;
    const s = this.l10n.ready(this.scanTextsNs);
    const h = this.l10n.ready(this.help);
    const v = this.view();
    if (!m || !s || !h || !v) return html`<section part="result" class="result">${stepHeading(x.resultTitle)}<p>${s?.loading ?? ''}</p></section>`;
    const texts: ScanResultTexts = { s, c: this.c, h, x, fmt: this.fmt, locale: this.locale };
    return m.render(texts, v, {
      date: this.date,
      partner: this.partner,
      remember: this.remember,
      source: (url) => m.source(url),
      copy: (text) => void this.copy(text, s),
      download: (kind) => this.download(kind, x, s, v),
      change: () => this.flow.last(),
      restart: () => this.flow.restart(),
      forget: () => this.flow.forget(this.c['remember.forgotten']),
    });
  }

  private async copy(text: string, s: ScanMessages): Promise<void> {
    try {
      // Clipboard only: the text stays on this device.
      await navigator.clipboard.writeText(text);
      this.announce(s.copied);
    } catch {
      this.announce(s.copyFailed);
    }
  }

  private download(kind: 'csv' | 'json', x: ScanTexts, s: ScanMessages, v: ScanView): void {
    const meta: ExportMeta = { scan: this.cfg.tag, version: this.cfg.version, date: this.date, lang: this.locale };
    const name = `${x.fileName}-${this.date}.${kind}`;
    if (kind === 'csv') downloadText(this, name, 'text/csv;charset=utf-8', answersCsv(this.flow.answers, this.cfg.groups, x, meta, s.skipped));
    else downloadText(this, name, 'application/json', answersJson(this.flow.answers, this.cfg.groups, x, meta, v, s.skipped));
    this.announce(s['export.done']);
  }
}
