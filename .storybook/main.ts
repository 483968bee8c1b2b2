import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Quiet CI logs: no per-chunk listing, no "chunk > 500 kB" warning for Storybook's own bundles.
  viteFinal: (cfg) => ({ ...cfg, logLevel: 'warn', build: { ...cfg.build, chunkSizeWarningLimit: 4000 } }),
};
export default config;
