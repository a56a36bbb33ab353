// Ships to the browser in the script every page runs on load (src/scripts/site-search.ts): this one constant only.

/** Longest text carried to the full-text search and into a search URL: a long paste must not make a huge URL. */
export const TEXT_QUERY_LIMIT = 200;
