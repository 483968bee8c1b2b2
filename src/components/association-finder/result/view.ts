import type { FinderItem, FinderReasonKey, FinderResult } from '../../../rules/finder/index.js';

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
}

function card(item: FinderItem): CardView {
  return {
    item,
    langs: item.reasons.filter((r) => LANGUAGE_REASONS.has(r)),
    why: item.reasons.filter((k) => !LANGUAGE_REASONS.has(k) && !CARD_SILENT.has(k)),
    urgent: item.reasons.includes('reason.danger'),
  };
}

/** The result as the templates show it; `onlyMatching` (the list's filter) keeps only what fits. */
export function toResultView(r: FinderResult, onlyMatching: boolean): ResultView {
  const keep = (items: FinderItem[]): FinderItem[] => (onlyMatching ? items.filter((i) => i.score > 0) : items);
  const associations = keep(r.associations);
  const helplines = keep(r.helplines);
  const services = keep(r.services);
  const count = onlyMatching ? r.urgent.length + r.local.length + associations.length + helplines.length + services.length : r.count;
  return {
    ...r,
    count,
    urgent: r.urgent.map(card),
    local: r.local.map(card),
    associations: associations.map(card),
    helplines: helplines.map(card),
    services: services.filter((s) => s.id !== 'socialeKaart').map(card),
    empty: !r.local.length && !associations.length && !helplines.length && !services.length,
  };
}

/** A link's short label ("zorg-en-gezondheid.be/…"). */
export function hostOf(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname.replace(/\/$/, '');
    return u.host.replace(/^www\./, '') + (path.length > 1 && path.length < 24 ? path : '');
  } catch {
    return url;
  }
}
