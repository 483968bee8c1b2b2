import { expect } from '@open-wc/testing';
import { integrityFor, loadIntegrity, VERSION } from '../../src/embed/cdn.js';
import { htmlSnippet, type SnippetInput } from '../../src/embed/snippets.js';

/**
 * The configurator's snippets carry the SRI hash of each CDN file once it has read the release's
 * integrity.json (next to configure.js); never a hash of another version or a malformed one.
 */
const input: SnippetInput = { widget: 'overload-check', lang: 'nl', attrs: [], tokens: [] };
const answer = (body: unknown, ok = true): typeof fetch => (async () => new Response(JSON.stringify(body), { status: ok ? 200 : 404 })) as typeof fetch;
const HASH = `sha384-${'A'.repeat(64)}`;

describe('configurator: SRI hashes in the snippets', () => {
  it('no integrity attribute before a hash is known', () => {
    expect(integrityFor('mantelkit.js')).to.equal(undefined);
    expect(htmlSnippet(input)).not.to.contain('integrity=');
  });

  it('ignores a missing file, another version and malformed hashes', async () => {
    expect(await loadIntegrity('https://cdn.example/', answer({}, false))).to.equal(false);
    expect(await loadIntegrity('https://cdn.example/', answer({ version: '0.0.1', files: { 'mantelkit.js': HASH } }))).to.equal(false);
    expect(await loadIntegrity('https://cdn.example/', answer({ version: VERSION, files: { 'mantelkit.js': 'md5-xyz', 'a.js': '"><script>' } }))).to.equal(false);
    expect(await loadIntegrity('https://cdn.example/', (async () => { throw new TypeError('offline'); }) as typeof fetch)).to.equal(false);
    expect(integrityFor('mantelkit.js')).to.equal(undefined);
  });

  it('the built release file: every script tag gets its own hash and crossorigin', async () => {
    expect(await loadIntegrity(new URL('/dist/cdn/', location.href))).to.equal(true);
    const file = (await (await fetch('/dist/cdn/integrity.json')).json()) as { files: Record<string, string> };
    expect(file.files['mantelkit.js']).to.match(/^sha384-/);
    expect(integrityFor('mantelkit.js')).to.equal(file.files['mantelkit.js']);
    expect(htmlSnippet(input)).to.contain(`integrity="${file.files['mantelkit.js']}" crossorigin="anonymous"`);
  });
});
