import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { inlineStyleHashes, responseHeaders } from '../../src/integrations/security-headers.mjs';
import { LANG_IDS, LANGS } from '../../src/lib/i18n';
import { readManifest, shardFile } from '../../src/lib/lookup-shards';
import { scriptsOf } from './page-weight.mjs';

const YEAR = 'public, max-age=31536000, immutable';

/**
 * Checks the response headers a host that reads `_headers` sends for the build in `dir` served at `baseURL`: the
 * security headers on pages (the CSP allowing the build's inline styles by hash), a year of immutable caching for
 * content-hashed files under the base path (scripts, the code lookup's manifest and shards, Pagefind's index and
 * fragments), five minutes for the rest (Pagefind's entry files and WebAssembly), and every rule of the build's
 * _headers written under the base path.
 */
/**
 * A file that is not a page (a script, data, WebAssembly) keeps the CSP (a worker runs under its own response's
 * policy) and nosniff, without the headers only a page acts on.
 */
function expectFileHeaders(response: APIResponse, name: string, csp: string) {
  const headers = response.headers();
  expect(headers['content-security-policy'], name).toBe(csp);
  expect(headers['x-content-type-options'], name).toBe('nosniff');
  // Another site may not embed the site's files: data and scripts included.
  expect(headers['cross-origin-resource-policy'], name).toBe('same-origin');
  expect(headers['permissions-policy'], name).toBeUndefined();
  expect(headers['cross-origin-opener-policy'], name).toBeUndefined();
}

export async function checkHostHeaders(request: APIRequestContext, baseURL: string, dir: string) {
  const base = new URL(baseURL).pathname;
  // The home page of every language (/, /en/) carries the security headers, the CSP with the build's style hashes.
  const expected = responseHeaders(inlineStyleHashes(dir));
  for (const lang of LANG_IDS) {
    const home = await request.get(new URL(LANGS[lang].path, baseURL).href);
    expect(home.status(), lang).toBe(200);
    for (const [name, value] of Object.entries(expected))
      expect(home.headers()[name.toLowerCase()], `${name} on the ${lang} home page`).toBe(value);
  }
  const page = await request.get(baseURL);
  const headers = page.headers();
  expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cache-control']).toContain('max-age=300');

  // The page's one script (Base.astro's module script), from /<base>/_astro/ (the stylesheet is inline).
  const [script] = scriptsOf(await page.text());
  expect(script, 'the home page loads a script').toMatch(new RegExp(`^${base}_astro/`));
  const asset = await request.get(new URL(script ?? '', baseURL).href);
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe(YEAR);
  const csp = expected['Content-Security-Policy'];
  expectFileHeaders(asset, script ?? '', csp);

  // The code lookup's manifest the page names (<html data-lookup>, content-hashed), and a shard it names.
  const manifestPath = /\bdata-lookup="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  expect(manifestPath, 'the home page names its code lookup').toMatch(new RegExp(`^${base}lookup/`));
  const manifest = await request.get(new URL(manifestPath, baseURL).href);
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()['cache-control'], manifestPath).toBe(YEAR);
  expectFileHeaders(manifest, manifestPath, csp);
  const [entry] = readManifest(await manifest.json())?.shards ?? [];
  if (!entry) throw new Error(`${manifestPath} names no shard`);
  const shard = shardFile(entry, 'zh-CN');
  const shardResponse = await request.get(new URL(`lookup/${shard}`, baseURL).href);
  expect(shardResponse.status(), `lookup/${shard}`).toBe(200);
  expect(shardResponse.headers()['cache-control'], `lookup/${shard}`).toBe(YEAR);

  // Pagefind as the README says: its index and fragments (content-hashed) for a year, every other file of it
  // (the entry script and file, the language metadata, the WebAssembly) five minutes.
  for (const folder of ['fragment', 'index']) {
    const file = `pagefind/${folder}/${readdirSync(join(dir, 'pagefind', folder))[0] ?? ''}`;
    const hashed = await request.get(new URL(file, baseURL).href);
    expect(hashed.status(), file).toBe(200);
    expect(hashed.headers()['cache-control'], file).toBe(YEAR);
    expectFileHeaders(hashed, file, csp);
  }
  const unhashed = readdirSync(join(dir, 'pagefind'), { withFileTypes: true }).filter((f) => f.isFile());
  expect(unhashed.map((f) => f.name)).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json']));
  // Pagefind's unhashed files, the icon every page loads and the data for tools: five minutes, and only a file's headers.
  for (const name of [...unhashed.map((f) => `pagefind/${f.name}`), 'favicon.svg', 'codes.json']) {
    const file = await request.get(new URL(name, baseURL).href);
    expect(file.status(), name).toBe(200);
    expect(file.headers()['cache-control'], name).toContain('max-age=300');
    expectFileHeaders(file, name, csp);
  }

  // Every rule of the build's own _headers sits under the base path.
  const patterns = readFileSync(join(dir, '_headers'), 'utf8')
    .split('\n')
    .filter((line) => /^\//.test(line));
  expect(patterns.length).toBeGreaterThan(1);
  for (const pattern of patterns) expect(pattern.startsWith(base), pattern).toBe(true);
}
