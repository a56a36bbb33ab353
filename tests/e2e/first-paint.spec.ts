import type { APIRequestContext } from '@playwright/test';
import { expectNoViolations } from '../support/csp-violations';
import { scriptsOf } from '../support/page-weight.mjs';
import { PERSONAL_PASTE } from '../support/pastes';
import { placesOf, readTables } from '../support/tables';
import { expect, test, type Page } from '../support/site-test';

// A page is parsed, and may paint, before its one script (Base.astro's module script) has run, and it stays useful
// when the script never runs: what is typed meanwhile is read once it does, and a form sent without it goes as plain
// HTML, with nothing typed in the address.

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search codes and meanings' });
const results = (page: Page) => page.getByRole('region', { name: 'Search results' });
const tableFilter = (page: Page) => page.getByRole('searchbox', { name: 'Filter this table by code or text' });
const face = readTables().find((t) => t.id === 'image/face');
if (!face) throw new Error('content/tables/image/face.yaml is missing');

/** The address of the script of the built page at `path` (Base.astro's module script: every page has the same). */
async function scriptOf(request: APIRequestContext, path: string) {
  const [src] = scriptsOf(await (await request.get(path)).text());
  if (!src) throw new Error(`${path} loads no script`);
  return src;
}

/** Holds every request for the script of the page at `path` from now on, until the returned release() is called. */
async function holdScript(page: Page, request: APIRequestContext, path: string) {
  const src = await scriptOf(request, path);
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === src,
    async (route) => {
      await released;
      await route.continue();
    },
  );
  return release;
}

/** Makes every request matching `pattern` fail, at any address (a retry adds a query). */
const failing = (page: Page, pattern: RegExp) => page.route(pattern, (route) => route.abort());

/** The q= of the page's address (null when it has none). */
const query = (page: Page) => new URL(page.url()).searchParams.get('q');

test.describe('before the script runs', () => {
  expectNoViolations(test);

  test('what is typed into the search box is searched once it runs', async ({ page, request }) => {
    const release = await holdScript(page, request, 'image/face/');
    await page.goto('image/face/', { waitUntil: 'commit' });
    await box(page).fill('-1102');
    await expect(results(page)).toBeHidden();
    release();
    await expect(results(page).getByRole('list').first().getByRole('listitem')).toHaveCount(placesOf('-1102').length);
  });

  test('what is typed into the table filter narrows the table once it runs, and wins over a shared ?filter=', async ({
    page,
    request,
  }) => {
    const release = await holdScript(page, request, 'image/face/');
    await page.goto('image/face/?filter=-1102', { waitUntil: 'commit' });
    await tableFilter(page).fill('失败');
    await expect(page.locator('table[data-code-table] tbody tr')).toHaveCount(face.rows.length);
    release();
    const expected = face.rows.filter((r) => r.message.official.zh?.includes('失败')).length;
    await expect(page.getByText(`${expected} of ${face.rows.length} rows`)).toBeVisible();
    await expect(page).toHaveURL(/\?filter=%E5%A4%B1%E8%B4%A5$/);
    await expect(tableFilter(page)).toHaveValue('失败');
  });

  test('a paste sent from the search box goes to the search page as plain HTML, out of the address', async ({
    page,
    request,
  }) => {
    const release = await holdScript(page, request, 'image/face/');
    await page.goto('image/face/', { waitUntil: 'commit' });
    await box(page).fill(PERSONAL_PASTE.paste);
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\??$/);
    expect(query(page)).toBeNull();
    release();
  });
});

test.describe('when the script cannot load', () => {
  expectNoViolations(test);

  test('a table page shows every row, and its code links lead to the code pages', async ({ page }) => {
    await failing(page, /\/_astro\//);
    await page.goto('image/face/');
    await expect(page.locator('table[data-code-table] tbody tr')).toHaveCount(face.rows.length);
    await page.getByRole('link', { name: '-1102', exact: true }).first().click();
    await expect(page).toHaveURL(/\/codes\/-1102\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('-1102');
  });

  test('a search sent when the script cannot load goes to the search page as plain HTML', async ({ page, request }) => {
    const src = await scriptOf(request, 'image/face/');
    await page.route(
      (url) => url.pathname === src,
      (route) => route.abort(),
    );
    await page.goto('image/face/');
    await box(page).fill('签名过期');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\??$/);
    expect(query(page)).toBeNull();
    await expect(page.getByRole('searchbox', { name: /Search query/ })).toBeVisible();
  });

  test('a search sent from the search page when its own script cannot load goes as plain HTML', async ({ page }) => {
    let failed = false;
    await page.route(/\/_astro\/search-page\.[^/]*\.js/, (route) => {
      failed = true;
      return route.abort();
    });
    await page.goto('search/');
    const own = page.getByRole('searchbox', { name: /Search query/ });
    await own.fill('签名过期');
    await expect.poll(() => failed, 'the search page asked for its script').toBe(true);
    await own.press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\??$/);
    expect(query(page)).toBeNull();
    // The header's search box still works: its element is defined.
    await box(page).fill('-1102');
    await expect(results(page).getByRole('list').first().getByRole('listitem')).toHaveCount(placesOf('-1102').length);
  });
});
