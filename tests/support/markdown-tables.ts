// An independent reader of the source documents' tables, written for the tests only, so that the site's data can be
// checked against the documents rather than against itself: the pipe tables of a markdown page (as GitHub renders
// them: a row with fewer cells than the header is padded with empty ones, cells beyond the header are dropped), and
// the SDK tables' tab-separated files.

export interface SourceTable {
  /** The headings above the table, outermost first. */
  sections: string[];
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

/** Every pipe table of a markdown document, with the headings above it; separator lines are dropped. */
export function readMarkdownTables(markdown: string): SourceTable[] {
  const tables: SourceTable[] = [];
  const headings: { level: number; text: string }[] = [];
  let current: SourceTable | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading?.[1] && heading[2] !== undefined) {
      const level = heading[1].length;
      while ((headings.at(-1)?.level ?? 0) >= level) headings.pop();
      headings.push({ level, text: heading[2].trim() });
      current = undefined;
    } else if (line.trim().startsWith('|')) {
      const cells = cellsOf(line);
      if (!current) {
        current = { sections: headings.map((h) => h.text), header: cells, rows: [] };
        tables.push(current);
      } else if (!cells.every((c) => /^:?-+:?$/.test(c))) {
        const width = current.header.length;
        current.rows.push([...cells.slice(0, width), ...Array<string>(Math.max(0, width - cells.length)).fill('')]);
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

/** The rows of an SDK table file: [code, Chinese, English], an empty cell where that SDK does not describe the code. */
export function readSdkTable(tsv: string): { header: string[]; rows: string[][] } {
  const lines = tsv.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  const [header = '', ...rows] = lines;
  return { header: header.split('\t'), rows: rows.map((line) => line.split('\t')) };
}

/**
 * The paragraphs of a markdown document outside its tables, headings, code blocks, callouts and images (an image is no
 * text: the seed's ID-card image is not available, see content/idcard-multiwarning.yaml), each trimmed.
 */
export function readParagraphs(markdown: string): string[] {
  const out: string[] = [];
  let code = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (line.startsWith('```')) code = !code;
    else if (!code && line.trim() && !/^(#|\||>|!\[)/.test(line.trim())) out.push(line.trim());
  }
  return out;
}
