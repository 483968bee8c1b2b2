/**
 * What the iframe page and the configurator may set on each widget: the documented attributes
 * (`@attr` in the components; test/embed/widgets.test.ts keeps this list equal to
 * custom-elements.json and the enum values equal to the components' own lists). Pure data, so
 * neither page imports a widget module to learn its attributes.
 */
export type EmbedAttrKind = 'enum' | 'url' | 'date' | 'flag';

export interface EmbedAttr {
  name: string;
  kind: EmbedAttrKind;
  /** Allowed values of an enum attribute; the first is the widget's default. */
  values?: readonly string[];
  /** One line for webmasters (the configurator shows it). */
  help: string;
}

export interface EmbedWidget {
  tag: string;
  label: string;
  attrs: readonly EmbedAttr[];
}

export const LANGS = ['nl', 'fr', 'en', 'de'] as const;
export type EmbedLang = (typeof LANGS)[number];

const REMEMBER: EmbedAttr = { name: 'remember', kind: 'flag', help: 'Keep progress in this browser tab until it closes (sessionStorage).' };

export const EMBED_WIDGETS = {
  'recognition-quiz': {
    tag: 'mz-recognition-quiz',
    label: 'Recognition quiz (Ben ik mantelzorger?)',
    attrs: [
      { name: 'audience', kind: 'enum', values: ['adult', 'young'], help: 'adult, or young for the school version.' },
      { ...REMEMBER, help: 'Keep progress in this browser tab until it closes (adult version only).' },
    ],
  },
  'association-finder': {
    tag: 'mz-association-finder',
    label: 'Association finder (Verenigingen)',
    attrs: [
      { name: 'view', kind: 'enum', values: ['guided', 'list'], help: 'Start with questions (guided) or with all support and filters (list).' },
      { name: 'order', kind: 'enum', values: ['alphabetical', 'shuffle'], help: 'Order of equal fits: alphabetical, or a fair order that changes each day.' },
      { name: 'region', kind: 'enum', values: ['flanders', 'brussels'], help: 'Brussels shows the Brussels caregiver centre.' },
      REMEMBER,
    ],
  },
  'leave-calculator': {
    tag: 'mz-leave-calculator',
    label: 'Leave calculator (Verlof)',
    attrs: [
      {
        name: 'status',
        kind: 'enum',
        values: ['privateEmployee', 'socialProfitEmployee', 'contractualPublic', 'federalStatutory', 'flemishGovernment', 'educationFlemish', 'localGovernment', 'selfEmployed'],
        help: 'Fixes the work status of your staff and skips that question.',
      },
      { name: 'workplace-region', kind: 'enum', values: ['flanders', 'brussels', 'wallonia'], help: 'Fixes the workplace region and skips that question.' },
      { name: 'as-of', kind: 'date', help: 'The date the rules and amounts apply on (default: today).' },
      { name: 'recognition-href', kind: 'url', help: 'An https link to a page with the recognition quiz.' },
      REMEMBER,
    ],
  },
  'overload-check': {
    tag: 'mz-overload-check',
    label: 'Overload check (Hoe zwaar weegt de zorg?)',
    attrs: [
      { name: 'audience', kind: 'enum', values: ['adult', 'young'], help: 'adult, or young (ages about 10 to 25).' },
      { name: 'finder-url', kind: 'url', help: 'An https link to the page with the association finder.' },
      REMEMBER,
    ],
  },
} as const satisfies Record<string, EmbedWidget>;

export type EmbedWidgetId = keyof typeof EMBED_WIDGETS;
export const WIDGET_IDS = Object.keys(EMBED_WIDGETS) as EmbedWidgetId[];

export function isWidgetId(v: string | null): v is EmbedWidgetId {
  return v !== null && Object.prototype.hasOwnProperty.call(EMBED_WIDGETS, v);
}

/** The theme tokens (README, "Theme"): a colour or a length each, with the built-in default. */
export interface ThemeToken {
  name: string;
  kind: 'color' | 'length';
  default: string;
}
export const THEME_TOKENS: readonly ThemeToken[] = [
  { name: '--mz-color-accent', kind: 'color', default: '#0b5cad' },
  { name: '--mz-color-accent-contrast', kind: 'color', default: '#ffffff' },
  { name: '--mz-color-text', kind: 'color', default: '#1b1b1b' },
  { name: '--mz-color-muted', kind: 'color', default: '#4a4a4a' },
  { name: '--mz-color-surface', kind: 'color', default: '#ffffff' },
  { name: '--mz-color-surface-alt', kind: 'color', default: '#f3f5f8' },
  { name: '--mz-color-border', kind: 'color', default: '#6b6b6b' },
  { name: '--mz-color-focus', kind: 'color', default: '#ffbf47' },
  { name: '--mz-color-focus-text', kind: 'color', default: '#0b0c0c' },
  { name: '--mz-color-danger', kind: 'color', default: '#b3261e' },
  { name: '--mz-color-success', kind: 'color', default: '#1b6b3a' },
  { name: '--mz-color-warning', kind: 'color', default: '#8a4b00' },
  { name: '--mz-radius', kind: 'length', default: '0.375em' },
  { name: '--mz-space', kind: 'length', default: '1em' },
  { name: '--mz-font-size', kind: 'length', default: '16px' },
  { name: '--mz-max-width', kind: 'length', default: '44em' },
];

/**
 * A token value we pass on: a hex colour, or a plain length (px, em, rem, %). Nothing else, so a
 * query parameter can never carry `url(…)`, `expression(…)` or a second declaration.
 */
export function isTokenValue(kind: ThemeToken['kind'], v: string): boolean {
  return kind === 'color' ? /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(v) : /^(?:0|\d{1,4}(?:\.\d{1,3})?(?:px|em|rem|%))$/.test(v);
}

/** `as-of`: YYYY-MM-DD (the widget itself checks it is a real calendar day). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A flag query parameter: present and not "0"/"false" means on. */
export function isFlagOn(v: string): boolean {
  return !/^(?:0|false|no|off)$/i.test(v.trim());
}
