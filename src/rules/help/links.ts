/**
 * How a widget links out: the one `tel:` builder, the phone check and the one partner-URL policy.
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

const EMAIL = /^[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[^\s@<>"'(),;:.]{2,}$/;
/** One address, no display name, a top-level domain of at least two letters. */
export function isValidEmail(v: string): boolean {
  const t = v.trim();
  return t.length <= 254 && EMAIL.test(t);
}

export interface PartnerUrl {
  /** Absolute for another site; for the page's own origin the path (`/help?x#y`), so it stays same-tab. */
  url: string;
  /** Leaves the partner's site: opens in a new window and says so. */
  external: boolean;
}

/**
 * The one URL policy for every link a partner sets (attributes and JSON): an absolute `https:` URL,
 * or a path on the page's own origin (`base` is the page's URL; pure, so rules stay DOM-free; without
 * it only absolute `https:` passes). Refused: `//host` (protocol-relative), `\` (browsers read it as
 * `/`), whitespace, any other scheme (`http:` elsewhere, `javascript:`, `data:`, `mailto:` …) and a
 * user name or password (`https://bank.be@evil.example`).
 */
export function partnerUrl(value: unknown, base?: string): PartnerUrl | undefined {
  const s = typeof value === 'string' ? value.trim() : '';
  if (!s || s.length > 2000 || /[\s\\]|^\/\//.test(s)) return undefined;
  try {
    const u = new URL(s, base);
    if (!/^https?:$/.test(u.protocol) || u.username || u.password) return undefined;
    if (base && u.origin === new URL(base).origin) return { url: u.pathname + u.search + u.hash, external: false };
    return /^https:/i.test(s) ? { url: u.href, external: true } : undefined;
  } catch {
    return undefined;
  }
}
