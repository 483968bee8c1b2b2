// Checks custom-elements.json against the source and the build (npm run build runs it last; CI too):
// shipped module paths that exist, every widget with its tag definition and a description, typed
// attributes and events (no analyzer artefacts such as an event named `type`), and every static
// `part="…"` in a widget's templates listed in its cssParts; and the lines a new widget needs in
// package.json, src/loader.ts and src/index.ts. Exits 1 with one line per problem.
import { existsSync, readFileSync } from 'node:fs';
import { WIDGETS } from '../widgets.mjs';
import { staticParts } from './parts.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const problems = [];

for (const mod of manifest.modules) {
  if (!mod.path.startsWith('dist/') || !existsSync(mod.path)) problems.push(`module ${mod.path}: not a shipped file (run npm run build)`);
}
for (const w of WIDGETS) {
  const mod = manifest.modules.find((m) => m.declarations?.some((d) => d.tagName === w.tag));
  const el = mod?.declarations.find((d) => d.tagName === w.tag);
  if (!el) {
    problems.push(`<${w.tag}>: missing from the manifest (JSDoc @tag? class in src/components/${w.name}/${w.name}.ts?)`);
    continue;
  }
  const at = `<${w.tag}>`;
  if (!mod.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === w.tag)) problems.push(`${at}: no custom-element-definition export`);
  if (!el.description?.trim()) problems.push(`${at}: no description`);
  for (const a of el.attributes ?? []) if (!a.type?.text) problems.push(`${at}: attribute ${a.name} has no type`);
  for (const e of el.events ?? []) {
    if (!/^mz-[a-z-]+$/.test(e.name)) problems.push(`${at}: event "${e.name}" is not a Mantelkit event (analyzer artefact?)`);
    if (!e.type?.text) problems.push(`${at}: event ${e.name} has no type`);
  }
  for (const name of ['mz-ready', 'mz-step', 'mz-complete', 'mz-error']) if (!el.events?.some((e) => e.name === name)) problems.push(`${at}: event ${name} missing`);
  const listed = new Set((el.cssParts ?? []).map((p) => p.name));
  for (const [part, files] of staticParts(`src/components/${w.name}/${w.name}.ts`)) {
    if (part.includes('<')) continue;
    if (!listed.has(part)) problems.push(`${at}: part "${part}" (in ${[...files].join(', ')}) is not in the manifest: add @csspart to the class JSDoc`);
  }
}

// The generated React and Vue types import every widget module's exported names side by side: two
// widgets exporting the same name (e.g. both an `Answers` type) break every TypeScript host.
const exportedBy = new Map();
for (const w of WIDGETS) {
  const mod = manifest.modules.find((m) => m.declarations?.some((d) => d.tagName === w.tag));
  for (const e of mod?.exports ?? []) {
    if (e.kind !== 'js') continue;
    const other = exportedBy.get(e.name);
    if (other && other !== w.tag) problems.push(`<${w.tag}> and <${other}> both export "${e.name}" from their element module: rename one or stop exporting it`);
    else exportedBy.set(e.name, w.tag);
  }
}

// What a new widget still needs by hand (the builds, size budgets and types find it on their own).
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const loader = readFileSync('src/loader.ts', 'utf8');
const index = readFileSync('src/index.ts', 'utf8');
for (const w of WIDGETS) {
  const entry = pkg.exports[`./${w.name}`];
  if (entry?.default !== `./dist/${w.name}.js` || entry?.types !== `./dist/types/${w.name}.d.ts`) problems.push(`package.json: exports["./${w.name}"] must be { "types": "./dist/types/${w.name}.d.ts", "default": "./dist/${w.name}.js" }`);
  if (!loader.includes(`'${w.tag}': () => import('./components/${w.name}/define.js')`)) problems.push(`src/loader.ts: add '${w.tag}': () => import('./components/${w.name}/define.js') to WIDGETS`);
  if (!index.includes(`import './components/${w.name}/define.js';`)) problems.push(`src/index.ts: add import './components/${w.name}/define.js'; and export its class`);
}

if (problems.length) {
  for (const p of problems) console.error(`check-manifest: ${p}`);
  process.exit(1);
}
console.log(`check-manifest: ${WIDGETS.length} elements ok`);
