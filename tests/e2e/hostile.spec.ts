import { expect, test, type Page } from '../support/site-test';
import { dictionary } from '../../src/i18n';
import { format } from '../../src/lib/i18n';
import { notDecoded } from '../support/answers';
import { NOTHING_TO_SHARE, PERSONAL_PASTE } from '../support/pastes';
import { allCodes, placesOf } from '../support/tables';

// The hostile round (issue 24), in the browser: what a paste may never leave behind (in an address, a request, the
// history), what must still work when scripts fail, and texts that broke the old search. English pages.

const t = dictionary('en').scripts;
const words = t.results;
const box = (page: Page) => page.getByRole('searchbox', { name: t.searchBox.label });
const results = (page: Page) => page.getByRole('region', { name: t.searchBox.results });
const status = (page: Page) => page.locator('site-search').getByRole('status');
const pageBox = (page: Page) => page.getByRole('main').getByRole('searchbox', { name: t.searchPage.label });
const pageStatus = (page: Page) => page.getByRole('main').getByRole('status');
const decoder = (page: Page) => page.locator('warning-decoder');
const query = (page: Page) => new URL(page.url()).searchParams.get('q');
/** A plural's "other" form as a pattern, `{n}` any count. */
const counted = (text: { other: string }) =>
  new RegExp(
    text.other
      .split('{n}')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\d+'),
  );

/** Every address the page asks for from now on, decoded as far as it decodes. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    try {
      urls.push(decodeURIComponent(r.url()));
    } catch {
      urls.push(r.url());
    }
  });
  return urls;
}

/** Checks no address asked for, nor the page's, nor its title holds any of `secrets`. */
async function expectNothingOf(page: Page, secrets: string[], requested: string[]) {
  for (const secret of secrets) {
    expect(requested.filter((url) => url.includes(secret))).toEqual([]);
    expect(decodeURIComponent(page.url())).not.toContain(secret);
    expect(await page.title()).not.toContain(secret);
  }
}

/**
 * Sends the header box's form from its Search button with the results closed (focus left the box): where the search
 * has nowhere to go, sending opens them, so once they show the send is done and the page is still here.
 */
async function sendWithResultsClosed(page: Page) {
  await page.getByRole('main').click();
  await expect(results(page)).toBeHidden();
  const send = page.getByRole('banner').getByRole('button', { name: t.searchBox.submit });
  await send.focus();
  await send.press('Enter');
  await expect(results(page)).toBeVisible();
}

async function decode(page: Page, paste: string) {
  await decoder(page).getByRole('textbox').fill(paste);
  await decoder(page).getByRole('button', { name: t.decoderForm.submit }).click();
  await expect(decoder(page).getByRole('status')).not.toBeEmpty();
}

