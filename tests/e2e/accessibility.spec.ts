import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// axe-core checks every page type, in both colour schemes, on a desktop and a phone-width window, against
// WCAG 2.0, 2.1 and 2.2 (A and AA) and axe's best practices. No rule is disabled.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search codes and meanings' });
const searchResults = (page: Page) => page.getByRole('region', { name: 'Search results' });

/** A page type: where it is, and what to do there before checking it (default: just load it). */
const PAGES: { name: string; path: string; prepare?: (page: Page) => Promise<void> }[] = [
  { name: 'the home page', path: '' },
  { name: 'a small table page', path: 'faceid/gateway/' },
  { name: 'the largest table page', path: 'image/face/' },
  { name: 'a code page', path: 'codes/-1102/' },
  { name: 'the list of all codes', path: 'codes/' },
  { name: 'the about page', path: 'about/' },
  { name: 'the search page with results', path: 'search/?q=%E7%AD%BE%E5%90%8D' },
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
      await expect(searchResults(page)).not.toHaveAttribute('aria-busy', 'true');
    },
  },
  { name: 'the page for a missing address', path: 'no-such-page/' },
];

/** One line per failing element: rule, impact, what is wrong and where. */
function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.failureSummary?.replace(/\s+/g, ' ')} at ${n.target.join(' ')}`),
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1280, 375]) {
    test.describe(`in ${colorScheme} mode at ${width} px wide`, () => {
      test.use({ colorScheme, viewport: { width, height: width > 400 ? 800 : 740 } });

      for (const { name, path, prepare } of PAGES) {
        test(`${name} has no accessibility violation`, async ({ page }) => {
          const response = await page.goto(path);
          expect(response?.status(), 'the page exists (except the missing one)').toBe(path === 'no-such-page/' ? 404 : 200);
          await page.waitForLoadState('networkidle');
          await prepare?.(page);
          const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          expect(describe(violations)).toEqual([]);
        });
      }
    });
  }
}
