/**
 * RVA allowance for thematic leave, private sector, gross per month (euro), as dated tables, with the
 * two age rules that change which amount applies. Source: RVA, "Bedragen: thematische verloven"
 * (https://www.rva.be/documentatie/bedragen/loopbaanonderbreking-tijdskrediet/thematische-verloven).
 * `null` = the source does not give this figure: the UI then says where to find it.
 */
import {
  DEPLA_SINGLE_PARENT_2017, KATHOND_50_2023, ONEM_2023_02_MEASURES, RVA_AMOUNTS_THEMATIC, RVA_SINGLE_PARENT_2023, RVA_SINGLE_PARENT_FAQ,
} from '../sources.js';
import { BENEFIT_INDEX_STEPS, stepDatesAfter } from './index-steps.js';
import { COVERAGE_FROM } from '../coverage.js';
import type { RvaTable } from '../types.js';

export const RVA_THEMATIC_PRIVATE: readonly RvaTable[] = [
  {
    id: 'rva-thematic-private-2022-12-01',
    usedBy: ['mantelzorgverlof', 'medischeBijstand', 'palliatiefVerlof', 'ouderschapsverlof'],
    validFrom: '2022-12-01',
    singleParentValidFrom: '2023-07-01',
    dateStated: true,
    sources: [RVA_AMOUNTS_THEMATIC, RVA_SINGLE_PARENT_2023],
    amounts: {
      FT: 978.24,
      HALF: 489.11,
      // Not on the RVA page we read; a figure of about €166 would be our own estimate, so none is shipped.
      ONE_FIFTH: null,
      ONE_TENTH: null,
      FT_singleParentOwnChild: 1666.57,
      HALF_singleParentOwnChild: 833.29,
    },
    // No newer RVA table was found (searched December 2026). The later dated 2 % benefit steps
    // (./index-steps.ts) make the rules show an estimate: official amount × 1.02ⁿ, marked "about".
    followsBenefitIndex: true,
    currentTableUrl: RVA_AMOUNTS_THEMATIC,
    indexedLaterOn: stepDatesAfter('2022-12-01'),
    indexSources: BENEFIT_INDEX_STEPS.flatMap((x) => x.sources),
  },
];

/**
 * Increased single-parent allowance (RVA FAQ "Ontvang ik de verhoogde onderbrekingsuitkeringen?"): the
 * worker lives only with dependent children and the leave is for their own child below this age
 * (palliative, caregiver and medical assistance leave); for parental leave the parental age limits
 * apply (12, or 21 with a disability).
 */
export const SINGLE_PARENT = {
  validFrom: COVERAGE_FROM,
  sources: [RVA_AMOUNTS_THEMATIC, RVA_SINGLE_PARENT_FAQ],
  childAgeBelow: 18,
} as const;

/**
 * Workers aged 50+ got a higher amount for thematic leave taken ½, 1/5 or 1/10; abolished in all sectors
 * for requests made to the employer from `endedForRequestsFrom` (ONEM, "Nouvelles mesures applicables à
 * partir du 01.02.2023"). Before 2023 the single-parent increase for reductions also needed the worker
 * to be under `ageFrom`.
 */
export const OVER_50_SUPPLEMENT = {
  // The single-parent "under 50 for reductions" rule is documented from 1 June 2017 (Advocatenkantoor De Pla, 2017).
  validFrom: '2017-06-01',
  endedForRequestsFrom: '2023-02-01',
  ageFrom: 50,
  sources: [ONEM_2023_02_MEASURES, KATHOND_50_2023, DEPLA_SINGLE_PARENT_2017],
} as const;
