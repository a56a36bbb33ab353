import { expect, test, type Page } from '@playwright/test';
import { readPositions } from '../support/decoder-data';
import { placesOf, readTables } from '../support/tables';

const positions = readPositions();
const bank = readTables().find((t) => t.kind === 'warnings');
const input = (page: Page) => page.getByRole('textbox', { name: /Paste an ID-card warning string/ });
const status = (page: Page) => page.locator('warning-decoder').getByRole('status');
const result = (page: Page) => page.locator('[data-decoder-result]');

async function decode(page: Page, text: string) {
  await input(page).fill(text);
  await page.getByRole('button', { name: 'Decode' }).click();
  await expect(status(page)).not.toBeEmpty();
}

test.describe('the decoder page', () => {
  test('explains an ID-card string: each raised position, its provenance and a link to it', async ({ page }) => {
    await page.goto('decode/');
    await decode(page, '10010100');
    await expect(status(page)).toHaveText('Recognised a multi-warning string: 3 warnings.');
    const items = result(page).getByRole('listitem');
    await expect(items).toHaveCount(3);
    for (const [i, n] of [1, 4, 6].entries()) {
      const p = positions.find((x) => x.position === n);
      await expect(items.nth(i)).toContainText(`Position ${n}: ${p?.meaning}`);
      await expect(items.nth(i)).toContainText('official worked example');
    }
    await expect(result(page)).toContainText('advisory');
    await items.nth(1).getByRole('link', { name: 'About position 4' }).click();
    await expect(page).toHaveURL(/\/faceid\/idcard-ocr\/#position-4$/);
    await expect(page.locator('#position-4')).toBeInViewport();
  });

  test('says 00000000 has no warnings', async ({ page }) => {
    await page.goto('decode/');
    await decode(page, '"00000000"');
    await expect(status(page)).toHaveText('Recognised a multi-warning string: no warnings.');
    await expect(result(page)).toContainText('No warnings: all 8 positions are 0.');
  });

  test('reports raised positions 7 and 8 as undocumented, with no meaning', async ({ page }) => {
    await page.goto('decode/');
    await decode(page, '01000011');
    await expect(result(page).getByRole('listitem').nth(0)).toContainText('integration practice');
    for (const n of [7, 8]) {
      const item = result(page).getByRole('listitem').filter({ hasText: `Position ${n}:` });
      await expect(item).toContainText('not documented: no meaning is known');
    }
  });

  test('explains a bank-card warning list, each code linked to its row', async ({ page }) => {
    await page.goto('decode/');
    await decode(page, '[-9110,-9111,-9114]');
    await expect(status(page)).toHaveText('Recognised a bank-card warning list: 3 warnings.');
    for (const code of ['-9110', '-9111', '-9114']) {
      const row = bank?.rows.find((r) => r.codes.includes(code));
      const item = result(page).getByRole('listitem').filter({ hasText: code });
      await expect(item).toContainText(row?.message ?? '');
      await expect(item.getByRole('link', { name: code })).toHaveAttribute('href', new RegExp(`faceid/bankcard-warnings/#code-${code}$`));
    }
  });

  test('decodes a whole JSON response and names the field of each warning', async ({ page }) => {
    await page.goto('decode/');
    await decode(page, '{"code":"0","result":{"frontMultiWarning":"10000000","backMultiWarning":"00000000","warnCode":"66661009"}}');
    await expect(status(page)).toContainText('Recognised a JSON response');
    for (const field of ['code', 'frontMultiWarning', 'backMultiWarning', 'warnCode']) {
      await expect(result(page).getByText(`From field ${field}:`)).toBeVisible();
    }
    await expect(result(page)).toContainText(placesOf('66661009')[0]?.row.message ?? '');
  });

  test('looks any other code up across all tables', async ({ page }) => {
    await page.goto('decode/');
    await decode(page, '-1102');
    const item = result(page).getByRole('listitem').first();
    await expect(item).toContainText(`${placesOf('-1102').length} meanings`);
    await expect(item.getByRole('link', { name: '-1102' })).toHaveAttribute('href', /codes\/-1102\/$/);
  });

  const BAD: [string, string][] = [
    ['10210100', 'position 3 is "2"'],
    ['1001010', '7 characters, not 8'],
    ['12345', 'not in any documented table'],
    ['{"warning": [-9110,', 'could not be read'],
    ['   ', 'Paste something to decode'],
    ['a\u0007b', 'control characters'],
  ];
  for (const [bad, says] of BAD) {
    test(`says what was wrong with ${JSON.stringify(bad)} and what is accepted`, async ({ page }) => {
      await page.goto('decode/');
      await decode(page, bad);
      await expect(status(page)).toContainText(says);
      await expect(status(page)).toContainText('Accepted:');
    });
  }

  test('handles 1 MB of text with a message, not a hang', async ({ page }) => {
    await page.goto('decode/');
    await input(page).evaluate((el) => {
      (el as HTMLTextAreaElement).value = '0'.repeat(1024 * 1024);
    });
    await page.getByRole('button', { name: 'Decode' }).click();
    await expect(status(page)).toContainText('the decoder reads at most');
  });

  test('shows HTML-looking input as text and creates no element from it', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto('decode/');
    for (const html of ['<img src=x onerror=alert(1)>', '{"warning":"<img src=x onerror=alert(1)>"}', '<script>alert(1)</script>']) {
      await decode(page, html);
      await expect(page.locator('warning-decoder img, warning-decoder script')).toHaveCount(0);
    }
    await page.goto(`decode/?q=${encodeURIComponent('"<b>-9110</b>"')}`);
    await expect(status(page)).not.toBeEmpty();
    await expect(page.locator('warning-decoder b')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test('keeps the input in the URL: the link shows the same result when opened', async ({ page, context }) => {
    await page.goto('decode/');
    await decode(page, '10010100');
    expect(new URL(page.url()).searchParams.get('q')).toBe('10010100');
    const other = await context.newPage();
    await other.goto(page.url());
    await expect(other.getByRole('textbox', { name: /Paste an ID-card warning string/ })).toHaveValue('10010100');
    await expect(other.locator('warning-decoder').getByRole('status')).toHaveText('Recognised a multi-warning string: 3 warnings.');
  });

  test('copies a link to the result', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('faceid/bankcard-warnings/');
    await decode(page, '-9110|-9111');
    await page.getByRole('link', { name: 'Copy link to this result' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const expected = new URL('decode/', baseURL);
    expected.searchParams.set('q', '-9110|-9111');
    expect(copied).toBe(expected.href);
    await expect(status(page)).toHaveText(`Link copied: ${expected.href}`);
  });

  test('announces results in a live region', async ({ page }) => {
    await page.goto('decode/');
    await expect(status(page)).toHaveAttribute('role', 'status');
    await decode(page, '-9113');
    await expect(status(page)).toHaveText('Recognised a bank-card warning list: 1 warning.');
  });

  test('is readable on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`decode/?q=${encodeURIComponent('{"frontMultiWarning":"11111111","warning":[-9110,-9111,-9113,-9114,66661009]}')}`);
    await expect(status(page)).toContainText('13 warnings');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });
});

test.describe('the decoder on the table pages', () => {
  for (const path of ['faceid/idcard-ocr/', 'faceid/bankcard-ocr/', 'faceid/bankcard-warnings/']) {
    test(`decodes on ${path}`, async ({ page }) => {
      await page.goto(path);
      await decode(page, '10010100');
      await expect(status(page)).toHaveText('Recognised a multi-warning string: 3 warnings.');
      await decode(page, '-9110,-9114');
      await expect(status(page)).toHaveText('Recognised a bank-card warning list: 2 warnings.');
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the decoder page still explains both formats', async ({ page }) => {
    await page.goto('decode/');
    await expect(input(page)).toBeHidden();
    await expect(page.getByText('The decoder needs JavaScript')).toBeVisible();
    const positionsTable = page.getByRole('region', { name: 'The 8 positions of the multi-warning string' });
    await expect(positionsTable.getByRole('row')).toHaveCount(9);
    for (const row of bank?.rows ?? []) {
      await expect(page.getByRole('link', { name: row.codes[0] ?? '', exact: true }).first()).toBeVisible();
    }
  });
});
