import { expect, waitUntil } from '@open-wc/testing';
import { openPage, recorder } from './frame.js';

/**
 * Page-level checks on the BUILT files (npm test builds first): strict CSP with Trusted Types, the
 * lazy loader (once, twice), the classic script, and classic + loader together. Each page runs in an
 * iframe served with the header `Content-Security-Policy: default-src 'self'; require-trusted-types-for
 * 'script'; trusted-types lit-html 'allow-duplicates'` (see the middleware in web-test-runner.config.mjs).
 */
const TAGS = ['mz-recognition-quiz', 'mz-association-finder', 'mz-leave-calculator', 'mz-overload-check', 'mz-hinge-moment', 'mz-policy-scan', 'mz-employer-scan', 'mz-rights-overview'];

async function allRendered(frame: HTMLIFrameElement, tags = TAGS): Promise<void> {
  const doc = frame.contentDocument!;
  await waitUntil(
    () => tags.every((t) => doc.querySelector(t)?.shadowRoot?.querySelector('.mz-root')?.textContent?.trim()),
    `all of ${tags.join(', ')} rendered`,
    { timeout: 8000 },
  );
}

/** What the page requested, minus the test server's own injected web-socket client. */
function resourceUrls(frame: HTMLIFrameElement): string[] {
  return frame.contentWindow!.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((u) => !new URL(u).pathname.startsWith('/__web-dev-server__'));
}

describe('built pages under a strict CSP with Trusted Types', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const page of ['loader', 'loader-twice', 'classic', 'classic-and-loader', 'all', 'all-and-loader']) {
    it(`${page}: every widget renders, no CSP violation, no console error, only our own files requested`, async () => {
      frame = await openPage(`/test/e2e/pages/${page}.html`);
      const csp = (await fetch(`/test/e2e/pages/${page}.html`)).headers.get('content-security-policy');
      expect(csp).to.contain("require-trusted-types-for 'script'");
      await allRendered(frame);
      const rec = recorder(frame);
      expect(rec.violations, 'CSP violations').to.deep.equal([]);
      expect(rec.errors, 'console errors').to.deep.equal([]);
      for (const url of resourceUrls(frame)) {
        expect(new URL(url).origin, url).to.equal(location.origin);
        expect(new URL(url).pathname, url).to.match(/^\/(dist|test\/e2e\/pages)\//);
      }
      // The light-DOM fallback link is not rendered once upgraded (no default slot).
      for (const t of TAGS) expect(frame.contentDocument!.querySelector(t)!.shadowRoot!.querySelector('slot')).to.equal(null);
      // The French overload check really is French.
      expect(frame.contentDocument!.querySelector('mz-overload-check')!.shadowRoot!.querySelector('.mz-root')!.getAttribute('lang')).to.equal('fr');
    });
  }

  it('loader-twice: the second copy does nothing (no duplicate definition error, no warning for the same version)', async () => {
    frame = await openPage('/test/e2e/pages/loader-twice.html');
    await allRendered(frame);
    expect(recorder(frame).warnings.filter((w) => w.includes('[mantelkit]'))).to.deep.equal([]);
  });

  it('the lazy loader fetches only the chunks of widgets on the page, and picks up widgets added later', async () => {
    frame = await openPage('/test/e2e/pages/lazy-one.html');
    await new Promise((r) => setTimeout(r, 300));
    const before = resourceUrls(frame).filter((u) => /\/dist\/cdn\/(recognition-quiz|association-finder|leave-calculator|overload-check)\.js/.test(u));
    expect(before, 'no widget chunk without widgets').to.deep.equal([]);
    // Trusted Types forbid innerHTML on this page: create the element like a CMS script would.
    frame.contentDocument!.getElementById('main')!.append(frame.contentDocument!.createElement('mz-overload-check'));
    await allRendered(frame, ['mz-overload-check']);
    const widgetFiles = resourceUrls(frame).filter((u) => /\/dist\/cdn\/[a-z-]+\.js/.test(u)).map((u) => new URL(u).pathname);
    expect(widgetFiles).to.include('/dist/cdn/overload-check.js');
    for (const other of ['recognition-quiz', 'association-finder', 'leave-calculator']) expect(widgetFiles).not.to.include(`/dist/cdn/${other}.js`);
    expect(frame.contentDocument!.querySelector('mz-overload-check')!.shadowRoot!.querySelector('.mz-root')!.getAttribute('lang')).to.equal('en');
    expect(recorder(frame).errors).to.deep.equal([]);
    expect(recorder(frame).violations).to.deep.equal([]);
  });

  it('negative control: the recorder does catch a CSP violation (inline script and style)', async () => {
    frame = await openPage('/test/e2e/pages/violation.html');
    await waitUntil(() => recorder(frame!).violations.length >= 2, 'violations recorded');
    expect((frame.contentWindow as unknown as { inlineRan?: boolean }).inlineRan).to.equal(undefined);
    expect(recorder(frame).violations.join('\n')).to.contain('script-src');
  });
});
