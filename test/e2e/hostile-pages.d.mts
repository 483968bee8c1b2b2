/** Types for hostile-pages.mjs (plain JS: the test server's config imports it in Node). */
export interface HostileCase {
  tag: string;
  attrs?: string;
  inner?: string;
  /** [mz-error code, field the message must name]; empty = the page must raise none. */
  expect: Array<[string, string]>;
}
export const HOSTILE_CASES: Record<string, HostileCase>;
export const PARTNER_OFFERS: { offers: Array<{ name: string; phone: string }> };
export function hostilePage(name: string): string | undefined;
