// `npm run bench`: builds the site and measures it, printing one table of figures beside their budgets and writing
// the same as JSON to bench-results/. Figures, not assertions: timings are noisy, so nothing here fails a run.
//
//   npm run bench                  build time and memory, dist size, bytes per page type, Lighthouse, search timings
//   npm run bench -- --quick       the same with one Lighthouse run per page and fewer search runs
//   npm run bench -- --scale       the real tables alone, then with 2,000, 6,000 and 20,000 generated codes: build time,
//                                  memory, largest page, list page, search bytes (the growth curve)
//   npm run bench -- --scale=0,20,60,200   choose the sizes (generated services of 100 codes each)
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../support/browser.mjs';
import { KB, LCP_BARE_RATIO, MOBILE_LCP_MS, SCALE, SEARCH } from '../support/budgets.mjs';
import { budgetOfPage, gzipBytes, pageWeight } from '../support/page-weight.mjs';
import { serve } from '../support/serve.mjs';
import { CODES_PER_SERVICE, syntheticContent } from '../support/synthetic-content.mjs';
import { measureSearch } from './search-timing.mjs';
import { measurePaste, pasteRows } from './paste-timing.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
process.chdir(ROOT);
const flags = process.argv.slice(2);
const QUICK = flags.includes('--quick');
const scaleFlag = flags.find((f) => f.startsWith('--scale'));
const SCALE_SIZES = scaleFlag?.includes('=')
  ? scaleFlag.split('=')[1].split(',').map(Number)
  : [0, 20, 60, SCALE.codes / CODES_PER_SERVICE];
const LIGHTHOUSE_RUNS = QUICK ? 1 : 7;
const SEARCH_RUNS = QUICK ? 3 : 7;

/** One page of each type, measured in the browser and by Lighthouse. */
const PAGE_TYPES = {
  home: '',
  'table page (largest)': 'image/face/',
  'table page with decoder': 'faceid/idcard-ocr/',
  'code page': 'codes/-1102/',
  'all codes': 'codes/',
  decoder: 'decode/',
  search: `search/?q=${encodeURIComponent('签名过期')}`,
};
/** The byte budget of the page at `path` (a path of PAGE_TYPES) in the build `outDir`, by its data-page-type. */
const budgetOf = (outDir, path) => budgetOfPage(outDir, `${path.split('?')[0]}index.html`);
/** Measured by Lighthouse, each beside its bare rendering (the search page's results need its script: left out). */
const LIGHTHOUSE_PAGES = [
  'home',
  'table page (largest)',
  'table page with decoder',
  'code page',
  'all codes',
  'decoder',
];
/** Where the bare rendering of each page is served, beside the site. */
/**
 * Lighthouse's throttling methods: `simulated` (its default: the page loaded unthrottled, then LCP estimated for the
 * preset's network and CPU) and `observed` (the preset's network and CPU applied in the browser, LCP as it happened;
 * the desktop preset leaves the network unthrottled).
 */
const THROTTLING = { simulated: 'simulate', observed: 'devtools' };
/** Each page type is measured under each form factor and throttling method. */
const LIGHTHOUSE_RUNS_OF = ['mobile', 'desktop'].flatMap((f) => Object.keys(THROTTLING).map((t) => [f, t]));
const BARE = '_bare/';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ---------------------------------------------------------------------------------------------------------------
// Building

/** Sum of the resident memory of every process in process group `pgid` (Linux /proc), in bytes. */
function groupRss(pgid) {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // state ppid pgrp …
      if (Number(fields[2]) !== pgid) continue;
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

/** Runs `astro build` in its own process group; resolves to its wall time and the group's peak memory. */
function timedBuild(env) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('npx', ['astro', 'build'], {
      env: { ...process.env, ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    let peak = 0;
    const canPoll = process.platform === 'linux';
    const timer = setInterval(() => canPoll && (peak = Math.max(peak, groupRss(child.pid))), 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`astro build failed:\n${log.slice(-4000)}`));
      resolve({ seconds: (performance.now() - start) / 1000, peakMB: canPoll ? peak / 2 ** 20 : null });
    });
  });
}

/**
 * The bare rendering of each measured page, under BARE in `dir`: the same HTML without stylesheets or scripts (no
 * CSS, no JavaScript), served by the same server, to compare LCP against.
 */
