import { expect, test } from '@playwright/test';
import { crawl } from '../support/crawl';

// The site built at the domain root: every page reachable from the home page and the 404 page is fetched,
// and every internal link, asset and #fragment on it must resolve.
test('has no broken link or anchor', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const { problems, fetched } = await crawl(request, baseURL ?? '');
  expect(problems).toEqual([]);
  expect(fetched).toBeGreaterThan(268 + 17); // every code page and every table page was reached
});
