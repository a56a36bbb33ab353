// The checks that a paste is answered with the right code first, everywhere a reader can bring it: the header search
// box, the search page (from an address) and the decoder, on the pages of either language. Elements are found by
// their roles inside the parts of the page that hold them, and by the names the page language's dictionary gives.
import type { Lang } from '../../src/lib/i18n';
import { dictionary } from '../../src/i18n';
import { expect, type Page } from '@playwright/test';
import { lineOf, namesCode, notDecoded, otherSignHint } from './answers';
import type { FirstBecause } from './pastes';
import { answerOrder } from './tables';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The address of a code's page, as Tencent writes the code. */
const codePage = (code: string) => new RegExp(`/codes/${escape(code)}/$`);
const query = (page: Page) => new URL(page.url()).searchParams.get('q') ?? '';

/** The places of `code` in the order a paste naming `why.carrier` lists them; throws when no table has the code. */
function placesFor(code: string, why: FirstBecause) {
  const places = answerOrder(code, why.carrier);
  if (places.length === 0) throw new Error(`${code} is in no table of content/tables`);
  return places;
}

/**
 * Checks a result line holds what the line of the code's first place shows: the code (unless `withCode` is false: a
 * meaning the decoder lists under its code), the meaning, and its table.
 */
async function expectFirstLine(
  line: ReturnType<Page['locator']>,
  code: string,
  why: FirstBecause,
  lang: Lang,
  withCode = true,
) {
  const [first] = placesFor(code, why);
  if (!first) return;
  for (const words of lineOf(first, lang).slice(withCode ? 0 : 1)) await expect(line).toContainText(words);
}

/**
 * In the header box of the page `page` shows (any page of the site has it): the first answer is `code`, as Tencent
 * writes it, its first line the meaning of the first place; nothing offers the other sign; Enter opens the code's page.
 */
export async function expectFirstInSearchBox(page: Page, lang: Lang, paste: string, code: string, why: FirstBecause) {
  const box = page.getByRole('banner').getByRole('searchbox', { name: dictionary(lang).scripts.searchBox.label });
  const results = page.getByRole('banner').getByRole('region', { name: dictionary(lang).scripts.searchBox.results });
  await box.fill(paste);
  const answer = results.getByRole('link').first();
  await expect(answer).toHaveAttribute('href', codePage(code));
  await expect(answer).toContainText(code);
  await expectFirstLine(results.getByRole('list').first().getByRole('listitem').first(), code, why, lang);
  await expect(results).not.toContainText(otherSignHint(lang, 'search'));
  await box.press('Enter');
  await expect(page).toHaveURL(codePage(code));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(code);
}

/** On the search page, brought the paste in `?q=` by an old link: `code` answers first, and the address keeps only what was decoded. */
export async function expectFirstOnSearchPage(page: Page, lang: Lang, paste: string, code: string, why: FirstBecause) {
  const main = page.getByRole('main');
  await page.goto(`search/?q=${encodeURIComponent(paste)}`);
  const answer = main.getByRole('link').first();
  await expect(answer).toHaveAttribute('href', codePage(code));
  await expectFirstLine(main.getByRole('list').first().getByRole('listitem').first(), code, why, lang);
  await expect(main).not.toContainText(otherSignHint(lang, 'search'));
  await expect.poll(() => namesCode(query(page), code)).toBe(true);
  expect(notDecoded(query(page))).toEqual([]);
}

/** In the decoder: the paste's code, linked as Tencent writes it, with its first meaning first; the address keeps only what was decoded. */
export async function expectFirstInDecoder(page: Page, lang: Lang, paste: string, code: string, why: FirstBecause) {
  const decoder = page.locator('warning-decoder');
  await page.goto('decode/');
  await decoder.getByRole('textbox').fill(paste);
  await decoder.getByRole('button', { name: dictionary(lang).scripts.decoderForm.submit }).click();
  await expect(decoder.getByRole('status')).not.toBeEmpty();
  const item = decoder
    .locator('[data-decoder-result]')
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: code, exact: true }) })
    .first();
  // A code of several tables lists its meanings under it; a code of one table is one line.
  if (placesFor(code, why).length > 1) {
    await expect(item).toContainText(code);
    await expectFirstLine(item.getByRole('listitem').first(), code, why, lang, false);
  } else await expectFirstLine(item, code, why, lang);
  await expect(decoder).not.toContainText(otherSignHint(lang, 'decoder'));
  await expect.poll(() => namesCode(query(page), code)).toBe(true);
  expect(notDecoded(query(page))).toEqual([]);
}
