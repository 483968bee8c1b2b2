import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json' with { type: 'json' };

// Docs tables (attributes, events, parts, CSS properties) come from the JSDoc via custom-elements.json.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  // A toolbar switch for the page language: widgets follow the closest ancestor's `lang`
  // (a story's own `lang` attribute still wins).
  globalTypes: {
    lang: {
      description: 'Page language (closest ancestor lang)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'nl' },
  decorators: [(story, context) => html`<div lang=${String(context.globals['lang'] ?? 'nl')}>${story()}</div>`],
  parameters: {
    a11y: {
      // The same WCAG 2.2 AA tag set as our tests.
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
  },
};
export default preview;
