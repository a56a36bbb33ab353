import { expect, testOnOnePage as test, type Page } from '../support/site-test';
import { wordsIn } from '../support/answers';
import { expectNoViolations } from '../support/csp-violations';
import { answerOrder, placesOf, positions, readTables } from '../support/tables';

const bank = readTables().find((t) => t.kind === 'warnings');
if (!bank) throw new Error('no warnings table in content/tables');
// This file runs on the English pages: a position's meaning is shown in English (Tencent's, else the site's), with
// Tencent's Chinese beside it where the meaning is Tencent's (the official worked example).
const meaningOf = (n: number) => {
  const meaning = positions.find((p) => p.position === n)?.meaning;
  if (!meaning) throw new Error(`position ${n} has no meaning in content/idcard-multiwarning.yaml`);
  return meaning;
};
const positionMeaning = (n: number) => wordsIn(meaningOf(n), 'en');
/** What the decoder shows of a raised position: its English, and Tencent's Chinese if the meaning is Tencent's. */
const positionShown = (n: number) => {
  const official = meaningOf(n).official.zh;
  return [`Position ${n}: ${positionMeaning(n)}`, ...(typeof official === 'string' ? [official] : [])];
};
/** The meaning of `code` the decoder shows first, in English. */
const messageOf = (code: string) => {
  const [place] = answerOrder(code);
  if (!place) throw new Error(`${code} is in no table`);
  return wordsIn(place.row.message, 'en');
};
const input = (page: Page) => page.getByRole('textbox', { name: /Paste an ID card warning string/ });
const status = (page: Page) => page.locator('warning-decoder').getByRole('status');
const result = (page: Page) => page.locator('[data-decoder-result]');

// Pastes people bring, each with what the decoder must explain: [paste, status, texts in the result].
const PASTES: [string, string, string, string[]][] = [
  [
    'an API 3.0 warning list',
    '{"Response":{"WarningCode":[-9111],"RequestId":"3c1f"}}',
    'Found 1 warning, 1 code.',
    ['From field WarningCode:', messageOf('-9111'), '3c1f — a request id'],
  ],
  ['a warning header line', 'WarningCode: -9113', 'Found 1 warning, 1 code.', [messageOf('-9113')]],
  [
    'a warning list after a colon',
    'warning: -9110, -9114',
    'Found 2 warnings, 2 codes.',
    [messageOf('-9110'), messageOf('-9114')],
  ],
  [
    'front and back in a query string',
    'frontMultiWarning=10010100&backMultiWarning=00000000',
    'Found 3 warnings, 2 ID card warning strings.',
    [
      'From field frontMultiWarning (front side):',
      'From field backMultiWarning (back side):',
      'No warnings: all 8 positions are 0.',
    ],
  ],
  [
    'front and back side by side',
    '10010100 00001000',
    'Found 4 warnings, 2 ID card warning strings.',
    [...positionShown(5), 'ID card warning string 00001000'],
  ],
  [
    'a PascalCase SDK result',
    '{"Code":0,"Result":{"FrontMultiWarning":"00100000"}}',
    'Found 1 warning, 1 ID card warning string, 1 code.',
    [...positionShown(3), 'From field Code:', messageOf('0')],
  ],
  [
    'a response nested as a string',
    '{"result":"{\\"multiWarning\\":\\"01000000\\"}"}',
    'Found 1 warning, 1 ID card warning string.',
    positionShown(2),
  ],
  [
    'a log line',
    '2026-11-22 10:00:01 INFO bankcard ocr ok warningCode=[-9113,66661009]',
    'Found 2 warnings, 2 codes.',
    [messageOf('66661009'), '2026-11-22 — a date', '10:00:01 — a time of day'],
  ],
  [
    'a Chinese log line',
    '2026年11月22日 10时05分 告警码 -9113',
    'Found 1 warning, 1 code.',
    [messageOf('-9113'), '2026年11月22日 — a date', '10时05分 — a time of day'],
  ],
  [
    'a syslog line',
    'Nov 22 10:00:01 host ocr[1234]: warningCode=[-9110] took 12ms',
    'Found 1 warning, 1 code.',
    [messageOf('-9110'), 'Nov 22 — a date', 'ocr[1234] — a process id', '12ms — a duration'],
  ],
  [
    'a code that is not a warning',
    '{"code":-1102}',
    'Found no warnings, 1 code.',
    ['From field code:', `${placesOf('-1102').length} meanings, one per table`],
  ],
  [
    'a number whose other sign is documented',
    '5002',
    'Found no warnings, 1 code.',
    ['5002: not in any documented table.', '-5002, a different code, is documented', messageOf('-5002')],
  ],
  [
    'an API 3.0 error code no table has',
    '{"Response":{"Error":{"Code":"FailedOperation.NoSuchCode"}}}',
    'Found no warnings, 1 code.',
    ['From field Code:', 'FailedOperation.NoSuchCode: not in any documented table.'],
  ],
  [
    'a warning string one character short, in JSON',
    '{"frontMultiWarning":"1001010"}',
    '“1001010” is not an ID card warning string: it has 7 characters, not 8.',
    [],
  ],
  [
    'a huge warning number',
    '{"warning":12345678901234567890}',
    'Found no warnings, 1 code.',
    ['12345678901234567890: not in any documented table.'],
  ],
  [
    'a code with a zero-width space',
    '-11\u200B02',
    'Found no warnings, 1 code.',
    [`${placesOf('-1102').length} meanings`],
  ],
];

