export default {
  globs: ['src/components/*/*.ts', 'src/core/mantelkit-element.ts'],
  exclude: ['src/components/*/*.styles.ts', 'src/components/*/define.ts'],
  outdir: '.',
  litelement: true,
};
