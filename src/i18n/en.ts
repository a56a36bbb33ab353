import type { Plural } from '../lib/i18n';

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
    },
    /** The search's messages (the header box and the search page), handed to <site-search> and <search-page>. */
    search: {
      unavailable: 'Search is unavailable, retrying…',
      /** `{text}` is the reader's query. */
      nothing: 'Nothing found for “{text}”. Try fewer or other words, or a code.',
      noResults: 'No results',
      results: { one: '{n} result', other: '{n} results' },
      code: 'Code {code}',
      /** `{key}` is the field the code was read from. */
      codeFrom: 'Code {code} (from {key})',
      codeRead: 'Code {code} (read from your text)',
      allMeanings: { one: ': {n} meaning →', other: ': {n} meanings →' },
      notDocumented: ' is not in the documented tables.',
      otherSign: ' {code}, a different code (the same digits with the other sign), is documented:',
      startingWith: 'Codes that start with {code}:',
      more: '…and {n} more. Type more digits.',
      textInstead: 'Search all text instead',
      decoder: 'Explain the warnings in your paste in the decoder →',
      apiErrorCode: '{code} is an API 3.0 error code: this site documents the numeric codes only.',
      /** `{kinds}`: the kinds of numbers set aside (scripts.setAside), joined with `separator`. */
      ignored: 'Set aside, not codes: {kinds}.',
      separator: ', ',
      /** Where a code page result comes from, when the code is in several tables. */
      tables: { one: '{n} table', other: '{n} tables' },
      summaryOne: { one: '{n} meaning of code {code}', other: '{n} meanings of code {code}' },
      summaryMany: '{n} documented codes',
      summaryNone: 'Code {code} is not in the documented tables',
      summaryNothing: 'No documented code',
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
      prompt: 'Type a code such as -1102, or words such as signature expired, or paste a log line or a response.',
      searching: 'Searching…',
      failed: 'Search failed to load ({error}). Every code is still in the list of all codes.',
    },
    /** What the paste reader sets aside, by kind (src/lib/read-paste.ts), in the search and the decoder. */
    setAside: {
      timestamp: 'a timestamp',
      date: 'a date',
      time: 'a time of day',
      uuid: 'a UUID',
      'request-id': 'a request id',
      ip: 'an IP address',
      port: 'a port',
      'http-status': 'an HTTP status',
      'api-error-code': 'an API 3.0 error code, which this site does not document',
      decimal: 'a decimal number',
      version: 'a version number',
      'long-number': 'a number too long to be a code',
      'zero-padded': 'a number with leading zeros, which no code has',
      field: 'the value of a field that holds no code',
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
    /** The decoder form (WarningDecoder.astro) and its results (decoder-view.ts). */
    decoder: {
      heading: 'Decode warnings',
      noscript:
        'The decoder needs JavaScript. Without it, read the positions of the ID-card string and the bank-card warning codes in the tables on this page.',
      label: 'Paste an ID-card warning string, bank-card warning codes, or a whole JSON response',
      /** `{bits}` and `{codes}` are examples, shown as code. */
      accepts:
        "Accepted: an ID-card warning string of 8 zeros and ones ({bits}, front and back side by side), warning codes ({codes}), any other code, or a whole response, log line, header or query string that holds them. What you paste stays on this device: only the decoded warning strings and codes go into the page's address.",
      submit: 'Decode',
      advisory:
        'These warnings are advisory: the call succeeded and recognition ran. Whether to accept the image is your decision.',
      nothing:
        'Nothing here is an ID-card warning string (8 zeros and ones), a warning code or a code the tables know. Paste a response, a log line, a warning string such as 10010100, or codes such as [-9110,-9111].',
      empty:
        'Paste something to decode: a response, a log line, a warning string such as 10010100, or codes such as [-9110,-9111].',
      loadFailed: 'The decoder could not load its data ({error}). Press Decode to try again.',
      capped: 'Only the first {read} of {total} characters were read: paste just the response or the log line.',
      /** `{parts}`: the counts below, joined with `separator`. */
      found: 'Found {parts}.',
      separator: ', ',
      noWarnings: 'no warnings',
      warnings: { one: '{n} warning', other: '{n} warnings' },
      strings: { one: '{n} ID-card warning string', other: '{n} ID-card warning strings' },
      codes: { one: '{n} code', other: '{n} codes' },
      /** `{field}` is the field's name as pasted. */
      fromField: 'From field {field}:',
      fromFieldSide: 'From field {field} ({side}):',
      front: 'front side',
      back: 'back side',
      bitsTitle: 'ID-card warning string {value}',
      noBits: 'No warnings: all 8 positions are 0.',
      /** `{meaning}`, `{provenance}` and the link `{about}` of a raised position. */
      position: 'Position {n}: {meaning} — {provenance}. {about}',
      aboutPosition: 'About position {n}',
      undocumentedPosition: 'not documented: no meaning is known for this position',
      /** How sure a position's meaning is (its provenance in content/idcard-multiwarning.yaml). */
      provenance: {
        'official-example': 'official worked example',
        'integration-practice': 'integration practice (not official)',
        undocumented: 'not documented',
      },
      emptyList: 'Empty: no warning.',
      warningList: 'Warning codes:',
      codesList: 'Codes:',
      notDocumented: ': not in any documented table.',
      otherSign: ' Did a minus get lost or added? {code}, a different code, is documented: ',
      meanings: { one: ': {n} meaning, one per table:', other: ': {n} meanings, one per table:' },
      codeMeaning: '{code}: {meaning} — {table}',
      meaningIn: '{meaning} — {table}',
      advisoryTag: ' (advisory warning)',
      /** `{value}` is the pasted value, `{reasons}` the reasons below joined with `reasonSeparator`. */
      notBits: '“{value}” is not an ID-card warning string: {reasons}.',
      reasonSeparator: '; ',
      notBitsLength: 'it has {n} characters, not 8',
      notBitsChar: 'position {position} is “{char}”',
      notBitsAllowed: '{chars}; only 0 and 1 are allowed',
      ignoredTitle: 'Set aside (never read as codes):',
      copy: 'Copy link to this result',
      more: '…and {n} more, not shown: paste less to see them.',
      copied: 'Link copied: {href}',
      copyFailed: 'Could not copy; the link is {href}',
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
  },
} satisfies Dictionary;

export default en;

/** A dictionary: sections of strings, Plurals and nested sections. */
export interface Dictionary {
  [key: string]: string | Plural | Dictionary;
}
