// The promises at scale, checked on the site built with SCALE.codes generated codes (dist-scale/ or SCALE_SITE_DIR,
// built by tests/support/build-scale.mjs, which `npm test` runs first): byte budgets of every page type, the size of
// each page of the list of all codes, and what a first code lookup and a first phrase search download in a browser.
import { chromium, type Browser, type Page } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../support/browser.mjs';
import { PAGE_BUDGETS, SCALE } from '../support/budgets.mjs';
import { SCALE_DIR } from '../support/build-scale.mjs';
import { checkBudget, gzipBytes } from '../support/page-weight.mjs';
import { serve } from '../support/serve.mjs';
import { htmlFiles } from '../support/site-files';
import { syntheticCode } from '../support/synthetic-content.mjs';

const DIR = SCALE_DIR;
const pages = htmlFiles(DIR);
// The generated tables' own pages are as large as their 100 rows of generated text, whatever the catalogue's size;
// real table pages are held to the budget in page-weight.test.ts. Every other page is checked here, in both languages
// (the English pages are under en/).
const GENERATED_TABLE = /^(en\/)?image\/synthetic-\d+\//;
const MINUTE = 60_000;

let server: Awaited<ReturnType<typeof serve>> | undefined;
/** What the server sent, file by file (see downloads). */
let sent: { path: string; bytes: number }[] = [];
let browser: Browser;
let origin: string;

beforeAll(async () => {
  const started = await serve({ dir: DIR, onSent: (file) => sent.push(file) });
  server = started;
  origin = `http://127.0.0.1:${(started.address() as AddressInfo).port}/`;
  const executablePath = findChromium({ shell: true });
  browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
}, MINUTE);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Body bytes (as sent, gzip) and the paths of the files the server sends while `action` runs and results show. The
 * server counts them: the sizes a browser reports subtract header sizes that its protocol may report late.
 */
async function downloads(action: () => Promise<void>) {
  sent = [];
  await action();
  // The page's icon is the browser's to ask for, after load and whenever it likes: part of the page, not the search.
  const all = sent.filter((s) => s.path !== '/favicon.svg');
  const sum = (list: typeof all) => list.reduce((total, s) => total + s.bytes, 0);
  return {
    bytes: sum(all),
    data: sum(all.filter((s) => s.path.includes('/lookup/'))),
    paths: all.map((s) => s.path),
    list: all.map((s) => `${s.path} ${s.bytes} B`).join(', '),
  };
}

/** Opens a table page, waits until it has loaded, types `query` in the search box and waits for the results. */
async function firstSearch(query: string) {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  try {
    await page.goto(new URL('faceid/face-verification/', origin).href, { waitUntil: 'networkidle' });
    const results = page.locator('#site-search-results');
    const fetched = await downloads(async () => {
      await page.locator('#site-search-input').fill(query);
      await results.locator('li').first().waitFor();
      await page.waitForLoadState('networkidle');
    });
    return { ...fetched, text: await results.innerText() };
  } finally {
    await context.close();
  }
}

describe(`at ${SCALE.codes} generated codes`, () => {
  test('the build holds them all', () => {
    expect(pages.filter((p) => /^codes\/[^/]+\/index\.html$/.test(p)).length).toBeGreaterThan(SCALE.codes);
  });

  test.each(Object.entries(PAGE_BUDGETS))(
    '%s: every page is within its byte budget',
    async (type, budget) => {
      const { over, heaviest, count } = await checkBudget(
        DIR,
        pages.filter((p) => !GENERATED_TABLE.test(p)),
        type,
        budget,
      );
      console.log(`at scale, heaviest ${type} of ${count}: ${JSON.stringify(heaviest)}`);
      expect(count).toBeGreaterThan(0);
      expect(over).toEqual([]);
    },
    5 * MINUTE,
  );

  test(`every page of the list of all codes is at most ${SCALE.codeListHtml} B of gzip HTML`, () => {
    const lists = pages.filter((p) => /^(en\/)?codes\/(from\/[^/]+\/)?index\.html$/.test(p));
    const sizes = lists.map((p) => ({ page: p, bytes: gzipBytes(readFileSync(join(DIR, p))) }));
    console.log(
      `at scale, ${lists.length} pages of the list of all codes, the largest ${Math.max(...sizes.map((s) => s.bytes))} B`,
    );
    expect(lists.length).toBeGreaterThan(1);
    expect(sizes.filter((s) => s.bytes > SCALE.codeListHtml)).toEqual([]);
  });

  test(
    `a first exact-code lookup downloads at most ${SCALE.firstCodeLookupBytes} B in all, and shows the code`,
    async () => {
      const code = syntheticCode(123, 45);
      const { bytes, paths, text, data, list } = await firstSearch(code);
      console.log(`at scale, a first code lookup: ${bytes} B in ${paths.length} files, ${data} B of them code data`);
      expect(text).toContain(code);
      expect(text).toContain('合成服务123错误码');
      expect(paths.filter((p) => p.includes('pagefind'))).toEqual([]);
      // A plainly typed code is read without the paste reader (src/lib/paste-reading.ts).
      expect(paths.filter((p) => p.includes('read-paste'))).toEqual([]);
      expect(bytes, list).toBeLessThanOrEqual(SCALE.firstCodeLookupBytes);
    },
    MINUTE,
  );

  test(
    `a first phrase search downloads at most ${SCALE.firstPhraseSearchBytes} B and shows results`,
    async () => {
      const { bytes, paths, text, list } = await firstSearch('图片解码失败');
      console.log(`at scale, a first phrase search: ${bytes} B in ${paths.length} files`);
      expect(text).toContain('图片解码失败');
      expect(bytes, list).toBeLessThanOrEqual(SCALE.firstPhraseSearchBytes);
    },
    MINUTE,
  );
});
