// Its own module so a widget that only dials a partner's number does not load the routing table.

/**
 * The one `tel:` URI builder. Digits and a leading + only.
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
