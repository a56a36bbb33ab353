import { dictionary } from '../../src/i18n';
import { LANGS } from '../../src/lib/i18n';
import { expect, testOnOnePage as test, type Page } from '../support/site-test';
import { answerOrder, placesOf } from '../support/tables';

// Between the two languages, starting from the Chinese root (this project's baseURL): the switch keeps the row and
// the state the reader is looking at, and a code lookup lands on its row in either language.
const zh = dictionary('zh-CN');
const en = dictionary('en');
const EN = LANGS.en.path;
const toEnglish = (page: Page) => page.getByRole('link', { name: zh.language.switchTo, exact: true });
const toChinese = (page: Page) => page.getByRole('link', { name: en.language.switchTo, exact: true });
const rowOf = (page: Page, code: string) => page.locator('tr', { has: page.locator(`[id="code-${code}"]`) });
const background = (page: Page, code: string) =>
  rowOf(page, code).evaluate((row) => getComputedStyle(row).backgroundColor);

test.describe('the language switch', () => {
  test('goes to the same row with the same filter in English, and back', async ({ page, baseURL }) => {
    const state = 'faceid/bankcard-warnings/?filter=9110#code--9110';
    await page.goto(state);
    await toEnglish(page).click();
    await expect(page).toHaveURL(new URL(`${EN}${state}`, baseURL).href);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(rowOf(page, '-9110')).toBeInViewport();
    expect(await background(page, '-9110')).not.toBe(await background(page, '-9111'));

    await toChinese(page).click();
    await expect(page).toHaveURL(new URL(state, baseURL).href);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(rowOf(page, '-9110')).toBeInViewport();
    expect(await background(page, '-9110')).not.toBe(await background(page, '-9111'));
  });

  test('opens the same row with the same filter in a new tab on a middle click, after the filter was typed', async ({
    page,
    context,
    baseURL,
  }) => {
    await page.goto('faceid/bankcard-warnings/#code--9110');
    await page.getByRole('searchbox', { name: zh.scripts.filter.label }).fill('9110');
    await expect.poll(() => new URL(page.url()).searchParams.get('filter')).toBe('9110');
    const opened = context.waitForEvent('page');
    await toEnglish(page).click({ button: 'middle' });
    const tab = await opened;
    await expect(tab).toHaveURL(new URL(`${EN}faceid/bankcard-warnings/?filter=9110#code--9110`, baseURL).href);
  });

  test('keeps the query of a search page', async ({ page, baseURL }) => {
    const state = `search/?q=${encodeURIComponent('签名过期')}`;
    await page.goto(state);
    await toEnglish(page).click();
    await expect(page).toHaveURL(new URL(`${EN}${state}`, baseURL).href);
    await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('签名过期');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('still opens the same page in the other language', async ({ page, baseURL }) => {
      await page.goto('codes/-1102/#x');
      await toEnglish(page).click();
      await expect(page).toHaveURL(new URL(`${EN}codes/-1102/`, baseURL).href);
      await toChinese(page).click();
      await expect(page).toHaveURL(new URL('codes/-1102/', baseURL).href);
    });
  });

  test('leads from the page for a missing address to the home page of the other language', async ({
    page,
    baseURL,
  }) => {
    await page.goto('no-such-page/');
    await toEnglish(page).click();
    await expect(page).toHaveURL(new URL(EN, baseURL).href);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('a code lookup in either language', () => {
  for (const path of ['', EN]) {
    test(`lands on the row of -1102 from ${path ? 'an English' : 'a Chinese'} page, in that language`, async ({
      page,
      baseURL,
    }) => {
      const [first] = answerOrder('-1102');
      if (!first) throw new Error('-1102 is in no table');
      await page.goto(`${path}codes/`);
      const box = page.getByRole('banner').getByRole('searchbox');
      await box.fill('-1102');
      const lines = page.getByRole('banner').getByRole('region').getByRole('list').first().getByRole('listitem');
      await expect(lines).toHaveCount(placesOf('-1102').length);
      await lines.first().getByRole('link').click();
      await expect(page).toHaveURL(new URL(`${path}${first.table.id}/#code--1102`, baseURL).href);
      await expect(rowOf(page, '-1102')).toBeInViewport();
    });
  }
});
