import axe, { type Result, type RunOptions } from 'axe-core';
import { elementsDefined, expect, testOnOnePage as test, type Page } from '../support/site-test';

// axe-core checks every page type, in both languages (the project's baseURL is /en/ or the Chinese root), in both
// colour schemes, on a desktop and a phone-width window, against
// WCAG 2.0, 2.1 and 2.2 (A and AA) and axe's best practices. One exception, written where it applies: with the search
// results open, target-size is checked inside the search box and its results only (see below).
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

// The header's search box and its results, found by role alone: their names are in the page's language.
const searchBox = (page: Page) => page.getByRole('banner').getByRole('searchbox');
const searchResults = (page: Page) => page.getByRole('banner').getByRole('region');

/** A page type: where it is, and what to do there before checking it (default: just load it). */
const PAGES: { name: string; path: string; prepare?: (page: Page) => Promise<void>; onlyInSearch?: string[] }[] = [
  { name: 'the home page', path: '' },
  { name: 'a small table page', path: 'faceid/gateway/' },
  { name: 'the largest table page', path: 'image/face/' },
  { name: 'a table page with the warning decoder', path: 'faceid/idcard-ocr/' },
  { name: 'a code page', path: 'codes/-1102/' },
  { name: 'the list of all codes', path: 'codes/' },
  { name: 'the about page', path: 'about/' },
  {
    name: 'the search page with results',
    path: 'search/?q=%E7%AD%BE%E5%90%8D',
    prepare: async (page) => {
      await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
    },
  },
  { name: 'the empty decoder', path: 'decode/' },
  {
    name: 'the decoder showing a result',
    path: 'decode/?q=10010100',
    prepare: async (page) => {
      await expect(page.getByRole('main')).toContainText('10010100');
    },
  },
  {
    name: 'the decoder showing an error',
    path: 'decode/?q=10210100',
    prepare: async (page) => {
      await expect(page.getByRole('main')).toContainText('10210100');
    },
  },
  {
    name: 'a page with the search results open',
    path: 'faceid/gateway/',
    prepare: async (page) => {
      await searchBox(page).fill('签名');
      await expect(searchResults(page)).toBeVisible();
      await expect(searchResults(page).getByRole('link').first()).toBeVisible();
    },
    // The open results panel covers part of the table, and axe measures the uncovered sliver of each table link
    // under its edge as the link's size. Those links cannot be clicked until the panel closes, and the same page
    // with the panel closed ('a small table page') checks them in full; so here target-size looks at the search
    // box and its results only. Every other rule checks the whole page.
    onlyInSearch: ['target-size'],
  },
  { name: 'the page for a missing address', path: 'no-such-page/' },
];

/**
 * The violations axe finds in the page as it is now, within the element `include` names (default: the whole page).
 * axe is put into the page once per document (page.evaluate is not bound by the page's CSP) and run there, reporting
 * violations only: its other result types are not read.
 */
async function violations(page: Page, options: RunOptions, include?: string) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const runOptions: RunOptions = { ...options, resultTypes: ['violations'] };
  return page.evaluate(
    ({ context, runOptions }) =>
      (window as unknown as { axe: typeof axe }).axe.run(context ?? document, runOptions).then((r) => r.violations),
    { context: include, runOptions },
  );
}

/** One line per failing element: rule, impact, what is wrong and where. */
function describe(found: Result[]) {
  return found.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.failureSummary?.replace(/\s+/g, ' ')} at ${n.target.join(' ')}`),
  );
}

/**
 * The rules whose outcome depends on the colour scheme: in dark mode only these are run again, as every other rule
 * reads the same page the same way in either scheme.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
];

// Each page type is loaded once, then checked at each width in light mode with every rule, and in dark mode with the
// colour rules; each check names its width and scheme when it fails.
for (const { name, path, prepare, onlyInSearch = [] } of PAGES) {
  test(`${name} has no accessibility violation in light or dark mode, wide or phone-sized`, async ({ page }) => {
    await page.setViewportSize(WIDTHS[0]!);
    const response = await page.goto(path);
    expect(response?.status(), 'the page exists (except the missing one)').toBe(path === 'no-such-page/' ? 404 : 200);
    await elementsDefined(page);
    await prepare?.(page);
    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const where = `in ${colorScheme} mode at ${size.width} px wide`;
        const runOnly =
          colorScheme === 'light'
            ? { type: 'tag' as const, values: TAGS }
            : { type: 'rule' as const, values: COLOUR_RULES };
        const rules = Object.fromEntries(onlyInSearch.map((rule) => [rule, { enabled: false }]));
        expect(describe(await violations(page, { runOnly, rules })), where).toEqual([]);
        if (onlyInSearch.length > 0 && colorScheme === 'light') {
          const inSearch = await violations(
            page,
            { runOnly: { type: 'rule' as const, values: onlyInSearch } },
            'site-search',
          );
          expect(describe(inSearch), where).toEqual([]);
        }
      }
    }
  });
}
