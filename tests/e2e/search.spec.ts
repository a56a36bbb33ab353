import { expect, test as testInNewPage, testOnOnePage as test, typeSearch, type Page } from '../support/site-test';
import { dictionary } from '../../src/i18n';
import { plural } from '../../src/lib/i18n';
import { lineOf, wordsIn } from '../support/answers';
import { expectNoViolations } from '../support/csp-violations';
import { PASTES_WITH_ONE_CODE, PERSONAL_PASTE, WARNING_PASTES } from '../support/pastes';
import { documentOf } from '../../src/registry';
import { allCodes, answerOrder, placesOf, readTables } from '../support/tables';

// The English pages (/en/): results word each meaning in Tencent's English, else the site's, the official Chinese
// beside it; the Chinese of the sources is searched too.
const tables = readTables();
const words = dictionary('en').scripts.results.search;
/** Codes whose official Chinese meaning contains `phrase`. */
const codesMeaning = (phrase: string) => [
  ...new Set(
    tables.flatMap((t) => t.rows.filter((r) => r.message.official.zh?.includes(phrase)).flatMap((r) => r.codes)),
  ),
];
/** Codes whose English meaning (Tencent's, else the site's) contains `phrase`, in any case. */
const codesMeaningInEnglish = (phrase: string) => [
  ...new Set(
    tables.flatMap((t) =>
      t.rows.filter((r) => wordsIn(r.message, 'en').toLowerCase().includes(phrase)).flatMap((r) => r.codes),
    ),
  ),
];
/** Codes whose official Chinese meaning or advice contains `phrase`. */
const codesSaying = (phrase: string) => [
  ...new Set(
    tables.flatMap((t) =>
      t.rows
        .filter((r) => `${r.message.official.zh ?? ''}${r.advice?.official.zh ?? ''}`.includes(phrase))
        .flatMap((r) => r.codes),
    ),
  ),
];
/**
 * Checks `codes` (results, in order) put the codes of `expected` first: the first result is one, and none comes after
 * a code that is not one. Not that every such code is found: a search reads the rows of five pages at most.
 */
function expectFoundFirst(codes: (string | undefined)[], expected: string[]) {
  expect(codes.length).toBeGreaterThan(0);
  expect(expected).toContain(codes[0]);
  const firstOther = codes.findIndex((code) => !expected.includes(code ?? ''));
  if (firstOther >= 0) expect(codes.slice(firstOther).filter((code) => expected.includes(code ?? ''))).toEqual([]);
}
/** "n meanings →" of a code's answer. */
const meaningsOfCode = (n: number) => plural('en', words.allMeanings, n).replace(/^: /, '');

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search codes and meanings' });
const results = (page: Page) => page.getByRole('region', { name: 'Search results' });

/** Types `query` into the header's search box of the page as it is, and waits for its results (typeSearch). */
const search = (page: Page, query: string) => typeSearch(box(page), results(page), query);

/** Opens a table page and searches for `query` there. */
async function searchFor(page: Page, query: string) {
  await page.goto('image/face/');
  await search(page, query);
}

/** The codes of the result lines, in order (each line starts with its code). */
async function resultCodes(page: Page, within = results(page).getByRole('listitem')) {
  const lines = await within.allInnerTexts();
  return lines.map((line) => line.trim().split(/\s/)[0]);
}

/** Follows a result link and checks it landed on the code: its highlighted row, or its code page. */
async function expectLandsOn(page: Page, link: ReturnType<Page['getByRole']>, code: string) {
  await link.click();
  if (page.url().includes('/codes/')) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(code);
  } else {
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#code-${code}`);
    const row = page.locator('tr', { has: page.locator(`[id="code-${code}"]`) });
    await expect(row).toBeInViewport();
    await expect(row).toContainText(code);
  }
}

