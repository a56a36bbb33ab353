import { exportCatalog } from '../../src/lib/export-catalog';
import { readCatalog, readPositions } from '../support/decoder-data';
import { expect, test, type Page } from '../support/site-test';
import { allCodes, placesOf, readTables } from '../support/tables';

// The English pages (/en/): the interface in English, each meaning in English beside the official Chinese.

const tables = readTables();
const squash = (text: string) => text.replace(/\s+/g, '');
const rowOf = (page: Page, code: string) => page.locator('tr', { has: page.locator(`[id="code-${code}"]`) });
const background = (page: Page, code: string) =>
  rowOf(page, code).evaluate((row) => getComputedStyle(row).backgroundColor);

test.describe('the home page', () => {
  test('lists every table with its row count and links to it', async ({ page }) => {
    await page.goto('');
    for (const table of tables) {
      const link = page
        .getByRole('link', { name: new RegExp(`${table.rows.length} rows`) })
        .filter({ hasText: table.title });
      await expect(link.first(), table.id).toBeVisible();
    }
  });
});

test.describe('every table page', () => {
  for (const table of tables) {
    test(`shows every row of ${table.id} in English, beside the official Chinese marked as zh-CN`, async ({ page }) => {
      await page.goto(`${table.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(table.en.title);
      await expect(page.getByRole('main').locator('[lang="zh-CN"]', { hasText: table.title }).first()).toBeVisible();
      const rows = page.locator('table[data-code-table] tbody tr');
      await expect(rows).toHaveCount(table.rows.length);
      // Per row: all its text, and the text of its parts marked as Chinese (or the whole row, when it is).
      const shown = await rows.evaluateAll((trs) =>
        trs.map((tr) => ({
          text: (tr as HTMLElement).innerText,
          chinese: [...tr.querySelectorAll('[lang="zh-CN"]'), ...(tr.closest('[lang="zh-CN"]') ? [tr] : [])].map(
            (e) => (e as HTMLElement).innerText,
          ),
        })),
      );
      // A text the translation leaves as it is ("-") is shown once; any other shows the English and, marked as
      // Chinese, the official wording.
      const expectBoth = (at: string, text: string, chinese: string[], zh: string, en: string) => {
        expect(squash(text), at).toContain(squash(en));
        if (en !== zh)
          expect(
            chinese.some((c) => squash(c).includes(squash(zh))),
            `${at}: ${zh}`,
          ).toBe(true);
      };
      table.rows.forEach((row, i) => {
        const at = `${table.id} row ${i + 1}`;
        const { text = '', chinese = [] } = shown[i] ?? {};
        for (const code of row.codes) expect(text, at).toContain(code);
        expectBoth(at, text, chinese, row.message, row.en.message);
        if (row.advice !== undefined && row.en.advice !== undefined)
          expectBoth(`${at} advice`, text, chinese, row.advice, row.en.advice);
      });
    });
  }
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`a deep link, with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('lands on its row and highlights it', async ({ page }) => {
      await page.goto('faceid/face-verification/#code--4007');
      await expect(rowOf(page, '-4007')).toBeInViewport();
      expect(await background(page, '-4007')).not.toBe(await background(page, '66660005'));
    });

    test('reaches a row that lists several codes by each of them', async ({ page }) => {
      for (const code of ['66660039', '66660040', '-4017', '-4018']) {
        await page.goto(`faceid/face-verification/#code-${code}`);
        await expect(rowOf(page, code)).toBeInViewport();
        await expect(rowOf(page, code)).toContainText('66660039');
        expect(await background(page, code)).not.toBe(await background(page, '66660037'));
      }
    });
  });
}

test.describe('copy link', () => {
  test('puts the absolute URL of the row on the clipboard and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('image/face/?filter=1102');
    await page.getByRole('link', { name: 'Copy link to code -1102' }).click();
    await expect(page.getByRole('link', { name: 'Copy link to code -1102' })).toHaveText('copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL('image/face/#code--1102', baseURL).href);
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveText(`Link copied: ${copied}`);
    await expect(rowOf(page, '-1102')).toBeInViewport();
  });
});

test.describe('a code page', () => {
  test('lists every table where the code appears, with meaning, advice and a link to the row', async ({ page }) => {
    const places = placesOf('-1102');
    expect(places.length).toBeGreaterThan(2);
    await page.goto('codes/-1102/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('-1102');
    const items = page.getByRole('main').getByRole('list').first().getByRole('listitem');
    await expect(items).toHaveCount(places.length);
    for (const [i, { table, row }] of places.entries()) {
      await expect(items.nth(i)).toContainText(table.title);
      await expect(items.nth(i)).toContainText(row.message);
      if (row.advice) await expect(items.nth(i)).toContainText(row.advice.split('\n')[0] ?? '');
      const href = await items.nth(i).getByRole('link').first().getAttribute('href');
      expect(href).toMatch(new RegExp(`${table.id}/#code--1102$`));
    }
    await items
      .nth(places.length - 1)
      .getByRole('link')
      .first()
      .click();
    await expect(rowOf(page, '-1102')).toBeInViewport();
  });

  test('says when a number means different things in different services', async ({ page }) => {
    await page.goto('codes/-1102/');
    await expect(page.getByText('means different things in different services')).toBeVisible();
    const same = allCodes().find(
      (c) => placesOf(c).length > 1 && new Set(placesOf(c).map((p) => p.row.message)).size === 1,
    );
    if (!same) throw new Error('no code in content/tables is in several tables with one meaning');
    const response = await page.goto(`codes/${same}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(same);
    await expect(page.getByText('means different things in different services')).toHaveCount(0);
  });

  test('lists the codes that share a row with it', async ({ page }) => {
    const others = [...new Set(placesOf('66660004').flatMap((p) => p.row.codes))].filter((c) => c !== '66660004');
    expect(others).toEqual(expect.arrayContaining(['66660034', '-4007']));
    const response = await page.goto('codes/66660004/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('66660004');
    const shared = page.getByRole('region', { name: 'Codes listed in the same row' });
    await expect(shared.getByRole('link')).toHaveCount(others.length);
    for (const code of others) await expect(shared.getByRole('link', { name: code, exact: true })).toBeVisible();
  });
});

test.describe('the list of all codes', () => {
  test('links every distinct code to its page, across its pages of numeric ranges', async ({ page }) => {
    const codes = allCodes();
    await page.goto('codes/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`All ${codes.length} codes`);
    const ranges = page.getByRole('navigation', { name: 'Code ranges' }).getByRole('link');
    const pages =
      (await ranges.count()) > 0
        ? await ranges.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))
        : [page.url()];
    const listed: string[] = [];
    for (const url of pages) {
      await page.goto(url);
      const links = page.getByRole('list', { name: 'Codes' }).getByRole('link');
      const texts = await links.allTextContents();
      expect(texts.length, url).toBeGreaterThan(0);
      const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(hrefs).toEqual(texts.map((code) => expect.stringMatching(new RegExp(`/codes/${code}/$`))));
      listed.push(...texts);
    }
    expect(listed).toHaveLength(codes.length);
    expect(new Set(listed)).toEqual(new Set(codes));
  });

  test('leaves room around each code link for its focus ring, which its item would clip', async ({ page }) => {
    await page.goto('codes/');
    const link = page.getByRole('list', { name: 'Codes' }).getByRole('link').first();
    await link.focus();
    const room = await link.evaluate((a) => {
      const [outer, inner] = [a.closest('li'), a].map((e) => (e as Element).getBoundingClientRect()) as [
        DOMRect,
        DOMRect,
      ];
      return Math.min(inner.left - outer.left, inner.top - outer.top, outer.bottom - inner.bottom);
    });
    expect(room).toBeGreaterThanOrEqual(2);
  });

  for (const width of [375, 1350]) {
    test(`keeps its height while scrolled through, ${width} px wide: no item moves the page when laid out`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 740 });
      await page.goto('codes/');
      const items = page.getByRole('list', { name: 'Codes' }).getByRole('listitem');
      const heightBefore = await page.evaluate(() => document.documentElement.scrollHeight);
      const last = items.last();
      for (let y = 0; y < heightBefore; y += 600) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      }
      await expect(last).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(heightBefore);
    });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  for (const path of [
    'image/face/',
    'image/face-verification/',
    'faceid/face-verification/',
    'faceid/idcard-ocr/',
    'codes/',
    'codes/-1102/',
    '',
  ]) {
    test(`has no page-wide horizontal scroll on /${path}`, async ({ page }) => {
      await page.goto(path);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(client);
    });
  }
});

test.describe('codes.json', () => {
  test('is the export of every table, row and warning position in both languages, with URLs that resolve to the row', async ({
    request,
    siteURL,
  }) => {
    // codes.json exists once, at the root of the site. Its URLs are built from SITE_URL: the home page's canonical link.
    const home = await (await request.get(siteURL)).text();
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
    if (!canonical) throw new Error(`${siteURL} has no canonical link`);
    const site = new URL(canonical);
    const expected = { ...exportCatalog(readCatalog(), site.origin, site.pathname), warningPositions: readPositions() };
    expect(expected.tables.map((t) => t.id)).toEqual(tables.map((t) => t.id));
    const response = await request.get(new URL('codes.json', siteURL).href);
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual(expected);
    for (const table of expected.tables) {
      // Check the URLs' paths against this server.
      const html = await (await request.get(new URL(new URL(table.url).pathname, siteURL).href)).text();
      for (const row of table.rows) {
        for (const [code, url] of Object.entries(row.urls)) {
          expect(new URL(url).hash).toBe(`#code-${code}`);
          expect(html).toContain(`id="code-${code}"`);
        }
      }
    }
  });
});

test.describe('a missing page', () => {
  // The site has one 404 page (in Chinese, the root's language): its words are checked by the Chinese specs.
  test('answers 404 with a way to find the code, in English after the Chinese', async ({ page }) => {
    const response = await page.goto('codes/-424242/');
    expect(response?.status()).toBe(404);
    const english = page.getByRole('main').locator('[lang="en"]');
    await expect(english.getByRole('heading')).toBeVisible();
    await english.getByRole('link', { name: new RegExp(String(allCodes().length)) }).click();
    await expect(page).toHaveURL(/\/en\/codes\/$/);
  });
});

test.describe('the ID-card OCR page', () => {
  test('shows the 8 warning positions, each with where its meaning comes from', async ({ page }) => {
    await page.goto('faceid/idcard-ocr/');
    const positions = page
      .getByRole('region', { name: 'The 8 positions of the multi-warning string' })
      .getByRole('row');
    await expect(positions).toHaveCount(9);
    await expect(positions.nth(1)).toContainText('身份证边框不完整');
    await expect(positions.nth(1)).toContainText('Official worked example');
    await expect(positions.nth(2)).toContainText('Integration practice');
    await expect(positions.nth(7)).toContainText('Not documented');
    await expect(positions.nth(8)).toContainText('Not documented');
  });
  test('renders the notice of the source as a notice', async ({ page }) => {
    await page.goto('faceid/idcard-ocr/');
    await expect(page.getByRole('complementary', { name: 'Notice' })).toContainText('告警码只是一种告警提示');
  });
});

test.describe('Chinese on the English pages', () => {
  /** Texts holding Chinese characters whose language, by the nearest lang attribute, is not Chinese. */
  const unmarked = (page: Page) =>
    page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        // A reader's own words (an echoed query) have no known language.
        if (!parent || !/[\u3400-\u9fff]/.test(node.textContent ?? '') || parent.closest('bdi')) continue;
        if (!parent.closest('[lang]')?.getAttribute('lang')?.startsWith('zh')) found.push(node.textContent ?? '');
      }
      return found;
    });

  // Each page, and a Chinese word it shows in an English sentence or beside it (the search page's prompt is written
  // by its script).
  const pages: [path: string, word: string][] = [
    ['', '万象优图'],
    ['faceid/idcard-ocr/', '告警码'],
    ['codes/-1102/', '图片解码失败'],
    ['codes/', '图片解码失败'],
    ['decode/', '告警码'],
    ['about/', '活体'],
    ['search/', '签名过期'],
  ];
  for (const [path, word] of pages) {
    test(`marks every Chinese word of /en/${path} as zh-CN, so it is read and drawn as Chinese`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('body')).toContainText(word);
      expect(await unmarked(page)).toEqual([]);
    });
  }

  test('marks the Chinese of search results and of a decoded warning string as zh-CN', async ({ page }) => {
    await page.goto('search/?q=%E7%AD%BE%E5%90%8D%E8%BF%87%E6%9C%9F');
    await expect(page.locator('[data-search-results] a').first()).toBeVisible();
    expect(await unmarked(page)).toEqual([]);
    await page.goto('decode/');
    await page.getByRole('textbox', { name: /Paste an ID-card warning string/ }).fill('10010100');
    await page.getByRole('button', { name: 'Decode' }).click();
    await expect(page.locator('[data-decoder-result]')).toContainText('10010100');
    expect(await unmarked(page)).toEqual([]);
  });
});
