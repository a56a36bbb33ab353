/** Joins the site's base path ("/" or "/sub/") and a path inside the site ("codes/-1102/"). */
export function withBase(base: string, path = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}

/** The fragment id of a code's row on its table page: "code--1102", "code-66660004". */
export function codeAnchor(code: string): string {
  return `code-${code}`;
}

/** The page of one source table, e.g. "/faceid/idcard-ocr/". */
export function tableHref(base: string, tableId: string): string {
  return withBase(base, `${tableId}/`);
}

/** The row of `code` on the page of table `tableId`. */
export function rowHref(base: string, tableId: string, code: string): string {
  return `${tableHref(base, tableId)}#${codeAnchor(code)}`;
}

/** The page that gathers every meaning of one code, e.g. "/codes/-1102/". */
export function codePageHref(base: string, code: string): string {
  return withBase(base, `codes/${code}/`);
}

/** The fragment id of one position of the ID-card multi-warning string: "position-4". */
export function positionAnchor(position: number): string {
  return `position-${position}`;
}

/** The parameter of the search page's and the decoder's addresses (and their forms' field) that holds the query. */
export const QUERY_PARAM = 'q';

/** The search page's parameter, and its value, that ask for a full-text search even when the query is a code. */
const MODE_PARAM = 'mode';
const TEXT_MODE = 'text';

/** The decoder page, with `query` (decoded values only, never a raw paste) when given. */
export function decoderHref(base: string, query?: string): string {
  const page = withBase(base, 'decode/');
  return query ? `${page}?${QUERY_PARAM}=${encodeURIComponent(query)}` : page;
}

/** The search page itself, "/search/": the action of the search forms. */
export function searchPageHref(base: string): string {
  return withBase(base, 'search/');
}

/** The search page for `query`; `text` asks for a full-text search even when the query is a code. */
export function searchHref(base: string, query: string, text = false): string {
  const mode = text ? `&${MODE_PARAM}=${TEXT_MODE}` : '';
  return `${searchPageHref(base)}?${QUERY_PARAM}=${encodeURIComponent(query)}${mode}`;
}

/** The search page as an OpenSearch template: the browser puts what was typed in place of `{searchTerms}`. */
export function searchTemplate(base: string): string {
  return `${searchPageHref(base)}?${QUERY_PARAM}={searchTerms}`;
}

/** What a search page's address asks for: the query ('' when none) and whether a full-text search (searchHref). */
export function readSearchParams(url: URL): { query: string; text: boolean } {
  return { query: url.searchParams.get(QUERY_PARAM) ?? '', text: url.searchParams.get(MODE_PARAM) === TEXT_MODE };
}

/** A file of the sharded code lookup ("lookup/-1.3f9c2a71.json"); names carry a hash of their content. */
export function lookupFileHref(base: string, file: string): string {
  return withBase(base, `lookup/${file}`);
}

/** The list of all codes, "/codes/" (its first page). */
export function codesHref(base: string): string {
  return withBase(base, 'codes/');
}

/** A page of the list of all codes: the first at "codes/", each other one named by its first code. */
export function codeListHref(base: string, page: { index: number; first: string }): string {
  return page.index === 0 ? codesHref(base) : withBase(base, `codes/from/${page.first}/`);
}
