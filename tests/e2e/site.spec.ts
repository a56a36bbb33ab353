import { readFileSync } from 'node:fs';
import { productNames } from '../../src/i18n';
import { exportCatalog } from '../../src/lib/export-catalog';
import { tableTitle } from '../../src/lib/table-heading';
import type { Text } from '../../src/schemas/text';
import { expect, testOnOnePage as test, type Page } from '../support/site-test';
import { allCodes, catalog, placesOf, positions, readTables } from '../support/tables';

// The English pages (/en/): the interface in English; each text in Tencent's English where Tencent publishes it,
// else in the site's translation, with the official Chinese beside it.

const tables = readTables();
const squash = (text: string) => text.replace(/\s+/g, '');
const rowOf = (page: Page, code: string) => page.locator('tr', { has: page.locator(`[id="code-${code}"]`) });
const background = (page: Page, code: string) =>
  rowOf(page, code).evaluate((row) => getComputedStyle(row).backgroundColor);
/** A source text as a reader sees it: a markdown link shows as its label. */
const visible = (text: string) => text.replace(/\[([^\]]*)\]\((https?:[^)]*)\)/g, '$1');
/** The English a reader sees for a text: Tencent's, else the site's. */
const englishOf = (text: Text) =>
  visible(typeof text.official.en === 'string' ? text.official.en : (text.ours.en ?? ''));
const codeLists = (page: Page) => page.getByRole('main').locator('section ul');

test.describe('the home page', () => {
  test('lists every table with its row count and links to it, under its product', async ({ page }) => {
    await page.goto('');
    for (const table of tables) {
      const link = page
        .getByRole('link', { name: new RegExp(`${table.rows.length} rows?`) })
        .filter({ hasText: tableTitle(table, 'en') });
      await expect(link.first(), table.id).toBeVisible();
    }
    for (const name of ['FaceID', 'OCR', 'Face Recognition', 'Cloud Infinite', 'API 3.0 common error codes'])
      await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  });
});

