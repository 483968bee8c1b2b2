import { expect, fixture } from '@open-wc/testing';
import { partnerUrl } from '../../src/rules/help/links.js';
import { driveOverload, SCRIPTS, settle, shadow } from '../components/overload-check/helpers.js';
import { parseLinks, parseSchoolContact } from '../../src/components/recognition-quiz/recognition-quiz.partner.js';
import '../../src/components/recognition-quiz/define.js';
import '../../src/components/leave-calculator/define.js';

const PAGE = 'https://partner.example/mantelzorg/start?x=1';

/** Mounts inside a holder that listens first, so issues raised while connecting are caught too. */
async function mount(tag: string, attrs: string, inner = ''): Promise<{ el: HTMLElement; errors: Array<{ code: string; message: string }> }> {
  const holder = await fixture<HTMLElement>('<div lang="nl"></div>');
  const errors: Array<{ code: string; message: string }> = [];
  holder.addEventListener('mz-error', (e) => errors.push((e as CustomEvent).detail as { code: string; message: string }));
  holder.innerHTML = `<${tag} ${attrs}>${inner}</${tag}>`;
  const el = holder.firstElementChild as HTMLElement;
  await settle(el);
  return { el, errors };
}
/** The mz-error names the field in its message (the event carries a code and a message). */
const names = (errors: Array<{ code: string; message: string }>, code: string, field: string) => errors.some((e) => e.code === code && e.message.includes(field));
const json = (v: unknown) => `<script type="application/json">${JSON.stringify(v)}</script>`;

describe('partner URL policy (pure)', () => {
  const OK: Array<[string, string, boolean]> = [
    ['https://www.zonnedorp.be/mantelzorg', 'https://www.zonnedorp.be/mantelzorg', true],
    ['  https://a.be/x ', 'https://a.be/x', true],
    ['/hulp', '/hulp', false],
    ['hulp?b=2#c', '/mantelzorg/hulp?b=2#c', false],
    ['#finder', '/mantelzorg/start?x=1#finder', false],
    ['https://partner.example/verlof', '/verlof', false],
  ];
  for (const [v, url, external] of OK) {
    it(`accepts ${JSON.stringify(v)}`, () => expect(partnerUrl(v, PAGE)).to.deep.equal({ url, external }));
  }
  const BAD: unknown[] = [
    '//evil.example/x', ' //evil.example/x', '/\\evil.example/x', '\\\\evil.example', 'http://evil.example', 'javascript:alert(1)',
    'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'mailto:a@b.be', 'tel:106',
    'ftp://a.be', 'https://user:pw@evil.example', 'https://bank.be@evil.example', 'hulp pagina', '', '   ', 42, null, {}, ['https://a.be'],
    `https://a.be/${'x'.repeat(2001)}`,
  ];
  for (const v of BAD) it(`refuses ${JSON.stringify(v)?.slice(0, 40)}`, () => expect(partnerUrl(v, PAGE)).to.equal(undefined));

  it('without a page, only absolute https: URLs (rules run DOM-free)', () => {
    expect(partnerUrl('/hulp')).to.equal(undefined);
    expect(partnerUrl('https://a.be')).to.deep.equal({ url: 'https://a.be/', external: true });
  });

  it('http: is fine on the page\'s own origin only', () => {
    expect(partnerUrl('/x', 'http://localhost:8000/p')).to.deep.equal({ url: '/x', external: false });
    expect(partnerUrl('//evil.example/x', 'http://localhost:8000/p')).to.equal(undefined);
    expect(partnerUrl('http://localhost:9000/x', 'http://localhost:8000/p')).to.equal(undefined);
  });
});

describe('partner URLs in the overload check', () => {
  it('finder-url="//evil.example/x" is refused with bad-attribute and never linked', async () => {
    const { el, errors } = await mount('mz-overload-check', 'finder-url="//evil.example/x"');
    expect(names(errors, 'bad-attribute', 'finder-url'), JSON.stringify(errors)).to.equal(true);
    await driveOverload(el, SCRIPTS.high);
    expect(shadow(el).querySelector('a[href*="evil"]')).to.equal(null);
  });

  it('recognitionQuizUrl "//evil.example/x" in the partner JSON is refused with bad-config', async () => {
    const { errors } = await mount('mz-overload-check', '', json({ recognitionQuizUrl: '//evil.example/x' }));
    expect(names(errors, 'bad-config', 'recognitionQuizUrl'), JSON.stringify(errors)).to.equal(true);
  });

  it('a finder on another site opens in a new window and says so; a path on this site stays in the tab', async () => {
    const ext = (await mount('mz-overload-check', 'finder-url="https://partner.example/hulp"')).el;
    await driveOverload(ext, SCRIPTS.high);
    const a = shadow(ext).querySelector<HTMLAnchorElement>('a[href="https://partner.example/hulp"]');
    expect(a?.target).to.equal('_blank');
    expect(a?.querySelector('.mz-visually-hidden')).to.exist;

    const own = (await mount('mz-overload-check', 'finder-url="/hulp"')).el;
    await driveOverload(own, SCRIPTS.high);
    const b = shadow(own).querySelector<HTMLAnchorElement>('a[href="/hulp"]');
    expect(b).to.exist;
    expect(b?.target).to.equal('');
    expect(b?.querySelector('.mz-visually-hidden')).to.equal(null);
  });
});

describe('partner URLs in the quiz and the leave calculator', () => {
  it('quiz links: //evil.example/x is refused with bad-config naming links.finder', async () => {
    const { errors } = await mount('mz-recognition-quiz', '', json({ links: { finder: '//evil.example/x', overloadCheck: '/zwaar' } }));
    expect(names(errors, 'bad-config', 'links.finder'), JSON.stringify(errors)).to.equal(true);
    expect(errors).to.have.length(1);
    expect(parseLinks({ finder: 'https://a.be/x', overloadCheck: 'zwaar' }, PAGE).value).to.deep.equal({ finder: 'https://a.be/x', overloadCheck: '/mantelzorg/zwaar' });
  });

  it('quiz school contact: https:, a path on this site or one mailto: address; not http: or //host', () => {
    const url = (u: string) => parseSchoolContact({ text: 'Juf Peeters', url: u }, PAGE).value?.url;
    expect(url('mailto:leerlingenbegeleiding@school.example')).to.equal('mailto:leerlingenbegeleiding@school.example');
    expect(url('/zorg')).to.equal('/zorg');
    for (const bad of ['//evil.example/x', 'http://evil.example', 'mailto:a@b.be?bcc=x@y.be,z@q.be', 'tel:106', 'javascript:alert(1)']) expect(url(bad), bad).to.equal(undefined);
  });

  it('leave calculator: recognition-href="//evil.example/x" is refused with bad-attribute', async () => {
    const { el, errors } = await mount('mz-leave-calculator', 'recognition-href="//evil.example/x"');
    expect(names(errors, 'bad-attribute', 'recognition-href'), JSON.stringify(errors)).to.equal(true);
    expect(shadow(el).querySelector('a[href*="evil"]')).to.equal(null);
  });
});
