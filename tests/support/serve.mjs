// A static file server for the built site, used by the browser tests and the benchmark.
// It serves <dir> under <base> the way a static CDN would: index.html for directories, 404.html for misses,
// and the headers of <dir>/_headers (so the browser enforces the real CSP).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** Reads a Netlify/Cloudflare-style _headers file: path patterns, each followed by indented "Name: value" lines. */
function readHeaders(dir) {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      const entry = line.trim().startsWith('!') ? [line.trim(), ''] : [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      rules.at(-1)?.headers.push(entry);
    }
  }
  return rules.map((r) => ({ ...r, test: new RegExp(`^${r.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`) }));
}

/**
 * Starts serving `dir` at http://127.0.0.1:<port><base>, or over HTTP/2 with TLS as a CDN would when `tls` holds a
 * key and certificate. Resolves to the server once it listens.
 */
export function serve({ dir, base = '/', port = 0, tls }) {
  const rules = readHeaders(dir);
  const compressed = new Map(); // file → gzip bytes
  const handle = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) return notFound(res);
    path = `/${path.slice(base.length)}`;
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) return notFound(res);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound(res);
    send(res, file, 200, path, req);
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handle) : createServer(handle);
  function notFound(res) {
    const page = join(dir, '404.html');
    if (existsSync(page)) return send(res, page, 404, '/404.html');
    res.writeHead(404).end('not found');
  }
  function send(res, file, status, path, req) {
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    for (const rule of rules) {
      if (!rule.test.test(path)) continue;
      for (const [k, v] of rule.headers) {
        if (k.startsWith('!')) delete headers[k.slice(1).trim()];
        else headers[k] = v;
      }
    }
    const gzip = /\bgzip\b/.test(req?.headers['accept-encoding'] ?? '');
    if (gzip) {
      // Compressed once and kept, as a CDN keeps its compressed copies.
      if (!compressed.has(file)) compressed.set(file, gzipSync(readFileSync(file)));
      headers['Content-Encoding'] = 'gzip';
      res.writeHead(status, headers);
      res.end(compressed.get(file));
    } else {
      res.writeHead(status, headers);
      createReadStream(file).pipe(res);
    }
  }
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

// CLI: node tests/support/serve.mjs <dir> <port> [base]
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4400', base = '/'] = process.argv.slice(2);
  const server = await serve({ dir, base, port: Number(port) });
  console.log(`serving ${dir} at http://127.0.0.1:${server.address().port}${base}`);
}
