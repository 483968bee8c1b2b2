// The bench's own static server: the repository's files plus generated pages held in memory, sent
// gzip-compressed when asked (as a CDN would, so Lighthouse's simulated network sees real sizes).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml' };

export function benchServer(pages, port = 0) {
  const base = resolve('.');
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let body;
      let type;
      if (pages.has(url.pathname)) {
        body = Buffer.from(pages.get(url.pathname));
        type = TYPES[extname(url.pathname)] ?? TYPES['.html'];
      } else {
        let path = normalize(join(base, decodeURIComponent(url.pathname)));
        if (!path.startsWith(base)) return res.writeHead(403).end();
        if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
        body = await readFile(path);
        type = TYPES[extname(path)] ?? 'application/octet-stream';
      }
      const headers = { 'content-type': type, 'cache-control': 'no-store' };
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}
