// A static file server for the built site, used by the browser tests and the benchmark.
// It serves <dir> under <base> the way a static CDN would: index.html for directories, 404.html for misses, 400 for
// a malformed address, nothing outside <dir>, and the headers of <dir>/_headers matched against the request path
// (so the browser enforces the real CSP and the caching rules are those a host would apply).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
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
      const entry = line.trim().startsWith('!')
        ? [line.trim(), '']
        : [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      rules.at(-1)?.headers.push(entry);
    }
  }
  return rules.map((r) => ({
    ...r,
    test: new RegExp(`^${r.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`),
  }));
}

/**
 * Starts serving `dir` at http://127.0.0.1:<port><base>, or over HTTP/2 with TLS as a CDN would when `tls` holds a
 * key and certificate. `onSent`, when given, hears of every file it sends: the request path and the body bytes sent (as
 * sent: gzip when the client accepts it). Resolves to the server once it listens.
 * @param {{ dir: string, base?: string, port?: number, tls?: { key: string | Buffer, cert: string | Buffer },
 *   onSent?: (sent: { path: string, bytes: number }) => void }} options
 * @returns {Promise<import('node:http').Server | import('node:http2').Http2SecureServer>}
 */
export function serve({ dir, base = '/', port = 0, tls, onSent }) {
  const root = resolve(dir);
  const rules = readHeaders(root);
  const compressed = new Map(); // file → gzip bytes
  const handle = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('bad request: malformed % escape');
    }
    if (path.includes('\0'))
      return res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('bad request');
    if (!path.startsWith(base)) return notFound(res, path, req);
    let file = resolve(root, `.${sep}${path.slice(base.length)}`);
    // Only files inside the served folder: not its parent, nor a sibling whose name starts the same (dist-sub/).
    const inside = relative(root, file);
    if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return notFound(res, path, req);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound(res, path, req);
    send(res, file, 200, path, req);
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handle) : createServer(handle);
  function notFound(res, path, req) {
    const page = join(root, '404.html');
    if (existsSync(page)) return send(res, page, 404, path, req);
    res.writeHead(404).end('not found');
  }
  /** Sends `file` for the request path `path` (base included): the _headers rules apply by request path, as on a host. */
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
      const body = compressed.get(file);
      headers['Content-Encoding'] = 'gzip';
      res.writeHead(status, headers);
      res.end(body);
      onSent?.({ path, bytes: body.length });
    } else {
      res.writeHead(status, headers);
      createReadStream(file).pipe(res);
      onSent?.({ path, bytes: statSync(file).size });
    }
  }
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

// CLI: node tests/support/serve.mjs <dir> <port> [base]
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const [dir = 'dist', port = '0', base = '/'] = process.argv.slice(2);
  const server = await serve({ dir, base, port: Number(port) });
  console.log(`serving ${dir} at http://127.0.0.1:${server.address().port}${base}`);
}
