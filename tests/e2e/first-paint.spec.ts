import type { APIRequestContext } from '@playwright/test';
import { elementsScriptOf } from '../../src/integrations/load-elements.mjs';
import { expectNoViolations } from '../support/csp-violations';
import { PERSONAL_PASTE, WARNING_PASTES } from '../support/pastes';
import { placesOf } from '../support/tables';
import { expect, test, type Page } from '../support/site-test';

// Every page paints before it loads its script (src/integrations/load-elements.mjs), so a reader can act before the
// script runs: what they typed or sent meanwhile must not be lost, nor land in the address.

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search codes and meanings' });
const results = (page: Page) => page.getByRole('region', { name: 'Search results' });

/** The address of the script the built page at `path` loads after its first paint. */
async function scriptOf(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const src = elementsScriptOf(html);
  if (!src) throw new Error(`${path} names no script in <html data-elements>`);
  return src;
}

/**
 * Holds the page's script at the network until the returned release() is called, so the test acts before it runs.
 * `requested()` tells whether the page has asked for it.
 */
async function holdScript(page: Page, request: APIRequestContext, path: string) {
  const src = await scriptOf(request, path);
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  await page.route(
    (url) => url.pathname === src,
    async (route) => {
      requested = true;
      await released;
      await route.continue();
    },
  );
  return { release, requested: () => requested };
}

/** Every page the browser asked the server for, from now on (a form sent as plain HTML is one). */
function pagesRequested(page: Page) {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest()) seen.push(request.url());
  });
  return seen;
}

test.describe('the first paint', () => {
  for (const path of ['./', 'faceid/idcard-ocr/', 'codes/-1102/', 'decode/']) {
    test(`comes before the script is asked for, on ${path}`, async ({ page, request }) => {
      const src = await scriptOf(request, path);
      await page.goto(path);
      await page.waitForFunction(() => customElements.get('site-search') !== undefined);
      const [paint, script] = await page.evaluate((name) => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === name);
        return [fcp?.startTime, entry?.startTime];
      }, src);
      expect(paint, 'the page painted').toBeDefined();
      expect(script, `the page loaded ${src}`).toBeDefined();
      expect(script).toBeGreaterThanOrEqual(paint ?? Infinity);
    });
  }

  // A form sent before the script has run waits until every element of its page is defined.
  for (const path of ['./', 'faceid/idcard-ocr/', 'codes/', 'codes/-1102/', 'decode/', 'search/', 'about/']) {
    test(`is followed by every element of ${path} being defined`, async ({ page }) => {
      await page.goto(path);
      await page.waitForFunction(() => customElements.get('site-search') !== undefined);
      await expect
        .poll(() => page.evaluate(() => [...document.querySelectorAll(':not(:defined)')].map((e) => e.localName)))
        .toEqual([]);
    });
  }
});

