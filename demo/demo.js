// Language and theme switches for the demo page (an external file: the page runs under a strict CSP).
document.addEventListener('DOMContentLoaded', () => {
  const lang = document.getElementById('lang');
  const theme = document.getElementById('theme');
  lang.value = document.documentElement.lang || 'nl';
  lang.addEventListener('change', () => {
    document.documentElement.lang = lang.value;
  });
  theme.addEventListener('change', () => {
    document.body.className = theme.value === 'default' ? '' : `theme-${theme.value}`;
  });
  for (const type of ['mz-complete', 'mz-error']) {
    document.addEventListener(type, (e) => console.info(`[demo] ${type}`, e.target.localName, e.detail));
  }
});
