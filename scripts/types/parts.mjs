// Static `part="…"` tokens in the templates a widget renders: the files reachable by relative
// imports from its element module, inside src/ (rules, data and catalogs render no parts).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;
const PART = /\bpart=(?:"([^"]*)"|'([^']*)'|\$\{\s*'([^']*)'\s*\})/g;

export function templateFiles(entry) {
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file) || !existsSync(file) || /\/src\/(rules|data|i18n)\//.test(`/${file}`)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) walk(normalize(join(dirname(file), m[1].replace(/\.js$/, '.ts'))));
  };
  walk(normalize(entry));
  return [...seen];
}

/** Part names with the files that render them. */
export function staticParts(entry) {
  const parts = new Map();
  for (const file of templateFiles(entry)) {
    for (const m of readFileSync(file, 'utf8').matchAll(PART)) {
      for (const token of (m[1] ?? m[2] ?? m[3]).split(/\s+/)) {
        if (!token || token.includes('$')) continue;
        if (!parts.has(token)) parts.set(token, new Set());
        parts.get(token).add(file);
      }
    }
  }
  return parts;
}
