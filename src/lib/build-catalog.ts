import type { CodeRow } from '../schemas/code-row';
import type { CodeTable } from '../schemas/code-table';
import { compareCodes } from './compare-codes';

/** A table as a collection entry: its id is its path under content/tables, e.g. "image/face". */
export interface TableEntry {
  id: string;
  data: CodeTable;
  /** The file the table was read from, relative to the project root (set by the content loader). */
  filePath?: string | undefined;
}

/** How a build error names a table's file. */
const fileOf = (table: TableEntry) => table.filePath ?? `content/tables/${table.id}.yaml`;

/** One place a code appears: a row of a table. */
export interface Occurrence {
  table: TableEntry;
  row: CodeRow;
  /** 0-based index of the row in its table. */
  rowIndex: number;
}

/** Everything the sources say about one distinct code. */
export interface CodeSummary {
  code: string;
  occurrences: Occurrence[];
  /** Other codes listed in the same row as this one, in any table. */
  sharedWith: string[];
  /** True when the code's meanings differ between the places it appears. */
  meaningsDiffer: boolean;
}

export interface Catalog {
  /** Tables in source order. */
  tables: TableEntry[];
  /** Distinct codes in numeric order. */
  codes: CodeSummary[];
  byCode: Map<string, CodeSummary>;
  byTable: Map<string, TableEntry>;
}

/**
 * Builds the indexes every page needs from the table entries. Throws, naming the file, when a code repeats within
 * one table, when two tables share an `order`, and when `related` names a table that does not exist.
 */
export function buildCatalog(entries: TableEntry[]): Catalog {
  const tables = [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const byTable = new Map(tables.map((t) => [t.id, t]));
  const occurrences = new Map<string, Occurrence[]>();

  const problems: string[] = [];
  tables.forEach((table, i) => {
    const previous = tables[i - 1];
    if (previous && previous.data.order === table.data.order) {
      problems.push(
        `${fileOf(table)}: field "order": ${table.data.order} is also the order of ${fileOf(previous)}; each table needs its own place`,
      );
    }
    table.data.related.forEach((id, k) => {
      if (id === table.id) problems.push(`${fileOf(table)}: field "related.${k}": "${id}" is the table itself`);
      else if (!byTable.has(id)) {
        problems.push(
          `${fileOf(table)}: field "related.${k}": no table has the id "${id}" (a table's id is its path under tables/ without ".yaml")`,
        );
      }
    });
  });
  if (problems.length > 0) throw new Error(`Malformed content:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

  for (const table of tables) {
    const seen = new Map<string, number>();
    table.data.rows.forEach((row, rowIndex) => {
      for (const code of row.codes) {
        const earlier = seen.get(code);
        if (earlier !== undefined) {
          // Row anchors are per code, so a code may appear once per table.
          throw new Error(
            `${fileOf(table)}: rows ${earlier + 1} and ${rowIndex + 1}, field "codes": code ${code} appears twice in one table`,
          );
        }
        seen.set(code, rowIndex);
        const list = occurrences.get(code) ?? [];
        list.push({ table, row, rowIndex });
        occurrences.set(code, list);
      }
    });
  }

  const codes = [...occurrences.keys()].sort(compareCodes).map((code): CodeSummary => {
    const list = occurrences.get(code) ?? [];
    const shared = new Set(list.flatMap((o) => o.row.codes).filter((c) => c !== code));
    return {
      code,
      occurrences: list,
      sharedWith: [...shared].sort(compareCodes),
      meaningsDiffer: new Set(list.map((o) => o.row.message)).size > 1,
    };
  });

  return { tables, codes, byCode: new Map(codes.map((c) => [c.code, c])), byTable };
}