async function decode(page: Page, text: string) {
  await input(page).fill(text);
  await page.getByRole('button', { name: 'Decode' }).click();
  await expect(status(page)).not.toBeEmpty();
}

/** decode, the decoder emptied first: what it shows next is this paste's, never the one's before still on screen. */
async function decodeAfresh(page: Page, text: string) {
  await decode(page, '');
  await expect(status(page)).toContainText('Paste something to decode');
  await decode(page, text);
}

test.describe('the decoder page', () => {
  expectNoViolations(test);
  test('explains an ID card string: each raised position, its provenance and a link to it', async ({ page }) => {
    await page.goto('decode/');
    await decode(page, '10010100');
    await expect(status(page)).toHaveText('Found 3 warnings, 1 ID card warning string.');
    const items = result(page).getByRole('listitem');
    await expect(items).toHaveCount(3);
    for (const [i, n] of [1, 4, 6].entries()) {
      for (const shown of positionShown(n)) await expect(items.nth(i)).toContainText(shown);
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
    await expect(status(page)).toHaveText('Found no warnings, 1 ID card warning string.');
    await expect(result(page)).toContainText('No warnings: all 8 positions are 0.');
  });

  test('reports raised positions 7 and 8 as undocumented, with no meaning', async ({ page }) => {
    await page.goto('decode/');
    await decode(page, '01000011');
    await expect(result(page).getByRole('listitem').nth(0)).toContainText('integration practice');
    for (const n of [7, 8]) {
      const item = result(page)
        .getByRole('listitem')
        .filter({ hasText: `Position ${n}:` });
      await expect(item).toContainText('meaning unknown — not documented');
    }
  });

  test('explains a bank-card warning list, each code linked to its row', async ({ page }) => {
    await page.goto('decode/');
    await decode(page, '[-9110,-9111,-9114]');
    await expect(status(page)).toHaveText('Found 3 warnings, 3 codes.');
    for (const code of ['-9110', '-9111', '-9114']) {
      const item = result(page).getByRole('listitem').filter({ hasText: code });
      await expect(item).toContainText(messageOf(code));
      await expect(item.getByRole('link', { name: code })).toHaveAttribute(
        'href',
        new RegExp(`faceid/bankcard-warnings/#code-${code}$`),
      );
    }
  });

  test('explains each paste people bring', async ({ page }) => {
    await page.goto('decode/');
    for (const [what, paste, says, shows] of PASTES)
      await test.step(what, async () => {
        await decodeAfresh(page, paste);
        await expect(status(page)).toContainText(says);
        for (const text of shows) await expect(result(page)).toContainText(text);
      });
  });

  test('links a code that is not a warning to its meanings', async ({ page }) => {
    await page.goto('decode/');
    await decode(page, '-1102');
    const item = result(page).getByRole('listitem').first();
    await expect(item).toContainText(`${placesOf('-1102').length} meanings`);
    await expect(item.getByRole('link', { name: '-1102' })).toHaveAttribute('href', /codes\/-1102\/$/);
  });

  const BAD: [string, string][] = [
    ['10210100', 'position 3 is “2”'],
    ['1001010', 'it has 7 characters, not 8'],
    ['hello world', 'Nothing here is an ID card warning string'],
    ['   ', 'Paste something to decode'],
  ];
  test('says what was wrong with each bad input', async ({ page }) => {
    await page.goto('decode/');
    // Each says something else, so what shows after a decode is never the one's before.
    for (const [bad, says] of BAD)
      await test.step(JSON.stringify(bad), async () => {
        await decode(page, bad);
        await expect(page.locator('warning-decoder')).toContainText(says);
      });
  });

  test('reads the start of a paste longer than 1 MB and says so', async ({ page }) => {
    await page.goto('decode/');
    await input(page).evaluate(
      (el, text) => {
        if (el instanceof HTMLTextAreaElement) el.value = text;
      },
      `frontMultiWarning=10010100 ${'0'.repeat(1024 * 1024)}`,
    );
    await page.getByRole('button', { name: 'Decode' }).click();
    await expect(result(page)).toContainText('Only the first 1,000,000 of 1,048,603 characters were read');
    await expect(status(page)).toHaveText('Found 3 warnings, 1 ID card warning string.');
  });

  // How long the page is held while it does so is a figure of `npm run bench` (paste-timing.mjs), not a test.
  test('reads a 1 MB paste in a worker, off the page, and shows what it holds', async ({ page }) => {
    await page.goto('decode/');
    // A paste of hundreds of codes and warning strings, repeated to 1 MB.
    const line =
      '{"code":-1102,"frontMultiWarning":"10010100","WarningCode":[-9110,-9111],"RequestId":"CE661F1A-0F1E-45BD-BE13-34C05CEA7681"}\n';
    const unique = Array.from({ length: 100 }, (_, i) => `errcode=${-1000 - i}`).join('\n');
    await input(page).evaluate(
      (el, text) => {
        if (el instanceof HTMLTextAreaElement) el.value = text;
      },
      `${unique}\n${line.repeat(Math.ceil(1_000_000 / line.length))}`,
    );
    const worker = page.waitForEvent('worker');
    await page.getByRole('button', { name: 'Decode' }).click();
    expect((await worker).url()).toMatch(/paste-worker/);
    await expect(status(page)).toContainText('Found', { timeout: 30_000 });
    await expect(result(page)).toContainText(messageOf('-1102'));
    await expect(result(page)).toContainText('…and 50 more, not shown');
  });

  test('keeps the address and the shared link of a huge log short, and says how many values they leave out', async ({
    page,
  }) => {
    await page.goto('decode/');
    // 300 log lines, each with a list of 200 warning codes.
    const log = Array.from(
      { length: 300 },
      (_, line) =>
        `{"RequestId":"r${line}","WarningCode":[${Array.from({ length: 200 }, (_, i) => -(9000 + line + i)).join(',')}]}`,
    ).join('\n');
    await input(page).evaluate((el, text) => {
      if (el instanceof HTMLTextAreaElement) el.value = text;
    }, log);
    await page.getByRole('button', { name: 'Decode' }).click();
    await expect(status(page)).toContainText('Found', { timeout: 30_000 });
    await expect(result(page)).toContainText(/The link holds the first values found; \d+ more are left out/);
    expect(page.url().length).toBeLessThan(2000);
    const shared = (await page.getByRole('link', { name: 'Copy link to this result' }).getAttribute('href')) ?? '';
    expect(shared).toContain('decode/?q=');
    expect(shared.length).toBeLessThan(2000);
    expect(new URL(page.url()).searchParams.get('q')).toMatch(/^warningCode=\[-9000,-9001,/);
  });

  test('shows HTML-looking input as text and creates no element from it', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto('decode/');
    for (const html of [
      '<img src=x onerror=alert(1)>',
      '{"warning":"<img src=x onerror=alert(1)>"}',
      '<script>alert(1)</script>',
    ]) {
      await decode(page, html);
      await expect(page.locator('warning-decoder img, warning-decoder script')).toHaveCount(0);
    }
    await page.goto(`decode/?q=${encodeURIComponent('"<b>-9110</b>"')}`);
    await expect(status(page)).not.toBeEmpty();
    await expect(page.locator('warning-decoder b')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test('keeps a bidi control in a paste from reordering the page’s sentences', async ({ page }) => {
    await page.goto('decode/');
    await decode(page, '{"\u202EWarningCode":[-9113],"x\u202E":"\u202E3c1f"}');
    await expect(status(page)).toHaveText('Found 1 warning, 1 code.');
    const echoed = result(page).locator('bdi');
    await expect(echoed.first()).toHaveAttribute('dir', 'auto');
    expect(await result(page).evaluate((el) => el.textContent?.includes('\u202E'))).toBe(false);
  });

  test('puts only the decoded values in the URL, never the paste: a name and ID number stay on the device', async ({
    page,
    context,
  }) => {
    await page.goto('decode/');
    await expect(page.getByText('What you paste stays on this device')).toBeVisible();
    const paste = JSON.stringify({
      Response: {
        Name: '张三',
        IdNum: '11010119900307123X',
        AdvancedInfo: '{}',
        FrontMultiWarning: '10010100',
        WarningCode: [-9113],
        RequestId: 'r-1',
      },
    });
    await decode(page, paste);
    const url = decodeURIComponent(page.url());
    for (const secret of ['张三', '110101', 'IdNum', 'r-1']) expect(url).not.toContain(secret);
    expect(new URL(page.url()).searchParams.get('q')).toBe('frontMultiWarning=10010100 warningCode=[-9113]');
    const other = await context.newPage();
    await other.goto(page.url());
    await expect(other.locator('warning-decoder').getByRole('status')).toHaveText(
      'Found 4 warnings, 1 ID card warning string, 1 code.',
    );
  });

  test('copies a link to the result that holds only the decoded values', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('faceid/bankcard-warnings/');
    await decode(page, 'card 6222020200112233 warnings -9110|-9111');
    await page.getByRole('link', { name: 'Copy link to this result' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const expected = new URL('decode/', baseURL);
    expected.searchParams.set('q', 'warningCode=[-9110,-9111]');
    expect(decodeURIComponent(copied)).toBe(decodeURIComponent(expected.href));
    expect(copied).not.toContain('6222');
    await expect(status(page)).toHaveText(`Link copied: ${copied}`);
  });

  test('announces results in a live region', async ({ page }) => {
    await page.goto('decode/');
    await expect(status(page)).toHaveAttribute('role', 'status');
    await decode(page, '-9113');
    await expect(status(page)).toHaveText('Found 1 warning, 1 code.');
  });

  test('is readable on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(
      `decode/?q=${encodeURIComponent('{"frontMultiWarning":"11111111","warning":[-9110,-9111,-9113,-9114,66661009]}')}`,
    );
    await expect(status(page)).toContainText('13 warnings');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
  });
});

test.describe('the decoder on the table pages', () => {
  expectNoViolations(test);
  for (const path of ['faceid/idcard-ocr/', 'faceid/bankcard-ocr/', 'faceid/bankcard-warnings/']) {
    test(`decodes on ${path}`, async ({ page }) => {
      await page.goto(path);
      await decode(page, '10010100');
      await expect(status(page)).toHaveText('Found 3 warnings, 1 ID card warning string.');
      await decode(page, '{"code":"0","result":{"warningCode":"-9110|-9114"}}');
      await expect(status(page)).toHaveText('Found 2 warnings, 3 codes.');
    });
  }

  // Pastes of PASTES, each on the page of the table its warnings belong to: [page, what].
  const ON_TABLE_PAGES: [string, string][] = [
    ['faceid/idcard-ocr/', 'an API 3.0 warning list'],
    ['faceid/idcard-ocr/', 'front and back in a query string'],
    ['faceid/idcard-ocr/', 'a PascalCase SDK result'],
    ['faceid/bankcard-ocr/', 'a log line'],
  ];
  for (const [path, what] of ON_TABLE_PAGES) {
    const [, paste, says, shows] = PASTES.find(([name]) => name === what) ?? [];
    if (!paste || !says || !shows) throw new Error(`no paste named ${what}`);
    test(`explains ${what} on ${path}`, async ({ page }) => {
      await page.goto(path);
      await decode(page, paste);
      await expect(status(page)).toContainText(says);
      for (const text of shows) await expect(result(page)).toContainText(text);
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
    for (const row of bank.rows) {
      const [code] = row.codes;
      if (!code) throw new Error('a row without a code');
      await expect(page.getByRole('link', { name: code, exact: true }).first()).toBeVisible();
    }
  });
});