test.describe('exact code lookup', () => {
  // Each search is typed on the page the one before landed on: the header's search box is on every page.
  const CODES = ['-1102', '66660004', '-4007', '9', '0', '400104', '66661009', '-6101'];
  test('lists every table where a code appears, current documents first, each landing on its row', async ({ page }) => {
    await page.goto('image/face/');
    for (const code of CODES)
      await test.step(code, async () => {
        const places = answerOrder(code);
        await search(page, code);
        const codeLines = results(page).getByRole('list').first().getByRole('listitem');
        await expect(codeLines).toHaveCount(places.length);
        for (const [i, place] of places.entries())
          for (const shown of lineOf(place, 'en')) await expect(codeLines.nth(i)).toContainText(shown);
        await expectLandsOn(page, codeLines.first().getByRole('link'), code);
      });
  });

  const PASTED: [string, string][] = [
    ['  "-1102" ', '-1102'],
    ['\u22121102', '-1102'],
    ['－１１０２', '-1102'],
    ['code=-1102', '-1102'],
    ['{"code": 66660004, "msg": "x"}', '66660004'],
    ['2026-11-22 10:00:01 ERROR X-ErrNo: -6101', '-6101'],
    ["'-5062'", '-5062'],
  ];
  test('reads the code out of each pasted text', async ({ page }) => {
    await page.goto('image/face/');
    for (const [pasted, code] of PASTED)
      await test.step(`${code} in ${JSON.stringify(pasted)}`, async () => {
        await search(page, pasted);
        await expect(results(page)).toContainText(`Code ${code}`);
        const codes = await resultCodes(page, results(page).getByRole('list').first().getByRole('listitem'));
        expect(codes.length).toBe(placesOf(code).length);
        expect(new Set(codes)).toEqual(new Set([code]));
      });
  });

  test('lists the codes a partial code starts with, apart from any answer', async ({ page }) => {
    const expected = allCodes()
      .filter((c) => c.startsWith('6666'))
      .sort((a, b) => Number(a) - Number(b));
    await searchFor(page, '6666');
    await expect(results(page)).toContainText('not in the documented tables');
    await expect(results(page)).toContainText('Codes that start with 6666');
    const listed = await resultCodes(page);
    expect(listed).toEqual(expected.slice(0, listed.length));
    expect(listed.length).toBeGreaterThan(0);
  });

  test('says an undocumented code is not documented and offers no other code as the answer', async ({ page }) => {
    await page.goto('image/face/');
    for (const undocumented of ['-11025', '12345', '\u221299999'])
      await test.step(undocumented, async () => {
        await search(page, undocumented);
        await expect(results(page)).toContainText('is not in the documented tables');
        await expect(results(page).getByRole('listitem')).toHaveCount(0);
        const offer = results(page).getByRole('link', { name: 'Search all text instead' });
        await expect(offer).toBeVisible();
      });
  });

  test('opens the code page when Enter is pressed on a code', async ({ page }) => {
    await page.goto('image/face/');
    await box(page).fill('-1102');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/codes\/-1102\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('-1102');
  });
});

/**
 * Searches `phrase` on the page as it is, checks the codes of `expected` come first, and follows the first result to
 * its code.
 */
async function expectPhraseFirst(page: Page, phrase: string, expected: string[]) {
  await search(page, phrase);
  const codes = await resultCodes(page);
  expectFoundFirst(codes, expected);
  const [first] = codes;
  if (!first) throw new Error(`no result for ${phrase}`);
  await expectLandsOn(page, results(page).getByRole('link').first(), first);
}

