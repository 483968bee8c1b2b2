/**
 * `dist/mantelkit.classic.js`: a classic (non-module) script for CMSs that strip `type="module"`.
 * It finds its own URL and imports the lazy ES loader next to it, so such pages also download only the
 * widgets they use. (A classic script may call `import()`.) For hosting one single file instead, use
 * `dist/mantelkit.all.js`, which holds everything.
 */
(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  const src = script?.src;
  if (!src) {
    console.warn('[mantelkit] mantelkit.classic.js could not find its own URL; load dist/mantelkit.js as a module instead.');
    return;
  }
  const url = new URL('mantelkit.js', src).href;
  // A variable specifier keeps rollup from bundling it: the browser loads the loader at run time.
  import(url).catch((error: unknown) => console.warn('[mantelkit] could not load the widgets:', error));
})();
