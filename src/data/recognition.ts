/**
 * Federal recognition as a caregiver (erkenning als mantelzorger) and the caregiver leave it opens:
 * the figures the recognition quiz and the leave calculator both show and compute with. One file, so
 * a change in the law is one edit; test/rules/quiz/data.test.ts ties the readers to it.
 *
 * Sources: Koninklijk besluit of 16 June 2020 (Belgisch Staatsblad, in force 1 September 2020),
 * https://www.ejustice.just.fgov.be/eli/besluit/2020/06/16/2020202727/justel; the health funds'
 * explanation (Samana, "Erkenning als mantelzorger", https://www.samana.be/erkenning-mantelzorger/);
 * RVA, "Verlof voor mantelzorg" (https://www.rva.be/burgers/loopbaanonderbreking-tijdskrediet-en-thematische-verloven/thematische-verloven-alle-sectoren/verlof-voor-mantelzorg).
 * Numbers and URLs only: the wording lives in the i18n catalogs.
 */
import type { Dated } from './leave/types.js';

// Source pages (the leave data re-exports them from src/data/leave/sources.ts).
export const SAMANA_RECOGNITION = 'https://www.samana.be/erkenning-mantelzorger/';
export const RVA_T164 =
  'https://www.rva.be/burgers/loopbaanonderbreking-tijdskrediet-en-thematische-verloven/thematische-verloven-alle-sectoren/verlof-voor-mantelzorg';
export const DILLEN_3_MONTHS = 'https://www.dillenadvocaten.be/documents/news-items/kl2585014-mantelzorgverlof-uitgebreid-tot-3-maanden.xml?lang=nl';
export const SALAR_2021 = 'https://www.salar.be/nieuws/wijziging-mantelzorg-vanaf-01-09-2021/';
export const NIEL_OLD_RULE = 'https://www.niel.be/product/1837/verlof-voor-mantelzorg';
export const VL_MANTELZORGVERLOF = 'https://www.vlaanderen.be/verlof-voor-mantelzorg';
export const TIJD_2020 = 'https://www.tijd.be/netto/loopbaan/mantelzorgverlof-kan-vanaf-1-september/10239478.html';

/** Date the figures below were last checked against the sources. */
export const RECOGNITION_CHECKED_ON = '2026-11-23';

/** The recognition itself (law of 12 May 2014, KB of 16 June 2020), asked at the caregiver's own health fund. */
export const CAREGIVER_RECOGNITION = {
  validFrom: '2020-09-01',
  checkedOn: RECOGNITION_CHECKED_ON,
  socialRights: {
    /** Help of at least this many hours a month, or this many a year, for recognition with social rights. */
    minHoursPerMonth: 50,
    minHoursPerYear: 600,
    /** Recognition with social rights lasts this many years, then must be asked again. */
    validityYears: 1,
  },
  /** The page the leave calculator names for the recognition. */
  leaveSources: [SAMANA_RECOGNITION],
  sources: [
    'http://www.ejustice.just.fgov.be/eli/besluit/2020/06/16/2020202727/justel',
    SAMANA_RECOGNITION,
    'https://www.vlaamse-ouderenraad.be/actualiteit/welzijn-zorg/vraag-je-mantelzorgerkenning-en-mantelzorgverlof-nu-aan',
    'https://www.eerstelijnszone.be/erkenning-als-mantelzorger-%E2%80%93-mantelzorgverlof',
  ],
} as const;

/** Months of caregiver leave (verlof voor mantelzorg) per person cared for and over the career. */
export interface CaregiverLeaveLimits {
  perPersonFT: number;
  perPersonPartial: number;
  careerFT: number | null;
  careerPartial: number | null;
}

/**
 * The first rule (1 month full-time or 2 part-time per person), still on outdated municipal pages
 * such as Niel, "Verlof voor mantelzorg" (https://www.niel.be/product/1837/verlof-voor-mantelzorg).
 * The career maximum of 6 months full-time or 12 part-time applied from the start: De Tijd (Netto),
 * "Mantelzorgverlof kan vanaf 1 september", 2020 (TIJD_2020).
 */
export const CAREGIVER_LEAVE_LIMITS_2020: Dated<CaregiverLeaveLimits> = {
  validFrom: '2020-09-01',
  sources: [NIEL_OLD_RULE, RVA_T164, TIJD_2020],
  value: { perPersonFT: 1, perPersonPartial: 2, careerFT: 6, careerPartial: 12 },
};

/** For notices from 1 September 2021: 3 months full-time or 6 part-time per person, 6 / 12 over the career. */
export const CAREGIVER_LEAVE_LIMITS_2021: Dated<CaregiverLeaveLimits> = {
  validFrom: '2021-09-01',
  sources: [DILLEN_3_MONTHS, SALAR_2021, VL_MANTELZORGVERLOF],
  value: { perPersonFT: 3, perPersonPartial: 6, careerFT: 6, careerPartial: 12 },
};

/** Every version of the caregiver-leave limits, for the leave rules (they pick by request date). */
export const CAREGIVER_LEAVE_LIMITS: readonly Dated<CaregiverLeaveLimits>[] = [CAREGIVER_LEAVE_LIMITS_2020, CAREGIVER_LEAVE_LIMITS_2021];

/** The limits in force now, for texts that state today's rule (the quiz result). */
export const CAREGIVER_LEAVE_CURRENT = {
  validFrom: CAREGIVER_LEAVE_LIMITS_2021.validFrom,
  limits: CAREGIVER_LEAVE_LIMITS_2021.value,
  /** Part-time caregiver leave is taken in blocks of this many months; full-time per month. */
  blockMonths: { FT: 1, partial: 2 },
  sources: [RVA_T164, VL_MANTELZORGVERLOF],
} as const;
