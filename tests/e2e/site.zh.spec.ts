import { dictionary } from '../../src/i18n';
import { format, plural } from '../../src/lib/i18n';
import { watchViolations } from '../support/csp-violations';
import type { PositionInfo } from '../../src/lib/warning-positions';
import type { Text } from '../../src/schemas/text';
import { elementsDefined, expect, testOnOnePage as test, typeSearch, type Page } from '../support/site-test';
import { allCodes, answerOrder, placesOf, positions, readTables } from '../support/tables';

// The Chinese pages at the root (this project's baseURL): the interface in 简体中文, the official wording alone. The
// search box, its results and the decoder are found by role inside their parts of the page, since their names are
// the dictionary's; where a string is checked, it comes from src/i18n.
const zh = dictionary('zh-CN');
const en = dictionary('en');
const tables = readTables();
const box = (page: Page) => page.getByRole('banner').getByRole('searchbox');
const results = (page: Page) => page.getByRole('banner').getByRole('region');
const rowOf = (page: Page, code: string) => page.locator('tr', { has: page.locator(`[id="code-${code}"]`) });
const background = (page: Page, code: string) =>
  rowOf(page, code).evaluate((row) => getComputedStyle(row).backgroundColor);
/** The words of a text a Chinese page shows: Tencent's Chinese, or its English where it left the Chinese empty. */
const zhOf = (text: Text) => text.official.zh ?? text.official.en ?? text.ours.zh ?? '';
/** Where `code` is, first in the results or in table `tableId`; throws when the tables do not have it there. */
const placeOf = (code: string, tableId?: string) => {
  const place = answerOrder(code).find((p) => tableId === undefined || p.table.id === tableId);
  if (!place) throw new Error(`${code} is in no table${tableId ? ` ${tableId}` : ''} of content/tables`);
  return place;
};
/** The official meaning of a raised position; throws for a position with none. */
const meaningOf = (position: PositionInfo) => {
  if (!position.meaning) throw new Error(`position ${position.position} has no meaning in idcard-multiwarning.yaml`);
  return zhOf(position.meaning);
};
const codesMeaning = (phrase: string) => [
  ...new Set(tables.flatMap((t) => t.rows.filter((r) => zhOf(r.message).includes(phrase)).flatMap((r) => r.codes))),
];

/**
 * Every English interface string that differs from its Chinese, as a pattern of the text it words (each `{…}` value
 * matches anything): a phrase or a long word, so a short word a code's text could hold is not taken for one.
 */
function englishOnly(): RegExp[] {
  const flat = (value: unknown, key = ''): [string, string][] =>
    typeof value === 'string'
      ? [[key, value]]
      : Object.entries(value as object).flatMap(([k, v]) => flat(v, `${key}.${k}`));
  const chinese = new Map(flat(zh));
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return flat(en)
    .filter(([key, text]) => chinese.get(key) !== text)
    .map(([, text]) => text.trim())
    .filter((text) => {
      const words = text.replace(/\{\w+\}/g, '').trim();
      return /[A-Za-z]/.test(words) && (words.includes(' ') || words.length >= 8);
    })
    .map(
      (text) =>
        new RegExp(
          `(^|[^A-Za-z])${text
            .split(/\{\w+\}/)
            .map(escape)
            .join('.+?')}($|[^A-Za-z])`,
        ),
    );
}

/** The English interface strings in `words`, as the patterns that found them. */
const englishIn = (words: string) =>
  englishOnly()
    .filter((english) => english.test(words))
    .map(String);

/**
 * The words a reader sees or hears on the page: its title, its visible text in Chinese (what the scripts wrote
 * included) and the attributes read out or shown (accessible names, descriptions, placeholders, tooltips).
 */
const pageWords = (page: Page) =>
  page.evaluate(() => {
    const read = ['aria-label', 'aria-description', 'aria-roledescription', 'placeholder', 'title', 'alt'];
    const attributes = [...document.querySelectorAll('*')].flatMap((e) =>
      read.flatMap((name) => e.getAttribute(name) ?? []),
    );
    const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    // Text marked as another language (the switch to English, the 404 page's English section) is not interface.
    const other = [...document.querySelectorAll<HTMLElement>('body [lang]:not([lang|="zh"])')].filter((e) => !e.hidden);
    for (const e of other) e.hidden = true;
    const text = document.body.innerText;
    for (const e of other) e.hidden = false;
    return [document.title, description, text, ...attributes].join('\n');
  });

