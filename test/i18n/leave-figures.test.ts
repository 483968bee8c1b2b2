/**
 * The leave texts take their figures (months, days, ages, headcounts, dates) from the dated leave data.
 * Two proofs: (1) rendered with today's data, every string is exactly what users read before the
 * figures moved (a frozen snapshot), in all four languages; (2) a changed figure changes the text.
 */
import { expect } from '@open-wc/testing';
import qnl from '../../src/i18n/leave/nl.js';
import qfr from '../../src/i18n/leave/fr.js';
import qen from '../../src/i18n/leave/en.js';
import qde from '../../src/i18n/leave/de.js';
import resnl from '../../src/i18n/leave/result/nl.js';
import resfr from '../../src/i18n/leave/result/fr.js';
import resen from '../../src/i18n/leave/result/en.js';
import resde from '../../src/i18n/leave/result/de.js';
import rnl from '../../src/i18n/leave/reasons/nl.js';
import rfr from '../../src/i18n/leave/reasons/fr.js';
import ren from '../../src/i18n/leave/reasons/en.js';
import rde from '../../src/i18n/leave/reasons/de.js';
import { LEAVE_TEXTS_BEFORE } from './fixtures/leave-texts-before.js';
import { nlTexts as widgetNlTexts } from '../../src/i18n/leave/nl.js';
import { frTexts as widgetFrTexts } from '../../src/i18n/leave/fr.js';
import { enTexts as widgetEnTexts } from '../../src/i18n/leave/en.js';
import { deTexts as widgetDeTexts } from '../../src/i18n/leave/de.js';
import { nlTexts as resultNlTexts } from '../../src/i18n/leave/result/nl.js';
import { frTexts as resultFrTexts } from '../../src/i18n/leave/result/fr.js';
import { enTexts as resultEnTexts } from '../../src/i18n/leave/result/en.js';
import { deTexts as resultDeTexts } from '../../src/i18n/leave/result/de.js';
import { nlTexts } from '../../src/i18n/leave/reasons/nl.js';
import { frTexts } from '../../src/i18n/leave/reasons/fr.js';
import { enTexts } from '../../src/i18n/leave/reasons/en.js';
import { deTexts } from '../../src/i18n/leave/reasons/de.js';
import { LEAVE_FIGURES, withLeaveFigures, type LeaveFigures } from '../../src/i18n/leave-figures.js';
import { WIDGET_FIGURES, withWidgetFigures, type WidgetFigures } from '../../src/i18n/leave/figures.js';
import { formatters } from '../../src/core/i18n/format.js';
import type { Locale } from '../../src/core/locale.js';
import { MEDISCHE_BIJSTAND } from '../../src/data/leave/schemes/medischeBijstand.js';
import { OUDERSCHAP } from '../../src/data/leave/schemes/ouderschapsverlof.js';
import { PALLIATIEF } from '../../src/data/leave/schemes/palliatiefVerlof.js';
import { ZELFSTANDIGE } from '../../src/data/leave/schemes/mantelzorguitkeringZelfstandige.js';
import { ZORGVERLOF } from '../../src/data/leave/schemes/zorgverlof.js';

// The widget's texts: the first screen's catalog and the result's (split for size; the snapshot predates the split).
const nl = { ...qnl, ...resnl };
const fr = { ...qfr, ...resfr };
const en = { ...qen, ...resen };
const de = { ...qde, ...resde };
const widgetNl = { ...widgetNlTexts, ...resultNlTexts };
const widgetFr = { ...widgetFrTexts, ...resultFrTexts };
const widgetEn = { ...widgetEnTexts, ...resultEnTexts };
const widgetDe = { ...widgetDeTexts, ...resultDeTexts };

const strings = (o: object): Record<string, string> => Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => typeof e[1] === 'string'));

describe('leave texts: the same strings as before their figures came from the data', () => {
  const widget = { nl, fr, en, de };
  const reasons = { nl: rnl, fr: rfr, en: ren, de: rde };
  for (const lang of ['nl', 'fr', 'en', 'de'] as const) {
    it(`${lang}: every widget string renders as in the snapshot`, () => {
      expect(strings(widget[lang])).to.deep.equal(LEAVE_TEXTS_BEFORE.widget[lang]);
    });
    it(`${lang}: every reason, note and amount string renders as in the snapshot`, () => {
      // Keys added later (the result summary's texts) are not in the snapshot; the sentinel test
      // below keeps figures out of them. Every snapshot key must still render the same.
      const before = LEAVE_TEXTS_BEFORE.reasons[lang];
      const now = strings(reasons[lang]);
      expect(Object.fromEntries(Object.keys(before).map((k) => [k, now[k]]))).to.deep.equal(before);
    });
  }
});

