/**
 * `mantelkit.classic.js`: a classic (non-module) script for CMSs that strip `type="module"`. It
 * imports the lazy ES loader (`mantelkit.js`) from the base path (see base-path.ts), so such pages
 * also download only the widgets they use. (A classic script may call `import()`.) For hosting one
 * single file instead, use `mantelkit.all.js`, which holds everything.
 *
 * When nothing tells the base path (the script was evaluated inline, as `$.getScript` does), it
 * waits: `Mantelkit.setBasePath('…/')` called later starts the widgets.
 */
import { findBasePath, setBasePath, type BasePathSource } from './base-path.js';

(() => {
  const current = document.currentScript;
  let started = false;
  const start = (base: string, source: BasePathSource): void => {
    if (started) return;
    started = true;
    const url = new URL('mantelkit.js', base).href;
    // A variable specifier keeps rollup from bundling it: the browser loads the loader at run time.
    import(url).catch((error: unknown) => {
      const hint = source === 'script'
        ? ' If a CMS combined this script with others, tell it where the files are: <meta name="mantelkit-base" content="https://…/dist/cdn/">.'
        : '';
      console.warn(`[mantelkit] could not load the widgets from ${base} (${source}).${hint}`, error);
    });
  };

  const g = globalThis as unknown as { Mantelkit?: { setBasePath?: (path: string) => void } };
  const api = (g.Mantelkit ??= {});
  api.setBasePath = (path: string): void => {
    setBasePath(path);
    const found = findBasePath(document, null);
    if (found) start(found.base, found.source);
  };

  const found = findBasePath(document, current);
  if (found) start(found.base, found.source);
  else {
    console.warn('[mantelkit] mantelkit.classic.js could not find its own URL. Add <meta name="mantelkit-base" content="https://…/dist/cdn/"> to the page, data-mantelkit-base="https://…/dist/cdn/" to a script, or call Mantelkit.setBasePath(\'https://…/dist/cdn/\').');
  }
})();
