/**
 * leaveOptions(): which leave schemes fit a worker's situation, in which forms, for how long, and
 * for what gross amount, on a given date. Pure: reads src/data/leave/, no DOM, no I/O.
 *
 * Principle: an unknown or unsure fact gives `'check'` (ask HR / the RVA) or a null amount, never
 * a guess. Every gate adds a catalog key to `reasons`, so the UI can say why.
 *
 * This file only wires the schemes: one rule file per scheme in ./schemes/ (named after the id in the
 * result), the shared skeleton in ./engine/. Two schemes depend on others, and say so in their
 * signature: dwingende redenen on the zorgverlof verdict (one pot of days), the Flemish premium on the
 * leaves that carry it.
 */
import { BALANCE_URL, COVERAGE_FROM, LEAVE_DATA_VERSION } from '../../data/leave/index.js';
import { makeContext } from './engine/context.js';
import { baseDetails } from './engine/verdict.js';
import { sanitiseLeaveOverlay } from './overlay.js';
import { recognition } from './recognition.js';
import { withRequestCheck } from './request.js';
import { checkLeaveInput } from './validate.js';
import { aanmoedigingspremie, withPremium } from './schemes/aanmoedigingspremie.js';
import { dwingendeRedenen } from './schemes/dwingendeRedenen.js';
import { mantelzorguitkeringZelfstandige } from './schemes/mantelzorguitkeringZelfstandige.js';
import { mantelzorgverlof } from './schemes/mantelzorgverlof.js';
import { medischeBijstand } from './schemes/medischeBijstand.js';
import { ouderschapsverlof } from './schemes/ouderschapsverlof.js';
import { palliatiefVerlof } from './schemes/palliatiefVerlof.js';
import { tijdskredietZorg } from './schemes/tijdskredietZorg.js';
import { vlaamsZorgkrediet } from './schemes/vlaamsZorgkrediet.js';
import { zorgverlof } from './schemes/zorgverlof.js';
import type { LeaveOptionsConfig, LeaveResult, LeaveSchemeId, LeaveSchemeResult, LeaveSituation } from './types.js';

export { leaveToday } from './engine/dates.js';

/** Order in which schemes are returned (and shown). */
export const LEAVE_SCHEME_IDS: readonly LeaveSchemeId[] = [
  'mantelzorgverlof', 'medischeBijstand', 'palliatiefVerlof', 'ouderschapsverlof', 'tijdskredietZorg',
  'zorgverlof', 'dwingendeRedenen', 'aanmoedigingspremie', 'vlaamsZorgkrediet', 'mantelzorguitkeringZelfstandige',
];

/**
 * Every leave scheme for this situation on `asOf` (default: today, Brussels time).
 *
 * A missing (`undefined`) field, or a `null`/`undefined` situation, means "not answered" and leads to
 * "check", never a guess. A value the rules cannot read throws before any rule runs, with its JSON
 * path, the value and what is allowed (vocabulary: the component README, "rules without the UI"):
 * @throws {TypeError} a field of the wrong type (`workRegime: "1"`, `caredFor: []`, a non-plain object).
 * @throws {RangeError} an unknown word (`caredFor.relation: "brother" is not one of spouse, …`), NaN,
 *   Infinity, a negative or out-of-bounds number, an impossible date, an unknown key in `used`, in one of
 *   its `{ FT, partial }` counters or in `config`, and any `__proto__`/`constructor`/`prototype` key.
 * `config.overlay` is partner data: it is sanitised (bad parts dropped), never thrown on.
 */
export function leaveOptions(situation: LeaveSituation | null | undefined, config: LeaveOptionsConfig = {}): LeaveResult {
  checkLeaveInput(situation, config);
  const c = makeContext(situation, config);
  const { asOf } = c;
  const employer = sanitiseLeaveOverlay(config.overlay).overlay;
  const recognitionResult = recognition(c);

  if (asOf < COVERAGE_FROM || c.ruleDate < COVERAGE_FROM) {
    // Our sources start on 1 Sep 2020; applying today's rules to earlier dates would be a guess.
    const schemes = LEAVE_SCHEME_IDS.map((scheme): LeaveSchemeResult => ({
      scheme, available: 'check', reasons: ['reason.beforeCoverage'], forms: [], notes: [], ratesTable: null,
      validFrom: COVERAGE_FROM, sources: [BALANCE_URL], details: baseDetails({}),
    }));
    return { asOf, dataVersion: LEAVE_DATA_VERSION, schemes, recognition: recognitionResult, employer };
  }

  // The leaves that can carry the Flemish premium.
  const carriers = [mantelzorgverlof(c), medischeBijstand(c), palliatiefVerlof(c), ouderschapsverlof(c), tijdskredietZorg(c)];
  const premium = aanmoedigingspremie(c, carriers);
  const zv = zorgverlof(c);
  const schemes = [
    ...carriers.map((r) => withPremium(c, premium, r)),
    zv, dwingendeRedenen(c, zv), premium, vlaamsZorgkrediet(c), mantelzorguitkeringZelfstandige(c),
  ].map((r) => withRequestCheck(c, r));
  return { asOf, dataVersion: LEAVE_DATA_VERSION, schemes, recognition: recognitionResult, employer };
}