test.describe('full-text search', () => {
  const PHRASES = ['签名过期', '图片解码失败', '翻拍', '身份证', '人脸', '频控', '下载'];
  // Each phrase is typed on the page the search before landed on.
  test('puts codes whose meaning contains a phrase first, each landing on its code', async ({ page }) => {
    await page.goto('image/face/');
    for (const phrase of PHRASES) await test.step(phrase, () => expectPhraseFirst(page, phrase, codesMeaning(phrase)));
  });

  // This file runs on the English pages: English words find the English meanings, as the Chinese ones do above.
  test('puts codes whose English meaning says a phrase first, each landing on an English page', async ({ page }) => {
    await page.goto('image/face/');
    for (const phrase of ['signature expired', 'liveness', 'photocopy', 'bank card expired'])
      await test.step(phrase, async () => {
        const expected = codesMeaningInEnglish(phrase);
        expect(expected.length).toBeGreaterThan(0);
        await expectPhraseFirst(page, phrase, expected);
        expect(new URL(page.url()).pathname).toMatch(/^\/en\//);
      });
  });

  test('finds a code through words of its handling advice only', async ({ page }) => {
    // 登录态失效 is only in the advice column of 400102.
    expect(codesMeaning('登录态失效')).toEqual([]);
    await searchFor(page, '登录态失效');
    const expected = codesSaying('登录态失效');
    expect(new Set((await resultCodes(page)).slice(0, expected.length))).toEqual(new Set(expected));
  });

  test('finds codes by English words in their meaning', async ({ page }) => {
    await searchFor(page, 'download_url');
    expect(new Set(await resultCodes(page))).toEqual(new Set(codesMeaning('download_url')));
  });

  test('says plainly when nothing matches', async ({ page }) => {
    await searchFor(page, 'zzzqqq');
    await expect(results(page)).toContainText('Nothing found');
  });
});

test.describe('the search box', () => {
  // In a page of its own: a page that loaded the search before could take it from its cache, unseen.
  testInNewPage('loads no search code or index before the first keystroke', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto('faceid/face-verification/');
    await box(page).focus();
    // Focus wakes the elements up: once the box's element is defined, only a keystroke would load the search.
    await page.evaluate(() => customElements.whenDefined('site-search'));
    expect(requested.filter((u) => /\/lookup\/|pagefind|search-engine/.test(u))).toEqual([]);
    await box(page).pressSequentially('签');
    await expect(results(page)).toBeVisible();
    expect(requested.some((u) => u.includes('/lookup/'))).toBe(true);
    expect(requested.some((u) => u.includes('pagefind'))).toBe(true);
  });

  test('is focused by "/" and by Ctrl+K', async ({ page }) => {
    await page.goto('codes/');
    await page.keyboard.press('/');
    await expect(box(page)).toBeFocused();
    await box(page).blur();
    await page.keyboard.press('Control+k');
    await expect(box(page)).toBeFocused();
  });

  test('moves through results with the arrow keys, opens one with Enter, and closes with Escape', async ({ page }) => {
    await searchFor(page, '-4007');
    await box(page).press('ArrowDown');
    const links = results(page).getByRole('link');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(results(page)).toBeHidden();
    await expect(box(page)).toBeFocused();
    await box(page).press('ArrowDown'); // results stay closed until typing again
    await box(page).fill('-4007 ');
    await box(page).press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const target = await links.nth(1).getAttribute('href');
    if (!target) throw new Error('the second result has no href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  test('renders typed HTML as text', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await searchFor(page, '<img src=x onerror=alert(1)>');
    await expect(results(page).locator('img')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
});

test.describe('the search page', () => {
  test('shows the results of ?q= as links in the page', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent('签名过期')}`);
    await expect(page.getByRole('searchbox', { name: /Search query/ })).toHaveValue('签名过期');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { name: 'Results for “签名过期”' })).toBeVisible();
    const found = main.getByRole('listitem');
    await expect(found.first()).toBeVisible();
    const codes = (await found.allInnerTexts()).map((t) => t.trim().split(/\s/)[0]);
    expectFoundFirst(codes, codesMeaning('签名过期'));
  });

  test('shows the meanings of a code from ?q=', async ({ page }) => {
    await page.goto('search/?q=-1102');
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(placesOf('-1102').length);
  });

  test('runs a text search for a number when asked to', async ({ page }) => {
    // 20 is a code; as words, "20" also finds other codes (200, 201, … whose rows hold the word): only the text
    // search lists those as results.
    const codesOnPage = async () =>
      (await page.getByRole('main').getByRole('listitem').allInnerTexts()).map((t) => t.trim().split(/\s/)[0]);
    await page.goto('search/?q=20&mode=text');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ results?$/);
    expect((await codesOnPage()).filter((code) => code !== '20').length).toBeGreaterThan(0);
    await page.goto('search/?q=20');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(
      `${placesOf('20').length} meaning${placesOf('20').length === 1 ? '' : 's'} of code 20`,
    );
    const answer = page.getByRole('main').getByRole('list').first().getByRole('listitem');
    expect(new Set((await answer.allInnerTexts()).map((t) => t.trim().split(/\s/)[0]))).toEqual(new Set(['20']));
  });

  test('isolates the echoed query so a bidi control cannot reorder the heading', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent('\u202E签名过期')}`);
    const heading = page.getByRole('main').getByRole('heading', { level: 2 });
    await expect(heading).toContainText('Results for');
    await expect(heading.locator('bdi')).toHaveAttribute('dir', 'auto');
  });

  test('is advertised to browsers through OpenSearch', async ({ page, request }) => {
    await page.goto('');
    const href = await page.locator('link[rel="search"]').getAttribute('href');
    if (!href) throw new Error('no OpenSearch link');
    const xml = await (await request.get(href)).text();
    expect(xml).toContain('search/?q={searchTerms}');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('replaces the search box with a link to the list of all codes', async ({ page }) => {
    await page.goto('image/face/');
    await expect(box(page)).toBeHidden();
    await page.getByRole('link', { name: 'Find a code in the list of all codes' }).click();
    await expect(page).toHaveURL(/\/codes\/$/);
  });
});

test.describe('the table filter', () => {
  const filter = (page: Page) => page.getByRole('searchbox', { name: 'Filter this table by code or text' });
  const face = tables.find((t) => t.id === 'image/face');
  if (!face) throw new Error('content/tables/image/face.yaml is missing');
  const bodyRows = (page: Page) => page.locator('table[data-code-table] tbody tr');

  test('narrows the rows by text, counts them, and keeps the filter in the URL', async ({ page }) => {
    const expected = face.rows.filter((r) => r.message.official.zh?.includes('失败')).length;
    await page.goto('image/face/');
    await filter(page).fill('失败');
    await expect(page.getByText(`${expected} of ${face.rows.length} rows`)).toBeVisible();
    await expect(bodyRows(page).filter({ visible: true })).toHaveCount(expected);
    expect(new URL(page.url()).searchParams.get('filter')).toBe('失败');
  });

  test('narrows the rows by code, pasted with a full-width minus', async ({ page }) => {
    await page.goto('image/face/');
    await filter(page).fill('－１３０８');
    await expect(bodyRows(page).filter({ visible: true })).toHaveCount(1);
    await expect(bodyRows(page).filter({ visible: true })).toContainText('-1308');
  });

  test('narrows the rows by code, pasted with an invisible character inside', async ({ page }) => {
    await page.goto('image/face/');
    await filter(page).fill('-13\u200B08');
    await expect(bodyRows(page).filter({ visible: true })).toHaveCount(1);
    await expect(bodyRows(page).filter({ visible: true })).toContainText('-1308');
  });

  test('restores a shared filtered view from ?filter=', async ({ page }) => {
    await page.goto(`image/face/?filter=${encodeURIComponent('提取')}`);
    await expect(filter(page)).toHaveValue('提取');
    const expected = face.rows.filter((r) => r.message.official.zh?.includes('提取')).length;
    await expect(bodyRows(page).filter({ visible: true })).toHaveCount(expected);
  });

  test('says clearly when nothing matches', async ({ page }) => {
    await page.goto('image/face/');
    await filter(page).fill('no such thing');
    await expect(page.getByText('No row matches this filter')).toBeVisible();
    await expect(page.getByText(`0 of ${face.rows.length} rows`)).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('is hidden and the full table shows', async ({ page }) => {
      await page.goto('image/face/?filter=x');
      await expect(filter(page)).toBeHidden();
      await expect(bodyRows(page).filter({ visible: true })).toHaveCount(face.rows.length);
    });
  });
});

test.describe('pasted text', () => {
  expectNoViolations(test);
  /** The first answer's heading line, and the codes listed under it. */
  const firstAnswer = (page: Page) =>
    results(page)
      .getByRole('link', { name: /^Code / })
      .first();

  // Each paste is typed on the code page the one before opened.
  test('lands on the code of each paste first, and Enter opens its page', async ({ page }) => {
    await page.goto('image/face/');
    for (const [pasted, code] of PASTES_WITH_ONE_CODE)
      await test.step(`${code} for ${JSON.stringify(pasted)}`, async () => {
        const n = placesOf(code).length;
        expect(n).toBeGreaterThan(0);
        await search(page, pasted);
        await expect(firstAnswer(page)).toContainText(`Code ${code}`);
        await expect(firstAnswer(page)).toContainText(meaningsOfCode(n));
        const lines = results(page).getByRole('list').first().getByRole('listitem');
        await expect(lines).toHaveCount(n);
        // A new document loads, even when it has the address of the page the paste was typed on.
        const loaded = page.waitForEvent('load');
        await box(page).press('Enter');
        await loaded;
        await expect(page).toHaveURL(new RegExp(`/codes/${code}/$`));
      });
  });

  test('says the HTTP status next to a code was set aside', async ({ page }) => {
    await searchFor(page, 'http 400 code -1101');
    await expect(results(page)).toContainText('Set aside, not codes: an HTTP status.');
  });

  test('lists each of several codes with its meanings', async ({ page }) => {
    await searchFor(page, 'got -1102 first, then -1101 after retrying');
    const answers = results(page).getByRole('link', { name: /^Code / });
    await expect(answers).toHaveCount(2);
    await expect(answers.nth(0)).toContainText(
      `Code -1102 (read from your text): ${placesOf('-1102').length} meanings`,
    );
    await expect(answers.nth(1)).toContainText('Code -1101');
    await expect(results(page).getByRole('list')).toHaveCount(2);
  });

  test('says a code is undocumented and offers the other sign as a different code', async ({ page }) => {
    expect(placesOf('5002')).toEqual([]);
    await searchFor(page, '5002');
    await expect(results(page)).toContainText('Code 5002 is not in the documented tables. -5002, a different code');
    const offered = results(page).getByRole('list').first().getByRole('listitem');
    await expect(offered).toHaveCount(placesOf('-5002').length);
    const [documented] = answerOrder('-5002');
    if (!documented) throw new Error('-5002 is in no table');
    for (const shown of lineOf(documented, 'en')) await expect(offered.first()).toContainText(shown);
  });

  test('reads an API 3.0 error code as a code, and says when no table has it', async ({ page }) => {
    const code = 'FailedOperation.ImageDecodeFailed';
    await searchFor(page, `{"Response":{"Error":{"Code":"${code}","Message":"x"},"RequestId":"CE661F1A"}}`);
    await expect(firstAnswer(page)).toContainText(
      `Code ${code} (from Code)${plural('en', words.allMeanings, placesOf(code).length)}`,
    );
    expect(placesOf('FailedOperation.NoSuchCode')).toEqual([]);
    await search(page, '{"Response":{"Error":{"Code":"FailedOperation.NoSuchCode","Message":"x"}}}');
    await expect(results(page)).toContainText(`Code FailedOperation.NoSuchCode (from Code)${words.notDocumented}`);
  });

  test('answers a category under Error.Code first, and a legacy code in its message after it', async ({ page }) => {
    await searchFor(page, '{"Response":{"Error":{"Code":"FailedOperation","Message":"-1102 图片解码失败"}}}');
    const answers = results(page).getByRole('link', { name: /^Code / });
    await expect(answers).toHaveCount(2);
    await expect(answers.nth(0)).toContainText(`Code FailedOperation (from Code)`);
    await expect(answers.nth(1)).toContainText(`Code -1102 (read from your text)`);
    const [first] = answerOrder('FailedOperation', 'Error.Code');
    if (!first) throw new Error('FailedOperation is in no table');
    const line = results(page).getByRole('list').first().getByRole('listitem').first();
    for (const shown of lineOf(first, 'en')) await expect(line).toContainText(shown);
  });

  for (const [pasted, query] of WARNING_PASTES) {
    test(`offers the decoder, carrying only the decoded values, for ${pasted}`, async ({ page }) => {
      await searchFor(page, pasted);
      const offer = results(page).getByRole('link', { name: /Explain the warnings in your paste/ });
      await expect(offer).toBeVisible();
      const href = await offer.getAttribute('href');
      if (!href) throw new Error('the decoder offer has no href');
      expect(new URL(href, 'http://x/').searchParams.get('q')).toBe(query);
      expect(decodeURIComponent(href)).not.toContain('张三');
      await offer.click();
      await expect(page.locator('warning-decoder').getByRole('status')).toContainText('Found');
    });
  }

  test('reads a paste of 20,000 characters or more in a worker, off the page, and shows its code', async ({ page }) => {
    await page.goto('image/face/');
    const line = 'INFO ocr ok request_id=CE661F1A-0F1E-45BD-BE13-34C05CEA7681 cost=35\n';
    const pasted = `${line.repeat(Math.ceil(20_000 / line.length))}ERROR ocr failed ret=-5002\n`;
    expect(pasted.length).toBeGreaterThanOrEqual(20_000);
    const worker = page.waitForEvent('worker');
    await box(page).fill(pasted);
    expect((await worker).url()).toMatch(/paste-worker/);
    await expect(firstAnswer(page)).toContainText('Code -5002');
    await expect(firstAnswer(page)).toContainText(`${placesOf('-5002').length} meaning`);
  });

  test('never navigates to a huge URL when a long paste is submitted', async ({ page }) => {
    await page.goto('image/face/');
    const long = `${'请求日志 '.repeat(4000)} errcode=-1102 ${'x'.repeat(20000)}`;
    await box(page).fill(long);
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/codes\/-1102\/$/);
    await page.goto('image/face/');
    await box(page).fill(`${'签名过期 '.repeat(5000)}`);
    await box(page).press('Enter');
    // Enter waits for the search of the first 200 characters' words, a hundred of them: long on a busy machine.
    await expect(page).toHaveURL(/\/search\/\?q=/, { timeout: 30_000 });
    expect(page.url().length).toBeLessThan(2000);
    await expect(page.getByRole('main').getByRole('status')).not.toHaveText(/Searching|failed/);
  });
});

test.describe('pastes on the search page', () => {
  expectNoViolations(test);
  const main = (page: Page) => page.getByRole('main');
  const firstList = (page: Page) => main(page).getByRole('list').first().getByRole('listitem');
  const query = (page: Page) => new URL(page.url()).searchParams.get('q');

  for (const [pasted, code] of PASTES_WITH_ONE_CODE) {
    test(`answers ${code} first for ${JSON.stringify(pasted)} in ?q=, and keeps only the code in the address`, async ({
      page,
    }) => {
      const n = placesOf(code).length;
      await page.goto(`search/?q=${encodeURIComponent(pasted)}`);
      const answer = main(page)
        .getByRole('link', { name: /^Code / })
        .first();
      await expect(answer).toContainText(`Code ${code}`);
      await expect(answer).toContainText(meaningsOfCode(n));
      await expect(answer).toHaveAttribute('href', new RegExp(`/codes/${code}/$`));
      await expect(firstList(page)).toHaveCount(n);
      await expect.poll(() => query(page)).toMatch(new RegExp(`^(code=)?${code}$`));
    });
  }

  for (const [pasted, decoded] of WARNING_PASTES) {
    test(`offers the decoder for ${pasted} in ?q=, and keeps only the decoded values in the address`, async ({
      page,
    }) => {
      await page.goto(`search/?q=${encodeURIComponent(pasted)}`);
      const offer = main(page).getByRole('link', { name: /Explain the warnings in your paste/ });
      await expect(offer).toBeVisible();
      await expect.poll(() => query(page)).toBe(decoded);
      expect(decodeURIComponent(page.url())).not.toContain('张三');
      await offer.click();
      await expect(page.locator('warning-decoder').getByRole('status')).toContainText('Found');
    });
  }

  test('offers the documented other sign of an undocumented code in ?q=', async ({ page }) => {
    await page.goto('search/?q=5002');
    await expect(main(page)).toContainText('Code 5002 is not in the documented tables. -5002, a different code');
    await expect(firstList(page)).toHaveCount(placesOf('-5002').length);
  });

  test('submits a paste holding a name and an ID number: its code answers, and neither reaches the address', async ({
    page,
  }) => {
    const { paste, code, secrets } = PERSONAL_PASTE;
    await page.goto('search/');
    const box = page.getByRole('searchbox', { name: /Search query/ });
    await box.fill(paste);
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/);
    await expect(firstList(page)).toHaveCount(placesOf(code).length);
    expect(query(page)).toBe(`code=${code}`);
    for (const secret of secrets) {
      expect(decodeURIComponent(page.url())).not.toContain(secret);
      expect(await page.title()).not.toContain(secret);
    }
  });

  test('replaces a whole paste brought in ?q= by what was read in it', async ({ page }) => {
    const { paste, code, secrets } = PERSONAL_PASTE;
    await page.goto(`search/?q=${encodeURIComponent(paste)}`);
    await expect(firstList(page)).toHaveCount(placesOf(code).length);
    await expect.poll(() => query(page)).toBe(`code=${code}`);
    for (const secret of secrets) {
      expect(decodeURIComponent(page.url())).not.toContain(secret);
      expect(await page.title()).not.toContain(secret);
    }
  });
});

test('names the table of each result by its product and label, a deprecated page said so', async ({ page }) => {
  await searchFor(page, '-1304');
  const lines = results(page).getByRole('list').first().getByRole('listitem');
  for (const [i, place] of answerOrder('-1304').entries()) {
    for (const shown of lineOf(place, 'en')) await expect(lines.nth(i)).toContainText(shown);
    if ('deprecated' in documentOf(place.table.document)) await expect(lines.nth(i)).toContainText(words.deprecated);
    else await expect(lines.nth(i)).not.toContainText(words.deprecated);
  }
});
