import { test } from '../support/site-test';
import { checkLinks } from '../support/crawl';

// The site built with BASE_PATH=/sub/: every page reachable from the home page and the 404 page is fetched, and every
// internal link, asset and #fragment on it must resolve without leaving /sub/; the crawl reaches /sub/en/ too.
test('has no broken link or anchor in either language, and no link leaves the sub-path', async ({ siteURL }) => {
  test.setTimeout(240_000);
  await checkLinks(siteURL);
});
