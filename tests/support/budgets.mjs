// The byte and time budgets, written once: the checks of the built site (tests/site/) and the benchmark
// (tests/bench/) read them from here. Bytes are gzip, 1 KB = 1000 bytes.

export const KB = 1000;

/** The stylesheet, inlined in every page: the same on every page type. */
const CSS = 8 * KB;
/**
 * The one script every page runs (src/scripts/elements.ts): the shells of the site's elements, and the retry of a
 * heavy part that failed to load (src/scripts/import-chunk.ts), with Vite's loader of those parts.
 */
const JS = 4.5 * KB;

/**
 * What each page sends before anyone interacts: its HTML, its CSS and the JavaScript it runs on load, by the page type
 * the layout writes on its <html data-page-type> (src/lib/page-types.ts), in either language.
 */
export const PAGE_BUDGETS = {
  // A table page grows with its rows, at most `perRow` bytes each (its codes, meaning, action, billing, in two
  // languages on the English pages): a table of 100 rows gets 30 KB, of 10 rows 16.5 KB.
  table: { total: 15 * KB, perRow: 150, css: CSS, js: JS },
  code: { total: 14 * KB, css: CSS, js: JS },
  // One range of codes a page (src/code-list.ts), so the HTML does not grow with the catalogue.
  'code-list': { total: 22 * KB, css: CSS, js: JS },
  search: { total: 15 * KB, css: CSS, js: JS },
  decoder: { total: 16 * KB, css: CSS, js: JS },
  // Lists every table, one line each: a few KB more with hundreds of tables.
  home: { total: 16 * KB, css: CSS, js: JS },
  // The about and 404 pages are prose; Chinese prose compresses less than English.
  prose: { total: 16 * KB, css: CSS, js: JS },
};

/**
 * An English page (under en/) shows each official Chinese text beside its English: its `total` may be this much
 * higher than the page type's. CSS and JS budgets are the same in both languages.
 */
export const ENGLISH_EXTRA = 4 * KB;
export const ENGLISH_PAGES = /^en\//;

/** The search box. */
export const SEARCH = {
  /** Milliseconds from the keystroke to the first visible result, cold. */
  exactCodeMs: 50,
  phraseMs: 150,
  /** Bytes a first phrase search downloads (Pagefind and the code lookup's entries of its results). */
  firstPhraseSearchBytes: 120 * KB,
};

/** Lighthouse, mobile, simulated throttling: largest contentful paint. */
export const MOBILE_LCP_MS = 900;

/**
 * Lighthouse, mobile and desktop, simulated and observed throttling: LCP at most this many times the bare rendering's
 * (the same HTML without stylesheet or script), the median of the paired rounds' ratios.
 */
export const LCP_BARE_RATIO = 1.05;

/** Promises that must hold at scale: the real tables plus `codes` generated codes. */
export const SCALE = {
  /** Generated codes on top of the real tables (200 services of 100 codes). */
  codes: 20_000,
  /** HTML of each page of the list of all codes. */
  codeListHtml: 20 * KB,
  /**
   * Everything a first exact-code lookup downloads: the search engine and the words of its results in the page's
   * language (a plainly typed code loads no reader of pasted text and no text index), the lookup manifest and one
   * shard. Only the data grows with the catalogue: the manifest by one short entry per shard.
   */
  firstCodeLookupBytes: 11 * KB,
  /**
   * Everything a first phrase search downloads: the text of every table holding the phrase is read (up to eight), so
   * that a phrase in many tables still finds each of its codes.
   */
  firstPhraseSearchBytes: 170 * KB,
  /** Seconds a build of the site with SCALE.codes generated codes may take. */
  buildSeconds: 180,
};
