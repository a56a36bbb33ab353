import { expect, testOnOnePage as test, type Page } from '../support/site-test';

// The page `testOnOnePage` hands its tests in turn (tests/support/site-test.ts): the next test gets the same page,
// with nothing the last one changed left on it. In order, in one worker.
test.describe.configure({ mode: 'serial' });

let first: Page | undefined;
/** The addresses the first test's listener heard requested. */
const heard: string[] = [];

test.describe('one page shared by the tests of a worker', () => {
  test('a test changes everything a test can change on its page', async ({ page, context }) => {
    first = page;
    await page.setViewportSize({ width: 375, height: 740 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript(() => Object.assign(window, { leftByAnotherTest: true }));
    await context.addInitScript(() => Object.assign(window, { leftInTheContext: true }));
    await page.exposeFunction('exposedByAnotherTest', () => 1);
    await page.route('**/about/', (route) => route.abort());
    await context.route('**/search/', (route) => route.abort());
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    page.on('request', (request) => heard.push(request.url()));
    await context.newPage();
    await page.goto('./');
    await page.evaluate(() => sessionStorage.setItem('left', 'by another test'));
    await page.evaluate(() => Object.assign(window, { theFirstTestsDocument: true }));
    expect(await page.evaluate(() => 'leftByAnotherTest' in window && 'leftInTheContext' in window)).toBe(true);
  });

  test('the next test gets the same page, as a new page would be', async ({ page, context, baseURL }) => {
    expect(page).toBe(first);
    expect(context.pages()).toEqual([page]);
    expect(page.viewportSize()).toEqual(test.info().project.use.viewport);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
    const heardBefore = heard.length;
    // The address the first test left, with a fragment: a new document all the same, not the old one scrolled.
    await page.goto('./#main');
    expect(await page.evaluate(() => 'theFirstTestsDocument' in window)).toBe(false);
    const response = await page.goto('about/');
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(new URL('about/', baseURL).href);
    expect((await page.goto('search/'))?.status()).toBe(200);
    expect(heard.length, "the first test's listener heard nothing more").toBe(heardBefore);
    expect(
      await page.evaluate(() =>
        ['leftByAnotherTest', 'leftInTheContext', 'exposedByAnotherTest'].filter((k) => k in window),
      ),
    ).toEqual([]);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    const clipboard = await page.evaluate(
      async () => (await navigator.permissions.query({ name: 'clipboard-read' as PermissionName })).state,
    );
    expect(clipboard).not.toBe('granted');
  });
});
