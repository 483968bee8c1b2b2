import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createCatalog, type Catalog } from './i18n/catalog.js';
import { LocalizeController } from './i18n/localize.js';
import { formatters, type Formatters } from './i18n/format.js';
import type { Locale } from './locale.js';
import { readInlineJson } from './partner-config.js';
import type { Issue, IssueCode, MantelkitEventMap } from './events.js';
import { VERSION } from './version.js';
import { hostStyles } from './styles/host.styles.js';
import { baseStyles } from './styles/base.styles.js';
import type { CoreMessages } from '../i18n/core/nl.js';

const CONFIG_CODES = new Set<IssueCode>(['bad-attribute', 'bad-json', 'bad-config', 'config-fetch-failed']);

export const coreCatalog: Catalog<CoreMessages> = createCatalog({
  nl: () => import('../i18n/core/nl.js'),
  fr: () => import('../i18n/core/fr.js'),
  en: () => import('../i18n/core/en.js'),
  de: () => import('../i18n/core/de.js'),
});

/**
 * The base of every Mantelkit widget: language resolution and lazy catalogs, typed events, partner
 * configuration loading, visible notices, a persistent live region, and a render guard
 * that never leaves a blank box.
 *
 * @fires mz-ready - `{ widget, version }` once, after the first render
 * @fires mz-error - `{ code, message }` for a bad attribute, bad partner JSON or a render failure
 * @csspart root - the widget's box
 * @csspart notice - notices for the visitor (language, storage, slow partner data; and the configuration line)
 * @csspart config-notice - one plain line below the content when a partner setting is wrong (details in `mz-error` and the console)
 * @csspart error - the error box shown instead of a blank box
 * @csspart live - the polite live region (visually hidden)
 * @cssprop --mz-color-accent - buttons, links, selected choices (default #0b5cad)
 * @cssprop --mz-color-accent-contrast - text on the accent colour (default #ffffff)
 * @cssprop --mz-color-text - body text (default: inherited from the page)
 * @cssprop --mz-color-muted - hints and meta text (default #4a4a4a)
 * @cssprop --mz-color-surface - background (default #ffffff)
 * @cssprop --mz-color-surface-alt - panels and selected choices (default #f3f5f8)
 * @cssprop --mz-color-border - borders (default #6b6b6b)
 * @cssprop --mz-color-focus - focus ring (default #ffbf47)
 * @cssprop --mz-color-focus-text - inner focus outline (default #0b0c0c)
 * @cssprop --mz-color-danger - urgent help (default #b3261e)
 * @cssprop --mz-color-success - positive outcomes (default #1b6b3a)
 * @cssprop --mz-color-warning - notices (default #8a4b00)
 * @cssprop --mz-radius - corner radius (default 0.375em)
 * @cssprop --mz-space - padding (default 1em)
 * @cssprop --mz-font-size - base text size (default max(1rem, 16px))
 * @cssprop --mz-max-width - widget width (default 44em)
 * @cssprop --mz-reserve-block-size - height kept free while the widget loads (default: its intro's height)
 */
export abstract class MantelkitElement<M> extends LitElement {
  static version = VERSION;
  static override styles = [hostStyles, baseStyles];
  /** Carries `:state(rendered)` after the first render, which ends the host's loading reserve. */
  private readonly internals: ElementInternals | undefined = 'attachInternals' in this ? this.attachInternals() : undefined;

  /** The widget name used in events (`leave-calculator`, …). */
  protected abstract readonly widgetName: string;
  /** The widget's own messages (its main namespace; more through `this.l10n.use()`). */
  protected abstract get catalog(): Catalog<M>;
  /** The widget's content; may throw — the guard shows an error box instead. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  /**
   * Opt in to keeping progress in sessionStorage until the tab closes (with a visible "forget" button).
   * @attr remember
   */
  @property({ type: Boolean, reflect: true }) remember = false;

  /**
   * URL of partner JSON; only fetched when set (otherwise no network use at all).
   * @attr src
   */
  @property() src: string | null = null;

  /**
   * Partner configuration as a JavaScript object, for frameworks: Vue drops a child `<script>` from
   * templates and React passes objects as properties. Validated like the child script and `src`
   * (bad parts dropped, `mz-error` per mistake); the source applied last wins. Setting it again
   * replaces the issues of the previous value.
   */
  @property({ attribute: false }) config: unknown = undefined;

