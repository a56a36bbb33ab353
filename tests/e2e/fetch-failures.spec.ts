import { expect, test, type Page } from '../support/site-test';
import { dictionary } from '../../src/i18n';
import { wordsIn } from '../support/answers';
import { answerOrder, placesOf, readTables } from '../support/tables';

// What the search and the decoder do when a fetch fails: a flaky network (a fetch that fails once), and a deploy
// since the page was opened (its files gone, 404). They tell the truth while it fails, and work again without a
// reload by hand. Chromium; the one browser that keeps a failed script for good, Firefox, is tested apart
// (tests/site/firefox-chunks.test.ts).

const t = dictionary('en').scripts;
const box = (page: Page) => page.getByRole('searchbox', { name: t.searchBox.label });
const results = (page: Page) => page.getByRole('region', { name: t.searchBox.results });
const status = (page: Page) => page.locator('site-search').getByRole('status');
const codeLines = (page: Page) => results(page).getByRole('list').first().getByRole('listitem');
/** Codes whose English meaning (Tencent's, else the site's) says `phrase`. */
const codesSaying = (phrase: string) =>
  readTables().flatMap((table) =>
    table.rows.filter((r) => wordsIn(r.message, 'en').toLowerCase().includes(phrase)).flatMap((r) => r.codes),
  );

/** Fails the first request to `pattern` (a network error), lets every later one through; tells whether it failed one. */
async function failOnce(page: Page, pattern: string): Promise<() => boolean> {
  let failed = false;
  await page.route(pattern, async (route) => {
    if (failed) return route.continue();
    failed = true;
    await route.abort();
  });
  return () => failed;
}

/** Types one more key into the header box: the search runs again. */
async function typeAgain(page: Page) {
  await box(page).press('End');
  await box(page).pressSequentially(' ');
}

test.describe('a fetch that fails once', () => {
  test('the code lookup: search says it is unavailable, then works on the next keystroke', async ({ page }) => {
    const failed = await failOnce(page, '**/lookup/**');
    await page.goto('image/face/');
    await box(page).fill('-1102');
    await expect(status(page)).toHaveText(t.searchBox.unavailable);
    expect(failed()).toBe(true);
    await typeAgain(page);
    await expect(codeLines(page)).toHaveCount(placesOf('-1102').length);
  });

  // Each of Pagefind's files: its module, its entry file, its WebAssembly, its language metadata, an index chunk. A
  // Pagefind that failed once keeps failing (or answers "Nothing found" without the chunk): the next search must load
  // a fresh one.
  const PAGEFIND: [what: string, pattern: string][] = [
    ['its module', '**/pagefind/pagefind.js'],
    ['its entry file', '**/pagefind/pagefind-entry.json*'],
    ['its WebAssembly', '**/pagefind/wasm.*.pagefind'],
    ['its language metadata', '**/pagefind/*.pf_meta'],
    ['an index chunk', '**/pagefind/index/*.pf_index'],
  ];
  for (const [what, pattern] of PAGEFIND) {
    test(`Pagefind's ${what}: word search says it is unavailable, never "nothing found", then finds on the next keystroke`, async ({
      page,
    }) => {
      const phrase = 'signature expired';
      const expected = codesSaying(phrase);
      expect(expected.length).toBeGreaterThan(0);
      const failed = await failOnce(page, pattern);
      await page.goto('image/face/');
      await box(page).fill(phrase);
      await expect(status(page)).toHaveText(t.searchBox.unavailable);
      expect(failed()).toBe(true);
      await typeAgain(page);
      await expect(results(page)).toBeVisible();
      await expect(status(page)).not.toHaveText(t.searchBox.unavailable);
      await expect(codeLines(page).first()).toBeVisible();
      const first = (await codeLines(page).first().innerText()).trim().split(/\s/)[0];
      expect(expected).toContain(first);
    });
  }

  test('the search engine: the first keystroke still answers, its script fetched again at once', async ({ page }) => {
    const engine: string[] = [];
    page.on('request', (r) => {
      if (/\/search-engine[^/]*\.js/.test(r.url())) engine.push(r.url());
    });
    const failed = await failOnce(page, '**/_astro/search-engine*.js');
    await page.goto('image/face/');
    await box(page).fill('-1102');
    await expect(codeLines(page)).toHaveCount(placesOf('-1102').length);
    expect(failed()).toBe(true);
    expect(engine.length).toBeGreaterThan(1);
  });

  test('keeps Enter working when the search cannot load: typed words go to the search page', async ({ page }) => {
    await page.route('**/lookup/**', (route) => route.abort());
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto('image/face/');
    await box(page).fill('签名过期');
    await expect(status(page)).toHaveText(t.searchBox.unavailable);
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('签名过期');
  });
});

