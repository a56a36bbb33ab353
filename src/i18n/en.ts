import type { Plural } from '../lib/i18n';
import decoderWords from './results/decoder.en';
import searchWords from './results/search.en';

/**
 * Every interface string of the English pages (under /en/). The shape is the dictionary's: src/i18n/zh-CN.ts has
 * the same keys, and src/i18n/index.ts stops the build when a key is missing in either. `{name}` marks a value
 * filled in by format(); a Plural has a form per count.
 */
const en = {
  site: {
    name: 'Tencent Cloud error codes',
    /** Short name for the browser's search engines list (OpenSearch). */
    shortName: 'Tencent Cloud codes',
    description: 'Tencent Cloud image-service and FaceID error codes',
    /** `{title}` is the page's own title. */
    title: '{title} · Tencent Cloud error codes',
    skip: 'Skip to content',
  },
  nav: {
    label: 'Site',
    tables: 'Tables',
    codes: 'All codes',
    decoder: 'Decoder',
    about: 'About',
  },
  language: {
    /** The link to the same page in the other language, written in that language. */
    switchTo: '简体中文',
  },
  footer: {
    quoted:
      "Codes, meanings and handling advice are quoted verbatim from Tencent Cloud's documentation (万象优图 and 人脸核身). English texts are this site's translation, shown beside the official Chinese. Anything else is marked with where it comes from.",
    sources: 'Sources',
  },
  // ── pages and components (src/pages, src/components) ──────────────────────────────────────────────────────────
  pages: {},
  // ── the custom elements' scripts (src/scripts), handed over in data-* attributes ──────────────────────────────
  scripts: {
    /** The header search box (SiteSearch.astro). */
    searchBox: {
      noscript: 'Find a code in the list of all codes',
      label: 'Search codes and meanings',
      placeholder: 'Code or words (press /)',
      hint: 'A code such as -1102 opens its page; words search every meaning.',
      submit: 'Search',
      results: 'Search results',
      /** Shown when the search could not load (site-search.ts, from data-t). */
      unavailable: 'Search is unavailable, retrying…',
    },
    /** The search page (/search/). */
    searchPage: {
      title: 'Search',
      description: 'Search Tencent Cloud error codes by number or by words in their meaning.',
      label: 'Search query: a code or words',
      submit: 'Search',
      /** `{codes}` and `{home}` become links named `codesLink` and `homeLink`. */
      noscript: 'Search needs JavaScript. Without it, every code is in {codes}, and every table is linked from {home}.',
      codesLink: 'the list of all codes',
      homeLink: 'the home page',
      heading: 'Results',
      /** `{q}` is the reader's query. */
      headingFor: 'Results for “{q}”',
      /** The page's title while it shows results (the site's name follows, see site.title). */
      titleFor: '{q} · Search',
      prompt: 'Type a code such as -1102, or words such as 签名过期, or paste a log line or a response.',
      searching: 'Searching…',
      failed: 'Search failed to load ({error}). Every code is still in the list of all codes.',
    },
    /** The table filter (TableFilter.astro, table-filter.ts). */
    filter: {
      label: 'Filter this table by code or text',
      count: '{shown} of {total} rows',
      empty: 'No row matches this filter. Clear it, or search every table from the box at the top.',
    },
    /** The "copy link" of a table row (copy-link.ts reads them from <p data-copy-status data-t>). */
    copy: {
      copied: 'copied',
      status: 'Link copied: {href}',
      failed: 'Could not copy; the link is in the address bar.',
    },
    /** The decoder form (WarningDecoder.astro). */
    decoderForm: {
      heading: 'Decode warnings',
      noscript:
        'The decoder needs JavaScript. Without it, read the positions of the ID-card string and the bank-card warning codes in the tables on this page.',
      label: 'Paste an ID-card warning string, bank-card warning codes, or a whole JSON response',
      /** `{bits}` and `{codes}` are examples, shown as code. */
      accepts:
        "Accepted: an ID-card warning string of 8 zeros and ones ({bits}, front and back side by side), warning codes ({codes}), any other code, or a whole response, log line, header or query string that holds them. What you paste stays on this device: only the decoded warning strings and codes go into the page's address.",
      submit: 'Decode',
      /** Shown when the decoder could not load (warning-decoder.ts, from data-t). */
      loadFailed: 'The decoder could not load its data ({error}). Press Decode to try again.',
    },
    /** The decoder page (/decode/). */
    decodePage: {
      title: 'Warning decoder',
      description:
        'Decode FaceID OCR warnings: the ID-card multi-warning string, bank-card warning codes, or a whole JSON response.',
      /** `{bits}` and `{codes}` are examples, shown as code. */
      intro:
        "FaceID's OCR answers with warnings beside a successful result: an 8-character string of 0 and 1 for the ID card ({bits}), and warning codes for the bank card ({codes}). Paste either, or a whole JSON response from a log, and every warning is explained from the same data as the tables.",
      idcardHeading: 'The ID-card OCR multi-warning string',
      /** `{table}` is a link to the table. */
      from: 'From {table}.',
      jsonHeading: 'JSON responses',
      /** Each `{…}` is a list of field names, or an example, shown as code. */
      json: 'In a pasted response, log line, header or query string (whole, cut off, or held as a string inside another response), the decoder reads every field whose name announces a warning string ({bitsFields}), warning codes ({warningFields}, …) or a code ({codeFields}, …), in any letter case and at any depth. Timestamps, request ids, IP addresses and HTTP statuses are set aside, and API 3.0 error codes such as {apiError} are named as such: this site does not document them.',
      /** Marks our English beside the official Chinese. */
      translation: 'Our translation',
    },
    /** What the search and the decoder show: loaded by the browser on first use, each its own (src/i18n/results/). */
    results: { ...searchWords, decoder: decoderWords },
  },
} satisfies Dictionary;

export default en;

/** A dictionary: sections of strings, Plurals and nested sections. */
export interface Dictionary {
  [key: string]: string | Plural | Dictionary;
}
