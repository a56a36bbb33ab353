// The browser tests' `test`: Playwright's, plus `siteURL`, the root of the built site. A project's baseURL is the
// root of one language ("/en/", "/sub/en/", or "/" for 简体中文); what exists once for the whole site (codes.json,
// lookup/, pagefind/, _headers, 404.html, the sitemap) and the crawl that starts at the home page use siteURL.
import {
  expect,
  test as base,
  type Browser,
  type Disposable,
  type Locator,
  type Page,
  type TestInfo,
} from '@playwright/test';

export interface SiteOptions {
  /** The root of the built site, with its base path: "http://127.0.0.1:<port>/" or "http://127.0.0.1:<port>/sub/". */
  siteURL: string;
}

export const test = base.extend<SiteOptions>({ siteURL: ['', { option: true }] });
export { expect, type Page } from '@playwright/test';

/** The events a test may listen to on a page (Playwright's own listeners are on 'close' and 'crash'). */
const PAGE_EVENTS = [
  ...['console', 'dialog', 'domcontentloaded', 'download', 'filechooser', 'frameattached', 'framedetached'],
  ...['framenavigated', 'load', 'pageerror', 'popup', 'request', 'requestfailed', 'requestfinished', 'response'],
  ...['websocket', 'worker'],
];

/**
 * What a test did to the shared page or its context, each with what takes it back: init scripts and exposed
 * functions (disposed), routes, granted permissions, emulated media. `reset` makes only the calls the test made needed:
 * five calls to the browser after every test cost the suite a few core-seconds (docs/performance.md).
 */
type Undo = [key: unknown, takeBack: () => Promise<unknown>];
const toUndo = new WeakMap<Page, Map<Undo[0], Undo[1]>>();

/**
 * A page in a context of its own, with the context options of the test's project; what its tests do to it or to its
 * context through the methods below is recorded, to be taken back by `reset`.
 */
async function openPage(browser: Browser, { project }: TestInfo, javaScriptEnabled = true) {
  const { baseURL, viewport, colorScheme, userAgent, deviceScaleFactor, isMobile, hasTouch, locale } = project.use;
  const options = { baseURL, viewport, colorScheme, userAgent, deviceScaleFactor, isMobile, hasTouch, locale };
  const context = await browser.newContext({
    ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)),
    javaScriptEnabled,
  });
  const page = await context.newPage();
  const undo = new Map<Undo[0], Undo[1]>();
  toUndo.set(page, undo);
  /** Wraps the methods `names` of `target`: each call records how to take it back (a key, so each is taken back once). */
  const recorded = (target: object, names: string[], undoOf: (result: unknown) => Undo) => {
    const methods = target as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const name of names) {
      const method = methods[name]!.bind(target);
      methods[name] = async (...args: unknown[]) => {
        const result = await method(...args);
        undo.set(...undoOf(result));
        return result;
      };
    }
  };
  const ignoreErrors = { behavior: 'ignoreErrors' } as const;
  const routes = ['route', 'routeFromHAR', 'routeWebSocket'];
  for (const target of [page, context])
    recorded(target, ['addInitScript', 'exposeFunction', 'exposeBinding'], (disposable) => [
      disposable,
      () => (disposable as Disposable).dispose(),
    ]);
  recorded(page, routes, () => ['page routes', () => page.unrouteAll(ignoreErrors)]);
  recorded(context, routes, () => ['context routes', () => context.unrouteAll(ignoreErrors)]);
  recorded(context, ['grantPermissions'], () => ['permissions', () => context.clearPermissions()]);
  recorded(page, ['emulateMedia'], () => [
    'media',
    () => page.emulateMedia({ colorScheme: colorScheme ?? 'light', media: null, reducedMotion: null }),
  ]);
  return page;
}

/** The query the page's address carries between two tests (see `reset`). */
const BETWEEN_TESTS = 'after-a-test';

/**
 * Puts `page` back as `openPage` left it, but for what it has cached and the document it shows: alone in its context,
 * nothing routed, listened to, added or granted, sessionStorage empty, the project's colour scheme. (Each test sets the
 * page's size.) The page stays on the last test's document instead of leaving it for about:blank, a navigation that
 * cost every test about a twelfth of a core-second, a quarter of a short test (docs/performance.md). The document's
 * address gets the query `?after-a-test` and the document can no longer change it, so the next test's first goto loads
 * a new document even where the two addresses differ only in their #fragment (it would scroll the old one otherwise).
 */
async function reset(page: Page) {
  for (const other of page.context().pages()) if (other !== page) await other.close();
  for (const event of PAGE_EVENTS) await page.removeAllListeners(event, { behavior: 'ignoreErrors' });
  const undo = toUndo.get(page);
  for (const takeBack of undo?.values() ?? []) await takeBack();
  undo?.clear();
  // The site remembers in sessionStorage the script chunk it reloaded for (src/scripts/import-chunk.ts). A page that
  // never left about:blank has neither storage nor an address to mark, and needs neither.
  await page
    .evaluate((query) => {
      sessionStorage.clear();
      history.replaceState(null, '', `${location.pathname}?${query}`);
      history.replaceState = history.pushState = () => undefined;
    }, BETWEEN_TESTS)
    .catch(() => undefined);
}

/**
 * `test` for tests that only navigate, type, click and read: the tests of a worker take turns on one page, which
 * spares each a new tab (a new renderer process compiling the site's scripts and Pagefind's WebAssembly again: a
 * third of a short test's time on 2 cores). Between two tests the page is reset (see `reset`); after a failed test
 * it is closed, and the next test opens a new one. A test's `context` is the page's; its `viewport` option sets the
 * page's size, and one with JavaScript off gets a page of its own. A test that needs a cold cache (one that counts the
 * requests a page makes, or makes a fetch fail) uses `test`.
 */
export const testOnOnePage = test.extend<object, { workerPage: { browser: Browser; page?: Page } }>({
  workerPage: [
    async ({ browser }, use) => {
      const held: { browser: Browser; page?: Page } = { browser };
      await use(held);
      await held.page?.context().close();
    },
    { scope: 'worker' },
  ],
  context: async ({ page }, use) => {
    await use(page.context());
  },
  page: async ({ workerPage, javaScriptEnabled, viewport }, use, testInfo) => {
    if (javaScriptEnabled === false) {
      const page = await openPage(workerPage.browser, testInfo, false);
      await use(page);
      await page.context().close();
      return;
    }
    const page = (workerPage.page ??= await openPage(workerPage.browser, testInfo));
    if (viewport) await page.setViewportSize(viewport);
    await use(page);
    if (testInfo.status === testInfo.expectedStatus) await reset(page);
    else {
      delete workerPage.page;
      await page.context().close();
    }
  },
});

/**
 * Waits until every custom element on the page is defined: its script has run and drawn it, as a reader with
 * JavaScript meets it. (A state to wait for, where waiting for the network to fall quiet is not one.)
 */
export async function elementsDefined(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll(':not(:defined)')]
        .filter((element) => element.localName.includes('-'))
        .map((element) => customElements.whenDefined(element.localName)),
    ),
  );
}

/**
 * Types `query` into a search box (`box`) and waits until its `results` show. The box is emptied first and the results
 * close: what shows next is this query's, never an earlier query's still on screen.
 */
export async function typeSearch(box: Locator, results: Locator, query: string) {
  await box.fill('');
  await expect(results).toBeHidden();
  await box.fill(query);
  await expect(results).toBeVisible();
  await expect(results).not.toBeEmpty();
}
