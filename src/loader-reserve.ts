/**
 * Reserves each widget's intro height while its chunk loads, so the page does not shift when it
 * appears (CLS 0 without any partner CSS). Before an element is defined its shadow styles do not
 * exist, so the loader adopts one constructed stylesheet on the document: no <style> element and no
 * style attribute, so it works under a strict CSP. Every selector sits in `:where()` (zero
 * specificity): any partner rule on the element wins, and `--mz-reserve-block-size` on the element or
 * an ancestor sets the height for every widget. Once defined, the element keeps the same reserve
 * until its first render (core host styles read `--_mz-reserve`), then its content sizes it.
 */

/**
 * Intro heights in px per language (nl, fr, en, de), each as [at 375 px wide, at 720 px and wider
 * (the widget's maximum width)], measured with the browser's default font by
 * `node scripts/bench/reserve.mjs` (docs/performance.md). Between the two widths the reserve follows
 * a straight line; text wraps less on wider screens, so the intro gets shorter.
 */
const HEIGHTS: Readonly<Record<string, readonly number[]>> = {
  'mz-association-finder': [608, 334, 641, 494, 554, 386, 629, 411],
  'mz-employer-scan': [757, 484, 805, 562, 751, 484, 853, 538],
  'mz-hinge-moment': [542, 360, 592, 384, 485, 330, 670, 432],
  'mz-leave-calculator': [381, 230, 435, 230, 351, 230, 459, 260],
  'mz-overload-check': [590, 438, 590, 438, 560, 414, 612, 459],
  'mz-policy-scan': [781, 508, 853, 538, 775, 508, 853, 586],
  'mz-recognition-quiz': [557, 431, 581, 431, 581, 407, 605, 431],
  'mz-rights-overview': [323, 254, 347, 254, 323, 254, 399, 254],
};
const LANGS = ['nl', 'fr', 'en', 'de'];

/** The reserve sheet's text: Dutch heights by default (the widgets' fallback language), then per `:lang()`. */
export function reserveCss(heights: Readonly<Record<string, readonly number[]>> = HEIGHTS): string {
  const rules: string[] = [];
  for (const [tag, h] of Object.entries(heights)) {
    LANGS.forEach((lang, i) => {
      const narrow = h[2 * i] ?? 0;
      const wide = h[2 * i + 1] ?? 0;
      const slope = ((narrow - wide) / 345).toFixed(3);
      rules.push(`:where(${tag}${i ? `:lang(${lang})` : ''}){--_mz-reserve:max(${wide}px,${narrow}px - ${slope}*(100vw - 375px))}`);
    });
  }
  const waiting = Object.keys(heights).map((t) => `${t}:not(:defined)`);
  rules.push(`:where(${waiting.join()}){display:block;min-block-size:var(--mz-reserve-block-size,var(--_mz-reserve))}`);
  return rules.join('\n');
}

const KEY = Symbol.for('mantelkit.reserve');

/** Adopts the reserve sheet on `doc` once (a second loader on the page finds it there). */
export function reserveSpace(doc: Document = document): CSSStyleSheet | undefined {
  const holder = doc as unknown as Record<symbol, CSSStyleSheet | undefined>;
  if (holder[KEY]) return holder[KEY];
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(reserveCss());
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    holder[KEY] = sheet;
    return sheet;
  } catch {
    // No constructable stylesheets (a very old browser): the page may shift once; nothing else changes.
    return undefined;
  }
}

reserveSpace();
