// Measures the search box in real Chromium: milliseconds from the last keystroke to the first visible result,
// cold (fresh browser cache, nothing loaded) and warm (engine and index already loaded), for an exact code and
// for a Chinese phrase, and the bytes a first search downloads. Figures, not assertions: see bench.mjs.
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

const RUNS = 7;
const PAGE = 'faceid/face-verification/';
const QUERIES = {
  exact: ['-1102', '66660004', '-4007', '9', '-6101', '400104', '-5062'],
  text: ['签名过期', '图片解码失败', '身份证', '翻拍', '人脸检测', '下载失败', '参数错误'],
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Puts the whole query in the box as one keystroke (like a paste) and times, from that keystroke, the first
 * visible result line and the complete results (the region not aria-busy; the search box shows all at once).
 */
async function timeOneSearch(page, query) {
  return page.evaluate(async (q) => {
    const input = document.querySelector('#site-search-input');
    const results = document.querySelector('#site-search-results');
    results.replaceChildren(); // so the previous query's lines don't count
    input.value = q;
    const start = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    let first;
    return new Promise((resolve, reject) => {
      const check = () => {
        const now = performance.now();
        const visible = !results.hidden && results.querySelector('li');
        if (visible && first === undefined) first = now - start;
        if (visible && results.ariaBusy !== 'true') resolve({ first, complete: now - start });
        else if (now - start > 10_000) reject(new Error(`no result for ${q}`));
        else requestAnimationFrame(check);
      };
      check();
    });
  }, query);
}

/** Bytes transferred while `action` runs (body as sent, gzip where the server compresses, plus headers). */
async function bytesDuring(page, action) {
  const finished = [];
  const onFinished = (request) => finished.push(request.sizes());
  page.context().on('requestfinished', onFinished); // the context also sees Pagefind's worker
  await action();
  await page.waitForTimeout(200);
  page.context().off('requestfinished', onFinished);
  const sizes = await Promise.all(finished);
  return sizes.reduce((sum, s) => sum + s.responseBodySize + s.responseHeadersSize, 0);
}

/** Medians over `repeat` fresh browser contexts of each search timing, and the bytes of a first search. */
export async function measureSearch({ baseURL, executablePath, args = [], repeat = RUNS }) {
  const browser = await chromium.launch({ executablePath, args });
  const out = {};
  try {
    for (const kind of ['exact', 'text']) {
      const runs = { cold: [], coldComplete: [], warm: [], warmComplete: [], bytes: [] };
      for (let i = 0; i < repeat; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        // As a reader would: the page has finished loading (no request for half a second) before the first keystroke.
        await page.goto(new URL(PAGE, baseURL).href, { waitUntil: 'networkidle' });
        const query = QUERIES[kind][i % QUERIES[kind].length];
        let cold;
        runs.bytes.push(await bytesDuring(page, async () => (cold = await timeOneSearch(page, query))));
        runs.cold.push(cold.first);
        runs.coldComplete.push(cold.complete);
        const warm = await timeOneSearch(page, QUERIES[kind][(i + 1) % QUERIES[kind].length]);
        runs.warm.push(warm.first);
        runs.warmComplete.push(warm.complete);
        await context.close();
      }
      for (const [name, values] of Object.entries(runs))
        out[`${kind}${name[0].toUpperCase()}${name.slice(1)}`] = median(values);
    }
  } finally {
    await browser.close();
  }
  return {
    exactCold: out.exactCold,
    exactWarm: out.exactWarm,
    textCold: out.textCold,
    textWarm: out.textWarm,
    // When Pagefind's own results have arrived too (for a code there is nothing more to wait for).
    textColdComplete: out.textColdComplete,
    textWarmComplete: out.textWarmComplete,
    // The first search that costs the most: a phrase loads Pagefind on top of the code index.
    firstSearchBytes: Math.max(out.exactBytes, out.textBytes),
    exactFirstSearchBytes: out.exactBytes,
    textFirstSearchBytes: out.textBytes,
  };
}

// CLI: node tests/bench/search-timing.mjs <dir> — serves the build and prints the figures.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { serve } = await import('../support/serve.mjs');
  const { findChromium, CHROMIUM_ARGS } = await import('../support/browser.mjs');
  const server = await serve({ dir: process.argv[2] ?? 'dist' });
  const figures = await measureSearch({
    baseURL: `http://127.0.0.1:${server.address().port}/`,
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
  });
  console.log(figures);
  server.close();
}
