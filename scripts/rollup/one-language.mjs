// The one-language single files (dist/cdn/mantelkit.all.<lang>.js): every widget in one classic file,
// with the texts of one language only. Every other language's catalog module (src/i18n/**/<lang>.ts)
// resolves to an empty module, which loadMessages() treats as "not there", and
// src/core/i18n/build-locale.ts says which language the file renders, whatever the page asks
// (with one console warning: a page in another language needs the loader or mantelkit.all.js).
const LANGUAGE_MODULE = /\/src\/i18n\/.+\/(nl|fr|en|de)\.ts$/;
const EMPTY = '\0mz-other-language';
const BUILD_LOCALE = '\0mz-build-locale';

export function oneLanguage(lang) {
  return {
    name: 'one-language',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      const m = LANGUAGE_MODULE.exec(resolved.id);
      if (m && m[1] !== lang) return EMPTY;
      if (/\/src\/core\/i18n\/build-locale\.ts$/.test(resolved.id)) return BUILD_LOCALE;
      return resolved;
    },
    load(id) {
      if (id === EMPTY) return 'export default null;';
      if (id === BUILD_LOCALE) return `export const BUILD_LOCALE = ${JSON.stringify(lang)};`;
      return null;
    },
  };
}
