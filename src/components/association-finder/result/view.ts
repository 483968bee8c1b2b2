import type { FinderItem, FinderReasonKey, FinderResult } from '../../../rules/finder/index.js';
import { bestMatches } from '../../../rules/finder/rank.js';

/** Reasons not repeated on each card (said once for the group, or shown another way). */
const CARD_SILENT = new Set<string>(['reason.local', 'reason.danger', 'reason.forAllCaregivers', 'reason.freeMembership']);
const LANGUAGE_REASONS = new Set<FinderReasonKey>(['reason.inDutch', 'reason.inFrench', 'reason.inGerman', 'reason.sameLanguage']);

export interface CardView {
  item: FinderItem;
  /** Language notes: facts about the card, not reasons it fits (shown as badges). */
  langs: FinderReasonKey[];
  /** Why it fits, without what the group intro says once for all. */
  why: FinderReasonKey[];
  /** Fits because the reader is in danger: its call link is a button. */
  urgent: boolean;
}

export interface ResultView extends Omit<FinderResult, 'urgent' | 'local' | 'associations' | 'helplines' | 'services'> {
  urgent: CardView[];
  local: CardView[];
  associations: CardView[];
  helplines: CardView[];
  /** Without De Sociale Kaart (a link paragraph of its own). */
  services: CardView[];
  /** Nothing but the urgent lines and the premium. */
  empty: boolean;
  /**
   * The guided result's best matches, best first (rules/finder/rank.ts); the groups above then hold
   * only the rest, shown after "show all". Empty when nothing is folded away (the list view, no
   * answer to compare, or nothing left over).
   */
  best: CardView[];
}

function card(item: FinderItem): CardView {
  return {
    item,
    langs: item.reasons.filter((r) => LANGUAGE_REASONS.has(r)),
    why: item.reasons.filter((k) => !LANGUAGE_REASONS.has(k) && !CARD_SILENT.has(k)),
    urgent: item.reasons.includes('reason.danger'),
  };
}

/**
 * The result as the templates show it; `onlyMatching` (the list's filter) keeps only what fits;
 * `rank` (the guided result) puts the best matches first and the rest in the groups.
 */
export function toResultView(r: FinderResult, onlyMatching: boolean, rank = false): ResultView {
  const keep = (items: FinderItem[]): FinderItem[] => (onlyMatching ? items.filter((i) => i.score > 0) : items);
  const associations = keep(r.associations);
  const helplines = keep(r.helplines);
  const services = keep(r.services);
  const cardServices = services.filter((s) => s.id !== 'socialeKaart');
  const best = rank ? bestMatches([...associations, ...helplines, ...cardServices]) : [];
  const folded = best.length > 0 && best.length < associations.length + helplines.length + cardServices.length;
  const rest = (items: FinderItem[]): FinderItem[] => (folded ? items.filter((i) => !best.includes(i)) : items);
  const count = onlyMatching ? r.urgent.length + r.local.length + associations.length + helplines.length + services.length : r.count;
  return {
    ...r,
    count,
    urgent: r.urgent.map(card),
    local: r.local.map(card),
    associations: rest(associations).map(card),
    helplines: rest(helplines).map(card),
    services: rest(cardServices).map(card),
    empty: !r.local.length && !associations.length && !helplines.length && !services.length,
    best: folded ? best.map(card) : [],
  };
}

/** A link's short label ("zorg-en-gezondheid.be/…"); `base` resolves a partner's path on its own site. */
export function hostOf(url: string, base?: string): string {
  try {
    const u = new URL(url, base);
    const path = u.pathname.replace(/\/$/, '');
    return u.host.replace(/^www\./, '') + (path.length > 1 && path.length < 24 ? path : '');
  } catch {
    return url;
  }
}
