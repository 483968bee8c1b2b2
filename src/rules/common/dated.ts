/**
 * "Which version applies on this date": the one lookup for every dated table and rule block
 * (leave amounts, leave limits, …). Pure logic, so it lives in rules, not next to the data.
 */

/**
 * The newest entry whose `validFrom` is on or before `date`, or undefined when `date` is before
 * all of them. ISO dates (YYYY-MM-DD) compare correctly as strings. The list need not be sorted.
 */
export function newestValidOn<T extends { readonly validFrom: string }>(list: readonly T[], date: string): T | undefined {
  let found: T | undefined;
  for (const entry of list) if (entry.validFrom <= date && (!found || entry.validFrom > found.validFrom)) found = entry;
  return found;
}
