/**
 * The messages between the iframe page (embed.html) and the partner's page. Documented in
 * docs/embedding/iframe.md; a change here is a breaking change for partners.
 */

/** Frame → parent, on every change of the content height (only with `resize=1&parent=<origin>`). */
export const HEIGHT = 'mantelkit:height';
/** Parent → frame: "send me your height now" (the helper may start after the first message). */
export const HELLO = 'mantelkit:hello';

export interface HeightMessage {
  type: typeof HEIGHT;
  /** The widget id, e.g. `leave-calculator`. */
  widget: string;
  /** CSS pixels the frame needs so it never scrolls inside. */
  height: number;
}

/** The largest height a parent accepts (a frame cannot make a page absurdly long). */
export const MAX_HEIGHT = 20000;

export function isHeightMessage(d: unknown): d is HeightMessage {
  if (typeof d !== 'object' || d === null) return false;
  const m = d as Record<string, unknown>;
  return m.type === HEIGHT && typeof m.widget === 'string' && typeof m.height === 'number' && Number.isFinite(m.height) && m.height >= 0 && m.height <= MAX_HEIGHT;
}
