// Stale-translation check. Dutch (`nl.ts`) is the reference of every catalog namespace under
// src/i18n/; fr/en/de are typed against it, so the compiler already refuses a missing key. What it
// cannot see is a Dutch string that *changed* after it was translated. This script records, per
// key and language, a short hash of the Dutch string the translation was checked against
// (src/i18n/translations.lock.json) and fails when the Dutch string has changed since.
//
//   node scripts/i18n-status.mjs             check (exit 1 lists namespace, key, languages)
//   node scripts/i18n-status.mjs --accept    record the current state, after a translator checked it
//   node scripts/i18n-status.mjs --all       list every problem (default: the first 60)
//   node scripts/i18n-status.mjs --self-test negative control: a changed Dutch string must fail
//
// The catalogs are read with the TypeScript parser (no regex, no execution): for a plain string
// the hash is of its value (quote style does not matter); for anything else (a function, a
// template) of its source text with whitespace collapsed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

const LANGS = ['fr', 'en', 'de'];
const LOCK_NAME = 'translations.lock.json';

const hash = (s) => createHash('sha256').update(s).digest('hex').slice(0, 10);

function unwrap(node) {
  while (
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isParenthesizedExpression(node) ||
    ts.isTypeAssertionExpression(node)
  )
    node = node.expression;
  return node;
}

/** The object literal a catalog file exports by default: `export default x` with `const x = {…}` (or `const x = wrap({…})`). */
function catalogObject(file) {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const consts = new Map();
  let exported;
  for (const st of src.statements) {
    if (ts.isVariableStatement(st))
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer);
    if (ts.isExportAssignment(st) && !st.isExportEquals) exported = unwrap(st.expression);
  }
  // Follow `x` to its initializer, and a wrapper call such as `withFigures(nlTexts)` to its argument.
  let obj = exported;
  for (let hops = 0; obj && hops < 5; hops++) {
    obj = unwrap(obj);
    if (ts.isIdentifier(obj)) obj = consts.get(obj.text);
    else if (ts.isCallExpression(obj) && obj.arguments.length) obj = obj.arguments[0];
    else break;
  }
  if (!obj || !ts.isObjectLiteralExpression(obj)) throw new Error(`${file}: no default-exported object literal`);
  return { src, obj };
}

/** key → hash of its value (see the header). Throws on what it cannot read (spreads, computed keys). */
function readCatalog(file) {
  const { src, obj } = catalogObject(file);
  const out = new Map();
  for (const p of obj.properties) {
    const where = () => `${file}:${src.getLineAndCharacterOfPosition(p.getStart()).line + 1}`;
    if (ts.isSpreadAssignment(p)) throw new Error(`${where()}: a spread in a catalog cannot be checked; list the keys`);
    const name = p.name;
    let key;
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) key = name.text;
    else throw new Error(`${where()}: a computed key in a catalog cannot be checked`);
    let text;
    if (ts.isPropertyAssignment(p)) {
      const v = unwrap(p.initializer);
      text = ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v) ? `s:${v.text}` : `x:${v.getText(src).replace(/\s+/g, ' ')}`;
    } else text = `x:${p.getText(src).replace(/\s+/g, ' ')}`; // a method or shorthand
    out.set(key, hash(text));
  }
  return out;
}

/** Every folder under `root` that holds an nl.ts, with its languages. */
function namespaces(root) {
  const out = [];
  const walk = (dir) => {
    const names = readdirSync(dir);
    if (names.includes('nl.ts')) out.push({ ns: relative(root, dir).split(sep).join('/') || '.', dir });
    for (const n of names) if (statSync(join(dir, n)).isDirectory()) walk(join(dir, n));
  };
  walk(root);
  return out.sort((a, b) => a.ns.localeCompare(b.ns));
}

/** Current state: ns → key → { nl: hash, fr?: true, … } (which languages have the key). */
function current(root) {
  const state = {};
  for (const { ns, dir } of namespaces(root)) {
    const nl = readCatalog(join(dir, 'nl.ts'));
    const langs = Object.fromEntries(LANGS.filter((l) => existsSync(join(dir, `${l}.ts`))).map((l) => [l, readCatalog(join(dir, `${l}.ts`))]));
    state[ns] = {};
    for (const [key, h] of nl) state[ns][key] = { nl: h, langs: LANGS.filter((l) => langs[l]?.has(key)) };
  }
  return state;
}

