// Loaded first (a classic script from 'self', so allowed by the strict CSP): records what went wrong.
window.__mz = { violations: [], errors: [], warnings: [], mzErrors: [] };
// Every mz-error a widget raises (they bubble and are composed), for the hostile-input pages.
document.addEventListener('mz-error', (e) => window.__mz.mzErrors.push(e.detail));
document.addEventListener('securitypolicyviolation', (e) => {
  window.__mz.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample || ''}`);
});
window.addEventListener('error', (e) => window.__mz.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__mz.errors.push(String(e.reason)));
const origError = console.error;
console.error = (...args) => {
  window.__mz.errors.push(args.map(String).join(' '));
  origError.apply(console, args);
};
const origWarn = console.warn;
console.warn = (...args) => {
  window.__mz.warnings.push(args.map(String).join(' '));
  origWarn.apply(console, args);
};
