import { expect, type APIRequestContext, type Page } from '@playwright/test';
import {
  CSP,
  cspPolicy,
  FRAME_ANCESTORS,
  inlineStyleHashes,
  metaSources,
  styleHashesOf,
} from '../../src/integrations/security-headers.mjs';
import { watchViolations } from './csp-violations';

// The Content-Security-Policy checks, for the build at the domain root (csp.spec.ts) and under /sub/
// (csp.sub.spec.ts). The static server applies the build's _headers, so the browser enforces the strict header CSP on
// top of the <meta> one Astro writes.

/**
 * Each page of `paths` is served with the strict policy in the header (allowing exactly the inline styles of the
 * build in `dir`) and in its <meta> tag, both allow each of its inline <style> elements, and the browser applies them.
 */
export async function checkStrictPolicy(request: APIRequestContext, page: Page, dir: string, paths: string[]) {
  const styleHashes = inlineStyleHashes(dir);
  expect(styleHashes.length, 'the build inlines its stylesheet').toBeGreaterThan(0);
  const violations = await watchViolations(page);
  for (const path of paths) await checkPage(request, page, styleHashes, path);
  expect(violations).toEqual([]);
}

async function checkPage(request: APIRequestContext, page: Page, styleHashes: string[], path: string) {
  const response = await request.get(path);
  const header = response.headers()['content-security-policy'] ?? '';
  expect(header).toBe(`${cspPolicy(styleHashes)}; ${FRAME_ANCESTORS}`);
  expect(header).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);

  const html = await response.text();
  const own = styleHashesOf(html);
  expect(own.length, 'the page has its stylesheet inline').toBeGreaterThan(0);
  const headerStyles = header.split(';').find((d) => d.trim().startsWith('style-src ')) ?? '';
  for (const hash of own) {
    expect(metaSources(html, 'style-src'), 'style-src of the <meta> tag').toContain(hash);
    expect(headerStyles.trim().split(' '), 'style-src of the header').toContain(hash);
  }

  await page.goto(path);
  const meta = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  // Astro adds the hashes of its own scripts and styles; every source of the policy must be there.
  for (const [name, sources] of Object.entries(CSP)) {
    const directive =
      meta
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `)) ?? '';
    for (const source of sources) expect(directive.split(' '), name).toContain(source);
  }
  // The inline stylesheet applied under both policies: the layout's max-width holds (Tailwind's max-w-5xl).
  await expect(page.locator('main'), path).toHaveCSS('max-width', '1024px');
}

/** Search, the table filter, copy link and the decoder, on the build served at the test's baseURL. */
export async function checkFeaturesWithoutViolation(page: Page) {
  const violations = await watchViolations(page);
  const box = page.getByRole('searchbox', { name: 'Search codes and meanings' });
  const results = page.getByRole('region', { name: 'Search results' });

  await page.goto('faceid/idcard-ocr/');
  await box.fill('-1102');
  await expect(results.getByRole('link').first()).toBeVisible();
  await box.fill('签名过期');
  await expect(results).not.toHaveAttribute('aria-busy', 'true');
  await expect(results.getByRole('link').first()).toBeVisible();

  await page.getByRole('searchbox', { name: 'Filter this table by code or text' }).fill('失效');
  await expect(page.getByText(/^\d+ of \d+ rows$/)).not.toHaveText(/^(\d+) of \1 rows$/);

  await page.getByRole('link', { name: 'Copy link to code 66661003' }).click();
  await expect(page.getByRole('link', { name: 'Copy link to code 66661003' })).toHaveText('copied');

  await page.getByRole('textbox', { name: /Paste an ID card warning string/ }).fill('10010100');
  await page.getByRole('button', { name: 'Decode' }).click();
  await expect(page.locator('warning-decoder').getByRole('status')).toContainText('3 warnings');

  await page.goto(`search/?q=${encodeURIComponent('翻拍')}`);
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
  await page.goto('decode/?q=-9110');
  await expect(page.locator('warning-decoder').getByRole('status')).toContainText('1 warning');

  expect(violations).toEqual([]);
}
