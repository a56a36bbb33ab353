import { carriersOf, type Carrier } from './carriers';
import type { LookupIndex } from './export-catalog';
import { lookupCode, meaningsOf, type CodeMeaning } from './lookup-codes';
import { decoderHref, codePageHref, rowHref, searchHref } from './paths';
import { searchWords } from './search-words';
import { otherSign, shareQuery } from './paste-reading';
import type { IgnoredKind, PasteReading } from './read-paste';

/** One line of the results list: always a code, one meaning, where it comes from, and where the link lands. */
export interface ResultItem {
  href: string;
  code: string;
  /** The meaning in the page's language, Tencent's or ours (`ours`), with Tencent's original beside it if any. */
  text: string;
  ours: boolean;
  original?: string;
  /** The table the meaning is from or, for a code page in several tables, how many tables (the view words it). */
  where: { name: string; deprecated: boolean } | number;
}

/** How many results a search lists at most. */
export const RESULT_LIMIT = 12;

/** One code read out of the query, with what the tables say about it. */
interface CodeAnswer {
  code: string;
  /** The field it was read from (`code`, `X-ErrNo`); absent for a lone number or a plain code. */
  key?: string;
  /** The code's page, when the code is documented. */
  codePage?: string;
  /** One item per table the code appears in, each landing on its row. */
  items: ResultItem[];
  /** When the code is in no table but the same digits with the other sign are: that different code. */
  otherSign?: { code: string; codePage: string; items: ResultItem[] };
}

/** What a search shows: results, plus the plain-language facts around them. */
export type SearchOutcome =
  | { kind: 'empty' }
  | {
      kind: 'codes';
      /** The query was nothing but a code, or the start of one. */
      plain: boolean;
      /** Each code read, documented ones first, surest first (under a code-like field, then lone numbers). */
      answers: CodeAnswer[];
      /** Documented codes that start with a plain partial code, listed apart from the answer. */
      startingWith: ResultItem[];
      moreStartingWith: number;
      /** The decoder, carrying only the warning strings and codes read, when the query holds warnings. */
      decoder?: string;
      /** Kinds of numbers set aside (timestamps, request ids…), each once. */
      ignored: IgnoredKind[];
      /** How many codes and warnings of a long paste were not read (beyond what the reader keeps). */
      cut: number;
      /** Where to run the full-text search instead, when the query is words an address may carry. */
      textSearch?: string;
      /** What an address may carry for this search: the decoded values only ('' when nothing was decoded). */
      shared: string;
    }
  | {
      kind: 'text';
      text: string;
      items: ResultItem[];
      /** What an address may carry for this search: the words, or '' for a paste that is not words. */
      shared: string;
    };

const meaningParts = (m: CodeMeaning) => ({
  text: m.text,
  ours: m.ours,
  ...(m.original !== undefined ? { original: m.original } : {}),
});

const rowItem = (base: string, m: CodeMeaning): ResultItem => ({
  href: rowHref(base, m.tableId, m.code),
  code: m.code,
  ...meaningParts(m),
  where: { name: m.name, deprecated: m.deprecated },
});

function codePageItem(base: string, code: string, meanings: CodeMeaning[]): ResultItem {
  const [first] = meanings;
  return {
    href: codePageHref(base, first?.code ?? code),
    code: first?.code ?? code,
    ...(first ? meaningParts(first) : { text: '', ours: false }),
    where: meanings.length === 1 && first ? { name: first.name, deprecated: first.deprecated } : meanings.length,
  };
}

const rowItems = (base: string, meanings: CodeMeaning[]): ResultItem[] => meanings.map((m) => rowItem(base, m));

/** The documented entry of one code read from the query, or of its other sign. */
function answer(base: string, index: LookupIndex, code: string, carriers: Carrier[], key?: string): CodeAnswer {
  const meanings = meaningsOf(index, code, carriers);
  const found: CodeAnswer = { code, ...(key !== undefined ? { key } : {}), items: rowItems(base, meanings) };
  const [first] = meanings;
  if (first) return { ...found, code: first.code, codePage: codePageHref(base, first.code) };
  const other = otherSign(code);
  const otherMeanings = other ? meaningsOf(index, other, carriers) : [];
  if (other && otherMeanings.length > 0)
    found.otherSign = { code: other, codePage: codePageHref(base, other), items: rowItems(base, otherMeanings) };
  return found;
}

