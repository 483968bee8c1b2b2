/**
 * Verlof voor mantelzorg (caregiver leave): needs the recognition with social rights. Months count per
 * person cared for and over the career; the limits themselves are shared with the recognition quiz.
 * Sources: RVA, "Verlof voor mantelzorg" (RVA_T164); Vlaanderen.be, "Verlof voor mantelzorg".
 */
import { CAREGIVER_LEAVE_CURRENT, CAREGIVER_LEAVE_LIMITS } from '../../recognition.js';
import * as S from '../sources.js';

export const MANTELZORGVERLOF = {
  startsOn: '2020-09-01',
  sources: [S.RVA_T164, S.VL_MANTELZORGVERLOF, S.VL_INTERN_MANTELZORGVERLOF, S.SECUREX_MZ_NOTICE],
  /** Dated: the rules pick the version valid on the request date. */
  limits: CAREGIVER_LEAVE_LIMITS,
  blockMonths: CAREGIVER_LEAVE_CURRENT.blockMonths,
  noticeDaysMin: 7,
} as const;
