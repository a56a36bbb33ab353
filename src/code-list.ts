import { catalog } from './catalog';
import { codeListPages } from './lib/code-pages';

/** Codes per page of the list of all codes: about 10 KB of gzip HTML a page. */
const CODES_PER_PAGE = 300;

/** The pages of the list of all codes, shared by the first page (/codes/) and the others (/codes/from/…/). */
export const codeList = codeListPages(catalog.codes, CODES_PER_PAGE);
