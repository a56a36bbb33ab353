// An independent reader of the source documents' markdown tables, written for the tests only, so that the
// site's data can be checked against the documents rather than against itself.

export interface SourceTable {
  /** The "##"/"###" heading the table sits under. */
  section: string;
  header: string[];
  rows: string[][];
}

const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());

/** Every pipe table of a markdown document, with the heading above it; separator lines are dropped. */
export function readMarkdownTables(markdown: string): SourceTable[] {
  const tables: SourceTable[] = [];
  let section = '';
  let current: SourceTable | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading?.[1]) {
      section = heading[1].trim();
      current = undefined;
    } else if (line.trim().startsWith('|')) {
      const cells = cellsOf(line);
      if (!current) {
        current = { section, header: cells, rows: [] };
        tables.push(current);
      } else if (!cells.every((c) => /^:?-+:?$/.test(c))) {
        current.rows.push(cells);
      }
    } else {
      current = undefined;
    }
  }
  return tables;
}

/** A cell as plain text: bold markers dropped, <br> as a line break. */
export function plainCell(cell: string): string {
  return cell.replace(/^\*\*(.*)\*\*$/, '$1').replace(/<br\s*\/?>/g, '\n');
}
