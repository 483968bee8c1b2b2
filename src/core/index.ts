// The core every widget builds on (internal: widgets import from here, partners use the elements).
export { MantelkitElement, coreCatalog } from './mantelkit-element.js';
export { define } from './define.js';
export { VERSION } from './version.js';
export { createCatalog, createLazyCatalog, type Catalog, type Namespace } from './i18n/catalog.js';
export { LocalizeController, variant } from './i18n/localize.js';
export { plural, type PluralForms } from './i18n/plural.js';
export { formatters, type Formatters } from './i18n/format.js';
export { LOCALES, normalizeLocale, resolveLocale, intlTag, type Locale } from './locale.js';
export * from './events.js';
export * from './partner-config.js';
export { RememberStore } from './remember.js';
export * from './flow/templates.js';
export * from './flow/step-flow.js';
export * from './flow/fields.js';
export { printButton, printWidget } from './print.js';
