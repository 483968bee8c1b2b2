/**
 * How a widget links out: the one `tel:` builder, the phone check and the onward-link policy.
 * Its own small module: every widget dials, not every widget validates partner offers.
 */

/**
 * The one `tel:` URI builder (helplines and partner numbers alike). Digits and a leading + only.
 * - Short numbers (112, 1813), freephone 0800 and premium 090x numbers stay national
 *   (`tel:080032123`): they cannot be dialled from abroad, and +32 in front would break them.
 * - Other Belgian numbers (0 + area or mobile code, 9 or 10 digits) get +32, so a phone on a
 *   foreign SIM dials them too: `09 123 45 67` → `tel:+3291234567`.
 * - An international 00 prefix becomes +; the trunk 0 written as `+32 (0)9 …` is dropped.
 */
export function telUri(phone: string): string {
  let digits = phone.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  const national = /^0(800|90)/.test(digits);
  if (digits.startsWith('0') && digits.length >= 9 && !national) return `tel:+32${digits.slice(1)}`;
  return `tel:${digits}`;
}

/**
 * A phone number as people write it: digits with spaces, dots, slashes, dashes or brackets, an
 * optional leading +; 3 (short numbers such as 106) to 15 digits (the E.164 maximum).
 */
export function isValidPhone(v: string): boolean {
  const t = v.trim();
  const digits = t.replace(/\D/g, '').length;
  return /^\+?[\d(][\d ./()-]{1,24}$/.test(t) && digits >= 3 && digits <= 15;
}

/**
 * Same-page paths (`/help`, `#finder`, `?x=1`) or http(s), mailto: and tel: links, for onward links
 * to a partner's own pages; never `javascript:`, `data:` …
 */
export function safeLink(value: unknown): string | undefined {
  const s = typeof value === 'string' ? value.trim() : '';
  return /^(https?:\/\/|mailto:|tel:)\S+$/i.test(s) || /^[/#?]\S*$/.test(s) ? s : undefined;
}
