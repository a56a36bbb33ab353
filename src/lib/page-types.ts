// The kinds of page the site builds. The layout writes a page's kind on its <html data-page-type>, and the byte
// budgets (tests/support/budgets.mjs) are kept per kind: a new page type gets its budget there.
export const PAGE_TYPES = ['home', 'table', 'code', 'code-list', 'search', 'decoder', 'prose'] as const;
export type PageType = (typeof PAGE_TYPES)[number];
