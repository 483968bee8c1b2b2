// dist/cdn/integrity.json: an SRI hash (sha384) for every file of the CDN build, so a partner can pin
// what a release serves: `integrity` on the script tag, and for the lazily imported chunks an import
// map's "integrity" section (docs/versioning.md). Run by `npm run build` after rollup.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CDN = 'dist/cdn';
const files = readdirSync(CDN, { recursive: true }).map(String).filter((f) => f.endsWith('.js')).sort();
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const integrity = Object.fromEntries(files.map((f) => [f.split('\\').join('/'), `sha384-${createHash('sha384').update(readFileSync(join(CDN, f))).digest('base64')}`]));
writeFileSync(join(CDN, 'integrity.json'), `${JSON.stringify({ version, algorithm: 'sha384', files: integrity }, null, 2)}\n`);
console.log(`sri: ${files.length} files in ${CDN}/integrity.json`);
