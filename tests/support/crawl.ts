import { expect } from '@playwright/test';
import { LANGS } from '../../src/lib/i18n';
import { allCodes, readTables } from './tables';

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/**
 * Fetches every page reachable from `baseURL`'s home page and its 404 page over HTTP and checks every internal link,
 * asset and #fragment on it. Node's own fetch: the same requests through Playwright's cost three times the CPU time
 * (its protocol and the stack it records for every call), for 1,500 files a build.
 * Returns the problems found (a page or asset that is not 200, a fragment with no such id on its page, a link that
 * leaves the base path) and the paths of the HTML pages fetched.
 */
async function crawl(baseURL: string): Promise<{ problems: string[]; pages: string[] }> {
  const base = new URL(baseURL);
  const pages = new Map<string, Set<string>>(); // path → ids on it
  const html: string[] = [];
  const links: { from: string; to: URL }[] = [];
  const queue = [base.pathname, `${base.pathname}404.html`];
  const problems: string[] = [];

  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    if (pages.has(path)) continue;
    const response = await fetch(new URL(path, base));
    const isPage = (response.headers.get('content-type') ?? '').includes('text/html');
    // Every body is read to its end, which frees the connection for the next request.
    const body = isPage ? await response.text() : (await response.arrayBuffer(), '');
    if (response.status !== 200) {
      problems.push(`${path}: HTTP ${response.status}`);
      pages.set(path, new Set());
      continue;
    }
    if (isPage) html.push(path);
    pages.set(path, new Set([...body.matchAll(ID)].map((m) => m[1] ?? '')));
    for (const [, raw = ''] of body.matchAll(ATTRIBUTE)) {
      const to = new URL(raw.replaceAll('&amp;', '&'), new URL(path, base));
      if (to.origin !== base.origin) continue; // canonical URLs point at SITE_URL; nothing else is external
      links.push({ from: path, to });
      if (!to.pathname.startsWith(base.pathname)) problems.push(`${path}: link ${raw} leaves ${base.pathname}`);
      else if (!pages.has(to.pathname)) queue.push(to.pathname);
    }
  }

  for (const { from, to } of links) {
    const fragment = decodeURIComponent(to.hash.slice(1));
    if (fragment && !pages.get(to.pathname)?.has(fragment))
      problems.push(`${from}: ${to.pathname}#${fragment} has no such id`);
  }
  return { problems, pages: html };
}

/**
 * Crawls the site at `siteURL` (see crawl) and expects no problem, and the pages of both languages: each has more
 * pages than there are codes and tables (a page per code and per table), so a crawl that stops early fails.
 */
export async function checkLinks(siteURL: string) {
  const { problems, pages } = await crawl(siteURL);
  expect(problems).toEqual([]);
  const english = `${new URL(siteURL).pathname}${LANGS.en.path}`;
  const every = allCodes().length + readTables().length;
  expect(pages.filter((p) => !p.startsWith(english)).length).toBeGreaterThan(every);
  expect(pages.filter((p) => p.startsWith(english)).length).toBeGreaterThan(every);
}