describe('leave texts: a changed figure changes the text', () => {
  it('the parental child age limit of 13 shows as 13, in every language', () => {
    const F: LeaveFigures = { ...LEAVE_FIGURES, OUDERSCHAP: { ...LEAVE_FIGURES.OUDERSCHAP, childAgeBelow: 13 } };
    expect(withLeaveFigures(nlTexts, F)['reason.childUnderLimit']).to.equal('Je kind is jonger dan 13 jaar.');
    expect(withLeaveFigures(frTexts, F)['reason.childTooOld']).to.equal('L’enfant doit avoir moins de 13 ans (moins de 21 ans avec un handicap d’au moins 66 %).');
    expect(withLeaveFigures(enTexts, F)['reason.childUnderLimit']).to.equal('Your child is under 13.');
    expect(withLeaveFigures(deTexts, F)['reason.childUnderLimit']).to.equal('Ihr Kind ist jünger als 13.');
  });

  it('a date is formatted in each language, a plural follows its number', () => {
    const F: LeaveFigures = {
      ...LEAVE_FIGURES,
      coverageFrom: '2019-01-01',
      DWINGEND: { ...LEAVE_FIGURES.DWINGEND, daysPerYear: 1 },
      PALLIATIEF: { ...LEAVE_FIGURES.PALLIATIEF, extensions: 3 },
    };
    expect(withLeaveFigures(nlTexts, F)['reason.beforeCoverage']).to.match(/^Onze gegevens beginnen op 1 januari 2019\./);
    expect(withLeaveFigures(frTexts, F)['reason.beforeCoverage']).to.match(/^Nos données commencent le 1er janvier 2019\./);
    expect(withLeaveFigures(enTexts, F)['reason.beforeCoverage']).to.match(/^Our data start on 1 January 2019\./);
    expect(withLeaveFigures(deTexts, F)['reason.beforeCoverage']).to.match(/^Unsere Daten beginnen am 1\. Januar 2019\./);
    expect(withLeaveFigures(nlTexts, F)['note.zorgverlofFromDwingend']).to.equal('Zorgverlof en verlof om dwingende redenen delen samen 1 dag per jaar.');
    expect(withLeaveFigures(enTexts, F)['note.palliativeExtensions']).to.equal('1 month, which you can extend 3 times by 1 month.');
    expect(withLeaveFigures(deTexts, F)['note.palliativeExtensions']).to.equal('1 Monat, 3-mal um 1 Monat verlängerbar.');
  });

  it('the recognition figures still render through the leave figures', () => {
    const F: LeaveFigures = { ...LEAVE_FIGURES, hoursPerMonth: 40 };
    expect(withLeaveFigures(nlTexts, F)['reason.recognitionCouldBePossible']).to.contain('minstens 40 uur per maand');
  });

  it('the widget catalog: zorgverlof days and the parental notice follow their figures', () => {
    const W = { ...WIDGET_FIGURES, zorgverlofDaysPerYear: 6, parentalNoticeMonthsMax: 4 };
    expect(withWidgetFigures(widgetNl, W)['scheme.zorgverlof']).to.equal('Zorgverlof (6 dagen per jaar)');
    expect(withWidgetFigures(widgetNl, W)['apply.ouderschapsverlof']).to.contain('2 tot 4 maanden');
    expect(withWidgetFigures(widgetNl, W)['situation.disability66']).to.equal('Heeft een erkende handicap van minstens 66 %');
    expect(withWidgetFigures(widgetFr, W)['scheme.zorgverlof']).to.equal('Congé d’aidant (6 jours par an)');
  });
});

