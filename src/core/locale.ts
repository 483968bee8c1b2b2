export const LOCALES = ['nl', 'fr', 'en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** `nl-BE` → `nl`, `FR` → `fr`; anything we do not speak → undefined. */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : undefined;
}

/**
 * The element's own `lang`, else the closest ancestor's (crossing shadow roots), else `<html lang>`,
 * else `nl`. An ancestor with a language we do not have (e.g. `lang="es"`) also gives `nl`:
 * the closest declared language decides, as in HTML.
 */
export function resolveLocale(el: Element): Locale {
  let node: Element | null = el;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang !== null && lang.trim() !== '') return normalizeLocale(lang) ?? 'nl';
    if (node.parentElement) node = node.parentElement;
    else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return 'nl';
}

/** BCP 47 tag for Intl: our languages as used in Belgium. */
export function intlTag(locale: Locale): string {
  return `${locale}-BE`;
}
