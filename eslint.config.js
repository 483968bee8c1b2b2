import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'coverage/', 'test/hosts/*/dist/', 'test/hosts/*/node_modules/', 'test/hosts/cms/site/vendor/', 'test/hosts/cms/site/files/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: Object.fromEntries(Object.keys(litA11y.rules).map((r) => [`lit-a11y/${r}`, 'error'])),
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Our step headings take focus on step change (tabindex="-1"); that is intended, not a trap.
      'lit-a11y/no-autofocus': 'error',
      'lit-a11y/tabindex-no-positive': 'error',
    },
  },
  {
    // Domain logic is pure: no DOM, no Lit, no network or storage, no reach into the global object
    // (docs/DESIGN.md, "data → rules → component").
    files: ['src/rules/**/*.ts', 'src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['lit', 'lit/*', 'lit-html', 'lit-html/*', '@lit/*', '**/components/**', '**/core/*'], message: 'rules/ and data/ stay pure TypeScript.' }] }],
      'no-restricted-globals': ['error', 'globalThis', 'self', 'document', 'window', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'customElements', 'HTMLElement'],
      'no-restricted-syntax': ['error', { selector: 'ImportExpression', message: 'No dynamic import() in rules/ or data/: lazy loading is the components\' job (docs/DESIGN.md).' }],
    },
  },
  {
    // Components ask rules/, they never read data/ directly (docs/DESIGN.md, "data → rules → component").
    files: ['src/components/**/*.ts'],
    rules: {
      // Types may cross (they vanish at build time); values come through src/rules.
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['**/data/**'], allowTypeImports: true, message: 'Components read data through src/rules, not src/data.' }] }],
    },
  },
  {
    // Type-aware: a promise nobody awaits hides its error (lazy chunks, catalogs, partner JSON).
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'bench/**', '.ci/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
