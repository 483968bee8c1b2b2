import type { RightsItem, RightsLocal, RightsOverviewResult } from '../../../rules/rights/index.js';

/** One group of the overview: what fits or is worth a check (shown), and what does not (with why). */
export interface RightsGroupView {
  for: 'caregiver' | 'caredFor';
  items: RightsItem[];
  no: RightsItem[];
}

/** What the result screen shows, decided once from the rules' answer (pure: no DOM, no Lit, no texts). */
export interface RightsResultView {
  asOf: string;
  groups: RightsGroupView[];
  yes: number;
  check: number;
  local: RightsLocal | null;
  /** `mz-complete` outcome: ids of the items that fit or are worth a check (no answers). */
  outcome: { items: string[] };
}

const rank = (i: RightsItem): number => (i.highlighted ? 0 : 1) * 2 + (i.fits === true ? 0 : 1);

/** Groups "for you" and "for the person you care for"; within a group the partner's highlights, then yes, then check. */
export function toResultView(res: RightsOverviewResult): RightsResultView {
  const groups = (['caregiver', 'caredFor'] as const).map((who): RightsGroupView => {
    const mine = res.items.filter((i) => i.for === who);
    // A stable sort keeps the rules' order inside each rank.
    const items = mine.filter((i) => i.fits !== false).sort((a, b) => rank(a) - rank(b));
    return { for: who, items, no: mine.filter((i) => i.fits === false) };
  });
  const shown = groups.flatMap((g) => g.items);
  return {
    asOf: res.asOf,
    groups,
    yes: shown.filter((i) => i.fits === true).length,
    check: shown.filter((i) => i.fits === 'check').length,
    local: res.local,
    outcome: { items: shown.map((i) => (i.premiumId ? `${i.id}:${i.premiumId}` : i.id)) },
  };
}
