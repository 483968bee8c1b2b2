/** Version and time span of the leave data as a whole. */
import { BREAK_AT_WORK } from './sources.js';

/** Version of this data set (the date the sources were last researched). */
export const LEAVE_DATA_VERSION = '2026-11-23';

/**
 * Our sources describe the rules from 1 Sep 2020 (start of caregiver leave and recognition).
 * Before that date the calculator says "check" instead of applying today's rules to the past.
 */
export const COVERAGE_FROM = '2020-09-01';

/** Under this age a person is a minor (hospitalised-child leave, time credit "seriously ill minor child"). */
export const MINOR_AGE_BELOW = 18;

/** Where users find their official remaining balance (RVA / social security, Break@Work). */
export const BALANCE_URL = BREAK_AT_WORK;
