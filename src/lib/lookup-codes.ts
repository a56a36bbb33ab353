import { compareCodes } from './compare-codes';
import type { CodeTable } from '../schemas/code-table';
import type { LookupIndex } from './export-catalog';

/** One meaning of a code in one table, as the search box and the decoder show it. */
export interface CodeMeaning {
  code: string;
  tableId: string;
  /** The table's heading as in the source, e.g. "人脸错误码说明". */
  heading: string;
  /** Our English label of the table. */
  label: string;
  kind: CodeTable['kind'];
  /** The meaning, official Chinese. */
  message: string;
  /** Our English of the meaning, when the lookup loaded it (on the English pages). */
  en?: string;
}

/** Every meaning of `code` across the tables, in table order; empty when the code is in no table. */
export function meaningsOf(index: LookupIndex, code: string): CodeMeaning[] {
  return (index.codes[code] ?? []).flatMap(([tableIndex, message, en]) => {
    const table = index.tables[tableIndex];
    if (!table) return [];
    const [tableId, heading, label, kind] = table;
    return [{ code, tableId, heading, label, kind, message, ...(en !== undefined ? { en } : {}) }];
  });
}

/** What the index knows about a typed code: its meanings, and other codes that start with what was typed. */
export interface CodeLookup {
  code: string;
  meanings: CodeMeaning[];
  /** Documented codes that begin with `code` (other than `code` itself), numerically sorted, at most `limit`. */
  startingWith: string[];
  /** How many codes begin with `code` in all, beyond the ones listed. */
  moreStartingWith: number;
}

/** Looks a code up exactly, and lists the documented codes it is a prefix of ("6666" → 66660001, …). */
export function lookupCode(index: LookupIndex, code: string, limit = 8): CodeLookup {
  const prefixed = Object.keys(index.codes)
    .filter((other) => other !== code && other.startsWith(code))
    .sort(compareCodes);
  return {
    code,
    meanings: meaningsOf(index, code),
    startingWith: prefixed.slice(0, limit),
    moreStartingWith: Math.max(0, prefixed.length - limit),
  };
}
