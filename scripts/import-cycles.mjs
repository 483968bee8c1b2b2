// Fails when the runtime import graph of src/ has a cycle (static or dynamic import).
// Type-only imports are erased at build time and are not counted. Uses esbuild's metafile,
// so it resolves imports exactly as the build does.
import { build } from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const entries = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) entries.push(p);
  }
};
walk('src');

const { metafile } = await build({
  entryPoints: entries,
  bundle: true,
  write: false,
  metafile: true,
  format: 'esm',
  splitting: true,
  outdir: 'out',
  platform: 'browser',
  logLevel: 'silent',
  external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', '@lit/*'],
  tsconfig: 'tsconfig.json',
});

const graph = new Map();
for (const [file, info] of Object.entries(metafile.inputs)) {
  if (!file.startsWith('src/')) continue;
  graph.set(file, info.imports.map((i) => i.path).filter((p) => p.startsWith('src/')));
}

// Tarjan's strongly connected components: every component with more than one file is a cycle.
let index = 0;
const idx = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];
const strong = (v) => {
  idx.set(v, index);
  low.set(v, index);
  index++;
  stack.push(v);
  onStack.add(v);
  for (const w of graph.get(v) ?? []) {
    if (!idx.has(w)) {
      strong(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
  }
  if (low.get(v) === idx.get(v)) {
    const comp = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      comp.push(w);
    } while (w !== v);
    if (comp.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(comp.sort());
  }
};
for (const v of graph.keys()) if (!idx.has(v)) strong(v);

if (cycles.length) {
  console.error(`import-cycles: ${cycles.length} cycle(s) in src/ (runtime imports):`);
  for (const c of cycles) console.error(`  - ${c.join(' <-> ')}`);
  process.exit(1);
}
console.log(`import-cycles: no cycle among ${graph.size} files in src/`);