function writeBarePages(dir) {
  for (const type of LIGHTHOUSE_PAGES) {
    const path = PAGE_TYPES[type];
    const html = readFileSync(join(dir, path, 'index.html'), 'utf8')
      .replace(/<link\b[^>]*\brel="(?:stylesheet|modulepreload|preload)"[^>]*>/g, '')
      .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    mkdirSync(join(dir, BARE, path), { recursive: true });
    writeFileSync(join(dir, BARE, path, 'index.html'), html);
  }
}

/** Size in bytes and number of files under `dir`. */
function dirStats(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

/** The biggest .html file under `dir`: its path, raw and gzip bytes. */
function largestPage(dir) {
  let best = { page: '', bytes: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const bytes = statSync(file).size;
    if (bytes > best.bytes) best = { page: file.slice(dir.length), bytes };
  }
  return { ...best, gzip: gzipBytes(readFileSync(join(dir, best.page))) };
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring in the browser

const KIND = { document: 'html', stylesheet: 'css', script: 'js' };

/** Bytes transferred by each page on load, by kind (bodies as sent, gzip; headers counted apart). */
async function transferredByPage(baseURL, executablePath) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const out = {};
  try {
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const requests = [];
      context.on('requestfinished', (request) => requests.push(request));
      await page.goto(new URL(path, baseURL).href, { waitUntil: 'networkidle' });
      const bytes = { html: 0, css: 0, js: 0, other: 0, headers: 0, requests: requests.length };
      for (const request of requests) {
        const sizes = await request.sizes();
        bytes[KIND[request.resourceType()] ?? 'other'] += sizes.responseBodySize;
        bytes.headers += sizes.responseHeadersSize;
      }
      bytes.total = bytes.html + bytes.css + bytes.js + bytes.other;
      out[type] = bytes;
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * A throwaway self-signed certificate for 127.0.0.1 (made with openssl), so Lighthouse can load the site over
 * HTTP/2 with TLS as from a CDN; null when openssl is missing (Lighthouse then uses plain HTTP/1.1, whose extra
 * connections its simulated mobile network makes slower than any CDN would be).
 */
function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'errcodes-tls-'));
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const tls =
    made.status === 0 ? { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) } : null;
  rmSync(dir, { recursive: true, force: true });
  return tls;
}

/**
 * One Lighthouse run of `url`; retried (up to twice) when Lighthouse reports no LCP, which a run that hit a runtime
 * error does: a missing figure would otherwise sort anywhere in a median.
 */
async function lighthouseRun(url, flags, config) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, { logLevel: 'error', output: 'json', ...flags }, config);
    if (Number.isFinite(result.lhr.audits['largest-contentful-paint'].numericValue)) return result;
    if (attempt === 3) throw new Error(`Lighthouse found no LCP on ${url}: ${JSON.stringify(result.lhr.runtimeError)}`);
  }
}

/**
 * Lighthouse medians per page and form factor: category scores (0–100), LCP and TBT (ms), CLS, and LCP ours / bare:
 * the median of each round's ratio, the page and its bare rendering measured one after the other, in turn first, so
 * both see the same machine load and neither always runs on a browser the other has just warmed.
 */
