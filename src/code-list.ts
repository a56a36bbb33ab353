import { catalog } from './catalog';
import { codeListPages } from './lib/code-pages';

/**
 * Codes per page of the list of all codes: at most about 16 KB of gzip HTML a page, API 3.0 names and English
 * meanings included (tests/scale/scale.test.ts holds it to its budget).
 */
const CODES_PER_PAGE = 200;

/** The pages of the list of all codes, shared by the first page (/codes/) and the others (/codes/from/…/). */
export const codeList = codeListPages(catalog.codes, CODES_PER_PAGE);
