import type { Plural } from '../lib/i18n';
import { PROVENANCE_EN } from './provenance.en';
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
  /** The products of src/registry.ts: `name` in headings, `short` beside a table's name. */
  products: {
    faceid: { name: 'FaceID', short: 'FaceID' },
    ocr: { name: 'OCR', short: 'OCR' },
    iai: { name: 'Face Recognition', short: 'Face Recognition' },
    ci: { name: 'Cloud Infinite', short: 'Cloud Infinite' },
    api3: { name: 'API 3.0 common error codes', short: 'API 3.0' },
    image: { name: 'Cloud Infinite V1 API (legacy image services)', short: 'Cloud Infinite V1' },
  },
  /** The source documents of src/registry.ts, by their title. */
  documents: {
    'faceid-saas-error-codes': 'SaaS error codes',
    'faceid-intl-error-codes': 'Error codes (international site)',
    'api3-faceid': 'API 3.0 error codes of the SDKs',
    'api3-ocr': 'API 3.0 error codes of the SDKs',
    'api3-iai': 'API 3.0 error codes of the SDKs',
    'api3-common-and-iai-2018': 'Error codes (Face Recognition API 3.0, 2018-03-01)',
    'cloud-infinite-error-codes': 'Error codes',
    'faceid-response-codes': 'General response codes (Financial-grade identity verification)',
    'image-services-error-codes': 'Error codes (Cloud Infinite V1 API)',
  },
  footer: {
    quoted:
      "Codes, meanings and recommended actions are quoted verbatim from Tencent Cloud's documentation and SDKs. English tagged “official” is Tencent's; English tagged “translation” is this site's, shown beside the official Chinese. Everything else is labelled with its source.",
    sources: 'Sources',
  },
  // ── pages and components (src/pages, src/components) ──────────────────────────────────────────────────────────
  pages: {
    /** How an English page marks its texts: ours, translated, beside Tencent Cloud's official Chinese. */
    translation: {
      note: "English marked “official” is Tencent Cloud's own; English marked “translation” is this site's, where Tencent publishes none. The official Chinese is beside each.",
      ours: 'translation',
      official: 'official',
    },
    home: {
      title: 'Every code, every meaning',
      description:
        "Tencent Cloud error codes of today's FaceID, OCR, Face Recognition, Cloud Infinite and API 3.0, and of the deprecated pages: find what a code means and what to do, link to the exact row.",
      heading: 'Tencent Cloud error codes',
      /** {products}: the products, joined by productSeparator; {codes}, {decoder}: links; {idcard}, {bankcard}: example warnings. */
      intro:
        "Every error and return code of {products}, with its meaning and recommended action quoted verbatim from Tencent Cloud's documentation and SDKs, in Chinese and English. Type or paste a code in the search box above, or open {codes}. FaceID OCR warnings ({idcard}, {bankcard}) are explained by the {decoder}.",
      productSeparator: ', ',
      allCodes: { other: 'the list of all {n} codes' },
      decoder: 'decoder',
      tables: { one: '{n} table', other: '{n} tables' },
      rows: { one: '{n} row', other: '{n} rows' },
    },
    codeList: {
      title: 'All codes',
      /** {range}: the page's range of codes (range below). */
      titleRange: 'All codes: {range}',
      range: '{first} to {last}',
      description: {
        other: 'All {n} distinct Tencent Cloud error codes, numbers and API 3.0 names, each linking to its meanings.',
      },
      descriptionRange: {
        other:
          'All {n} distinct Tencent Cloud error codes, numbers and API 3.0 names (this page: {range}), each linking to its meanings.',
      },
      heading: { other: 'All {n} codes' },
      intro:
        'Every distinct code in the source tables: numbers in numeric order, then API 3.0 error codes by their first part. A code that appears in several tables is listed once; its page shows every meaning.',
      ranges: 'Code ranges',
      codes: 'Codes',
      numbers: 'Numeric codes',
      /** {category}: the first part of the API 3.0 names listed under it ("FailedOperation"). */
      names: 'API 3.0 error codes: {category}',
      /** After a code's first meaning, when it has {n} more. */
      more: ' (+{n})',
    },
    code: {
      title: 'Code {code}',
      /** {meanings}: the code's distinct meanings, joined by meaningSeparator. */
      description: 'Tencent Cloud code {code}: {meanings}',
      meaningSeparator: ' / ',
      label: 'Code',
      appears: { one: 'Appears in {n} table.', other: 'Appears in {n} tables.' },
      differ: 'Worded differently:',
      differText:
        '{code} is listed by several services or pages, and they word it differently: its meaning depends on which service returned it.',
      shared: 'Codes listed in the same row',
      warning: 'advisory warning',
      /** {codes}: the other codes of the row, joined by codeSeparator. */
      together: 'Listed together with {codes} in one row.',
      codeSeparator: ', ',
    },
    table: {
      /** {heading}: the table's heading in the page's language; {product}: its product. */
      description: 'Every code of {product} “{heading}” with its meaning and recommended action, from Tencent Cloud.',
      seeAlso: 'See also:',
      codes: 'Codes ({n})',
      /** The table's caption for screen readers. */
      caption: { one: '{title}: {n} row', other: '{title}: {n} rows' },
      /** A column's name before its cell, on narrow screens where the header row is hidden. */
      cellLabel: '{column}:',
      copyLink: 'copy link',
      copyLinkLabel: 'Copy link to code {code}',
      /** The heading of an SDK table, which has none in its source. */
      sdkHeading: '{product} API 3.0 error codes ({api} {version})',
      /** The columns of an SDK table, which has no header row in its source. */
      sdkColumns: { code: 'Error code', message: 'Description' },
      sdkNote:
        "Defined in Tencent Cloud's own SDKs: the Chinese in the Go SDK, the English in the international Python SDK. Where one of them does not describe a code, the cell says so.",
      billed: { yes: 'Yes', no: 'No' },
      /** Where Tencent left the cell empty in the page's language. */
      emptyHere: 'Tencent gives no English for this.',
    },
    /** Where a table comes from (SourceNote.astro). */
    source: {
      /** {document}: the document's title, linking to its file; {sections}: its headings, joined; {part}: part below. */
      text: 'Source: {document}, {sections}{part}.',
      sdkText: 'Source: {document}.',
      sectionSeparator: ' › ',
      part: ' ({part})',
      /** {repository}: a link to the file in its repository; {version}: the commit; {date}: when it was written. */
      read: 'Read from {repository} at version {version} ({date}).',
      license: ' License: {license}.',
      /** {year}: when Tencent last edited the page; {date}: when it was moved to the deprecated documents. */
      deprecated:
        'Tencent has deprecated this page: last edited in {year}, it was moved to its deprecated documents (弃用文档) on {date}.',
      /** {link}: the table, or the document, that took its place. */
      successor: 'What integrations receive today: {link}.',
      deprecatedTag: 'deprecated page, {year}',
    },
    notice: {
      label: 'Notice',
      /** When a page shows notices of several tables: {about} names the table. */
      labelAbout: 'Notice: {about}',
      heading: 'Notice (from the source)',
      tip: 'Note (from the source)',
    },
    /** How sure a position's meaning is: src/i18n/provenance.en.ts (the decoder's words too). */
    provenance: PROVENANCE_EN,
    positions: {
      heading: 'The 8 positions of the multi-warning string',
      intro:
        'Not part of the source tables. The official page explained each position with an image that is not available; these meanings were compiled from the official worked example and from public integration code, and each is labelled with its source. Position 1 is the leftmost character.',
      position: 'Position',
      meaning: 'Meaning',
      source: 'Source',
      /** The meaning of a position no source describes. */
      unknown: 'Unknown',
    },
    notFound: {
      title: 'Page not found',
      description: 'This page does not exist. Find a code from the search box or the list of all codes.',
      heading: 'Page not found',
      /** {codes}: link to the list of all codes; {pattern}: the shape of a code page's address; {example}: a link. */
      text: 'There is no page at this address. If you were looking for a code, type it in the search box at the top of the page (a pasted log line works too), or pick it from {codes}. Code pages live at {pattern}, for example {example}; a code that is in no table has no page.',
      allCodes: { other: 'the list of all {n} codes' },
      home: 'Every table, from the home page',
    },
  },
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
        'The decoder needs JavaScript. Without it, look up the positions of the ID card warning string and the bank card warning codes in the tables on this page.',
      label: 'Paste an ID card warning string, bank card warning codes, or a whole JSON response',
      /** `{bits}` and `{codes}` are examples, shown as code. */
      accepts:
        "Accepted: an ID card warning string of 8 zeros and ones ({bits}, front and back side by side), warning codes ({codes}), any other code, or a whole response, log line, header or query string that holds them. What you paste stays on this device: only the decoded warning strings and codes go into the page's address.",
      submit: 'Decode',
      /** Shown when the decoder could not load (warning-decoder.ts, from data-t). */
      loadFailed: 'The decoder could not load its data ({error}). Press Decode to try again.',
    },
    /** The decoder page (/decode/). */
    decodePage: {
      title: 'Warning decoder',
      description:
        'Decode FaceID OCR warnings: the ID card multi-warning string, bank card warning codes, or a whole JSON response.',
      /** `{bits}` and `{codes}` are examples, shown as code. */
      intro:
        "FaceID's OCR returns warnings alongside a successful result: an 8-character string of 0s and 1s for the ID card ({bits}), and warning codes for the bank card ({codes}). Paste either, or a whole JSON response from a log, and each warning is explained from the same data as the tables.",
      idcardHeading: 'The ID card OCR multi-warning string',
      /** `{table}` is a link to the table. */
      from: 'From {table}.',
      jsonHeading: 'JSON responses',
      /** Each `{…}` is a list of field names, or an example, shown as code. */
      json: 'In a pasted response, log line, header or query string (whole, cut off, or held as a string inside another response), the decoder reads every field whose name announces a warning string ({bitsFields}), warning codes ({warningFields}, …) or a code ({codeFields}, …), in any letter case and at any depth. Timestamps, request ids, IP addresses and HTTP statuses are set aside, and API 3.0 error codes such as {apiError} are read as codes too.',
    },
    /** What the search and the decoder show: loaded by the browser on first use, each its own (src/i18n/results/). */
    results: { ...searchWords, decoder: decoderWords },
  },
} satisfies Dictionary;

export default en;

/** A dictionary: sections of strings, Plurals and nested sections. */
interface Dictionary {
  [key: string]: string | Plural | Dictionary;
}
