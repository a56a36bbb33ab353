import type { LookupIndex } from './export-catalog';
import { lookupCode, meaningsOf, type CodeMeaning } from './lookup-codes';
import type { Query } from './normalize-query';
import { codePageHref, rowHref, searchHref } from './paths';

/** One line of the results list: always a code, one meaning, where it comes from, and where the link lands. */
export interface ResultItem {
  href: string;
  code: string;
  meaning: string;
  /** The table ("人脸错误码说明 · Face recognition") or, for a code page, how many tables. */
  where: string;
}

/** What a search shows: results, plus the plain-language facts around them. */
export type SearchOutcome =
  | { kind: 'empty' }
  | {
      kind: 'code';
      code: string;
      /** The code was read out of longer text (a log line, `code=…`). */
      extracted: boolean;
      /** The code's page, when the code is documented. */
      codePage?: string;
      /** One item per table the code appears in, each landing on its row. */
      items: ResultItem[];
      /** Documented codes that start with what was typed (partial input), listed apart from the answer. */
      startingWith: ResultItem[];
      moreStartingWith: number;
      /** Where to run the full-text search instead. */
      textSearch: string;
    }
  | { kind: 'text'; text: string; items: ResultItem[] };

/** Results a search shows at most. */
export const TEXT_RESULTS = 12;

const where = (m: CodeMeaning) => `${m.heading} · ${m.label}`;

function codePageItem(base: string, code: string, meanings: CodeMeaning[]): ResultItem {
  const [first] = meanings;
  return {
    href: codePageHref(base, code),
    code,
    meaning: first?.message ?? '',
    where: meanings.length === 1 && first ? where(first) : `${meanings.length} tables`,
  };
}

/** The results for a query that is a code: its meanings (exact only), then codes it is a prefix of, apart. */
export function codeOutcome(base: string, index: LookupIndex, query: Extract<Query, { kind: 'code' }>): SearchOutcome {
  const found = lookupCode(index, query.code);
  return {
    kind: 'code',
    code: query.code,
    extracted: query.extracted,
    ...(found.meanings.length > 0 ? { codePage: codePageHref(base, query.code) } : {}),
    items: found.meanings.map((m) => ({ href: rowHref(base, m.tableId, m.code), code: m.code, meaning: m.message, where: where(m) })),
    startingWith: found.startingWith.map((code) => codePageItem(base, code, meaningsOf(index, code))),
    moreStartingWith: found.moreStartingWith,
    textSearch: searchHref(base, query.text, true),
  };
}

/**
 * The results of a full-text search, from the codes of Pagefind's results (`codes`, best first) and their lookup
 * entries (`index` holds at least those). Pagefind splits Chinese phrases into words and would rank "签名串错误"
 * beside "签名过期": of its results, the codes whose meaning contains the whole phrase come first, closest meaning
 * first, then the others in Pagefind's order. Only the results are read, never the whole index.
 * A result lands on the row when exactly one of the code's meanings contains the phrase, else on the code page.
 */
export function textOutcome(base: string, index: LookupIndex, text: string, codes: readonly string[], limit = TEXT_RESULTS): SearchOutcome {
  const phrase = text.toLowerCase();
  const contains = (m: CodeMeaning) => m.message.toLowerCase().includes(phrase);
  const results = [...new Set(codes)].flatMap((code, rank) => {
    const meanings = meaningsOf(index, code);
    if (meanings.length === 0) return [];
    const matching = meanings.filter(contains);
    const closeness = matching.length > 0 ? Math.min(...matching.map((m) => m.message.length)) : Infinity;
    return [{ code, rank, meanings, matching, closeness }];
  });
  results.sort((a, b) => a.closeness - b.closeness || a.rank - b.rank);
  const items = results.slice(0, limit).map(({ code, meanings, matching }): ResultItem => {
    const [only] = matching;
    if (matching.length === 1 && only) {
      return { href: rowHref(base, only.tableId, code), code, meaning: only.message, where: where(only) };
    }
    return codePageItem(base, code, matching.length > 0 ? matching : meanings);
  });
  return { kind: 'text', text, items };
}
