import { test } from '../support/site-test';
import { checkLinks } from '../support/crawl';

// The site built at the domain root: every page reachable from the home page and the 404 page is fetched, and every
// internal link, asset and #fragment on it must resolve. The Chinese pages link to their English twins, so the
// crawl covers both languages.
test('has no broken link or anchor, in either language', async ({ siteURL }) => {
  test.setTimeout(240_000);
  await checkLinks(siteURL);
});
