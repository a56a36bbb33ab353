import { request } from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../support/serve.mjs';

// The test server the browser tests use: it must answer like a static host, and never crash or leak files.
const work = mkdtempSync(join(tmpdir(), 'serve-'));
const SITE = join(work, 'dist');
let server: Server;

/** GET with the path sent exactly as written (no URL normalising of "..", "%2f" or bad escapes). */
function get(
  path: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  mkdirSync(SITE);
  writeFileSync(join(SITE, 'index.html'), '<p>home</p>');
  writeFileSync(join(SITE, '404.html'), '<p>missing</p>');
  mkdirSync(join(SITE, '_astro'));
  writeFileSync(join(SITE, '_astro', 'app.1234.js'), 'export {};');
  writeFileSync(
    join(SITE, '_headers'),
    '/*\n  X-Test: all\n  Cache-Control: short\n/_astro/*\n  ! Cache-Control\n  Cache-Control: immutable\n',
  );
  // A sibling folder whose name starts with the served folder's name, and a file beside the folder.
  mkdirSync(join(work, 'dist-sub'));
  writeFileSync(join(work, 'dist-sub', 'secret.txt'), 'SECRET');
  writeFileSync(join(work, 'secret.txt'), 'SECRET');
  server = await serve({ dir: SITE, port: 0 });
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

describe('the test server', () => {
  it('serves a page with the headers of _headers', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.body).toBe('<p>home</p>');
    expect(home.headers['x-test']).toBe('all');
    expect(home.headers['cache-control']).toBe('short');
    expect((await get('/_astro/app.1234.js')).headers['cache-control']).toBe('immutable');
  });
  it('answers 400 to a malformed % escape, and keeps serving', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/%')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
  });
  for (const path of [
    '/..%2fdist-sub%2fsecret.txt',
    '/..%2fsecret.txt',
    '/../dist-sub/secret.txt',
    '/%2e%2e/secret.txt',
    '/..%5csecret.txt',
  ]) {
    it(`serves nothing outside its folder: ${path}`, async () => {
      const response = await get(path);
      expect([400, 404]).toContain(response.status);
      expect(response.body).not.toContain('SECRET');
    });
  }
});

describe('the test server under a base path', () => {
  let sub: Server;
  const subGet = (path: string) => {
    const { port } = sub.address() as AddressInfo;
    return fetch(`http://127.0.0.1:${port}${path}`);
  };
  beforeAll(async () => {
    writeFileSync(
      join(SITE, '_headers'),
      '/sub/*\n  Cache-Control: short\n/sub/_astro/*\n  ! Cache-Control\n  Cache-Control: immutable\n',
    );
    sub = await serve({ dir: SITE, base: '/sub/', port: 0 });
  });
  afterAll(() => new Promise((resolve) => sub.close(resolve)));

  it('matches the _headers rules against the whole request path, base included', async () => {
    expect((await subGet('/sub/')).headers.get('cache-control')).toBe('short');
    expect((await subGet('/sub/_astro/app.1234.js')).headers.get('cache-control')).toBe('immutable');
  });
  it('answers 404 outside the base path', async () => {
    expect((await subGet('/index.html')).status).toBe(404);
  });
});
