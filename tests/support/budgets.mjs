// The byte and time budgets, written once: the checks of the built site (tests/site/) and the benchmark
// (tests/bench/) read them from here. Bytes are gzip, 1 KB = 1000 bytes.

export const KB = 1000;

/**
 * What each page sends before anyone interacts: its HTML, its CSS and the JavaScript it runs on load. Every built
 * page belongs to exactly one page type (`pages` matches its file's path in the build), in either language (the
 * English pages under en/).
 */
export const PAGE_TYPES = [
  { type: 'table page', pages: /^(en\/)?(image|faceid)\/[^/]+\/index\.html$/, total: 15 * KB, css: 8 * KB, js: 4 * KB },
  { type: 'code page', pages: /^(en\/)?codes\/-?\d+\/index\.html$/, total: 12 * KB, css: 8 * KB, js: 4 * KB },
  // One numeric range of codes a page, so the HTML does not grow with the catalogue.
  {
    type: 'list of all codes',
    pages: /^(en\/)?codes\/(from\/-?\d+\/)?index\.html$/,
    total: 20 * KB,
    css: 8 * KB,
    js: 4 * KB,
  },
  { type: 'search page', pages: /^(en\/)?search\/index\.html$/, total: 15 * KB, css: 8 * KB, js: 4 * KB },
  { type: 'decoder page', pages: /^(en\/)?decode\/index\.html$/, total: 15 * KB, css: 8 * KB, js: 4 * KB },
  // Lists every table, one line each: a few KB more with hundreds of tables.
  { type: 'home', pages: /^(en\/)?index\.html$/, total: 15 * KB, css: 8 * KB, js: 4 * KB },
  // The about page is prose; Chinese prose compresses less than English.
  { type: 'about and 404', pages: /^((en\/)?about\/index|404)\.html$/, total: 14 * KB, css: 8 * KB, js: 4 * KB },
];

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

/** Lighthouse, mobile: largest contentful paint. */
export const MOBILE_LCP_MS = 900;

/** Promises that must hold at the size the README promises. */
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
  firstCodeLookupBytes: 10 * KB,
  /** Everything a first phrase search downloads. */
  firstPhraseSearchBytes: 150 * KB,
  /** Seconds a build of the site with SCALE.codes generated codes may take. */
  buildSeconds: 180,
};
