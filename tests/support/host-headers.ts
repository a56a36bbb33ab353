import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type APIRequestContext } from '@playwright/test';
import { inlineStyleHashes, responseHeaders } from '../../src/integrations/security-headers.mjs';
import { LANG_IDS, LANGS } from '../../src/lib/i18n';

/**
 * Checks the response headers a host that reads `_headers` sends for the build in `dir` served at `baseURL`: the
 * security headers on pages (the CSP allowing the build's inline styles by hash), a year of immutable caching for
 * content-hashed files under the base path, five minutes for the rest, and every rule of the build's _headers written
 * under the base path.
 */
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
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cache-control']).toContain('max-age=300');

  // A script the page loads, from /<base>/_astro/ (the stylesheet is inline).
  const script = /<script\b[^>]*\bsrc="([^"]+)"/.exec(await page.text())?.[1];
  expect(script, 'the home page loads a script').toMatch(new RegExp(`^${base}_astro/`));
  const asset = await request.get(new URL(script ?? '', baseURL).href);
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  // A Pagefind fragment (content-hashed) and Pagefind's entry script (not hashed).
  const fragment = readdirSync(join(dir, 'pagefind', 'fragment'))[0];
  const hashed = await request.get(new URL(`pagefind/fragment/${fragment}`, baseURL).href);
  expect(hashed.status()).toBe(200);
  expect(hashed.headers()['cache-control']).toContain('immutable');
  const entry = await request.get(new URL('pagefind/pagefind.js', baseURL).href);
  expect(entry.status()).toBe(200);
  expect(entry.headers()['cache-control']).toContain('max-age=300');

  // Every rule of the build's own _headers sits under the base path.
  const patterns = readFileSync(join(dir, '_headers'), 'utf8')
    .split('\n')
    .filter((line) => /^\//.test(line));
  expect(patterns.length).toBeGreaterThan(1);
  for (const pattern of patterns) expect(pattern.startsWith(base), pattern).toBe(true);
}
