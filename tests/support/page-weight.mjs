// What a built page costs a visitor before they interact: the gzip size of its HTML, of its CSS (inline <style>
// elements, as the build inlines the stylesheet, and any stylesheet it links), and of the JavaScript it runs on load
// (its module scripts and everything they import statically; modules loaded later with import() are left out, as the
// browser only fetches them on use).
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { STYLE_ELEMENT } from '../../src/integrations/security-headers.mjs';
import { ENGLISH_EXTRA, ENGLISH_PAGES, PAGE_BUDGETS } from './budgets.mjs';

const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g;
const MODULE_SCRIPT = /<script\b[^>]*\bsrc="([^"]+)"/g;
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/**
 * The gzip size of `text` (a string or bytes) at zlib's default level: as the test server sends files
 * (tests/support/serve.mjs), and as most servers and CDNs compress.
 */
export const gzipBytes = (text) => gzipSync(text).length;
/** The same stylesheet and scripts come back on every page: each is gzipped once (a scale build has 40,000 pages). */
const shared = new Map();
const sharedGzipBytes = (text) => {
  if (!shared.has(text)) shared.set(text, gzipBytes(text));
  return shared.get(text);
};

/**
 * The addresses of the scripts a built page loads (its one script is Base.astro's module script), in order.
 * @param {string} html
 */
export const scriptsOf = (html) => [...html.matchAll(MODULE_SCRIPT)].map(([, src]) => src);

/** The file in `dist` that serves `url` (a site-absolute path under `base`). */
function fileFor(dist, base, url) {
  if (!url.startsWith(base)) throw new Error(`${url} is not under ${base}`);
  return join(dist, url.slice(base.length));
}

const moduleSources = new Map();

/** A module and, recursively, the modules it imports statically: url → source. */
function moduleGraph(dist, base, url, seen = new Map()) {
  if (seen.has(url)) return seen;
  const file = fileFor(dist, base, url);
  if (!moduleSources.has(file)) moduleSources.set(file, readFileSync(file, 'utf8'));
  const source = moduleSources.get(file);
  seen.set(url, source);
  for (const [, spec] of source.matchAll(STATIC_IMPORT)) {
    moduleGraph(dist, base, new URL(spec, `http://site${url}`).pathname, seen);
  }
  return seen;
}

/**
 * Gzip bytes of the page at `page` (a path under `base`, e.g. `/faceid/gateway/`) in the site built into `dist`:
 * { html, css, js, total, files } where files lists every file counted with its gzip size. The CSS of the page's
 * inline <style> elements counts as CSS (gzipped on its own), not as HTML: `html` is the document without it, and
 * `total` what is sent, the whole document gzipped with the files it loads.
 */
export function pageWeight(dist, page, base = '/') {
  const htmlFile = page.endsWith('/') ? `${page}index.html` : page;
  const html = readFileSync(fileFor(dist, base, htmlFile), 'utf8');
  return { ...sentWeight(dist, base, htmlFile, html), html: gzipBytes(html.replace(STYLE_ELEMENT, '')) };
}

/**
 * pageWeight without `html`: what the document `html` (the file `htmlFile`) sends, in gzip bytes. `documentBytes`: the
 * document's own gzip size, when it is already known.
 */
function sentWeight(dist, base, htmlFile, html, documentBytes = gzipBytes(html)) {
  const inlineCss = [...html.matchAll(STYLE_ELEMENT)].map(([, text]) => text).join('\n');
  const files = { [htmlFile]: documentBytes };
  let css = 0;
  if (inlineCss) {
    files[`${htmlFile} <style>`] = sharedGzipBytes(inlineCss);
    css += files[`${htmlFile} <style>`];
  }
  let sent = documentBytes;
  for (const [, href] of html.matchAll(STYLESHEET)) {
    files[href] = gzipBytes(readFileSync(fileFor(dist, base, href), 'utf8'));
    css += files[href];
    sent += files[href];
  }
  const modules = new Map();
  for (const src of scriptsOf(html)) moduleGraph(dist, base, src, modules);
  let js = 0;
  for (const [url, source] of modules) {
    files[url] = sharedGzipBytes(source);
    js += files[url];
  }
  return { css, js, total: sent + js, files };
}

/**
 * The page type a built page says it is (<html data-page-type>, src/lib/page-types.ts), or undefined.
 * @param {string} html
 */
export const pageTypeOf = (html) => /<html\b[^>]*\bdata-page-type="([^"]+)"/.exec(html)?.[1];

/**
 * The total bytes a page (`html`, the document at `page`, a path of an .html file) may send under `budget`, its page
 * type's: a table page its total plus `perRow` bytes a row, an English page ENGLISH_EXTRA more.
 */
