/**
 * Dated 2 % index steps of the Belgian social benefits (career-break and thematic-leave allowances
 * included) since the newest RVA amounts table we found (index of 1 December 2022). The rules use them
 * to estimate today's amount from an older official table (src/rules/leave/engine/amounts.ts); they
 * never change the official figure itself.
 *
 * Benefits rise with 2 % from the month after the "spilindex" is passed; since 1 July 2025, in the
 * third month after (FOD Sociale Zekerheid, "Indexering van de sociale uitkeringen",
 * https://socialsecurity.belgium.be/nl/cijfers-van-sociale-bescherming/statistische-publicaties/indexering-van-de-sociale-uitkeringen;
 * Belga via Arabel, 2025-04-16, https://arabel.fm/?p=21213). Only steps a public page dates are listed:
 * a forecast step (October 2026, Federal Planning Bureau via BX1, 2026-03-10) is not.
 */
import {
  INDEX_2023_11, INDEX_2024_05, INDEX_2024_05_ATTENTIA, INDEX_2025_01_BOSA, INDEX_2025_02_TRENDS, INDEX_2025_12_ACERTA, INDEX_2026_03_CESSOC,
} from '../sources.js';

export interface IndexStep {
  /** First day the benefits are 2 % higher. */
  readonly validFrom: string;
  /** Percentage of the step. */
  readonly pct: number;
  readonly sources: readonly string[];
}

export const BENEFIT_INDEX_STEPS: readonly IndexStep[] = [
  // Orbiss (HR firm), "Spilindex overschreden in oktober 2023": benefits +2 % in November 2023.
  { validFrom: '2023-11-01', pct: 2, sources: [INDEX_2023_11] },
  // ABVV, 2024-05-27 (names time credit and thematic leave); Attentia, 2024-05-13.
  { validFrom: '2024-05-01', pct: 2, sources: [INDEX_2024_05, INDEX_2024_05_ATTENTIA] },
  // BOSA, "Index januari 2025" (pass); Trends/Le Vif (Belga), December 2025 (benefits +2 % in February 2025).
  { validFrom: '2025-02-01', pct: 2, sources: [INDEX_2025_01_BOSA, INDEX_2025_02_TRENDS] },
  // Acerta, "Dépassement de l'indice pivot en décembre 2025": +2 % "le troisième mois", March 2026; CESSoC.
  { validFrom: '2026-03-01', pct: 2, sources: [INDEX_2025_12_ACERTA, INDEX_2026_03_CESSOC] },
];

/** Dates of the steps after `from` (a table's date): the steps an estimate from that table may add. */
export const stepDatesAfter = (from: string): string[] => BENEFIT_INDEX_STEPS.filter((s) => s.validFrom > from).map((s) => s.validFrom);
