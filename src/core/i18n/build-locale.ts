import type { Locale } from '../locale.js';

/**
 * The one language of a one-language single file (`mantelkit.all.<lang>.js`), else undefined. The
 * build replaces this module for those files (scripts/rollup/one-language.mjs); such a file renders
 * its own language whatever the page says (with a console warning), since it holds no other.
 */
export const BUILD_LOCALE: Locale | undefined = undefined;
