import { startLoader, type WidgetImports } from './loader-scan.js';
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
    startLoader(WIDGETS);
  } catch (error) {
    console.warn('[mantelkit] loader failed to start:', error);
  }
}
