// The widgets, found on disk: every src/components/<name>/define.ts that defines a tag. The builds,
// the size budgets and the type generators read this list, so a new widget needs no line here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const WIDGETS = readdirSync('src/components', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join('src/components', d.name, 'define.ts')))
  .map((d) => {
    const define = readFileSync(join('src/components', d.name, 'define.ts'), 'utf8');
    const tag = /\bdefine\(\s*'([a-z]+-[a-z-]+)'/.exec(define)?.[1];
    if (!tag) throw new Error(`src/components/${d.name}/define.ts defines no tag`);
    return { name: d.name, tag };
  })
  .sort((a, b) => a.name.localeCompare(b.name));
