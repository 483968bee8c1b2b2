import { expect, fixture } from '@open-wc/testing';
import { settle, shadow } from '../embedding/contract.js';
import '../../src/components/overload-check/define.js';
import '../../src/components/recognition-quiz/define.js';
import '../../src/components/leave-calculator/define.js';
import '../../src/components/association-finder/define.js';
import '../../src/components/hinge-moment/define.js';
import '../../src/components/policy-scan/define.js';
import '../../src/components/employer-scan/define.js';
import '../../src/components/rights-overview/define.js';
import { prng } from '../helpers/prng.js';

/*
 * Seeded fuzz of partner JSON, per widget: each case mounts the widget with the JSON as a child
 * <script type="application/json"> and checks: no uncaught error, the widget renders content, and
 * every bad field is reported (an mz-error naming it). Same seed, same cases: a failure reproduces.
 */
const CASES = 200;

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const URL_GOOD = ['https://partner.example/hulp', '  https://a.be/x ', 'https://www.zonnedorp.be/mantelzorg?x=1#y'];
const PATH_GOOD = ['/mantelzorg/hulp', 'hulp/verder', '#finder', '?tab=2'];
const URL_BAD: unknown[] = [
  '//evil.example/x', ' //evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)',
  'data:text/html,<b>x</b>', 'http://evil.example/x', 'vbscript:x', 'ftp://a.be', 'https://a.be/a b', 'https://user:pw@evil.example',
  'https://bank.be@evil.example', 42, true, [], {}, ['https://a.be'],
];
const COUNT_BAD: unknown[] = [1e308, -5, 'NaN', '10', 0, true, [], {}, 'x'];

interface Field { top: string; name: string; make: (v: unknown) => unknown; good: readonly unknown[]; bad: readonly unknown[] }
const url = (top: string, name: string, make: (v: unknown) => unknown, paths = true): Field => ({ top, name, make, good: paths ? [...URL_GOOD, ...PATH_GOOD] : URL_GOOD, bad: URL_BAD });

const WIDGETS: Record<string, Field[]> = {
  'mz-overload-check': [
    url('finderUrl', 'finderUrl', (v) => v),
    url('recognitionQuizUrl', 'recognitionQuizUrl', (v) => v),
    url('leaveCalculatorUrl', 'leaveCalculatorUrl', (v) => v),
    url('offers', 'offers[0].website', (v) => [{ name: 'Punt', website: v }]),
  ],
  'mz-recognition-quiz': [
    url('links', 'links.finder', (v) => ({ finder: v })),
    url('schoolContact', 'schoolContact.url', (v) => ({ text: 'Mevrouw Peeters, lokaal B12', url: v })),
  ],
  'mz-leave-calculator': [
    url('intranetUrl', 'intranetUrl', (v) => v, false),
    url('hrContact', 'hrContact.url', (v) => ({ name: 'HR', url: v }), false),
    { top: 'extraLeave', name: 'extraLeave[0].days', make: (v) => [{ name: 'Zorgdagen', paid: 'yes', days: v }], good: [1, 5, 366], bad: COUNT_BAD },
  ],
  'mz-hinge-moment': [
    url('leaveCalculatorUrl', 'leaveCalculatorUrl', (v) => v),
    url('contacts', 'contacts[0].url', (v) => [{ name: 'Sociale dienst', url: v }]),
    url('links', 'links[0].url', (v) => [{ title: 'Brochure', url: v }]),
  ],
  'mz-association-finder': [
    url('offers', 'offers[0].website', (v) => [{ name: 'Punt', website: v }], false),
    { top: 'premium', name: 'premium.amount', make: (v) => ({ amount: v, period: 'month', validFrom: '2026-01-01' }), good: [25, 120.5, 416.66], bad: [-5, 'NaN', '10', 0, true, [], {}, 1e308, 2500, 5001] },
  ],
  'mz-policy-scan': [url('practices', 'practices[0].website', (v) => [{ name: 'Café', website: v }]), url('offers', 'offers[0].website', (v) => [{ name: 'Punt', website: v }])],
  'mz-employer-scan': [url('practices', 'practices[0].website', (v) => [{ name: 'Cao', website: v }]), url('offers', 'offers[0].website', (v) => [{ name: 'HR', website: v }])],
  'mz-rights-overview': [
    url('contact', 'contact.url', (v) => ({ name: 'Sociaal Huis', url: v }), false),
    url('premiums', 'premiums[0].url', (v) => [{ id: 'p', name: 'Premie', amount: 25, per: 'month', validFrom: '2026-01-01', url: v }], false),
    { top: 'highlight', name: 'highlight[0]', make: (v) => [v], good: ['municipalPremium', 'zorgbudgetOuderen'], bad: ['lottery', 3, null, {}] },
  ],
};
/** Whole documents that are not an object: bad-json when unreadable, bad-config for a wrong type. */
const WHOLE = ['{', 'NaN', '{"a":', 'null', '[]', '"x"', '1e308', 'true', "{'a':1}"];

interface Case { text: string; bad: string[] }
function makeCase(r: () => number, fields: Field[]): Case {
  if (r() < 0.08) return { text: pick(r, WHOLE), bad: ['(root)'] };
  const obj: Record<string, unknown> = {};
  const bad: string[] = [];
  for (const f of fields) {
    if (r() < 0.45) continue;
    const isBad = r() < 0.5;
    obj[f.top] = f.make(pick(r, isBad ? f.bad : f.good));
    if (isBad) bad.push(f.name);
  }
  let text = JSON.stringify(obj);
  if (r() < 0.1) text = text.replace('{', '{"__proto__":{"polluted":"yes"},').replace(',}', '}');
  return { text, bad };
}

describe('partner JSON fuzz (seeded)', () => {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  for (const [tag, fields] of Object.entries(WIDGETS)) {
    it(`${tag}: ${CASES} cases, no uncaught error, never blank, every bad field reported`, async function () {
      this.timeout(120_000);
      const r = prng(tag.length * 7919 + 17);
      const holder = await fixture<HTMLElement>('<div lang="nl"></div>');
      let errors: Array<{ code: string; message: string }> = [];
      holder.addEventListener('mz-error', (e) => errors.push((e as CustomEvent).detail as { code: string; message: string }));
      const failures: string[] = [];
      for (let i = 0; i < CASES; i++) {
        const c = makeCase(r, fields);
        errors = [];
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = c.text;
        const el = document.createElement(tag);
        el.append(script);
        holder.replaceChildren(el);
        await settle(el);
        const text = (shadow(el).querySelector('.mz-root')?.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text.length < 20) failures.push(`#${i} blank: ${c.text}`);
        if (errors.some((e) => !['bad-config', 'bad-json'].includes(e.code))) failures.push(`#${i} other code: ${JSON.stringify(errors)} for ${c.text}`);
        for (const name of c.bad) {
          const seen = name === '(root)' ? errors.length > 0 : errors.some((e) => e.code === 'bad-config' && e.message.includes(name));
          if (!seen) failures.push(`#${i} ${name} not reported: ${c.text}`);
        }
        if (!c.bad.length && c.text.startsWith('{') && !c.text.includes('__proto__') && errors.length) failures.push(`#${i} good JSON reported: ${JSON.stringify(errors)} for ${c.text}`);
      }
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(uncaught).to.deep.equal([]);
      expect(failures.slice(0, 15), `${failures.length} failures`).to.deep.equal([]);
    });
  }
});