  /** Language and namespaces: core and the widget's catalog always, more via `this.l10n.use()`. */
  protected readonly l10n = new LocalizeController(this, (l) => this.reportIssue('locale-unavailable', l));
  @state() protected issues: Issue[] = [];
  @state() private announcement = '';
  @state() private crashed = false;

  private partnerLoaded = false;
  private readyFired = false;
  private loadedSrc: string | null = null;
  private srcRequest?: AbortController;
  private configIssues: Issue[] = [];

  /** How long a partner `src` may take before the "still loading" notice shows (the data is used whenever it comes). */
  static srcNoticeMs = 5000;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'lang') this.requestUpdate();
    else super.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a disconnect aborted the partner request: fetch it again.
    if (this.src?.trim() && this.loadedSrc === null && this.hasUpdated) this.requestUpdate('src', null);
    if (!this.partnerLoaded) {
      this.partnerLoaded = true;
      this.l10n.use(coreCatalog);
      this.l10n.use(this.catalog);
      // The classic script can upgrade us before our children are parsed: read them once parsing ends.
      if (document.readyState === 'loading' && !this.querySelector('script[type="application/json"]')) {
        document.addEventListener('DOMContentLoaded', () => this.readInlineConfig(), { once: true });
      } else this.readInlineConfig();
    }
  }

  /** Messages of this widget in the current language (Dutch until the language has loaded). */
  protected get t(): M {
    return this.l10n.t(this.catalog);
  }

  /** Core messages (steps, notices, print…) in the current language. */
  protected get c(): CoreMessages {
    return this.l10n.t(coreCatalog);
  }

  /** The language rendered now (see LocalizeController). */
  protected get locale(): Locale {
    return this.l10n.locale;
  }

  protected get fmt(): Formatters {
    return formatters(this.locale);
  }

  /** Resolves the language and loads its namespaces before rendering in it (no flash of Dutch). */
  protected override async scheduleUpdate(): Promise<void> {
    await this.l10n.prepare();
    await super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Empty or blank `src` means "no partner data": never a request (it would fetch the page itself).
    const src = this.src?.trim() || null;
    if (changed.has('src') && src !== this.loadedSrc) {
      this.srcRequest?.abort();
      this.loadedSrc = src;
      if (src) this.loadSrc(src);
    }
    if (changed.has('config') && this.config !== undefined) this.applyConfigProperty(this.config);
  }

  private applyConfigProperty(value: unknown): void {
    // A new value replaces the previous one: its mistakes no longer apply (and may be reported again).
    const old = this.configIssues;
    if (old.length) this.issues = this.issues.filter((i) => !old.includes(i));
    const issues = this.applyPartnerConfig(value);
    this.addIssues(issues);
    this.configIssues = this.issues.filter((i) => issues.some((n) => n.code === i.code && n.detail === i.detail));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Nothing may arrive for a widget that left the page; connecting again fetches again.
    this.srcRequest?.abort();
    this.loadedSrc = null;
  }

  private loadSrc(src: string): void {
    const request = (this.srcRequest = new AbortController());
    const slow = (): void => this.reportIssue('config-slow');
    void import('./fetch-json.js')
      .then((m) => m.fetchJson(src, { signal: request.signal, noticeAfterMs: (this.constructor as typeof MantelkitElement).srcNoticeMs, onSlow: slow }))
      .catch(() => ({ value: undefined, issues: [{ code: 'config-fetch-failed' as const, detail: 'src' }] }))
      .then((r) => {
        if (request.signal.aborted) return;
        this.issues = this.issues.filter((i) => i.code !== 'config-slow');
        this.addIssues(r.issues);
        if (r.value !== undefined) this.addIssues(this.applyPartnerConfig(r.value));
      });
  }

  private readInlineConfig(): void {
    const r = readInlineJson(this);
    this.addIssues(r.issues);
    if (r.value !== undefined) this.addIssues(this.applyPartnerConfig(r.value));
  }

  /**
   * Takes validated partner JSON; returns the issues found (bad parts are dropped, never thrown).
   * Attributes must still win over JSON: subclasses merge defaults → JSON → attributes.
   */
  protected applyPartnerConfig(_value: unknown): Issue[] {
    return [];
  }

  /** Adds visible notices and dispatches one `mz-error` per new issue. */
  protected addIssues(issues: Issue[]): void {
    const fresh = issues.filter((i) => !this.issues.some((o) => o.code === i.code && o.detail === i.detail));
    if (!fresh.length) return;
    this.issues = [...this.issues, ...fresh];
    for (const issue of fresh) {
      const message = this.issueMessage(issue);
      // The webmaster's view: what is wrong and where (field path); visitors see one plain line.
      if (CONFIG_CODES.has(issue.code)) console.warn(`[mantelkit] <${this.localName}>: ${message}`);
      this.emit('mz-error', { code: issue.code, message });
    }
  }

  /** Shorthand for one issue. */
  protected reportIssue(code: IssueCode, detail?: string): void {
    this.addIssues([{ code, detail }]);
  }

  protected issueMessage(issue: Issue): string {
    // Offline, the core texts may be missing in every language: the webmaster still gets the code.
    const c = coreCatalog.loaded.get(this.locale) ?? coreCatalog.loaded.get('nl');
    if (!c) return `${issue.code}${issue.detail ? `: ${issue.detail}` : ''}`;
    const m = c[`issue.${issue.code}`];
    return typeof m === 'function' ? m(issue.detail ?? '') : m;
  }

  /** Typed, bubbling, composed event. */
  protected emit<K extends keyof MantelkitEventMap>(type: K, detail: MantelkitEventMap[K]): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Says `text` through the persistent polite live region (re-announces identical text too). */
  protected announce(text: string): void {
    this.announcement = '';
    requestAnimationFrame(() => {
      this.announcement = text;
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.readyFired) {
      this.readyFired = true;
      try {
        this.internals?.states.add('rendered');
      } catch {
        // Older engines want "--rendered"; they also skip the `:state()` rule, so no reserve is left over.
      }
      this.emit('mz-ready', { widget: this.widgetName, version: VERSION });
    }
  }

  /** Guarded render: notices, content (or an error box), and the live region that is always there. */
  protected override render(): TemplateResult {
    // No texts in any language (offline before the first language chunk came): one built-in line
    // in the four languages, never a blank box.
    if (this.l10n.unavailable) {
      return html`<div class="mz-root" part="root"><p class="mz-error" part="error" role="alert"><span lang="nl">Deze hulp kon niet laden. Probeer later opnieuw.</span> / <span lang="fr">Cette aide n'a pas pu se charger. Réessayez plus tard.</span> / <span lang="en">This help could not load. Try again later.</span> / <span lang="de">Diese Hilfe konnte nicht geladen werden. Bitte später erneut versuchen.</span></p></div>`;
    }
    let content: TemplateResult | typeof nothing;
    if (this.crashed) content = this.renderErrorBox();
    else {
      try {
        content = this.renderContent();
      } catch (error) {
        console.error(`[mantelkit] <${this.localName}> failed to render:`, error);
        // Change state after this update, not during it.
        queueMicrotask(() => {
          this.crashed = true;
          this.reportIssue('render-failed');
        });
        content = this.renderErrorBox();
      }
    }
    const after = this.noticesAfterContent();
    return html`<div class="mz-root" part="root" lang=${this.locale}>
      ${after ? nothing : this.renderNotices()}${content}${after ? this.renderNotices() : nothing}${this.renderConfigNotice()}
      <div class="mz-visually-hidden" part="live" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  /**
   * Where configuration notices go: above the content by default; a widget returns true on screens
   * where its own content must come first (an urgent-help result: nothing may stand above it).
   */
  protected noticesAfterContent(): boolean {
    return false;
  }

  private renderErrorBox(): TemplateResult {
    return html`<div class="mz-error" part="error" role="alert">
      <h2>${this.c['error.title']}</h2>
      <p>${this.c['error.body']}</p>
    </div>`;
  }

  /**
   * Notices for the visitor. A partner's configuration mistake is one plain line below the content
   * (the details, with field paths, go to the console and `mz-error` for the webmaster); other
   * notices (language, storage, slow partner data) concern the visitor and stay where the widget
   * puts them.
   */
  private renderNotices(): TemplateResult | typeof nothing {
    const other = this.issues.filter((i) => !CONFIG_CODES.has(i.code) && i.code !== 'render-failed');
    if (!other.length) return nothing;
    return html`<div class="mz-notice" part="notice" role="note">${other.map((i) => html`<p>${this.issueMessage(i)}</p>`)}</div>`;
  }

  private renderConfigNotice(): TemplateResult | typeof nothing {
    if (!this.issues.some((i) => CONFIG_CODES.has(i.code))) return nothing;
    return html`<p class="mz-notice mz-meta" part="notice config-notice" role="note">${this.c['notice.title']}. ${this.c['notice.fallback']}</p>`;
  }

}
