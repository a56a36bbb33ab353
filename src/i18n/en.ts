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
  scripts: {},
} satisfies Dictionary;

export default en;

/** A dictionary: sections of strings, Plurals and nested sections. */
export interface Dictionary {
  [key: string]: string | Plural | Dictionary;
}
