/**
 * The CSV download as text: what Belgian Excel needs to open it in columns with its accents intact
 * (semicolon, UTF-8 byte order mark) and RFC 4180 quoting for awkward fields.
 */
import { expect } from '@open-wc/testing';
import { answersCsv, answersJson, type ExportMeta } from '../../../src/components/scan-common/answers.js';
import type { ScanGroup, ScanTexts } from '../../../src/components/scan-common/types.js';

const groups: readonly ScanGroup[] = [
  { id: 'g1', questions: ['a', 'b'] },
  { id: 'g2', questions: ['c'] },
];
const questions: Record<string, string> = {
  a: 'Zorg; "mantelzorg"\nop het werk',
  b: 'Éénvoudige taal, à la carte – Hilfe für Angehörige',
  c: '=SUM(A1)',
};
const texts: ScanTexts = {
  title: 'T',
  intro: [],
  privacy: '',
  start: '',
  showResult: '',
  scaleTitle: '',
  scale: ['Nog niet', 'Gestart', 'In place', 'Geëvalueerd'],
  scaleMeaning: ['', '', '', ''],
  group: (id) => (id === 'g1' ? 'Thema één' : 'Thema twee'),
  question: (id) => questions[id] ?? id,
  resultTitle: '',
  itemsTitle: '',
  itemsIntro: '',
  fileName: 'scan',
};
const meta: ExportMeta = { scan: 'mz-policy-scan', version: '2026-12', date: '2026-12-03', lang: 'nl' };

/** Splits RFC 4180 text into records of fields (quoted fields may hold ; " and line breaks). */
function parse(text: string, sep: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (q) {
      if (ch === '"' && text[i + 1] === '"') (f += '"'), i++;
      else if (ch === '"') q = false;
      else f += ch;
    } else if (ch === '"') q = true;
    else if (ch === sep) row.push(f), (f = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(f), out.push(row), (row = []), (f = ''), i++;
    else f += ch;
  }
  return out;
}

describe('scan CSV download', () => {
  const csv = answersCsv({ a: 3, c: 0 }, groups, texts, meta, 'overgeslagen');

  it('starts with a UTF-8 byte order mark and uses semicolons and CRLF', () => {
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).to.deep.equal(new Uint8Array([0xef, 0xbb, 0xbf]));
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).to.equal('scan;version;date;lang;group;group_label;question_id;question;value;label');
    expect(csv.endsWith('\r\n')).to.equal(true);
    expect(lines[0]).not.to.contain(',');
  });

  it('quotes a field holding ; " and a line break, doubling the quote', () => {
    expect(csv).to.contain('"Zorg; ""mantelzorg""\nop het werk"');
    const records = parse(csv.slice(1), ';');
    expect(records.length, 'header + one record per question').to.equal(4);
    expect(records.every((r) => r.length === 10), 'ten fields in every record').to.equal(true);
    expect(records[1]).to.deep.equal(['mz-policy-scan', '2026-12', '2026-12-03', 'nl', 'g1', 'Thema één', 'a', questions['a'], '3', 'Geëvalueerd']);
  });

  it('keeps accents as text and quotes a comma (it is no separator here, but other readers may think so)', () => {
    const records = parse(csv.slice(1), ';');
    expect(records[2]).to.deep.equal(['mz-policy-scan', '2026-12', '2026-12-03', 'nl', 'g1', 'Thema één', 'b', questions['b'], '', 'overgeslagen']);
    expect(csv).to.contain('"Éénvoudige taal, à la carte – Hilfe für Angehörige"');
  });

  it('writes values as bare integers and neutralises a formula', () => {
    const records = parse(csv.slice(1), ';');
    expect(records[3]?.[8]).to.equal('0');
    expect(records[3]?.[7]).to.equal("'=SUM(A1)");
  });

  it('leaves the JSON download as it was (no BOM, null for skipped)', () => {
    const json = answersJson({ a: 3 }, groups, texts, meta, undefined, 'overgeslagen');
    expect(json.charCodeAt(0)).to.equal('{'.charCodeAt(0));
    const parsed = JSON.parse(json) as { answers: Array<{ id: string; value: number | null; question: string }> };
    expect(parsed.answers.map((a) => a.value)).to.deep.equal([3, null, null]);
    expect(parsed.answers[0]?.question).to.equal(questions['a']);
  });
});
