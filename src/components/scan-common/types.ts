/**
 * The shapes both scans share: their question groups, the texts a scan gives the shared templates,
 * and the result as a view model (built by each scan's pure `toView`, drawn by ./result.ts).
 */
import type { TemplateResult } from 'lit';
import type { ScanLevel, ScanValue } from '../../rules/scans/common.js';
import type { SourceInfo } from '../../rules/common/sources.js';
import type { ScanMessages } from '../../i18n/scan/nl.js';
import type { CoreMessages } from '../../i18n/core/nl.js';
import type { HelpMessages } from '../../i18n/help/nl.js';
import type { Formatters } from '../../core/i18n/format.js';
import type { Locale } from '../../core/locale.js';
import type { ScanPartner } from './partner.js';

/** Answers by question id (a skipped question is absent). */
export type ScanAnswerMap = Readonly<Record<string, ScanValue>>;

/** One screen: a theme or a pillar and its questions in asking order. */
export interface ScanGroup {
  readonly id: string;
  readonly questions: readonly string[];
}

/** What a scan tells the shared pieces, in the reader's language. */
export interface ScanTexts {
  readonly title: string;
  readonly intro: readonly string[];
  readonly privacy: string;
  readonly start: string;
  readonly showResult: string;
  readonly scaleTitle: string;
  /** The four answer labels, lowest first (radio labels), and what each means. */
  readonly scale: readonly string[];
  readonly scaleMeaning: readonly string[];
  group(id: string): string;
  question(id: string): string;
  readonly resultTitle: string;
  readonly itemsTitle: string;
  readonly itemsIntro: string;
  /** Base name of the downloaded files ("werkgeversscan"). */
  readonly fileName: string;
}

export interface ScanGroupView {
  readonly id: string;
  readonly label: string;
  readonly score: number;
  readonly max: number;
  readonly answered: number;
  readonly total: number;
  readonly level: ScanLevel;
}

/** One action (employer) or practice (policy) for a gap. */
export interface ScanItemView {
  readonly id: string;
  /** The label of the theme or pillar it belongs to. */
  readonly group: string;
  readonly title: string;
  readonly text: string;
  /** Who runs a practice (a municipality or project). */
  readonly who?: string;
  readonly sources: readonly string[];
  /** A Mantelkit element that helps with it. */
  readonly widget?: string;
}

export interface ScanView {
  readonly version: string;
  readonly groups: readonly ScanGroupView[];
  /** Labels; `undefined` when the scan does not name them, `null` when nothing stands out. */
  readonly strongest?: string | null;
  readonly weakest?: string | null;
  readonly items: readonly ScanItemView[];
  /** A list shown after the items (the employer scan: what the law already guarantees). */
  readonly extra?: { readonly title: string; readonly intro: string; readonly entries: ReadonlyArray<{ readonly text: string; readonly sources: readonly string[] }> };
}

/** Everything the result templates read. */
export interface ScanResultTexts {
  readonly s: ScanMessages;
  readonly c: CoreMessages;
  readonly h: HelpMessages;
  readonly x: ScanTexts;
  readonly fmt: Formatters;
  readonly locale: Locale;
}

/** What the result screen can do; the element owns the state. */
export interface ScanResultHost {
  readonly date: string;
  readonly partner: ScanPartner;
  readonly remember: boolean;
  source(url: string): SourceInfo;
  copy(text: string): void;
  download(kind: 'csv' | 'json'): void;
  change(): void;
  restart(): void;
  forget(): void;
}

/** The lazy part of a scan: scoring → view model, sources, and the shared result templates. */
export interface ScanModule<M> {
  toView(answers: ScanAnswerMap, t: M, x: ScanTexts): ScanView;
  source(url: string): SourceInfo;
  render(texts: ScanResultTexts, view: ScanView, host: ScanResultHost): TemplateResult;
}