test.describe('a page opened before a deploy', () => {
  /** The search engine's script, at any address the page may ask it under (a retry adds a query). */
  const ENGINE = /\/_astro\/search-engine\.[^/?]*\.js(\?.*)?$/;

  /** Counts the page's own loads (a reload is one more). */
  function countLoads(page: Page): () => number {
    let loads = 0;
    page.on('request', (r) => {
      if (r.isNavigationRequest() && r.frame() === page.mainFrame()) loads++;
    });
    return () => loads;
  }

  test('reloads once onto the new build when its search script is gone, and then searches', async ({ page }) => {
    const loads = countLoads(page);
    // The old build's script is gone until the page is loaded again (the new build's page names its own).
    await page.route(ENGINE, (route) =>
      loads() < 2 ? route.fulfill({ status: 404, body: 'not found' }) : route.continue(),
    );
    await page.goto('image/face/');
    const reloaded = page.waitForEvent('load');
    await box(page).fill('-1102');
    await reloaded;
    expect(loads()).toBe(2);
    await box(page).fill('-1102');
    await expect(codeLines(page)).toHaveCount(placesOf('-1102').length);
  });

  test('reloads once only when the script is missing from the new build too, then says search is unavailable', async ({
    page,
  }) => {
    const loads = countLoads(page);
    await page.route(ENGINE, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('image/face/');
    const reloaded = page.waitForEvent('load');
    await box(page).fill('-1102');
    await reloaded;
    await box(page).fill('-1102');
    // Said once the page has asked for the script and found it gone again: it would have reloaded by then.
    await expect(status(page)).toHaveText(t.searchBox.unavailable);
    expect(loads()).toBe(2);
  });

  /**
   * Serves `path` as the old build did: naming a code lookup the server no longer has. `always`: also when the
   * page is fetched again (the new build is broken too), else only the first load.
   */
  async function namingAGoneLookup(page: Page, path: string, always = false) {
    await page.route(`**/${path}`, async (route) => {
      if (!always && route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /data-lookup="([^"]*)\/index\.[0-9a-f]{8}\.json"/,
        'data-lookup="$1/index.00000000.json"',
      );
      await route.fulfill({ response, body: html });
    });
  }

  test('searches on the new build’s code lookup when the one it names is gone', async ({ page }) => {
    await namingAGoneLookup(page, 'image/face/');
    const fetchedAgain: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'fetch' && r.url().endsWith('/image/face/')) fetchedAgain.push(r.url());
    });
    await page.goto('image/face/');
    expect(await page.locator('html').getAttribute('data-lookup')).toMatch(/index\.00000000\.json$/);
    await box(page).fill('-1102');
    await expect(codeLines(page)).toHaveCount(answerOrder('-1102').length);
    expect(fetchedAgain).toHaveLength(1);
    await expect(page.locator('html')).not.toHaveAttribute('data-lookup', /index\.00000000\.json$/);
  });

  test('decodes on the new build’s code lookup when the one it names is gone', async ({ page }) => {
    await namingAGoneLookup(page, 'decode/');
    await page.goto('decode/');
    const decoder = page.locator('warning-decoder');
    await decoder.getByRole('textbox').fill('-1102');
    await decoder.getByRole('button', { name: t.decoderForm.submit }).click();
    await expect(decoder.getByRole('link', { name: '-1102', exact: true })).toHaveAttribute('href', /codes\/-1102\/$/);
    await expect(decoder.getByRole('status')).not.toContainText(t.decoderForm.loadFailed.split('(')[0] ?? '');
  });

  test('says search is unavailable when the page fetched again names the same gone lookup', async ({ page }) => {
    await namingAGoneLookup(page, 'image/face/', true);
    await page.goto('image/face/');
    await box(page).fill('-1102');
    await expect(status(page)).toHaveText(t.searchBox.unavailable);
  });
});
