// Ships to the browser with the search and the decoder: what the code lookup knows about a code.
import type { ProductId, DocumentId } from '../registry';
import type { TableKind } from '../schemas/table-kind';
import type { Carrier } from './carriers';
import { compareCodes, foldCode } from './codes';
import type { LookupIndex } from './export-catalog';

/** One meaning of a code in one table, as the search box and the decoder show it, in the page's language. */
export interface CodeMeaning {
  /** The code as the lookup holds it (as Tencent writes it). */
  code: string;
  tableId: string;
  /** The table's name in the page's language ("FaceID · SaaS: SDK and H5 codes"). */
  name: string;
  kind: TableKind;
  product: ProductId;
  document: DocumentId;
  /** The table comes from a page Tencent has deprecated. */
  deprecated: boolean;
  /** Where a response carries the table's codes. */
  carriedIn: Carrier[];
  /** The meaning in the page's language: Tencent's, or the site's translation (`ours`). */
  text: string;
  ours: boolean;
  /** Tencent's original beside a text that is not it. */
  original?: string;
}

/** The lookup's own spelling of `code`, found in any letter case, or undefined when the lookup does not hold it. */
export function spellingOf(index: LookupIndex, code: string): string | undefined {
  if (Object.hasOwn(index.codes, code)) return code;
  const folded = foldCode(code);
  return Object.keys(index.codes).find((other) => foldCode(other) === folded);
}

/**
 * Every meaning of `code` (in any letter case) across the tables; empty when it is in no table. The meanings of the
 * tables whose codes come where the paste says they came (`carriers`: an `X-ErrNo` header, an API 3.0 `Error.Code`…)
 * come first, then those of Tencent's current documents, then those of its deprecated pages, each in table order.
 */
export function meaningsOf(index: LookupIndex, code: string, carriers: readonly Carrier[] = []): CodeMeaning[] {
  const spelling = spellingOf(index, code);
  if (spelling === undefined) return [];
  const rank = (m: CodeMeaning) => (m.carriedIn.some((c) => carriers.includes(c)) ? 0 : 2) + (m.deprecated ? 1 : 0);
  const meanings = (index.codes[spelling] ?? []).flatMap(([tableIndex, text, origin, original]) => {
    const table = index.tables[tableIndex];
    if (!table) return [];
    const [tableId, name, kind, product, document, deprecated, carriedIn] = table;
    return [
      {
        code: spelling,
        tableId,
        name,
        kind,
        product,
        document,
        deprecated: deprecated === 1,
        carriedIn,
        text,
        ours: origin === 'u',
        ...(original !== undefined ? { original } : {}),
      },
    ];
  });
  return meanings
    .map((m, i) => ({ m, i }))
    .sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i)
    .map(({ m }) => m);
}

/** What the index knows about a typed code: its meanings, and other codes that start with what was typed. */
export interface CodeLookup {
  code: string;
  meanings: CodeMeaning[];
  /** Documented codes that begin with `code` (other than `code` itself), in catalogue order, at most `limit`. */
  startingWith: string[];
  /** How many codes begin with `code` in all, beyond the ones listed. */
  moreStartingWith: number;
}

/** Looks a code up exactly, and lists the documented codes it is a prefix of ("6666" → 66660001, …). */
export function lookupCode(index: LookupIndex, code: string, limit = 8): CodeLookup {
  const folded = foldCode(code);
  const prefixed = Object.keys(index.codes)
    .filter((other) => foldCode(other) !== folded && foldCode(other).startsWith(folded))
    .sort(compareCodes);
  return {
    code,
    meanings: meaningsOf(index, code),
    startingWith: prefixed.slice(0, limit),
    moreStartingWith: Math.max(0, prefixed.length - limit),
  };
}
