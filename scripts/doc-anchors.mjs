// Fails when a link to docs/*.md#anchor (from code comments, tests or other docs) points to a heading
// that does not exist. Code cites docs/content/<page>.md#<anchor> instead of private notes, so a
// renamed heading must not silently break those citations. Anchors follow GitHub's rule: lower case,
// punctuation dropped, spaces to hyphens.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const slug = (h) =>
  h
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchorsCache = new Map();
function anchors(file) {
  if (!anchorsCache.has(file)) {
    const set = new Set();
    const seen = new Map();
    let fence = false;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (/^```/.test(line)) fence = !fence;
      const m = !fence && /^#{1,6}\s+(.*)$/.exec(line);
      if (!m) continue;
      const base = slug(m[1]);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      set.add(n ? `${base}-${n}` : base);
    }
    anchorsCache.set(file, set);
  }
  return anchorsCache.get(file);
}

const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'src', 'test', 'docs', 'scripts', 'stories', 'demo', '*.md'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && f !== 'scripts/doc-anchors.mjs' && existsSync(f) && /\.(ts|mjs|js|md|json|html)$/.test(f));

const problems = [];
let checked = 0;
// Repo-rooted citations in code ("docs/content/leave.md#x") and relative links in Markdown ("(leave.md#x)").
const re = /(?:\(|\s|^|`)((?:\.{1,2}\/)*(?:[\w.-]+\/)*[\w.-]+\.md)#([\w-]+)/gmu;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  for (const m of text.matchAll(re)) {
    const [, target, anchor] = m;
    const candidates = f.endsWith('.md') ? [normalize(join(dirname(f), target)), normalize(target)] : [normalize(target), normalize(join(dirname(f), target))];
    const doc = candidates.find((c) => existsSync(c));
    checked++;
    const line = text.slice(0, m.index).split('\n').length;
    if (!doc) problems.push(`${f}:${line}: ${target} does not exist`);
    else if (!anchors(doc).has(anchor)) problems.push(`${f}:${line}: ${target}#${anchor} has no such heading`);
  }
  // Same-page links in Markdown: "](#anchor)".
  if (f.endsWith('.md'))
    for (const m of text.matchAll(/\]\(#([\w-]+)\)/g)) {
      checked++;
      if (!anchors(f).has(m[1])) problems.push(`${f}:${text.slice(0, m.index).split('\n').length}: #${m[1]} has no such heading`);
    }
}
if (problems.length) {
  console.error(`doc-anchors: ${problems.length} broken link(s) to docs:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`doc-anchors: ${checked} links to Markdown headings resolve (${files.length} files)`);