test.describe('before the script runs', () => {
  expectNoViolations();

  test('what is typed into the search box is searched once it runs', async ({ page, request }) => {
    const script = await holdScript(page, request, 'image/face/');
    await page.goto('image/face/');
    await box(page).fill('-1102');
    await expect.poll(script.requested, 'typing asks for the script at once').toBe(true);
    await expect(results(page)).toBeHidden();
    script.release();
    await expect(results(page).getByRole('list').first().getByRole('listitem')).toHaveCount(placesOf('-1102').length);
  });

  test('Enter on a code waits for the script, then opens the code page, the code never in a search address', async ({
    page,
    request,
  }) => {
    const script = await holdScript(page, request, 'image/face/');
    await page.goto('image/face/');
    const requested = pagesRequested(page);
    await box(page).fill('-1102');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/image\/face\/$/); // held, not sent as plain HTML
    script.release();
    await expect(page).toHaveURL(/\/codes\/-1102\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('-1102');
    expect(requested.filter((url) => url.includes('/search/'))).toEqual([]);
  });

  test('a paste sent to the decoder is decoded in place, out of the address', async ({ page, request }) => {
    const [paste] = WARNING_PASTES.find(([text]) => text.includes('张三')) ?? [];
    if (!paste) throw new Error('no warning paste with a name in tests/support/pastes.ts');
    const script = await holdScript(page, request, 'decode/');
    await page.goto('decode/');
    const requested = pagesRequested(page);
    await page.getByRole('textbox', { name: /Paste an ID-card warning string/ }).fill(paste);
    await page.getByRole('button', { name: 'Decode' }).click();
    script.release();
    await expect(page.locator('warning-decoder').getByRole('status')).toContainText('warnings');
    expect(requested, 'the form was not sent to the server').toEqual([]);
    expect(decodeURIComponent(page.url())).not.toContain('张三');
  });

  test('a paste sent from the search page is kept and searched once it runs, its name out of the address', async ({
    page,
    request,
  }) => {
    const { paste, code, secrets } = PERSONAL_PASTE;
    const script = await holdScript(page, request, 'search/');
    await page.goto('search/');
    const requested = pagesRequested(page);
    const own = page.getByRole('searchbox', { name: /Search query/ });
    await own.fill(paste);
    await own.press('Enter');
    await expect.poll(script.requested, 'sending asks for the script at once').toBe(true);
    script.release();
    await expect(page).toHaveURL(/\/search\/\?q=/);
    const answers = page.getByRole('main').getByRole('list').first().getByRole('listitem');
    await expect(answers).toHaveCount(placesOf(code).length);
    expect(new URL(page.url()).searchParams.get('q')).toBe(`code=${code}`);
    for (const secret of secrets)
      for (const url of [...requested, page.url()]) expect(decodeURIComponent(url)).not.toContain(secret);
  });

  test('a search typed on a search page for another query is the one sent once it runs', async ({ page, request }) => {
    const script = await holdScript(page, request, 'search/');
    await page.goto('search/?q=-1101');
    const own = page.getByRole('searchbox', { name: /Search query/ });
    await own.fill('-1102');
    await own.press('Enter');
    script.release();
    await expect(page).toHaveURL(/\/search\/\?q=-1102$/);
    await expect(page.getByRole('main').getByRole('list').first().getByRole('listitem')).toHaveCount(
      placesOf('-1102').length,
    );
  });

  test('a paste decoded on a shared decoder address is the one decoded once it runs', async ({ page, request }) => {
    const [[, shared], [typed]] = WARNING_PASTES as [[string, string], [string, string]];
    const script = await holdScript(page, request, 'decode/');
    await page.goto(`decode/?q=${encodeURIComponent(shared)}`);
    await page.getByRole('textbox', { name: /Paste an ID-card warning string/ }).fill(typed);
    await page.getByRole('button', { name: 'Decode' }).click();
    script.release();
    await expect(page.locator('warning-decoder').getByRole('status')).toContainText('2 ID-card warning strings'); // front and back
    await expect(page.getByRole('textbox', { name: /Paste an ID-card warning string/ })).toHaveValue(typed);
  });

  test('what is typed into the table filter wins over a shared ?filter= once it runs', async ({ page, request }) => {
    const script = await holdScript(page, request, 'faceid/idcard-ocr/');
    await page.goto('faceid/idcard-ocr/?filter=-9101');
    await page.getByRole('searchbox', { name: 'Filter this table by code or text' }).fill('失效');
    script.release();
    await expect(page).toHaveURL(/\?filter=%E5%A4%B1%E6%95%88$/);
    await expect(page.getByRole('searchbox', { name: 'Filter this table by code or text' })).toHaveValue('失效');
  });

  test('"/" pressed before it runs focuses the search box once it does', async ({ page, request }) => {
    const script = await holdScript(page, request, 'codes/');
    await page.goto('codes/');
    await page.keyboard.press('/');
    await expect.poll(script.requested, 'a key asks for the script at once').toBe(true);
    await expect(box(page)).not.toBeFocused();
    script.release();
    await expect(box(page)).toBeFocused();
  });

  test('what is typed into the table filter narrows the table once it runs', async ({ page, request }) => {
    const script = await holdScript(page, request, 'faceid/idcard-ocr/');
    await page.goto('faceid/idcard-ocr/');
    await page.getByRole('searchbox', { name: 'Filter this table by code or text' }).fill('失效');
    const count = page.getByText(/^\d+ of \d+ rows$/);
    await expect(count).toHaveText(/^(\d+) of \1 rows$/);
    script.release();
    await expect(count).not.toHaveText(/^(\d+) of \1 rows$/);
    await expect(page).toHaveURL(/\?filter=%E5%A4%B1%E6%95%88$/);
  });
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
  await expect(page).toHaveURL(/\/search\/\?q=/);
  expect(new URL(page.url()).searchParams.get('q')).toBe('签名过期');
});

test('a search sent from the search page when its own script cannot load goes as plain HTML', async ({ page }) => {
  let failed = false;
  await page.route(
    (url) => /\/search-page\.[\w-]+\.js$/.test(url.pathname),
    (route) => {
      failed = true;
      return route.abort();
    },
  );
  await page.goto('search/');
  const own = page.getByRole('searchbox', { name: /Search query/ });
  await own.fill('签名过期');
  await expect.poll(() => failed, 'the search page asked for its script').toBe(true);
  await own.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  expect(new URL(page.url()).searchParams.get('q')).toBe('签名过期');
});