test.describe('the Chinese pages', () => {
  const PAGES = [
    '',
    'faceid/idcard-ocr/',
    'codes/-1102/',
    'codes/',
    'about/',
    `search/?q=${encodeURIComponent('签名过期')}`,
    'decode/?q=10010100',
    'decode/?q=10210100',
    'image/face/?filter=1102',
    'no-such-page/',
  ];
  for (const path of PAGES) {
    test(`/${path} is in 简体中文, with no English interface string`, async ({ page }) => {
      await page.goto(path);
      // Read once the scripts have drawn what they draw: the elements, the search page's results, the decoder's
      // reading.
      await elementsDefined(page);
      if (path.startsWith('search/')) await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
      if (path.startsWith('decode/')) await expect(page.locator('warning-decoder').getByRole('status')).not.toBeEmpty();
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      const nav = page.getByRole('navigation', { name: zh.nav.label });
      for (const label of [zh.nav.tables, zh.nav.codes, zh.nav.decoder, zh.nav.about])
        await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
      expect(englishIn(await pageWords(page))).toEqual([]);
    });
  }

  test('the search box answers in 简体中文: a code, a prefix, an unknown code, words, nothing found', async ({
    page,
  }) => {
    await page.goto('faceid/gateway/');
    for (const query of ['-1102', '6666', '-11025', '签名', 'zzzqqq']) {
      await typeSearch(box(page), results(page), query);
      expect(englishIn(await pageWords(page)), query).toEqual([]);
    }
  });

  test('the language switch is written in English, and marked so', async ({ page }) => {
    await page.goto('codes/');
    const toEnglish = page.getByRole('link', { name: zh.language.switchTo, exact: true });
    await expect(toEnglish).toHaveAttribute('lang', 'en');
    await expect(toEnglish).toHaveAttribute('hreflang', 'en');
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`a deep link on a Chinese page, with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('lands on its row and highlights it', async ({ page }) => {
      await page.goto('faceid/face-verification/#code--4007');
      await expect(rowOf(page, '-4007')).toBeInViewport();
      const place = placeOf('-4007', 'faceid/face-verification');
      await expect(rowOf(page, '-4007')).toContainText(zhOf(place.row.message));
      expect(await background(page, '-4007')).not.toBe(await background(page, '66660005'));
    });
  });
}

test.describe('the search box on a Chinese page', () => {
  test('looks a code up and lands on its row', async ({ page }) => {
    await page.goto('faceid/idcard-ocr/');
    await box(page).fill('-1102');
    const lines = results(page).getByRole('list').first().getByRole('listitem');
    await expect(lines).toHaveCount(placesOf('-1102').length);
    const first = placeOf('-1102');
    await expect(lines.first()).toContainText(zhOf(first.row.message));
    await lines.first().getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/${first.table.id}/#code--1102$`));
    await expect(rowOf(page, '-1102')).toBeInViewport();
  });

  test('finds 签名过期 and puts its codes first', async ({ page }) => {
    const expected = codesMeaning('签名过期');
    expect(expected.length).toBeGreaterThan(0);
    await page.goto('codes/');
    await box(page).fill('签名过期');
    const link = results(page).getByRole('link').first();
    await expect(link).toBeVisible();
    const codes = (await results(page).getByRole('listitem').allInnerTexts()).map((t) => t.trim().split(/\s/)[0]);
    expect(new Set(codes.slice(0, expected.length))).toEqual(new Set(expected));
    await link.click();
    // Every link of the Chinese pages stays in Chinese.
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('opens the code page on Enter', async ({ page }) => {
    await page.goto('');
    await box(page).fill('66660004');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/codes\/66660004\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});

test.describe('the decoder on a Chinese page', () => {
  test('decodes a shared string: the raised positions with their official meanings', async ({ page }) => {
    await page.goto('decode/?q=10010100');
    const decoder = page.locator('warning-decoder');
    await expect(decoder.getByRole('status')).toContainText('3');
    for (const position of positions.filter((p) => '10010100'[p.position - 1] === '1')) {
      await expect(decoder).toContainText(meaningOf(position));
    }
    for (const href of await decoder
      .locator('[data-decoder-result] a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))) {
      expect(href.startsWith('/en/'), href).toBe(false);
    }
  });

  test('names how sure a position is with the word of the positions table', async ({ page }) => {
    // 11000010 raises positions 1, 2 and 7: an official example, integration practice and undocumented.
    const raised = [1, 2, 7];
    const provenances = new Set(positions.flatMap((p) => (raised.includes(p.position) ? [p.provenance] : [])));
    expect(provenances.size, 'the raised positions cover every provenance').toBe(3);
    const response = await page.goto('faceid/idcard-ocr/');
    expect(response?.status()).toBe(200);
    const words = new Map<number, string>();
    for (const n of raised) {
      const word = await page.locator(`#position-${n}`).getByRole('cell').nth(2).locator('strong').innerText();
      expect(word.trim(), `position ${n}'s provenance in the table`).not.toBe('');
      words.set(n, word.trim());
    }
    await page.goto('decode/?q=11000010');
    const items = page.locator('[data-decoder-result]').getByRole('listitem');
    await expect(items).toHaveCount(raised.length);
    for (const [i, n] of raised.entries()) await expect(items.nth(i)).toContainText(` — ${words.get(n)}。`);
  });

  test('decodes what is typed into it on a table page, under the strict CSP with no violation', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('faceid/bankcard-warnings/');
    const decoder = page.locator('warning-decoder');
    await decoder.getByRole('textbox').fill('-9110|-9113');
    await decoder.locator('form').getByRole('button').first().click();
    await expect(decoder.getByRole('status')).toContainText('2');
    for (const code of ['-9110', '-9113']) await expect(decoder).toContainText(zhOf(placeOf(code).row.message));
    await box(page).fill('翻拍');
    await expect(results(page).getByRole('link').first()).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test.describe('pastes on the Chinese pages', () => {
  const words = zh.scripts.results;
  const messageOf = (code: string) => zhOf(placeOf(code).row.message);

  test('the search box lands on the code of 错误码 66660023 是什么意思, worded in 简体中文', async ({ page }) => {
    const code = '66660023';
    const n = placesOf(code).length;
    expect(n).toBeGreaterThan(0);
    await page.goto('');
    await box(page).fill('错误码 66660023 是什么意思');
    const answer = results(page).getByRole('link').first();
    await expect(answer).toHaveText(
      `${format(words.search.codeFrom, { code, key: '错误码' })}${plural('zh-CN', words.search.allMeanings, n)}`,
    );
    await expect(page.getByRole('banner').getByRole('status')).toHaveText(
      plural('zh-CN', words.search.summaryOne, n, { code }),
    );
    await expect(results(page).getByRole('list').first().getByRole('listitem')).toHaveCount(n);
    expect(englishIn(await pageWords(page))).toEqual([]);
    await box(page).press('Enter');
    await expect(page).toHaveURL(new RegExp(`/codes/${code}/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('the decoder explains an API 3.0 WarningCode response from /decode/?q=, in 简体中文', async ({ page }) => {
    const violations = await watchViolations(page);
    const paste = '{"Response":{"WarningCode":[-9111],"RequestId":"3c1f"}}';
    await page.goto(`decode/?q=${encodeURIComponent(paste)}`);
    const decoder = page.locator('warning-decoder');
    const t = words.decoder;
    await expect(decoder.getByRole('status')).toHaveText(
      format(t.found, { parts: [plural('zh-CN', t.warnings, 1), plural('zh-CN', t.codes, 1)].join(t.separator) }),
    );
    await expect(decoder).toContainText(format(t.fromField, { field: 'WarningCode' }));
    await expect(decoder).toContainText(messageOf('-9111'));
    await expect(decoder).toContainText(`3c1f — ${words.setAside['request-id']}`);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('warningCode=[-9111]');
    expect(englishIn(await pageWords(page))).toEqual([]);
    expect(violations).toEqual([]);
  });

  test('the search page sets a Chinese date and time aside and answers the code after them', async ({ page }) => {
    const code = '-1101';
    await page.goto(`search/?q=${encodeURIComponent('2026年11月22日 10时05分 返回 -1101')}`);
    const main = page.getByRole('main');
    await expect(main.getByRole('link').first()).toContainText(format(words.search.codeRead, { code }));
    await expect(main).toContainText(
      format(words.search.ignored, { kinds: [words.setAside.date, words.setAside.time].join(words.search.separator) }),
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(code);
    expect(englishIn(await pageWords(page))).toEqual([]);
  });
});

test.describe('the page for a missing address', () => {
  test('answers 404 in Chinese, with a way to the list of all codes', async ({ page }) => {
    const response = await page.goto('codes/-424242/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page
      .getByRole('main')
      .getByRole('link', { name: new RegExp(String(allCodes().length)) })
      .first()
      .click();
    await expect(page).toHaveURL(/\/codes\/$/);
    await expect(page).not.toHaveURL(/\/en\//);
    await expect(page.getByRole('navigation', { name: zh.nav.label })).toBeVisible();
  });
});
