/** `parent=https://partner.example`: an origin only (no path), https (http only for localhost while testing). */
export function parentOrigin(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const u = new URL(value);
    const local = u.protocol === 'http:' && /^(?:localhost|127\.0\.0\.1|\[::1\])$/.test(u.hostname);
    if ((u.protocol !== 'https:' && !local) || u.username || u.password || u.origin !== value.replace(/\/$/, '')) return undefined;
    return u.origin;
  } catch {
    return undefined;
  }
}
