// A small static server for the demo and the built-page checks (127.0.0.1 only).
// `--csp` adds the strict Content-Security-Policy with Trusted Types that partners may use.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};
export const STRICT_CSP = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

export function serve({ root = '.', port = 8000, host = '127.0.0.1', csp = false } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
      if (url.pathname === '/') return res.writeHead(302, { location: '/demo/' }).end();
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (!path.startsWith(base)) return res.writeHead(403).end();
      if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (csp || url.searchParams.has('csp')) headers['content-security-policy'] = STRICT_CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

/** Serves on `port`, or the next free one (a test run may hold 8000); resolves with the port used. */
export async function serveFree(options = {}) {
  const first = options.port ?? 8000;
  for (let port = first; port < first + 20; port++) {
    try {
      const server = await serve({ ...options, port });
      return { server, port };
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw error;
    }
  }
  throw new Error(`no free port from ${first}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { port } = await serveFree({ port: Number(process.env.PORT ?? 8000), csp: process.argv.includes('--csp') });
  console.log(`Mantelkit demo: http://localhost:${port}/  (Ctrl+C to stop)`);
}
