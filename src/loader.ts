import { startLoader, type TextImports, type WidgetImports } from './loader-scan.js';
import './loader-reserve.js';

/**
 * THE script partners embed (`dist/mantelkit.js`, an ES module). It imports only the widgets present
 * on the page, now and later, relative to its own URL. Loading it twice does nothing but warn on a
 * version mismatch. It never throws: a chunk that fails to load is a console warning, and the
 * element's light-DOM fallback stays visible.
 */

// Kept literal (not imported from core/version.ts) so the loader pulls in no shared chunk;
// test/core/version.test.ts keeps it equal to VERSION.
const VERSION = '0.1.0';

const WIDGETS: WidgetImports = {
  'mz-recognition-quiz': () => import('./components/recognition-quiz/define.js'),
  'mz-association-finder': () => import('./components/association-finder/define.js'),
  'mz-leave-calculator': () => import('./components/leave-calculator/define.js'),
  'mz-overload-check': () => import('./components/overload-check/define.js'),
  'mz-hinge-moment': () => import('./components/hinge-moment/define.js'),
  'mz-policy-scan': () => import('./components/policy-scan/define.js'),
  'mz-employer-scan': () => import('./components/employer-scan/define.js'),
  'mz-rights-overview': () => import('./components/rights-overview/define.js'),
};

// The language chunks each widget renders its first screen with (core + its own catalog: the same
// modules its catalogs import), started in parallel with the widget chunk: one round trip, not two.
const core: TextImports = {
  nl: () => import('./i18n/core/nl.js'),
  fr: () => import('./i18n/core/fr.js'),
  en: () => import('./i18n/core/en.js'),
  de: () => import('./i18n/core/de.js'),
};
const own = (texts: TextImports): TextImports[] => [core, texts];
const TEXTS: Record<string, TextImports[]> = {
  'mz-recognition-quiz': own({
    nl: () => import('./i18n/quiz/nl.js'),
    fr: () => import('./i18n/quiz/fr.js'),
    en: () => import('./i18n/quiz/en.js'),
    de: () => import('./i18n/quiz/de.js'),
  }),
  'mz-association-finder': own({
    nl: () => import('./i18n/finder/nl.js'),
    fr: () => import('./i18n/finder/fr.js'),
    en: () => import('./i18n/finder/en.js'),
    de: () => import('./i18n/finder/de.js'),
  }),
  'mz-leave-calculator': own({
    nl: () => import('./i18n/leave/nl.js'),
    fr: () => import('./i18n/leave/fr.js'),
    en: () => import('./i18n/leave/en.js'),
    de: () => import('./i18n/leave/de.js'),
  }),
  'mz-overload-check': own({
    nl: () => import('./i18n/overload/nl.js'),
    fr: () => import('./i18n/overload/fr.js'),
    en: () => import('./i18n/overload/en.js'),
    de: () => import('./i18n/overload/de.js'),
  }),
  'mz-hinge-moment': own({
    nl: () => import('./i18n/hinge/nl.js'),
    fr: () => import('./i18n/hinge/fr.js'),
    en: () => import('./i18n/hinge/en.js'),
    de: () => import('./i18n/hinge/de.js'),
  }),
  'mz-policy-scan': own({
    nl: () => import('./i18n/policy-scan/nl.js'),
    fr: () => import('./i18n/policy-scan/fr.js'),
    en: () => import('./i18n/policy-scan/en.js'),
    de: () => import('./i18n/policy-scan/de.js'),
  }),
  'mz-employer-scan': own({
    nl: () => import('./i18n/employer-scan/nl.js'),
    fr: () => import('./i18n/employer-scan/fr.js'),
    en: () => import('./i18n/employer-scan/en.js'),
    de: () => import('./i18n/employer-scan/de.js'),
  }),
  'mz-rights-overview': own({
    nl: () => import('./i18n/rights/nl.js'),
    fr: () => import('./i18n/rights/fr.js'),
    en: () => import('./i18n/rights/en.js'),
    de: () => import('./i18n/rights/de.js'),
  }),
};

interface Registry {
  version: string;
  loader?: boolean;
}

const KEY = Symbol.for('mantelkit');
const g = globalThis as unknown as Record<symbol, Registry | undefined>;

const existing = g[KEY];
if (existing?.loader) {
  if (existing.version !== VERSION) {
    console.warn(`[mantelkit] loader ${VERSION} ignored: version ${existing.version} is already on this page.`);
  }
} else {
  g[KEY] = { ...existing, version: existing?.version ?? VERSION, loader: true };
  try {
    startLoader(WIDGETS, document, TEXTS);
  } catch (error) {
    console.warn('[mantelkit] loader failed to start:', error);
  }
}
