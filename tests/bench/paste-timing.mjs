// Measures the one reader of pasted text (src/lib/read-paste.ts): the median time to read a 1 KB, 100 KB and 1 MB
// paste in Node, and the longest main-thread task in real Chromium while the decoder reads and shows a 1 MB paste.
// Figures, not assertions: see bench.mjs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';

const READER = fileURLToPath(new URL('../../src/lib/read-paste.ts', import.meta.url));
const RUNS = 7;
/** Budgets: reading 1 MB, and the longest task while the decoder renders 1 MB (one frame at 20 fps). */
export const PASTE_BUDGETS = { read1MB: 50, longestTask: 50 };
const SIZES = { '1 KB': 1_000, '100 KB': 100_000, '1 MB': 1_000_000 };

// What people paste, mixed: API 3.0 responses, SDK results, log lines with timestamps, ids and codes.
const SAMPLE = [
  '{"Response":{"WarningCode":[-9110,-9113],"CardNo":"6222020200112233","RequestId":"CE661F1A-0F1E-45BD-BE13-34C05CEA7681"}}',
  '2026-11-22 10:00:01,123 ERROR ocr failed ret=-1102 request_id=3c1f-77 ip=10.0.0.12:8080',
  '{"code":"0","msg":"请求成功","result":{"frontMultiWarning":"10010100","backMultiWarning":"00000000"}}',
  '{"Response":{"DetectInfo":"{\\"Text\\":{\\"ErrCode\\":66660004,\\"ErrMsg\\":\\"无法确认为同一人\\"}}","RequestId":"r-1"}}',
  'X-ErrNo: -5062',
].join('\n');
const pasteOf = (size) => SAMPLE.repeat(Math.ceil(size / SAMPLE.length)).slice(0, size);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The reader, bundled on the fly so Node can run the TypeScript source as the site ships it. */
async function loadReader() {
  const dir = mkdtempSync(join(tmpdir(), 'paste-bench-'));
  const file = join(dir, 'read-paste.mjs');
  try {
    await build({
      entryPoints: [READER],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile: file,
      logLevel: 'silent',
    });
    return await import(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Longest main-thread task (ms) from the Decode click until the result is shown, for a 1 MB paste. */
async function longestTask(baseURL, launchOptions) {
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage();
    await page.goto(new URL('decode/', baseURL).href);
    await page.locator('#decoder-input').evaluate((el, text) => {
      el.value = text;
    }, pasteOf(SIZES['1 MB']));
    await page.evaluate(() => {
      window.longestTask = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.longestTask = Math.max(window.longestTask, e.duration);
      }).observe({ type: 'longtask' });
    });
    await page.locator('warning-decoder form').getByRole('button').first().click(); // its name is in the page's language
    // A CSS selector: a role query would run in the page and make a long task of its own.
    await page.locator('[data-copy-result]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    return await page.evaluate(() => window.longestTask);
  } finally {
    await browser.close();
  }
}

/** Reads each size RUNS times (after a warm-up) and measures the decoder in Chromium. */
export async function measurePaste({ baseURL, executablePath, args }) {
  const { readPaste } = await loadReader();
  const read = {};
  for (const [label, size] of Object.entries(SIZES)) {
    const paste = pasteOf(size);
    readPaste(paste);
    const times = Array.from({ length: RUNS }, () => {
      const start = performance.now();
      readPaste(paste);
      return performance.now() - start;
    });
    read[label] = median(times);
  }
  const tasks = [];
  for (let i = 0; i < 3; i++)
    tasks.push(await longestTask(baseURL, { ...(executablePath ? { executablePath } : {}), args }));
  return { read, longestTask: median(tasks) };
}

/** The figures as rows of the bench table; `row` is bench.mjs's row(figure, value, unit, budget). */
export function pasteRows(result, row) {
  return [
    ...Object.entries(result.read).map(([label, ms]) =>
      row(`paste: read ${label}, median`, ms, 'ms', label === '1 MB' ? PASTE_BUDGETS.read1MB : undefined),
    ),
    row('paste: longest main-thread task, decoder showing 1 MB', result.longestTask, 'ms', PASTE_BUDGETS.longestTask),
  ];
}