test.describe('every table page', () => {
  for (const table of tables) {
    test(`shows every row of ${table.id} in English, beside the official Chinese marked as zh-CN`, async ({ page }) => {
      await page.goto(`${table.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(
        tableTitle(table, 'en').split(' · ')[0] ?? '',
      );
      const rows = page.locator('table[data-code-table] tbody tr');
      await expect(rows).toHaveCount(table.rows.length);
      const shown = await rows.evaluateAll((trs) =>
        trs.map((tr) => ({
          text: (tr as HTMLElement).innerText,
          chinese: [...tr.querySelectorAll('[lang="zh-CN"]')].map((e) => (e as HTMLElement).innerText),
        })),
      );
      // English where there is some, and the official Chinese beside it, marked as Chinese, when it differs.
      const expectText = (at: string, i: number, text: Text) => {
        const { text: row = '', chinese = [] } = shown[i] ?? {};
        const zh = text.official.zh;
        const en = englishOf(text);
        if (en) expect(squash(row), at).toContain(squash(en));
        if (typeof zh === 'string' && visible(zh) !== en)
          expect(
            chinese.some((c) => squash(c).includes(squash(visible(zh)))),
            `${at}: ${zh}`,
          ).toBe(true);
        if (text.official.en === null) expect(row, at).toContain('Tencent gives no English for this.');
      };
      table.rows.forEach((row, i) => {
        const at = `${table.id} row ${i + 1}`;
        for (const code of row.codes) expect(squash(shown[i]?.text ?? ''), at).toContain(code);
        if (row.catchAll) expectText(`${at} code`, i, row.catchAll);
        if (row.name) expect(shown[i]?.text, at).toContain(row.name);
        expectText(at, i, row.message);
        if (row.advice) expectText(`${at} advice`, i, row.advice);
        if (row.billed !== undefined) expect(shown[i]?.text, at).toContain(row.billed ? 'Yes' : 'No');
      });
    });
  }

  test('shows the links a source cell holds as links', async ({ page }) => {
    await page.goto('ci/download/');
    await expect(rowOf(page, '-164').getByRole('link', { name: 'submit a ticket' })).toHaveAttribute(
      'href',
      'https://console.cloud.tencent.com/workorder/category',
    );
  });

  test("marks Tencent's own English as official and the site's as translation", async ({ page }) => {
    await page.goto('ci/moderation/');
    await expect(rowOf(page, '-61011')).toContainText('officialThe file does not exist.');
    await page.goto('faceid/saas-digit-liveness/');
    await expect(rowOf(page, '1102')).toContainText(/translation\s*The face is not fully visible/);
  });
});

test.describe("a deprecated page's table", () => {
  test('says Tencent deprecated it, with the year, and links to what integrations receive today', async ({ page }) => {
    await page.goto('image/download/');
    const note = page.getByText('Tencent has deprecated this page');
    await expect(note).toContainText('last edited in 2017');
    await note.getByRole('link').click();
    await expect(page).toHaveURL(/\/en\/ci\/download\/$/);
    await page.goto('faceid/idcard-ocr/');
    await page.getByText('Tencent has deprecated this page').getByRole('link').click();
    await expect(page.locator(':target')).toContainText('SaaS error codes');
  });
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

    test('reaches an API 3.0 code by its name', async ({ page }) => {
      await page.goto('ocr/api3/#code-FailedOperation.ImageNoIdCard');
      await expect(rowOf(page, 'FailedOperation.ImageNoIdCard')).toBeInViewport();
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
  test('lists every table where the code appears, with its meaning and a link to the row', async ({ page }) => {
    const places = placesOf('-1102');
    expect(places.length).toBeGreaterThan(2);
    await page.goto('codes/-1102/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('-1102');
    const items = page.getByRole('main').locator('ol > li');
    await expect(items).toHaveCount(places.length);
    for (const { table, row } of places) {
      const item = items.filter({ has: page.locator(`a[href$="${table.id}/#code--1102"]`) });
      await expect(item).toContainText(englishOf(row.message));
      if (typeof row.message.official.zh === 'string')
        await expect(item).toContainText(visible(row.message.official.zh));
    }
    await items.last().getByRole('link').first().click();
    await expect(rowOf(page, '-1102')).toBeInViewport();
  });

  test("groups the meanings by product and source, Tencent's current pages first, a deprecated one with its year", async ({
    page,
  }) => {
    await page.goto('codes/9/');
    const groups = page.getByRole('main').getByRole('heading', { level: 2 });
    await expect(groups.first()).toContainText('FaceID');
    await expect(groups.first()).not.toContainText('deprecated');
    await expect(groups.last()).toContainText('Cloud Infinite V1 API');
    await expect(groups.last()).toContainText('deprecated page, 2017');
  });

  test('keeps 1102 and -1102 apart: a FaceID result today, and a legacy image error', async ({ page }) => {
    await page.goto('codes/1102/');
    await expect(page.getByRole('main')).toContainText('脸部未完整露出');
    await expect(page.getByRole('main')).toContainText('The face was not fully exposed.');
    await expect(page.getByRole('main')).not.toContainText('图片解码失败');
    await page.goto('codes/-1102/');
    await expect(page.getByRole('main')).toContainText('图片解码失败');
    await expect(page.getByRole('main')).not.toContainText('脸部未完整露出');
  });

  test('has a page for an API 3.0 code, written as Tencent writes it, in every table that defines it', async ({
    page,
  }) => {
    const places = placesOf('FailedOperation.LifePhotoDetectFaces');
    expect(new Set(places.map((p) => p.table.product))).toEqual(new Set(['faceid', 'iai']));
    await page.goto('codes/FailedOperation.LifePhotoDetectFaces/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('FailedOperation.LifePhotoDetectFaces');
    await expect(page.getByRole('main').locator('ol > li')).toHaveCount(places.length);
  });

  test('says when tables word a code differently, and not when they word it the same', async ({ page }) => {
    await page.goto('codes/-1102/');
    await expect(page.getByText('they word it differently')).toBeVisible();
    const same = catalog.codes.find((c) => c.occurrences.length > 1 && !c.meaningsDiffer);
    if (!same) throw new Error('no code is in several tables with one wording');
    await page.goto(`codes/${same.code}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(same.code);
    await expect(page.getByText('they word it differently')).toHaveCount(0);
  });

  test('lists the codes that share a row with it', async ({ page }) => {
    const others = [...new Set(placesOf('66660004').flatMap((p) => p.row.codes))].filter((c) => c !== '66660004');
    expect(others).toEqual(expect.arrayContaining(['66660034', '-4007']));
    await page.goto('codes/66660004/');
    const shared = page.getByRole('region', { name: 'Codes listed in the same row' });
    await expect(shared.getByRole('link')).toHaveCount(others.length);
    for (const code of others) await expect(shared.getByRole('link', { name: code, exact: true })).toBeVisible();
  });
});

test.describe('the list of all codes', () => {
  test('links every distinct code to its page, numbers by range and API 3.0 names by their first part', async ({
    page,
  }) => {
    const codes = allCodes();
    await page.goto('codes/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`All ${codes.length} codes`);
    const ranges = page.getByRole('navigation', { name: 'Code ranges' }).getByRole('link');
    const pages = await ranges.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const listed: string[] = [];
    for (const url of pages) {
      await page.goto(url);
      const links = codeLists(page).getByRole('link');
      const texts = await links.allTextContents();
      const hrefs = await links.evaluateAll((as) =>
        as.map((a) => decodeURIComponent((a as HTMLAnchorElement).pathname)),
      );
      expect(hrefs).toEqual(
        texts.map((code) => expect.stringMatching(new RegExp(`/codes/${code.replace(/\./g, '\\.')}/$`))),
      );
      listed.push(...texts);
    }
    expect(listed).toEqual(codes);
    await expect(page.getByRole('heading', { name: 'API 3.0 error codes: UnsupportedOperation' })).toBeVisible();
  });

  test('leaves room around each code link for its focus ring, which its item would clip', async ({ page }) => {
    await page.goto('codes/');
    const link = codeLists(page).getByRole('link').first();
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
      const heightBefore = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < heightBefore; y += 600) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      }
      await expect(codeLists(page).last().getByRole('listitem').last()).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(heightBefore);
    });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  const longest = [...allCodes()].sort((a, b) => b.length - a.length)[0] ?? '';
  for (const path of [
    'image/face/',
    'faceid/face-verification/',
    'faceid/saas-other/',
    'ocr/api3/',
    'ci/media/',
    'codes/',
    'codes/-1102/',
    `codes/${longest}/`,
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
  test('is the export of every document, table, row and warning position in every language, with URLs that resolve', async ({
    request,
    siteURL,
  }) => {
    // codes.json exists once, at the root of the site. Its URLs are built from SITE_URL: the home page's canonical link.
    const home = await (await request.get(siteURL)).text();
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
    if (!canonical) throw new Error(`${siteURL} has no canonical link`);
    const site = new URL(canonical);
    const expected = exportCatalog(catalog, positions, site.origin, site.pathname, productNames());
    const response = await request.get(new URL('codes.json', siteURL).href);
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(expected)));
    for (const table of expected.tables) {
      const html = await (await request.get(new URL(new URL(table.url).pathname, siteURL).href)).text();
      for (const row of table.rows)
        for (const [code, url] of Object.entries(row.urls)) {
          expect(new URL(url).hash).toBe(`#code-${code}`);
          expect(html).toContain(`id="code-${code}"`);
        }
    }
    for (const document of expected.documents)
      for (const file of Object.values(document.languages)) {
        const served = await request.get(new URL(new URL(file.served).pathname, siteURL).href);
        expect(Buffer.from(await served.body()).equals(readFileSync(`content/sources/${file.file}`)), file.file).toBe(
          true,
        );
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

test.describe('the ID card OCR page', () => {
  test('shows the 8 warning positions, each with where its meaning comes from', async ({ page }) => {
    await page.goto('faceid/idcard-ocr/');
    const rows = page.getByRole('region', { name: 'The 8 positions of the multi-warning string' }).getByRole('row');
    await expect(rows).toHaveCount(9);
    await expect(rows.nth(1)).toContainText('身份证边框不完整');
    await expect(rows.nth(1)).toContainText('Official worked example');
    await expect(rows.nth(2)).toContainText('Integration practice');
    await expect(rows.nth(7)).toContainText('Not documented');
    await expect(rows.nth(8)).toContainText('Unknown');
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
    ['image/download/', '弃用文档'],
    ['faceid/idcard-ocr/', '告警码'],
    ['faceid/saas-other/', '返回码'],
    ['codes/-1102/', '图片解码失败'],
    ['codes/', '签名过期'],
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
    await page.getByRole('textbox', { name: /Paste an ID card warning string/ }).fill('10010100');
    await page.getByRole('button', { name: 'Decode' }).click();
    await expect(page.locator('[data-decoder-result]')).toContainText('10010100');
    expect(await unmarked(page)).toEqual([]);
  });
});
