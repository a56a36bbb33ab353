import { expect, testOnOnePage as test, type Page } from '../support/site-test';
import { answerOrder, placesOf } from '../support/tables';

// This file runs against the English pages of the site built with BASE_PATH=/sub/ (/sub/en/): links stay inside both.
const box = (page: Page) => page.getByRole('searchbox', { name: 'Search codes and meanings' });
const results = (page: Page) => page.getByRole('region', { name: 'Search results' });
/** The path of the language's root under the sub-path, "/sub/en/": every link must stay inside it. */
const inside = (baseURL: string | undefined) => new URL(baseURL ?? '').pathname;

test('looks a code up and lands on its first row under the sub-path', async ({ page, baseURL }) => {
  const [first] = answerOrder('-1102');
  if (!first) throw new Error('-1102 is in no table');
  await page.goto('image/face/');
  await box(page).fill('-1102');
  const lines = results(page).getByRole('list').first().getByRole('listitem');
  await expect(lines).toHaveCount(placesOf('-1102').length);
  for (const href of await results(page)
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))) {
    expect(href.startsWith(inside(baseURL)), href).toBe(true);
  }
  await lines.first().getByRole('link').click();
  await expect(page).toHaveURL(new URL(`${first.table.id}/#code--1102`, baseURL).href);
  await expect(page.locator('tr', { has: page.locator('[id="code--1102"]') })).toBeInViewport();
});

test('finds words with Pagefind and links inside the sub-path', async ({ page, baseURL }) => {
  await page.goto('codes/');
  await box(page).fill('签名过期');
  const first = results(page).getByRole('link').first();
  await expect(first).toBeVisible();
  expect(await first.evaluate((a) => (a as HTMLAnchorElement).pathname)).toMatch(new RegExp(`^${inside(baseURL)}`));
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname.startsWith(inside(baseURL))).toBe(true);
});

test('opens the code page under the sub-path on Enter', async ({ page, baseURL }) => {
  await page.goto('');
  await box(page).fill('66660004');
  await box(page).press('Enter');
  await expect(page).toHaveURL(new URL('codes/66660004/', baseURL).href);
});

test('renders the search page from a shared URL under the sub-path', async ({ page, baseURL }) => {
  await page.goto(`search/?q=${encodeURIComponent('翻拍')}`);
  const links = page.getByRole('main').getByRole('listitem').getByRole('link');
  await expect(links.first()).toBeVisible();
  for (const path of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))) {
    expect(path.startsWith(inside(baseURL)), path).toBe(true);
  }
});
