/**
 * Referral routing for the overload check: which help to show for a band, audience and language.
 * Its own module (pure, tiny) so the widget can show the "Need help now?" lines on every step
 * without loading the scoring code.
 */
import { RED_FLAG_IDS, type OverloadAudience, type OverloadLevel, type RedFlagId } from '../../data/overload/thresholds.js';
import { linesFor } from '../help/lines.js';
import type { Helpline, HelplineId } from '../../data/help/helplines.js';
import {
  REFERRAL_ROLES,
  SERVICE_BY_LANG,
  URGENT_ROLE_FOR_FLAG,
  isServiceRole,
  type OverloadLang,
  type OverloadReferralId,
  type ReferralRole,
} from '../../data/overload/referrals.js';

export type OverloadBand = OverloadLevel | 'urgent' | 'incomplete';

/**
 * Referral ids for a band, audience and language: phone-line roles resolved by the project-wide
 * routing table (`linesFor`), service roles per language; duplicates dropped.
 * For `urgent`, the lines matching the given red flags move up to just after 112.
 */
export function overloadReferrals(
  band: OverloadBand,
  audience: OverloadAudience = 'adult',
  lang: OverloadLang = 'nl',
  redFlags: readonly RedFlagId[] = [],
): OverloadReferralId[] {
  let roles: readonly ReferralRole[] = REFERRAL_ROLES[audience][band];
  if (band === 'urgent' && redFlags.length) {
    const first = RED_FLAG_IDS.filter((f) => redFlags.includes(f)).map((f) => URGENT_ROLE_FOR_FLAG[f]);
    roles = ['danger', ...first.filter((r) => roles.includes(r)), ...roles.filter((r) => r !== 'danger' && !first.includes(r))];
  }
  const ids: OverloadReferralId[] = [];
  for (const role of roles) {
    const found = isServiceRole(role) ? SERVICE_BY_LANG[role][lang] : linesFor(role, audience, lang);
    for (const id of found) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * The phone lines among `ids`, in order (the "Need help now?" lines on every step). The table comes
 * in as a value: it is a chunk of its own, loaded when the disclosure opens or the questions start.
 */
export function overloadHelplines(ids: readonly OverloadReferralId[], table: Readonly<Record<HelplineId, Helpline>>): Helpline[] {
  return ids.filter((id): id is HelplineId => id in table).map((id) => table[id]);
}
