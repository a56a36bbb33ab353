// Measures the one reader of pasted text (src/lib/read-paste.ts): the median time to read a 1 KB, 100 KB and 1 MB
// paste in Node, and the longest main-thread task in real Chromium while the decoder reads and shows a 1 MB paste.
// Figures, not assertions: see bench.mjs. The longest task is read from a Chromium trace, so a task of any length
// counts (the Long Tasks API reports only those over 50 ms, and a figure under the budget showed as 0).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';

const READER = fileURLToPath(new URL('../../src/lib/read-paste.ts', import.meta.url));
const RUNS = 7;
/** Budgets: reading 1 MB, and the longest task while the decoder renders 1 MB (one frame at 20 fps). */
const PASTE_BUDGETS = { read1MB: 50, longestTask: 50 };
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

/** The trace categories holding each task the scheduler runs ("RunTask", "ThreadControllerImpl::RunTask"). */
const TRACE_CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline', '__metadata'];
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** The longest task (ms) of a renderer's main thread in a Chromium trace (the JSON of Tracing, parsed). */
function longestMainThreadTask(trace) {
  const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let longest = 0;
  for (const e of events) {
    if (e.ph === 'X' && TASKS.has(e.name) && mainThreads.has(`${e.pid}:${e.tid}`))
      longest = Math.max(longest, (e.dur ?? 0) / 1000);
  }
  return longest;
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
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.locator('warning-decoder form').getByRole('button').first().click(); // its name is in the page's language
    // A CSS selector: a role query would run in the page and make a long task of its own.
    await page.locator('[data-copy-result]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    return longestMainThreadTask(trace);
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

// CLI: node tests/bench/paste-timing.mjs <dir> — serves the build and prints the figures.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { serve } = await import('../support/serve.mjs');
  const { findChromium, CHROMIUM_ARGS } = await import('../support/browser.mjs');
  const server = await serve({ dir: process.argv[2] ?? 'dist' });
  try {
    const executablePath = findChromium();
    console.log(
      await measurePaste({
        baseURL: `http://127.0.0.1:${server.address().port}/`,
        ...(executablePath ? { executablePath } : {}),
        args: CHROMIUM_ARGS,
      }),
    );
  } finally {
    server.close();
  }
}