/**
 * The results for the codes read out of a query: each code's meanings (exact only; a code in no table is said to be
 * so, with the other sign offered as a different code when that one is documented), documented codes first; for a
 * plain partial code, the codes it starts; the decoder when the query holds warnings.
 */
export function codeOutcome(
  base: string,
  index: LookupIndex,
  reading: PasteReading,
): Extract<SearchOutcome, { kind: 'codes' }> {
  const carriers = carriersOf(reading.services);
  const answers = reading.codes.slice(0, RESULT_LIMIT).map((c) => answer(base, index, c.code, carriers, c.key));
  const documented = answers.filter((a) => a.codePage);
  const [only] = reading.codes;
  const prefix =
    reading.codeish && reading.codes.length === 1 && only && !only.key ? lookupCode(index, only.code, 8) : undefined;
  const decoded = shareQuery(reading, { documented: (code) => meaningsOf(index, code).length > 0 });
  const words = searchWords(reading.text);
  const hasWarnings =
    reading.bits.length > 0 ||
    reading.warnings.length > 0 ||
    answers.some((a) => a.items.some((i) => isWarning(index, i.code)));
  return {
    kind: 'codes',
    plain: reading.codeish,
    answers: [...documented, ...answers.filter((a) => !a.codePage)],
    startingWith: (prefix?.startingWith ?? []).map((code) => codePageItem(base, code, meaningsOf(index, code))),
    moreStartingWith: prefix?.moreStartingWith ?? 0,
    ...(hasWarnings && decoded ? { decoder: decoderHref(base, decoded) } : {}),
    ignored: [...new Set(reading.ignored.map((i) => i.kind))],
    cut: reading.cut.codes + reading.cut.warningCodes + reading.cut.bits,
    ...(words ? { textSearch: searchHref(base, words, true) } : {}),
    shared: decoded,
  };
}

const isWarning = (index: LookupIndex, code: string) => meaningsOf(index, code).some((m) => m.kind === 'warnings');

/**
 * The results of a full-text search, from the codes of Pagefind's results (`codes`, best first) and their lookup
 * entries (`index` holds at least those). Pagefind splits Chinese phrases into words and would rank "签名串错误"
 * beside "签名过期": of its results, the codes whose meaning contains the whole phrase come first, closest meaning
 * first, then the others in Pagefind's order. Only the results are read, never the whole index.
 * A result lands on the row when exactly one of the code's meanings contains the phrase, else on the code page.
 */
export function textOutcome(
  base: string,
  index: LookupIndex,
  text: string,
  codes: readonly string[],
  limit = RESULT_LIMIT,
): SearchOutcome {
  const phrase = text.toLowerCase();
  // In either language: English pages are searched in English words or in the official Chinese beside them.
  const inText = (m: CodeMeaning) => m.text.toLowerCase().includes(phrase);
  const contains = (m: CodeMeaning) => inText(m) || (m.original?.toLowerCase().includes(phrase) ?? false);
  const length = (m: CodeMeaning) => (inText(m) ? m.text : (m.original ?? '')).length;
  const results = [...new Set(codes)].flatMap((code, rank) => {
    const meanings = meaningsOf(index, code);
    if (meanings.length === 0) return [];
    const matching = meanings.filter(contains);
    const closeness = matching.length > 0 ? Math.min(...matching.map(length)) : Infinity;
    return [{ code, rank, meanings, matching, closeness }];
  });
  results.sort((a, b) => a.closeness - b.closeness || a.rank - b.rank);
  const items = results.slice(0, limit).map(({ code, meanings, matching }): ResultItem => {
    const [only] = matching;
    if (matching.length === 1 && only) {
      return rowItem(base, only);
    }
    return codePageItem(base, code, matching.length > 0 ? matching : meanings);
  });
  return { kind: 'text', text, items, shared: searchWords(text) ?? '' };
}
