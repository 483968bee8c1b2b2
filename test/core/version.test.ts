import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/core/version.js';

describe('version', () => {
  it('core VERSION, the loader literal and package.json agree', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    const loaderSource = await (await fetch('/src/loader.ts?raw')).text();
    expect(VERSION).to.equal(pkg.version);
    expect(loaderSource).to.match(new RegExp(`const VERSION = ["']${pkg.version.replace(/\./g, '\\.')}["'];`));
  });
});
