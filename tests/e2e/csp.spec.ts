import { expect, test, type Page } from '@playwright/test';

// The static server applies public/_headers, so the browser enforces the strict header CSP on top of the
// <meta> one Astro writes. Every interactive feature must work with no violation.
const POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

async function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}

test('pages are served with the strict policy', async ({ request }) => {
  const response = await request.get('image/face/');
  expect(response.headers()['content-security-policy']).toContain(POLICY);
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
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