test.describe('a paste with a name and an ID number but no code', () => {
  const { paste, secrets } = NOTHING_TO_SHARE;

  test('sent from the header box, stays on the page with its results open: no address or history entry holds it', async ({
    page,
  }) => {
    await page.goto('image/face/');
    const requested = recordRequests(page);
    const entries = await page.evaluate(() => history.length);
    await box(page).fill(paste);
    await expect(status(page)).not.toBeEmpty();
    await sendWithResultsClosed(page);
    expect(new URL(page.url()).pathname).toMatch(/\/en\/image\/face\/$/);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await expectNothingOf(page, secrets, requested);
  });

  test('sent from the search page, is answered in place: the address stays the bare search page', async ({ page }) => {
    await page.goto('search/');
    await expect(pageStatus(page)).toHaveText(t.searchPage.prompt);
    const requested = recordRequests(page);
    const entries = await page.evaluate(() => history.length);
    await pageBox(page).fill(paste);
    await pageBox(page).press('Enter');
    await expect(pageStatus(page)).not.toHaveText(t.searchPage.prompt);
    await expect(pageStatus(page)).not.toHaveText(t.searchPage.searching);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await expectNothingOf(page, secrets, requested);
  });

  test('brought by an old link in ?q=, ends at the bare search page', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent(paste)}`);
    const requested = recordRequests(page);
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect(pageStatus(page)).not.toHaveText(t.searchPage.searching);
    await expectNothingOf(page, secrets, requested);
  });
});

test.describe('the decoder’s shared query', () => {
  /** The numbers of a query, each of which must be a documented code. */
  const numbersIn = (q: string) => q.match(/-?\d+/g) ?? [];

  for (const [what, paste, kept, left] of [
    [
      'an ID number split by spaces, beside 错误码：-1102',
      '身份证号 110101 19900307 123X 错误码：-1102',
      '-1102',
      ['110101', '19900307'],
    ],
    [
      'a mobile number in a log line',
      '2026-11-22 10:00:01 WARN sms to 138 1234 5678 failed ret=-1101',
      '-1101',
      ['1234', '5678'],
    ],
  ] as const) {
    test(`keeps only documented codes of ${what}`, async ({ page }) => {
      await page.goto('decode/');
      await decode(page, paste);
      await expect.poll(() => query(page)).toContain(kept);
      const q = query(page) ?? '';
      for (const n of numbersIn(q)) expect(allCodes(), `${n} in ${q}`).toContain(n);
      for (const digits of left) expect(q).not.toContain(digits);
      expect(notDecoded(q)).toEqual([]);
    });
  }
});

test.describe('with scripts that fail to load', () => {
  /** Makes every request matching `pattern` fail, at any address (a retry adds a query). */
  const failing = (page: Page, pattern: RegExp) => page.route(pattern, (route) => route.abort());

  test('the plain HTML forms send no paste: the header box, the search page, the decoder', async ({ page }) => {
    await failing(page, /\/_astro\//);
    const { paste } = PERSONAL_PASTE;
    await page.goto('image/face/');
    await box(page).fill(paste);
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\??$/);
    expect(query(page)).toBeNull();
    await pageBox(page).fill(paste);
    await pageBox(page).press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\??$/);
    expect(query(page)).toBeNull();
    await page.goto('decode/');
    await decoder(page).getByRole('textbox').fill(paste);
    await decoder(page).getByRole('button', { name: t.decoderForm.submit }).click();
    await expect(page).toHaveURL(/\/en\/decode\/\??$/);
    expect(query(page)).toBeNull();
  });

  const CHUNKS: [what: string, pattern: RegExp, paste: string][] = [
    ['the search engine', /\/_astro\/search-engine\.[^/]*\.js/, PERSONAL_PASTE.paste],
    ['the paste reader', /\/_astro\/read-paste-async\.[^/]*\.js/, PERSONAL_PASTE.paste],
    // A long paste is read in a worker; when the worker cannot load, on the page.
    ['the paste reader’s worker', /\/_astro\/paste-worker[^/]*\.js/, `${NOTHING_TO_SHARE.paste}\n`.repeat(400)],
  ];
  for (const [what, pattern, paste] of CHUNKS) {
    test(`Enter in the header box sends no paste when ${what} fails to load`, async ({ page }) => {
      await failing(page, pattern);
      await page.goto('image/face/');
      const requested = recordRequests(page);
      await box(page).fill(paste);
      await expect(status(page)).not.toBeEmpty();
      await sendWithResultsClosed(page);
      expect(query(page)).toBeNull();
      await expectNothingOf(page, ['张三', '110101'], requested);
    });
  }
});

test.describe('texts the old search could not send', () => {
  /** Errors thrown on the page (a URIError from a half character). */
  function pageErrors(page: Page): Error[] {
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    return errors;
  }

  test('words cut at 200 characters inside an emoji still go to the search page', async ({ page }) => {
    const errors = pageErrors(page);
    const typed = `${'签名过期 '.repeat(39)}abcd😀 身份证`;
    expect(typed.indexOf('😀')).toBe(199); // the emoji's two halves are the 200th and 201st characters
    await page.goto('image/face/');
    await box(page).fill(typed);
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/, { timeout: 30_000 });
    const q = query(page) ?? '';
    expect(q.isWellFormed()).toBe(true);
    expect(q.length).toBeLessThanOrEqual(200);
    expect(typed.startsWith(q)).toBe(true);
    expect(errors).toEqual([]);
  });

  test('words holding half a character still go to the search page', async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto('image/face/');
    // A lone surrogate cannot be typed: it is put in the box as a script would, then searched.
    await box(page).evaluate((input: HTMLInputElement) => {
      input.value = '签名过期 \uD83D 身份证';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/);
    expect(query(page)?.isWellFormed()).toBe(true);
    expect(errors).toEqual([]);
  });

  test('a short number among words is searched as words: Enter does not open the page of code 20', async ({ page }) => {
    expect(placesOf('20').length).toBeGreaterThan(0);
    await page.goto('image/face/');
    await box(page).fill('最多支持20个url');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/);
    expect(query(page)).toBe('最多支持20个url');
  });

  test('the search page keeps those words in its address', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent('最多支持20个url')}`);
    await expect(pageStatus(page)).not.toHaveText(t.searchPage.searching);
    await expect(pageStatus(page)).not.toBeEmpty();
    expect(query(page)).toBe('最多支持20个url');
  });

  test('a query of quotes only shows the prompt', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent(`""''`)}`);
    await expect(pageStatus(page)).toHaveText(t.searchPage.prompt);
  });
});

test.describe('pastes that hide or crowd out a code', () => {
  /** 250 other codes, then a warning. */
  const crowded = `${Array.from({ length: 250 }, (_, i) => `{"code":${100_001 + i}}`).join('\n')}\n{"WarningCode":[-9111]}`;

  test('a warning after 250 other codes is found, and the search says how many codes were not read', async ({
    page,
  }) => {
    await page.goto('image/face/');
    await box(page).fill(crowded);
    const offer = results(page).getByRole('link', { name: words.search.decoder });
    await expect(offer).toHaveAttribute('href', /warningCode%3D%5B-9111%5D/);
    await expect(results(page)).toContainText(counted(words.search.cut));
  });

  test('the decoder explains that warning and says how many codes or warnings were not read', async ({ page }) => {
    await page.goto('decode/');
    await decode(page, crowded);
    await expect(decoder(page).getByRole('link', { name: '-9111', exact: true })).toBeVisible();
    await expect(decoder(page)).toContainText(counted(words.decoder.cut));
  });

  test('reads \\u002d1102 inside a JSON string as -1102', async ({ page }) => {
    await page.goto('image/face/');
    await box(page).fill('{"Response":{"Error":{"Code":"\\u002d1102","Message":"图片解码失败"}}}');
    await expect(results(page).getByRole('link').first()).toHaveAttribute('href', /\/codes\/-1102\/$/);
  });

  test('does not read an ID card warning string holding a Cyrillic О as numbers', async ({ page }) => {
    const value = '1\u041E010100';
    await page.goto('decode/');
    await decode(page, `{"frontMultiWarning":"${value}"}`);
    await expect(decoder(page).getByRole('status')).toContainText(
      format(words.decoder.notBits, { value, reasons: '' }).split(':')[0] ?? '',
    );
    await expect(decoder(page).locator('[data-decoder-result]').getByRole('link')).toHaveCount(0);
  });
});
