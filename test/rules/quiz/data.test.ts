import { expect } from '@open-wc/testing';
import { FEDERAL_RECOGNITION, RECOGNITION_META, RECOGNITION_SOURCE_BY_LOCALE, RECOGNITION_THRESHOLDS } from '../../../src/data/quiz/recognition.js';
import { CAREGIVER_LEAVE_LIMITS, CAREGIVER_RECOGNITION } from '../../../src/data/recognition.js';
import { MANTELZORGVERLOF, RECOGNITION } from '../../../src/data/leave/index.js';
import { newestValidOn } from '../../../src/rules/common/dated.js';
import { RECOGNITION_FIGURES, withFigures, type RecognitionFigures } from '../../../src/i18n/recognition-figures.js';
import { nlTexts as quizNl } from '../../../src/i18n/quiz/nl.js';
import { frTexts as quizFr } from '../../../src/i18n/quiz/fr.js';
import { enTexts as quizEn } from '../../../src/i18n/quiz/en.js';
import { deTexts as quizDe } from '../../../src/i18n/quiz/de.js';
import { nlTexts as quizResNl } from '../../../src/i18n/quiz/result/nl.js';
import { frTexts as quizResFr } from '../../../src/i18n/quiz/result/fr.js';
import { enTexts as quizResEn } from '../../../src/i18n/quiz/result/en.js';
import { deTexts as quizResDe } from '../../../src/i18n/quiz/result/de.js';
import { nlTexts as leaveNl } from '../../../src/i18n/leave/reasons/nl.js';
import { frTexts as leaveFr } from '../../../src/i18n/leave/reasons/fr.js';
import { enTexts as leaveEn } from '../../../src/i18n/leave/reasons/en.js';
import { deTexts as leaveDe } from '../../../src/i18n/leave/reasons/de.js';
import { YOUNG_META } from '../../../src/data/quiz/young.js';
import { LEARN_MORE_LINKS, OFFICIAL_LINKS, YOUNG_LINKS_SOURCES, YOUNG_SERVICE_LINKS } from '../../../src/data/quiz/links.js';
import { ROUTES } from '../../../src/data/help/routes.js';

const isUrl = (s: string) => /^https?:\/\/[^\s]+$/.test(s);
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

describe('quiz data: dated and sourced', () => {
  it('every data file has a version, a valid-from date and source URLs', () => {
    for (const meta of [RECOGNITION_META, YOUNG_META]) {
      expect(meta.version).to.match(/^\d+\.\d+\.\d+$/);
      expect(isDate(meta.validFrom)).to.equal(true);
      expect(meta.sources.length).to.be.greaterThan(0);
      meta.sources.forEach((s) => expect(isUrl(s), s).to.equal(true));
    }
  });
  it('the federal recognition facts carry their dates and sources', () => {
    const f = FEDERAL_RECOGNITION;
    expect(isDate(f.validFrom)).to.equal(true);
    expect(isDate(f.checkedOn)).to.equal(true);
    expect(isDate(f.leave.validFrom)).to.equal(true);
    [...f.sources, ...f.leave.sources].forEach((s) => expect(isUrl(s), s).to.equal(true));
    Object.values(RECOGNITION_SOURCE_BY_LOCALE).forEach((s) => expect(isUrl(s.url)).to.equal(true));
  });
});

describe('recognition figures: the quiz and the leave calculator read the same ones', () => {
  it('the quiz, the leave rules and the leave limits read one recognition data file', () => {
    const sr = CAREGIVER_RECOGNITION.socialRights;
    expect(FEDERAL_RECOGNITION.socialRights).to.equal(sr);
    expect(RECOGNITION.socialRightsHoursPerMonth).to.equal(sr.minHoursPerMonth);
    expect(RECOGNITION.socialRightsHoursPerYear).to.equal(sr.minHoursPerYear);
    expect(MANTELZORGVERLOF.limits).to.equal(CAREGIVER_LEAVE_LIMITS);
    // The limits the quiz states are the ones the leave rules apply today.
    const today = newestValidOn(MANTELZORGVERLOF.limits, FEDERAL_RECOGNITION.checkedOn);
    expect(today?.validFrom).to.equal(FEDERAL_RECOGNITION.leave.validFrom);
    expect(today?.value.perPersonFT).to.equal(FEDERAL_RECOGNITION.leave.maxMonthsFullTimePerPerson);
    expect(today?.value.perPersonPartial).to.equal(FEDERAL_RECOGNITION.leave.maxMonthsPartTimePerPerson);
    // The quiz's "50 or more" answer is the social-rights threshold.
    expect(RECOGNITION_THRESHOLDS.socialRightsHours).to.equal(`${sr.minHoursPerMonth}plus`);
  });

  const catalogs: Record<string, object> = {
    'quiz nl': quizNl, 'quiz fr': quizFr, 'quiz en': quizEn, 'quiz de': quizDe,
    'quiz result nl': quizResNl, 'quiz result fr': quizResFr, 'quiz result en': quizResEn, 'quiz result de': quizResDe,
    'leave nl': leaveNl, 'leave fr': leaveFr, 'leave en': leaveEn, 'leave de': leaveDe,
  };
  const figureNames = Object.keys(RECOGNITION_FIGURES) as (keyof RecognitionFigures)[];
  for (const [name, texts] of Object.entries(catalogs)) {
    it(`${name}: figure strings render the data's figures, and only those`, () => {
      const now = withFigures(texts) as Record<string, unknown>;
      let figureStrings = 0;
      // Change one figure at a time to a number no text contains: the strings that change take it as a parameter.
      for (const fig of figureNames) {
        const changed = withFigures(texts, { ...RECOGNITION_FIGURES, [fig]: 987 }) as Record<string, unknown>;
        for (const k of Object.keys(texts).filter((key) => now[key] !== changed[key])) {
          figureStrings++;
          expect(String(changed[k]), `${k}: ${fig}`).to.include('987');
          expect(String(now[k]), `${k}: ${fig}`).to.include(String(RECOGNITION_FIGURES[fig]));
        }
      }
      expect(figureStrings, 'figure strings').to.be.greaterThan(0);
      const changed = withFigures(texts, { ...RECOGNITION_FIGURES, hoursPerMonth: 987 }) as Record<string, unknown>;
      // No string states the social-rights hours without taking them from the data.
      for (const [k, v] of Object.entries(changed)) {
        if (typeof v === 'string') expect(v, k).not.to.match(new RegExp(`\\b${CAREGIVER_RECOGNITION.socialRights.minHoursPerMonth} (uur|heures|hours|Stunden)`));
      }
    });
  }
});

describe('quiz links and help lines', () => {
  it('every onward link is an http(s) URL in every language', () => {
    for (const byLocale of [...Object.values(OFFICIAL_LINKS), LEARN_MORE_LINKS]) {
      for (const lang of ['nl', 'fr', 'en', 'de'] as const) expect(isUrl(byLocale[lang]), `${lang}`).to.equal(true);
    }
    for (const byLocale of Object.values(YOUNG_SERVICE_LINKS)) Object.values(byLocale).forEach((u) => expect(isUrl(u)).to.equal(true));
    YOUNG_LINKS_SOURCES.forEach((u) => expect(isUrl(u)).to.equal(true));
  });
  // The ids themselves are typed (HelplineId), so the compiler proves each line exists.
  it('"need help now?" names 112 first', () => {
    for (const audience of ['adult', 'young'] as const) {
      for (const ids of Object.values(ROUTES.helpNow[audience])) {
        expect(ids[0]).to.equal('emergency');
      }
    }
  });
});
