// The e2e pages that embed all four widgets differ only in how the scripts are included: they are
// generated from one template by the test server (web-test-runner.config.mjs), served with the strict CSP.
const MODULE = '<script type="module" src="/dist/cdn/mantelkit.js"></script>';
export const WIDGET_PAGES = {
  loader: [MODULE],
  'loader-twice': [MODULE, '<script type="module" src="/dist/cdn/mantelkit.js?copy=2"></script>'],
  classic: ['<script src="/dist/cdn/mantelkit.classic.js" defer></script>'],
  'classic-and-loader': ['<script src="/dist/cdn/mantelkit.classic.js"></script>', MODULE],
  all: ['<script src="/dist/cdn/mantelkit.all.js" defer></script>'],
  'all-and-loader': ['<script src="/dist/cdn/mantelkit.all.js"></script>', MODULE],
};

export function widgetPage(name) {
  const scripts = WIDGET_PAGES[name];
  if (!scripts) return undefined;
  return `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Mantelkit e2e: ${name}</title>
  <script src="record.js"></script>
  ${scripts.join('\n  ')}
</head>
<body>
  <main>
    <mz-recognition-quiz><a href="https://www.mantelzorgers.be">Ben ik mantelzorger?</a></mz-recognition-quiz>
    <mz-association-finder><a href="https://www.mantelzorgers.be">Verenigingen voor mantelzorgers</a></mz-association-finder>
    <mz-leave-calculator><a href="https://www.mantelzorgers.be">Verlof voor mantelzorgers</a></mz-leave-calculator>
    <mz-overload-check lang="fr"><a href="https://www.aidants-proches.be">Aidants proches</a></mz-overload-check>
    <mz-hinge-moment moment="care-home"><a href="https://www.mantelzorgers.be">Checklist voor mantelzorgers</a></mz-hinge-moment>
    <mz-policy-scan><a href="https://www.vvsg.be/kennisitem/vvsg/mantelzorg">Lokaal mantelzorgbeleid</a></mz-policy-scan>
    <mz-employer-scan lang="en"><a href="https://www.mantelzorgers.be">Caring and work</a></mz-employer-scan>
    <mz-rights-overview><a href="https://www.vlaanderen.be/mantelzorg">Rechten van mantelzorgers</a></mz-rights-overview>
  </main>
</body>
</html>
`;
}