async function lighthouseScores(baseURL, chromePath) {
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', '--ignore-certificate-errors', ...CHROMIUM_ARGS],
  });
  const out = {};
  try {
    // A first run warms the browser and the connection up; its figures are thrown away.
    await lighthouse(baseURL, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
    for (const [formFactor, throttling] of LIGHTHOUSE_RUNS_OF) {
      const config = formFactor === 'desktop' ? desktopConfig : undefined;
      const throttlingMethod = THROTTLING[throttling];
      for (const type of LIGHTHOUSE_PAGES) {
        const runs = [];
        const bareLcp = [];
        for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
          const measureBare = async () => {
            const url = new URL(`${BARE}${PAGE_TYPES[type]}`, baseURL).href;
            const flags = { port: chrome.port, throttlingMethod, onlyCategories: ['performance'] };
            const bare = await lighthouseRun(url, flags, config);
            bareLcp.push(bare.lhr.audits['largest-contentful-paint'].numericValue);
          };
          const measureOurs = async () => {
            const url = new URL(PAGE_TYPES[type], baseURL).href;
            const result = await lighthouseRun(
              url,
              { port: chrome.port, throttlingMethod, onlyCategories: CATEGORIES },
              config,
            );
            const { categories, audits } = result.lhr;
            runs.push({
              ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])),
              lcp: audits['largest-contentful-paint'].numericValue,
              tbt: audits['total-blocking-time'].numericValue,
              cls: audits['cumulative-layout-shift'].numericValue,
              failing: CATEGORIES.flatMap((c) =>
                categories[c].auditRefs
                  .filter((ref) => ref.weight > 0 && (audits[ref.id].score ?? 1) < 1)
                  .map((ref) => `${c}: ${ref.id}`),
              ),
            });
          };
          for (const measure of i % 2 ? [measureOurs, measureBare] : [measureBare, measureOurs]) await measure();
        }
        const pick = (key) => median(runs.map((r) => r[key]));
        out[`${formFactor} ${throttling} ${type}`] = {
          ...Object.fromEntries(CATEGORIES.map((c) => [c, pick(c)])),
          lcp: pick('lcp'),
          bareLcp: median(bareLcp),
          lcpRatio: median(runs.map((r, round) => r.lcp / bareLcp[round])),
          tbt: pick('tbt'),
          cls: pick('cls'),
          failing: [...new Set(runs.flatMap((r) => r.failing))],
        };
      }
    }
  } finally {
    chrome.kill();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Reporting

/** A row of the printed table: what, the figure, its budget (a number or nothing) and whether it is within it. */
function row(figure, value, unit, budget, lowerIsBetter = true) {
  const within = budget === undefined ? '' : (lowerIsBetter ? value <= budget : value >= budget) ? 'ok' : 'OVER';
  return { figure, value, unit, budget: budget ?? null, within };
}

function format(value, unit) {
  if (value === null || value === undefined) return 'n/a';
  if (unit === 'B') return value >= 10_000 ? `${(value / KB).toFixed(1)} KB` : `${Math.round(value)} B`;
  if (unit === 'ms') return `${Math.round(value)} ms`;
  if (unit === 's') return `${value.toFixed(1)} s`;
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === '' || unit === 'score') return Number.isInteger(value) ? String(value) : value.toFixed(3);
  return `${value} ${unit}`;
}

function printTable(rows) {
  const cells = rows.map((r) => [
    r.figure,
    format(r.value, r.unit),
    r.budget === null ? '' : `${r.unit === '' || r.unit === 'score' ? '' : '≤ '}${format(r.budget, r.unit)}`,
    r.within,
  ]);
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...cells.map((c) => c[i].length), ['figure', 'value', 'budget', ''][i].length),
  );
  const line = (c) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
  console.log(`\n${line(['figure', 'value', 'budget', ''])}`);
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
  const over = rows.filter((r) => r.within === 'OVER');
  console.log(
    over.length ? `\n${over.length} figure(s) over budget.` : '\nEvery budgeted figure is within its budget.',
  );
}

function save(name, report) {
  mkdirSync('bench-results', { recursive: true });
  const file = `bench-results/${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`bench-results/${name}-latest.json`, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Written to ${file} (and bench-results/${name}-latest.json).`);
}

// ---------------------------------------------------------------------------------------------------------------
// The two modes

