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
  pages: {
    /** How an English page marks its texts: ours, translated, beside Tencent Cloud's official Chinese. */
    translation: {
      note: "English texts are this site's translation; the Chinese beside each, marked “official”, is Tencent Cloud's official wording.",
      ours: 'translation',
      official: 'official',
    },
    home: {
      title: 'Every code, every meaning',
      description:
        'Tencent Cloud error codes for the legacy image services and FaceID: find what a code means and what to do, link to the exact row.',
      heading: 'Tencent Cloud error codes',
      /** {codes}, {decoder}: links; {idcard}, {bankcard}: example warnings. */
      intro:
        "Every error and response code of Tencent Cloud's legacy image services (万象优图: face recognition, porn detection, OCR, image processing, download, plugin, cache, cmd, proxy) and of FaceID (人脸核身), with its meaning and handling advice quoted verbatim from the official documents and translated into English. Type a code in the search box above, or open {codes}. FaceID OCR warnings ({idcard}, {bankcard}) are explained by the {decoder}.",
      allCodes: { other: 'the list of all {n} codes' },
      decoder: 'decoder',
      /** {document}: the source document's file name. */
      tables: { one: '{n} table from {document}', other: '{n} tables from {document}' },
      rows: { one: '{n} row', other: '{n} rows' },
    },
    codeList: {
      title: 'All codes',
      /** {range}: the page's range of codes (range below). */
      titleRange: 'All codes: {range}',
      range: '{first} to {last}',
      description: {
        other: 'All {n} distinct Tencent Cloud image-service and FaceID codes, each linking to its meanings.',
      },
      descriptionRange: {
        other:
          'All {n} distinct Tencent Cloud image-service and FaceID codes (this page: {range}), each linking to its meanings.',
      },
      heading: { other: 'All {n} codes' },
      intro:
        'Every distinct number in the source tables, in numeric order. A code that appears in several tables is listed once; its page shows every meaning.',
      ranges: 'Code ranges',
      codes: 'Codes',
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
      differ: 'Different meanings:',
      differText: 'the number {code} means different things in different services. Check which service returned it.',
      shared: 'Codes listed in the same row',
      warning: 'advisory warning',
      /** {codes}: the other codes of the row, joined by codeSeparator. */
      together: 'Listed together with {codes} in one row.',
      codeSeparator: ', ',
    },
    table: {
      /** {heading}: the table's heading in the page's language; {official}: the Chinese heading. */
      description:
        "Every code of “{heading}” (「{official}」) with its meaning and handling advice: the official Chinese from Tencent Cloud's documentation, and this site's English translation.",
      seeAlso: 'See also:',
      codes: 'Codes ({n})',
      /** The table's caption for screen readers. */
      caption: { one: '{title}: {n} row', other: '{title}: {n} rows' },
      /** A column's name before its cell, on narrow screens where the header row is hidden. */
      cellLabel: '{column}:',
      copyLink: 'copy link',
      copyLinkLabel: 'Copy link to code {code}',
    },
    source: {
      /** {document}: link to the source document; {section}: its section heading (Chinese); {part}: part below. */
      text: 'Source: {document}, section {section}{part}.',
      part: ', {part}',
    },
    notice: {
      label: 'Notice',
      /** When a page shows notices of several tables: {about} names the table. */
      labelAbout: 'Notice: {about}',
      heading: 'Notice (from the source)',
    },
    /** How sure the meaning of a position of the ID-card multi-warning string is (src/schemas/warning-position.ts). */
    provenance: {
      'official-example': 'Official worked example',
      'integration-practice': 'Integration practice (not official)',
      undocumented: 'Not documented',
    },
    positions: {
      heading: 'The 8 positions of the multi-warning string',
      intro:
        'Not part of the source tables. The official page explained each position with an image that is not available; these meanings were compiled from the official worked example and from public integration code, and each says where it comes from. Position 1 is the leftmost character.',
      position: 'Position',
      meaning: 'Meaning',
      source: 'Where it comes from',
      notDocumented: 'Not documented',
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
    copy: {
      copied: 'copied',
      status: 'Link copied: {href}',
      failed: 'Could not copy; the link is in the address bar.',
    },
  },
} satisfies Dictionary;

export default en;

/** A dictionary: sections of strings, Plurals and nested sections. */
export interface Dictionary {
  [key: string]: string | Plural | Dictionary;
}
