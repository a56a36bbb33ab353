import { expect, test } from '../support/site-test';
import { LANGS } from '../../src/lib/i18n';
import { allCodes, readTables } from '../support/tables';
import { crawl } from '../support/crawl';

// The site built with BASE_PATH=/sub/: every page reachable from the home page and the 404 page is fetched, and every
// internal link, asset and #fragment on it must resolve without leaving /sub/; the crawl reaches /sub/en/ too.
test('has no broken link or anchor in either language, and no link leaves the sub-path', async ({
  request,
  siteURL,
}) => {
  test.setTimeout(240_000);
  const { problems, pages } = await crawl(request, siteURL);
  expect(problems).toEqual([]);
  const english = `${new URL(siteURL).pathname}${LANGS.en.path}`;
  const every = allCodes().length + readTables().length; // a page per code and per table
  expect(pages.filter((p) => !p.startsWith(english)).length).toBeGreaterThan(every);
  expect(pages.filter((p) => p.startsWith(english)).length).toBeGreaterThan(every);
});
