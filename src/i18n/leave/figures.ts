/**
 * The few figures the widget catalog (./nl.ts and its translations) states: one copy for the four
 * languages. The widget catalog loads with the widget, before the dated data, so it cannot import the
 * data without pulling the tables and their sources into the first download; instead
 * test/i18n/leave-figures.test.ts holds this copy equal to the data (src/data/leave: parental notice,
 * self-employed request deadline, zorgverlof days, protection after leave, disability threshold).
 * The reason catalogs read the data itself (src/i18n/leave-figures.ts).
 */
export interface WidgetFigures {
  readonly parentalNoticeMonthsMin: number;
  readonly parentalNoticeMonthsMax: number;
  readonly selfRequestWithinWeeks: number;
  readonly zorgverlofDaysPerYear: number;
  /** Protection against dismissal lasts this many months after the leave (parental, medical, palliative). */
  readonly protectionMonthsAfter: number;
  readonly disabilityPctMin: number;
}

export const WIDGET_FIGURES: WidgetFigures = {
  parentalNoticeMonthsMin: 2,
  parentalNoticeMonthsMax: 3,
  selfRequestWithinWeeks: 4,
  zorgverlofDaysPerYear: 5,
  protectionMonthsAfter: 3,
  disabilityPctMin: 66,
};

/** A widget catalog string that states widget figures. */
export interface WidgetFigureText {
  (f: WidgetFigures): string;
  readonly widgetFigureText: true;
}

export const widgetFigures = (render: (f: WidgetFigures) => string): WidgetFigureText => Object.assign(render, { widgetFigureText: true as const });

/** The catalog as its readers see it: figure strings rendered. */
export type WithWidgetFigures<T> = { [K in keyof T]: T[K] extends WidgetFigureText ? string : T[K] };

/** Renders every figure string of the widget catalog with these figures (or others, for tests). */
export function withWidgetFigures<T extends object>(texts: T, f: WidgetFigures = WIDGET_FIGURES): WithWidgetFigures<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(texts)) out[k] = typeof v === 'function' && 'widgetFigureText' in v ? (v as WidgetFigureText)(f) : v;
  return out as WithWidgetFigures<T>;
}
