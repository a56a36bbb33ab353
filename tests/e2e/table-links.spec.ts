import { expect, test } from '@playwright/test';
import { watchViolations } from '../support/csp-violations';

// Copy link and the table filter, around deep links to a row.
const row = (page: import('@playwright/test').Page, code: string) =>
  page.locator('tr', { has: page.locator(`[id="code-${code}"]`) });

test('copy link clicked twice within 2 s goes back to "copy link"', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('image/face/');
  const link = page.getByRole('link', { name: 'Copy link to code -1102' });
  await link.click();
  await expect(link).toHaveText('copied');
  await link.click();
  await expect(link).toHaveText('copied');
  await expect(link).toHaveText('copy link', { timeout: 5000 });
  await page.waitForTimeout(2500); // the first click's timer must not put "copied" back
  await expect(link).toHaveText('copy link');
});

test('a deep-linked row is shown whatever the filter in the URL', async ({ page }) => {
  await page.goto('image/face/?filter=xyz#code--1102');
  await expect(page.getByRole('searchbox', { name: 'Filter this table by code or text' })).toHaveValue('xyz');
  await expect(row(page, '-1102')).toBeVisible();
  await expect(page.getByText('1 of ')).toBeVisible();
  await expect(row(page, '-1101')).toBeHidden();
});

test('the decoder reads a long paste in a worker under the strict CSP, with no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('decode/');
  const paste = `${'{"RequestId":"CE661F1A-0F1E-45BD-BE13-34C05CEA7681","Name":"x"}\n'.repeat(500)}{"backMultiWarning":"00000011"}`;
  await page.getByRole('textbox', { name: /Paste an ID-card warning string/ }).fill(paste);
  await page.getByRole('button', { name: 'Decode' }).click();
  await expect(page.locator('warning-decoder').getByRole('status')).toHaveText(
    'Found 2 warnings, 1 ID-card warning string.',
  );
  expect(workers.some((url) => url.includes('paste-worker'))).toBe(true);
  expect(violations).toEqual([]);
});