describe('leave texts: every figure comes from the data', () => {
  // Every number a figure to a sentinel (900, 901, …) and every date to one day: what digits remain
  // in the rendered texts must be names, not figures (listed here, each with why).
  const NOT_FIGURES: Array<[RegExp, string]> = [
    [/\b(1\/5|1\/10|3\/4|4\/5)(e)?\b/g, 'work-regime fractions: names of the forms and regimes the user picks'],
    [/\b(cao|CCT|CAO|KAA Nr\.) 103\/7\b/g, 'the name of a collective agreement'],
    [/\b(1ste|2de|1er|2e|1st|2nd|1\.|2\.)[ -](graad|degré|degree|Grad)/g, 'degrees of kinship: legal categories'],
    [/\b(4de|4e|4th|4\.) (maand|mois|full-time|Monat)\b/g, 'the 4th month of parental leave: the historical month the date rule is about'],
  ];
  // Every number in the figures (the data objects included, deep) becomes a sentinel 9000, 9001, …
  // and every ISO date one day, so a rendered digit that is neither comes from the text itself.
  const sentinel = (): { leave: LeaveFigures; widget: WidgetFigures } => {
    let n = 9000;
    const swap = (v: unknown): unknown =>
      typeof v === 'number' ? n++
      : typeof v === 'string' ? (/^\d{4}-\d{2}-\d{2}$/.test(v) ? '2099-12-31' : v)
      : Array.isArray(v) ? v.map(swap)
      : typeof v === 'object' && v !== null ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swap(x)]))
      : v;
    return { leave: swap(LEAVE_FIGURES) as LeaveFigures, widget: swap(WIDGET_FIGURES) as WidgetFigures };
  };
  const LANGS = ['nl', 'fr', 'en', 'de'] as const;
  const leftover = (texts: object, lang: Locale): string[] =>
    Object.entries(texts).flatMap(([k, v]) => {
      if (typeof v !== 'string') return [];
      let s = v.split(formatters(lang).date('2099-12-31')).join('').replace(/\b9[.,\s]?\d{3}\b/g, '');
      for (const [re] of NOT_FIGURES) s = s.replace(re, '');
      return /\d/.test(s) ? [`${k}: ${v}`] : [];
    });

  it('the reason, note and amount texts hold no figure of their own (nl, fr, en, de)', () => {
    const { leave } = sentinel();
    [nlTexts, frTexts, enTexts, deTexts].forEach((t, i) => expect(leftover(withLeaveFigures(t, leave), LANGS[i])).to.deep.equal([]));
  });

  it('the widget texts hold no figure of their own (nl, fr, en, de)', () => {
    const { widget } = sentinel();
    const allowed = ['error.number'];
    [widgetNl, widgetFr, widgetEn, widgetDe].forEach((t, i) => {
      const texts = Object.fromEntries(Object.entries(withWidgetFigures(t, widget)).filter(([k]) => !allowed.includes(k)));
      expect(leftover(texts, LANGS[i])).to.deep.equal([]);
    });
  });

  it('negative control: a figure written into a text is found, a name is not', () => {
    expect(leftover({ a: 'Na 12 maanden.', b: 'Halftijds of 1/5 minder werken (cao 103/7).', c: 'Familie in de 1ste graad.' }, 'nl')).to.deep.equal(['a: Na 12 maanden.']);
  });

  it('the widget catalog copy of its figures equals the data', () => {
    const fromData: WidgetFigures = {
      parentalNoticeMonthsMin: OUDERSCHAP.noticeMonths.min,
      parentalNoticeMonthsMax: OUDERSCHAP.noticeMonths.max,
      selfRequestWithinWeeks: ZELFSTANDIGE.requestWithinWeeks,
      zorgverlofDaysPerYear: ZORGVERLOF.daysPerYear,
      protectionMonthsAfter: OUDERSCHAP.protectionMonthsAfter,
      disabilityPctMin: OUDERSCHAP.disabilityPctMin,
    };
    expect(WIDGET_FIGURES).to.deep.equal(fromData);
  });

  it('one protection text serves three schemes: they agree on the months after the leave', () => {
    expect([OUDERSCHAP.protectionMonthsAfter, MEDISCHE_BIJSTAND.protectionMonthsAfter, PALLIATIEF.protectionMonthsAfter]).to.deep.equal(Array(3).fill(WIDGET_FIGURES.protectionMonthsAfter));
  });

  it('palliative leave: the period and its extensions make the maximum', () => {
    expect(PALLIATIEF.periodMonths * (1 + PALLIATIEF.extensions)).to.equal(PALLIATIEF.maxMonths);
  });
});

describe('leave texts: one voice', () => {
  it('Dutch says "je kunt" / "kun je", never "je kan" / "kan je" (widget and reason texts)', () => {
    for (const [k, v] of [...Object.entries(strings(nl)), ...Object.entries(strings(rnl))]) {
      expect(v, k).not.to.match(/\b(je kan|kan je)\b|of je \S+ kan\b/i);
    }
  });

  it('Dutch texts with arguments (the letter, the employer intro) say it the same way', () => {
    for (const [k, v] of [...Object.entries(nl), ...Object.entries(rnl)]) {
      if (typeof v !== 'function') continue;
      const text = String((v as (...a: string[]) => unknown)('X', 'X', 'X', 'X'));
      expect(text, k).not.to.match(/\b(je kan|kan je)\b|of je \S+ kan\b/i);
    }
  });

  it('the letter and recognition texts a screenshot review caught say "je kunt" / "kun je"', () => {
    expect(nl['letter.text']).to.include('je kunt de tekst aanpassen');
    expect(nl['letter.intro']).to.include('dat je kunt kopiëren');
    expect(rnl['reason.recognitionCouldBePossible']).to.include('Dan kun je de erkenning');
  });
});