function totalBudget(page, html, budget) {
  const rows = budget.perRow ? (html.match(/<tr data-row/g) ?? []).length : 0;
  return budget.total + rows * (budget.perRow ?? 0) + (ENGLISH_PAGES.test(page) ? ENGLISH_EXTRA : 0);
}

/**
 * The budget of one built page (a path of an .html file under `dist`), from the page type it says it is:
 * { type, total, css, js }. Throws when the page has no page type with a budget.
 */
export function budgetOfPage(dist, page) {
  const html = readFileSync(join(dist, page), 'utf8');
  const type = pageTypeOf(html);
  const budget = type === undefined ? undefined : PAGE_BUDGETS[type];
  if (!budget) throw new Error(`${page}: no budget in tests/support/budgets.mjs for its page type (${type ?? 'none'})`);
  return { type, total: totalBudget(page, html, budget), css: budget.css, js: budget.js };
}

/** The first bytes of a file: where a built page's <html> element, and so its page type, is. */
const START = Buffer.alloc(4096);
function startOf(file) {
  const fd = openSync(file, 'r');
  try {
    return START.toString('utf8', 0, readSync(fd, START, 0, START.length, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * The page type of each page read so far, by file: a check of every page type reads each page once, from its start
 * (the whole file only when its <html> element is further in). A scale build has 42,000 pages.
 */
const pageTypes = new Map();
const pageTypeOfFile = (file) => {
  if (!pageTypes.has(file)) pageTypes.set(file, pageTypeOf(startOf(file)) ?? pageTypeOf(readFileSync(file, 'utf8')));
  return pageTypes.get(file);
};

/**
 * The figures of each of `pages` (paths of .html files under `dist`, of one page type with budget `budget`):
 * { page, limit: its total budget, css, js, total }. Each page is gzipped at once: zlib's asynchronous calls cost twice
 * the CPU time.
 */
function weigh(dist, pages, budget) {
  return pages.map((page) => {
    const bytes = readFileSync(join(dist, page));
    const html = bytes.toString('utf8');
    return {
      page,
      limit: totalBudget(page, html, budget),
      ...sentWeight(dist, '/', `/${page}`, html, gzipBytes(bytes)),
    };
  });
}

// This module is also the worker of weighOnEveryCore.
if (!isMainThread && workerData?.weigh) {
  const { dist, pages, budget } = workerData.weigh;
  parentPort?.postMessage(weigh(dist, pages, budget));
}

/** From this many pages of one type, checkBudget weighs them on a thread per core (40,000 code pages at scale). */
const MANY_PAGES = 5000;

/** weigh, on a thread per core, each its share of `pages`. */
async function weighOnEveryCore(dist, pages, budget) {
  const threads = availableParallelism();
  const shares = Array.from({ length: threads }, (_, i) => pages.filter((_, j) => j % threads === i));
  const weighed = await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), {
            workerData: { weigh: { dist, pages: share, budget } },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
          // After its message, a thread's exit changes nothing; before it, the thread stopped without an answer.
          worker.once('exit', (code) => reject(new Error(`a weighing thread stopped (exit ${code})`)));
        }),
    ),
  );
  return weighed.flat();
}

/**
 * Holds every page of `pages` (paths of .html files under `dist`) of page type `type` to its budget (a table page to
 * its total plus `perRow` bytes a row, an English page plus ENGLISH_EXTRA):
 * { over: one line per figure over its budget, heaviest: the heaviest page's figures, count: pages checked }.
 */
export async function checkBudget(dist, pages, type, budget) {
  const over = [];
  let heaviest;
  const ofType = pages.filter((p) => pageTypeOfFile(join(dist, p)) === type);
  const weights =
    ofType.length < MANY_PAGES ? weigh(dist, ofType, budget) : await weighOnEveryCore(dist, ofType, budget);
  if (weights.length !== ofType.length) throw new Error(`weighed ${weights.length} of ${ofType.length} ${type} pages`);
  for (const { page, limit, css, js, total } of weights) {
    if (!heaviest || total > heaviest.total) heaviest = { page, css, js, total };
    if (total > limit) over.push(`${page}: ${total} B in all, budget ${limit} B`);
    if (css > budget.css) over.push(`${page}: ${css} B of CSS, budget ${budget.css} B`);
    if (js > budget.js) over.push(`${page}: ${js} B of JavaScript on load, budget ${budget.js} B`);
  }
  // The heaviest page's HTML without its CSS, for the report: gzipped for that one page only.
  if (heaviest) heaviest = { ...heaviest, html: pageWeight(dist, `/${heaviest.page}`).html };
  return { over, heaviest, count: ofType.length };
}