async function benchSite() {
  const executablePath = findChromium({ install: true });
  const chromePath = executablePath ?? chromium.executablePath();
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}/`;
  const outDir = join(ROOT, 'bench-results', 'dist');
  rmSync(outDir, { recursive: true, force: true });

  console.log('Building the site…');
  const build = await timedBuild({ OUT_DIR: outDir, BASE_PATH: '/', SITE_URL: baseURL.slice(0, -1) });
  const dist = dirStats(outDir);
  writeBarePages(outDir);
  const server = await serve({ dir: outDir, port });
  try {
    console.log('Loading a page of each type…');
    const transferred = await transferredByPage(baseURL, executablePath);
    console.log(`Searching (${SEARCH_RUNS} runs of each kind)…`);
    const search = await measureSearch({ baseURL, executablePath, args: CHROMIUM_ARGS, repeat: SEARCH_RUNS });
    console.log('Reading pastes…');
    const paste = await measurePaste({ baseURL, executablePath, args: CHROMIUM_ARGS });
    const tls = selfSignedCertificate();
    const lighthouseServer = await serve({ dir: outDir, port: await freePort(), tls: tls ?? undefined });
    const lighthouseURL = `${tls ? 'https' : 'http'}://127.0.0.1:${lighthouseServer.address().port}/`;
    console.log(
      `Lighthouse over ${tls ? 'HTTP/2 with TLS' : 'HTTP/1.1 (no openssl for a certificate)'}, ${LIGHTHOUSE_RUNS} run(s) per page and form factor…`,
    );
    let scores;
    try {
      scores = await lighthouseScores(lighthouseURL, chromePath);
    } finally {
      lighthouseServer.close();
    }
    const files = Object.fromEntries(
      Object.entries(PAGE_TYPES).map(([type, path]) => [type, pageWeight(outDir, `/${path.split('?')[0]}`)]),
    );

    const rows = [
      row('build time', build.seconds, 's'),
      row('build peak memory', build.peakMB, 'MB'),
      row('dist size', dist.bytes, 'B'),
      row('dist files', dist.files, ''),
    ];
    for (const [type, b] of Object.entries(transferred)) {
      // The search page given a query runs a search as it loads: its bytes are the search's, not the page's.
      const budget = PAGE_TYPES[type].includes('?') ? {} : budgetOf(outDir, PAGE_TYPES[type]);
      rows.push(
        row(`${type}: HTML transferred (its inline CSS included)`, b.html, 'B'),
        // The stylesheet is inline: the page's CSS is its <style> text (gzip alone) and any stylesheet file.
        row(`${type}: CSS, inline and in files (${b.css} B as files)`, files[type].css, 'B', budget.css),
        row(`${type}: JS transferred on load`, b.js, 'B', budget.js),
        row(`${type}: other transferred`, b.other, 'B'),
        row(`${type}: total transferred (${b.requests} requests, +${b.headers} B headers)`, b.total, 'B', budget.total),
      );
    }
    rows.push(
      row('search: exact code, cold, first result', search.exactCold, 'ms', SEARCH.exactCodeMs),
      row('search: exact code, warm, first result', search.exactWarm, 'ms'),
      row('search: phrase, cold, first result', search.textCold, 'ms', SEARCH.phraseMs),
      row('search: phrase, cold, Pagefind results in too', search.textColdComplete, 'ms'),
      row('search: phrase, warm, first result', search.textWarm, 'ms'),
      row('search: phrase, warm, Pagefind results in too', search.textWarmComplete, 'ms'),
      row('search: bytes of a first exact-code search', search.exactFirstSearchBytes, 'B'),
      row('search: bytes of a first phrase search', search.textFirstSearchBytes, 'B', SEARCH.firstPhraseSearchBytes),
      ...pasteRows(paste, row),
    );
    for (const [key, s] of Object.entries(scores)) {
      for (const c of CATEGORIES) rows.push(row(`Lighthouse ${key}: ${c}`, s[c], 'score', 100, false));
      rows.push(
        row(`Lighthouse ${key}: LCP`, s.lcp, 'ms', key.startsWith('mobile simulated') ? MOBILE_LCP_MS : undefined),
        row(`Lighthouse ${key}: LCP of the bare rendering`, s.bareLcp, 'ms'),
        row(`Lighthouse ${key}: LCP ours / bare (median of the rounds' ratios)`, s.lcpRatio, '×', LCP_BARE_RATIO),
        row(`Lighthouse ${key}: TBT`, s.tbt, 'ms'),
        row(`Lighthouse ${key}: CLS`, s.cls, '', 0),
      );
    }
    printTable(rows);
    console.log(
      `\nLCP ours / bare rendering (target ≤ ${LCP_BARE_RATIO.toFixed(2)}×), median of ${LIGHTHOUSE_RUNS} round(s)' ratios (median LCPs):`,
    );
    for (const type of LIGHTHOUSE_PAGES) {
      const ratio = ([formFactor, throttling]) => {
        const s = scores[`${formFactor} ${throttling} ${type}`];
        return `${formFactor} ${throttling} ${s.lcpRatio.toFixed(2)}× (${Math.round(s.lcp)} / ${Math.round(s.bareLcp)} ms)`;
      };
      console.log(`  ${type.padEnd(24)} ${LIGHTHOUSE_RUNS_OF.map((run) => ratio(run).padEnd(44)).join(' ')}`);
    }
    for (const [key, s] of Object.entries(scores)) {
      if (s.failing.length) console.log(`Lighthouse ${key}: audits below full marks: ${s.failing.join(', ')}`);
    }
    save('bench', {
      date: new Date().toISOString(),
      quick: QUICK,
      lighthouseProtocol: tls ? 'h2' : 'http/1.1',
      build,
      dist,
      transferred,
      files,
      search,
      paste,
      lighthouse: scores,
      rows,
    });
  } finally {
    server.close();
  }
}

