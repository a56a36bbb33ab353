import { expect, test } from '@playwright/test';
import { CSP, CSP_POLICY } from '../../src/integrations/security-headers.mjs';
import { watchViolations } from '../support/csp-violations';

// The static server applies the build's _headers, so the browser enforces the strict header CSP on top of the
// <meta> one Astro writes. Every interactive feature must work with no violation. This file runs on the English pages;
// site.zh.spec.ts does the same on a Chinese one.

test('pages are served with the strict policy, in the header and in the <meta> tag', async ({ request, page }) => {
  const response = await request.get('image/face/');
  const header = response.headers()['content-security-policy'] ?? '';
  expect(header).toContain(CSP_POLICY);
  expect(header).toContain("frame-ancestors 'none'");
  expect(header).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  await page.goto('image/face/');
  const meta = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  // Astro adds the hashes of its own scripts to script-src; every source of the policy must be there.
  for (const [name, sources] of Object.entries(CSP)) {
    const directive =
      meta
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `)) ?? '';
    for (const source of sources) expect(directive.split(' '), name).toContain(source);
  }
});

test('search, the table filter, copy link and the decoder work with no CSP violation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
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

  await page.getByRole('textbox', { name: /Paste an ID-card warning string/ }).fill('10010100');
  await page.getByRole('button', { name: 'Decode' }).click();
  await expect(page.locator('warning-decoder').getByRole('status')).toContainText('3 warnings');

  await page.goto(`search/?q=${encodeURIComponent('翻拍')}`);
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
  await page.goto('decode/?q=-9110');
  await expect(page.locator('warning-decoder').getByRole('status')).toContainText('1 warning');

  expect(violations).toEqual([]);
});
