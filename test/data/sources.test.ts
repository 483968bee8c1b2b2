/**
 * Sources as people read them: every URL cited in src/data has a catalogue entry in
 * src/data/sources/ with a title, publisher and date (or `null`: the page is undated).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { SourceCatalog } from '../../src/data/sources/types.js';
import { citedUrls, entryProblems, mergeCatalogs } from './source-catalog.js';

const modules: Array<{ file: string; exports: Record<string, unknown> }> = [];

/** The top folder (or file) under src/data a module belongs to: leave, finder, help, quiz, overload, recognition. */
const areaOf = (file: string): string => file.replace(/^src\/data\//, '').split(/[/.]/)[0] ?? file;

/**
 * Areas whose catalogue is still being written this round. Each listed area must really still
 * miss entries (the last test fails otherwise), so the list can only shrink.
 */
const PENDING = new Set<string>([]);

describe('source bar: every cited URL has a title, publisher and date', () => {
  let catalog: Record<string, unknown> = {};
  const cited = new Map<string, Map<string, string>>();

  before(async () => {
    const files = (await executeServerCommand<string[], { dir: string }>('list-files', { dir: 'src/data' })) ?? [];
    for (const file of files) modules.push({ file, exports: (await import(/* @vite-ignore */ `/${file}`)) as Record<string, unknown> });
    const catalogs = modules.filter((m) => m.file.startsWith('src/data/sources/')).flatMap((m) => Object.values(m.exports) as SourceCatalog[]);
    const { merged, conflicts } = mergeCatalogs(catalogs);
    expect(conflicts, 'a URL described two ways').to.deep.equal([]);
    catalog = merged;
    for (const { file, exports } of modules) {
      if (file.startsWith('src/data/sources/')) continue;
      const area = areaOf(file);
      citedUrls(exports, file, cited.get(area) ?? cited.set(area, new Map()).get(area));
    }
  });

  it('finds cited URLs in the data (the walk is not vacuous)', () => {
    const total = [...cited.values()].reduce((n, m) => n + m.size, 0);
    expect(total).to.be.greaterThan(50);
  });

  it('every catalogue entry has a real title, a publisher, a date or null, and a language', () => {
    const problems = Object.entries(catalog).flatMap(([url, info]) => entryProblems(url, info).map((p) => `${url}: ${p}`));
    expect(problems).to.deep.equal([]);
  });

  for (const area of ['leave', 'recognition', 'finder', 'help', 'quiz', 'overload', 'hinge', 'scans', 'rights']) {
    it(`${area}: every cited URL is in the catalogue`, () => {
      const missing = [...(cited.get(area) ?? new Map<string, string>())].filter(([url]) => !(url in catalog)).map(([url, where]) => `${url} (${where})`);
      if (PENDING.has(area)) expect(missing.length, `${area} is listed as pending but is complete: remove it from PENDING`).to.be.greaterThan(0);
      else expect(missing).to.deep.equal([]);
    });
  }
});

describe('source bar: negative controls', () => {
  it('a missing entry, a slug title, a host title and a bad date fail', () => {
    expect(entryProblems('https://example.org/a', undefined)).to.deep.equal(['no catalogue entry']);
    expect(entryProblems('https://plusmagazine.levif.be/article-normal-1592775', { title: 'article normal 1592775', publisher: 'Plus', date: null, lang: 'nl' })[0]).to.match(/made from the URL/);
    expect(entryProblems('https://www.rva.be/x', { title: 'rva.be: x', publisher: 'RVA', date: null, lang: 'nl' })[0]).to.match(/made from the URL/);
    expect(entryProblems('https://www.rva.be/x', { title: 'Bedragen', publisher: 'RVA', date: 'someday', lang: 'nl' })[0]).to.match(/date/);
  });

  it('a real title with the words of its address passes; the bare slug does not', () => {
    const url = 'https://www.zorg-en-gezondheid.be/verenigingen-van-gebruikers-en-mantelzorgers';
    expect(entryProblems(url, { title: 'Verenigingen van gebruikers en mantelzorgers', publisher: 'Zorg en Gezondheid', date: null, lang: 'nl' })).to.deep.equal([]);
    expect(entryProblems(url, { title: 'verenigingen van gebruikers en mantelzorgers', publisher: 'Zorg en Gezondheid', date: null, lang: 'nl' })[0]).to.match(/made from the URL/);
  });

  it('a good entry passes, undated included', () => {
    expect(entryProblems('https://www.rva.be/x', { title: 'Bedragen thematische verloven', publisher: 'RVA', date: '2022-12', lang: 'nl' })).to.deep.equal([]);
    expect(entryProblems('https://www.rva.be/x', { title: 'Bedragen thematische verloven', publisher: 'RVA', date: null, lang: 'nl' })).to.deep.equal([]);
  });

  it('cited URLs are found in lists, single `source` fields and {url} objects', () => {
    const found = citedUrls({ a: { sources: ['https://a.be/1'] }, b: [{ source: 'https://b.be/2' }], c: { source: { url: 'https://c.be/3', label: 'x' } } }, 'fake');
    expect([...found.keys()]).to.deep.equal(['https://a.be/1', 'https://b.be/2', 'https://c.be/3']);
  });

  it('the same URL described two ways is a conflict', () => {
    const e = { title: 'T one', publisher: 'P', date: null, lang: 'nl' as const };
    expect(mergeCatalogs([{ 'https://a.be': e }, { 'https://a.be': { ...e, title: 'T two' } }]).conflicts).to.deep.equal(['https://a.be']);
  });
});