async function benchScale() {
  const executablePath = findChromium({ install: true });
  const results = [];
  for (const services of SCALE_SIZES) {
    const content = syntheticContent(services);
    const outDir = join(ROOT, 'bench-results', `dist-scale-${services}`);
    const cacheDir = mkdtempSync(join(tmpdir(), 'errcodes-cache-'));
    rmSync(outDir, { recursive: true, force: true });
    const codes = services * CODES_PER_SERVICE;
    console.log(`Building with ${services} synthetic services (${codes} synthetic codes)…`);
    const port = await freePort();
    const baseURL = `http://127.0.0.1:${port}/`;
    try {
      const build = await timedBuild({
        OUT_DIR: outDir,
        BASE_PATH: '/',
        SITE_URL: baseURL.slice(0, -1),
        CONTENT_DIR: content,
        ASTRO_CACHE_DIR: cacheDir,
      });
      const dist = dirStats(outDir);
      const largest = largestPage(outDir);
      const allCodes = readdirSync(join(outDir, 'codes')).filter((d) => /^-?\d+$/.test(d)).length;
      const more = join(outDir, 'codes', 'from');
      const listPages = (existsSync(more) ? readdirSync(more).length : 0) + 1;
      const server = await serve({ dir: outDir, port });
      let search;
      try {
        search = await measureSearch({ baseURL, executablePath, args: CHROMIUM_ARGS, repeat: 3 });
      } finally {
        server.close();
      }
      results.push({ services, codes, allCodes, listPages, build, dist, largest, search });
    } finally {
      rmSync(content, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    }
  }

  const rows = [];
  for (const r of results) {
    const at = `${r.allCodes} codes (${r.codes} generated)`;
    const atScale = r.codes >= SCALE.codes;
    rows.push(
      row(`${at}: build time`, r.build.seconds, 's', atScale ? SCALE.buildSeconds : undefined),
      row(`${at}: build time per 1,000 codes`, (r.build.seconds / r.allCodes) * 1000, 's'),
      row(`${at}: build peak memory`, r.build.peakMB, 'MB'),
      row(`${at}: dist size (${r.dist.files} files)`, r.dist.bytes, 'B'),
      row(`${at}: largest page ${r.largest.page} (gzip)`, r.largest.gzip, 'B', SCALE.codeListHtml),
      row(`${at}: pages of the list of all codes`, r.listPages, ''),
      row(`${at}: bytes of a first exact-code search`, r.search.exactFirstSearchBytes, 'B', SCALE.firstCodeLookupBytes),
      row(
        `${at}: bytes of a first phrase search`,
        r.search.textFirstSearchBytes,
        'B',
        atScale ? SCALE.firstPhraseSearchBytes : SEARCH.firstPhraseSearchBytes,
      ),
      row(`${at}: phrase search, cold, first result`, r.search.textCold, 'ms', SEARCH.phraseMs),
    );
  }
  printTable(rows);
  if (results.length > 1) {
    const [a, b] = [results[0], results.at(-1)];
    const growth = (x, y) => (y / x).toFixed(2);
    console.log(
      `\nFrom ${a.allCodes} to ${b.allCodes} codes (×${growth(a.allCodes, b.allCodes)}): build time ×${growth(a.build.seconds, b.build.seconds)}, ` +
        `dist size ×${growth(a.dist.bytes, b.dist.bytes)}, largest page ×${growth(a.largest.gzip, b.largest.gzip)}, ` +
        `first code lookup bytes ×${growth(a.search.exactFirstSearchBytes, b.search.exactFirstSearchBytes)}, ` +
        `first phrase search bytes ×${growth(a.search.textFirstSearchBytes, b.search.textFirstSearchBytes)}.`,
    );
  }
  save('bench-scale', { date: new Date().toISOString(), codesPerService: CODES_PER_SERVICE, results, rows });
}

await (scaleFlag ? benchScale() : benchSite());