/** Lock: ns → key → { fr: <Dutch hash the French was checked against>, en: …, de: … }. */
function accept(root) {
  const state = current(root);
  const lock = {};
  for (const ns of Object.keys(state)) {
    lock[ns] = {};
    for (const key of Object.keys(state[ns]).sort()) lock[ns][key] = Object.fromEntries(state[ns][key].langs.map((l) => [l, state[ns][key].nl]));
  }
  writeFileSync(join(root, LOCK_NAME), `${JSON.stringify(lock, null, 2)}\n`);
  return lock;
}

/** Problems: [{ ns, key, langs, why }]. */
function check(root) {
  const lockFile = join(root, LOCK_NAME);
  const lock = existsSync(lockFile) ? JSON.parse(readFileSync(lockFile, 'utf8')) : {};
  const state = current(root);
  const problems = [];
  for (const [ns, keys] of Object.entries(state))
    for (const [key, { nl, langs }] of Object.entries(keys)) {
      const seen = lock[ns]?.[key];
      const stale = langs.filter((l) => seen?.[l] !== undefined && seen[l] !== nl);
      const unchecked = langs.filter((l) => seen?.[l] === undefined);
      if (stale.length) problems.push({ ns, key, langs: stale, why: 'Dutch changed since the translation was checked' });
      if (unchecked.length) problems.push({ ns, key, langs: unchecked, why: 'new: translation not checked yet' });
    }
  return problems;
}

function report(problems, all) {
  if (!problems.length) return;
  const MAX = 60;
  console.error(`i18n-status: ${problems.length} translation(s) to check (namespace under src/i18n/, key, languages):`);
  for (const p of all ? problems : problems.slice(0, MAX)) console.error(`  ${p.ns}  '${p.key}'  ${p.langs.join(', ')}  (${p.why})`);
  if (!all && problems.length > MAX) {
    const per = {};
    for (const p of problems.slice(MAX)) per[p.ns] = (per[p.ns] ?? 0) + 1;
    console.error(`  … and ${problems.length - MAX} more (${Object.entries(per).map(([ns, n]) => `${ns}: ${n}`).join(', ')}); see all with --all`);
  }
  console.error('Update the fr/en/de text where needed, then record it: npm run i18n:accept');
}

function selfTest() {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-status-'));
  try {
    mkdirSync(join(dir, 'demo'));
    const nl = (greeting) => `export const nl = {\n  'hello': '${greeting}',\n  'count': (n: number) => \`\${n} keer\`,\n};\nexport type M = typeof nl;\nexport default nl;\n`;
    writeFileSync(join(dir, 'demo', 'nl.ts'), nl('Hallo'));
    writeFileSync(join(dir, 'demo', 'fr.ts'), "import type { M } from './nl.js';\nconst fr: M = { hello: 'Bonjour', count: (n: number) => `${n} fois` };\nexport default fr;\n");
    const fail = (m) => {
      throw new Error(`i18n-status self-test: ${m}`);
    };
    if (check(dir).length !== 2) fail('keys without a lock entry must be reported as new');
    accept(dir);
    if (check(dir).length) fail('after --accept the check must pass');
    writeFileSync(join(dir, 'demo', 'nl.ts'), nl('Hallo').replace("'Hallo'", '"Hallo"'));
    if (check(dir).length) fail('a change of quote style is not a change of the Dutch text');
    writeFileSync(join(dir, 'demo', 'nl.ts'), nl('Dag'));
    const p = check(dir);
    if (p.length !== 1 || p[0].key !== 'hello' || p[0].langs.join() !== 'fr' || !p[0].why.startsWith('Dutch changed')) fail(`a changed Dutch string must be reported, got ${JSON.stringify(p)}`);
    accept(dir);
    if (check(dir).length) fail('after --accept the changed string must pass');
    console.log('i18n-status self-test: a changed Dutch string fails the check, --accept clears it');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const args = new Set(process.argv.slice(2));
const root = 'src/i18n';
try {
  if (args.has('--self-test')) selfTest();
  else if (args.has('--accept')) {
    const lock = accept(root);
    const n = Object.values(lock).reduce((a, keys) => a + Object.keys(keys).length, 0);
    console.log(`i18n-status: recorded ${n} keys in ${Object.keys(lock).length} namespaces (${join(root, LOCK_NAME)})`);
  } else {
    const problems = check(root);
    report(problems, args.has('--all'));
    if (problems.length) process.exit(1);
    console.log('i18n-status: every fr/en/de translation was checked against the current Dutch');
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
