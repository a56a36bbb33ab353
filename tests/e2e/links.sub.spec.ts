import { expect, test } from '@playwright/test';

// This file runs against the site built with BASE_PATH=/sub/: every page reachable from the home page is fetched,
// and every internal link, asset and #fragment on it must resolve without leaving /sub/.
const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

test('has no broken link or anchor, and no link leaves the sub-path', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const base = new URL(baseURL ?? '');
  const pages = new Map<string, Set<string>>(); // path → ids on it
  const links: { from: string; to: URL }[] = [];
  const queue = [base.pathname];
  const problems: string[] = [];

  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    if (pages.has(path)) continue;
    const response = await request.get(new URL(path, base).href);
    if (response.status() !== 200) {
      problems.push(`${path}: HTTP ${response.status()}`);
      pages.set(path, new Set());
      continue;
    }
    const type = response.headers()['content-type'] ?? '';
    const body = type.includes('text/html') ? await response.text() : '';
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
    if (fragment && !pages.get(to.pathname)?.has(fragment)) problems.push(`${from}: ${to.pathname}#${fragment} has no such id`);
  }
  expect(problems).toEqual([]);
  expect(pages.size).toBeGreaterThan(268 + 17); // every code page and every table page was reached
});
