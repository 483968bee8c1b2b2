// One page per hostile partner input (and a negative control for each), served under the strict CSP
// by the test server (web-test-runner.config.mjs): what a partner's editor could type into an
// attribute or the partner JSON, on the built loader, as a partner page would have it.
const json = (v) => `<script type="application/json">${typeof v === 'string' ? v : JSON.stringify(v)}</script>`;

/**
 * name → { tag, attrs, inner, expect }: `expect` lists the mz-error codes with the field each must
 * name (`[]` = the page must raise none).
 */
export const HOSTILE_CASES = {
  'finder-url-protocol-relative': { tag: 'mz-overload-check', attrs: 'finder-url="//evil.example/x"', expect: [['bad-attribute', 'finder-url']] },
  'finder-url-javascript': { tag: 'mz-overload-check', attrs: 'finder-url="javascript:alert(1)"', expect: [['bad-attribute', 'finder-url']] },
  'finder-url-same-origin-path': { tag: 'mz-overload-check', attrs: 'finder-url="/hulp/mantelzorg"', expect: [] },
  'quiz-url-json-protocol-relative': { tag: 'mz-overload-check', inner: json({ recognitionQuizUrl: '//evil.example/x' }), expect: [['bad-config', 'recognitionQuizUrl']] },
  'quiz-url-json-https': { tag: 'mz-overload-check', inner: json({ recognitionQuizUrl: 'https://partner.example/quiz' }), expect: [] },
  'extra-leave-huge': { tag: 'mz-leave-calculator', inner: json({ extraLeave: [{ name: 'Zorgdagen', paid: 'yes', days: 1e308 }] }), expect: [['bad-config', 'extraLeave[0].days']] },
  'extra-leave-negative': { tag: 'mz-leave-calculator', inner: json({ extraLeave: [{ name: 'Zorgdagen', paid: 'yes', months: -5 }] }), expect: [['bad-config', 'extraLeave[0].months']] },
  'extra-leave-nan-text': { tag: 'mz-leave-calculator', inner: json({ extraLeave: [{ name: 'Zorgdagen', paid: 'yes', days: 'NaN' }] }), expect: [['bad-config', 'extraLeave[0].days']] },
  'extra-leave-sound': { tag: 'mz-leave-calculator', inner: json({ extraLeave: [{ name: 'Zorgdagen', paid: 'yes', days: 5 }] }), expect: [] },
  'src-blank': { tag: 'mz-association-finder', attrs: 'view="list" src=" "', expect: [] },
  'src-sound': { tag: 'mz-association-finder', attrs: 'view="list" src="/test/e2e/partner/offers.json"', expect: [] },
  'src-slow': { tag: 'mz-association-finder', attrs: 'view="list" src="/test/e2e/partner/offers.json?delay=6000"', expect: [['config-slow', '']] },
};

/** The partner JSON the `src` pages fetch (served by the test server, optionally late). */
export const PARTNER_OFFERS = { offers: [{ name: 'Mantelzorgcafé Zonnedorp', phone: '050 12 34 56' }] };

export function hostilePage(name) {
  const c = HOSTILE_CASES[name];
  if (!c) return undefined;
  return `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Mantelkit e2e, hostile input: ${name}</title>
  <script src="../record.js"></script>
  <script type="module" src="/dist/cdn/mantelkit.js"></script>
</head>
<body>
  <main>
    <${c.tag} ${c.attrs ?? ''}>${c.inner ?? ''}</${c.tag}>
  </main>
</body>
</html>
`;
}
