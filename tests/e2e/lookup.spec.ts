import { expect, test, type Page } from '../support/site-test';
import { allCodes } from '../support/tables';

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search codes and meanings' });
const results = (page: Page) => page.getByRole('region', { name: 'Search results' });

test.describe('the code lookup in shards', () => {
  test('a first code lookup fetches the manifest the page names, one shard in the page’s language, and no text index', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('faceid/face-verification/');
    const manifest = await page.locator('html').getAttribute('data-lookup');
    expect(manifest).toMatch(/\/lookup\/index\.[0-9a-f]{8}\.json$/);
    await box(page).fill('-1102');
    await expect(results(page)).toContainText('图片解码失败');
    const lookups = requested.filter((u) => u.includes('/lookup/'));
    expect(lookups[0]).toBe(manifest);
    // A shard has a file per language: an English page (this file runs on /en/) reads the English one only.
    expect(lookups).toHaveLength(2);
    expect(lookups[1]).toMatch(/\/lookup\/-[\w-]*\.[0-9a-f]{8}\.en\.json$/);
    expect(requested.filter((u) => u.includes('pagefind'))).toEqual([]);
  });

  test('typing a negative code key by key never loads the text index', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto('faceid/face-verification/');
    // Each key's search is waited for: its status says what it found before the next key.
    const status = page.locator('site-search').getByRole('status');
    let shown = '';
    for (const key of '-1102') {
      await box(page).press(key);
      await expect(status).not.toHaveText(shown);
      shown = (await status.textContent()) ?? '';
    }
    await expect(results(page)).toContainText('图片解码失败');
    expect(requested.filter((u) => u.includes('pagefind'))).toEqual([]);
  });

  test('a prefix lists the codes that start with it, and counts the others', async ({ page }) => {
    const starting = allCodes().filter((code) => code.startsWith('6666'));
    expect(starting.length).toBeGreaterThan(8);
    await page.goto('faceid/face-verification/');
    await box(page).fill('6666');
    await expect(results(page)).toContainText('Codes that start with 6666');
    const list = results(page).getByRole('list').last();
    const listed = (await list.getByRole('link').allInnerTexts()).map((t) => t.split(/\s/)[0] ?? '');
    expect(listed).toHaveLength(8);
    for (const code of listed) expect(starting).toContain(code);
    await expect(results(page)).toContainText(`…and ${starting.length - 8} more`);
  });
});
