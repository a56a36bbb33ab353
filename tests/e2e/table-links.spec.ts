import { expect, test } from '../support/site-test';
import { watchViolations } from '../support/csp-violations';

// Copy link and the table filter, around deep links to a row.
const row = (page: import('@playwright/test').Page, code: string) =>
  page.locator('tr', { has: page.locator(`[id="code-${code}"]`) });

test('copy link clicked twice within 2 s says "copied" until 2 s after the second click, then "copy link" for good', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The page's timers run on a clock the test moves: no waiting on real time.
  await page.clock.install();
  await page.goto('image/face/');
  const link = page.getByRole('link', { name: 'Copy link to code -1102' });
  await link.click();
  await expect(link).toHaveText('copied');
  await page.clock.runFor(1000);
  await link.click();
  await expect(link).toHaveText('copied');
  // 2.5 s after the first click, 1.5 s after the second: the first click's timer is gone.
  await page.clock.runFor(1500);
  await expect(link).toHaveText('copied');
  await page.clock.runFor(500);
  await expect(link).toHaveText('copy link');
  await page.clock.runFor(5000);
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
  await page.getByRole('textbox', { name: /Paste an ID card warning string/ }).fill(paste);
  await page.getByRole('button', { name: 'Decode' }).click();
  await expect(page.locator('warning-decoder').getByRole('status')).toHaveText(
    'Found 2 warnings, 1 ID card warning string.',
  );
  expect(workers.some((url) => url.includes('paste-worker'))).toBe(true);
  expect(violations).toEqual([]);
});

test.describe('the table filter, given a paste', () => {
  const filter = (page: import('@playwright/test').Page) =>
    page.getByRole('searchbox', { name: 'Filter this table by code or text' });

  test('keeps a response holding a name and an ID number out of the address', async ({ page }) => {
    await page.goto('faceid/gateway/');
    await filter(page).fill('{"Response":{"Name":"张三","IdNum":"110101199003071234","Code":400101}}');
    await expect(page.getByText(/of \d+ rows/)).toBeVisible();
    await filter(page).press('End');
    expect(page.url()).not.toContain('filter');
    expect(decodeURIComponent(page.url())).not.toContain('110101199003071234');
  });

  test('takes at most 200 characters of a 1 MB paste, writes no long address, and the language switch still works', async ({
    page,
  }) => {
    await page.goto('faceid/gateway/');
    const paste = `${'{"RequestId":"CE661F1A-0F1E-45BD-BE13-34C05CEA7681","Name":"张三"}\n'.repeat(16_000)}`.slice(
      0,
      1_000_000,
    );
    await filter(page).evaluate((input, text) => {
      const box = input as HTMLInputElement;
      box.focus();
      document.execCommand('insertText', false, text);
    }, paste);
    // The box keeps one line: editing drops the paste's line breaks or makes them spaces, as the browser chooses.
    const start = paste.slice(0, 400);
    const oneLine = [start.replace(/\n/g, ''), start.replace(/\n/g, ' ')].map((text) => text.slice(0, 200));
    expect(oneLine).toContain(await filter(page).inputValue());
    expect(page.url().length).toBeLessThan(200);
    const response = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/faceid/gateway/') && !r.url().includes('/en/')),
      page.getByRole('link', { name: '简体中文' }).click(),
    ]).then(([r]) => r);
    expect(response.status()).toBe(200);
  });

  test('still shares typed words in the address', async ({ page }) => {
    await page.goto('faceid/gateway/');
    await filter(page).fill('signature');
    await expect.poll(() => new URL(page.url()).searchParams.get('filter')).toBe('signature');
  });
});
