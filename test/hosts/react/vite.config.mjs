import { defineConfig } from 'vite';

// Fixed output names: the host test imports dist/app.js.
export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: 'dist', emptyOutDir: true, rollupOptions: { output: { entryFileNames: 'app.js', chunkFileNames: '[name].js', assetFileNames: '[name][extname]' } } },
});
