import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/core/version.js';

describe('version', () => {
  it('core VERSION, the loader literal and package.json agree', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    const loaderSource = await (await fetch('/src/loader.ts?raw')).text();
    expect(VERSION).to.equal(pkg.version);
    expect(loaderSource).to.match(new RegExp(`const VERSION = ["']${pkg.version.replace(/\./g, '\\.')}["'];`));
  });

  it('every pinned CDN URL in the docs names this version (no placeholder host, no stray @0 or @1)', async () => {
    const docs = ['/README.md', '/docs/versioning.md', '/docs/embedding/iframe.md', '/stories/embedding.mdx'];
    for (const path of docs) {
      const text = await (await fetch(path)).text();
      expect(text, path).not.to.contain('cdn.example.org');
      for (const m of text.matchAll(/mantelkit@([0-9][0-9.]*)\//g)) expect(m[1], `${path}: mantelkit@${m[1]}`).to.equal(VERSION);
    }
  });
});
