import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/lib/build-catalog';
import { COLUMNS } from '../../src/schemas/code-table';
import type { Text } from '../../src/schemas/text';
import { DOCUMENT_IDS, documentLanguages, documentOf, type DocumentId } from '../../src/registry';
import {
  plainCell,
  readMarkdownTables,
  readParagraphs,
  readSdkTable,
  type SourceTable,
} from '../support/markdown-tables';
import { catalog } from '../support/tables';

// The site's data must say exactly what the source documents say, row for row, in every language each is published in.
const SOURCES = new URL('../../content/sources/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, SOURCES), 'utf8');
const tablesOf = (document: DocumentId) => catalog.tables.filter((t) => t.document === document);
const BILLED: Record<string, boolean> = { 是: true, 否: false, Yes: true, No: false };

/** A text's official words in `lang` ('' where Tencent left the cell empty). */
const words = (text: Text | undefined, lang: string): string => text?.official[lang as keyof Text['official']] ?? '';

/** The document's tables in `lang`, as the independent reader reads them, each row as its cells. */
function sourceTables(document: DocumentId, lang: string): SourceTable[] {
  const file = documentOf(document).languages[lang as 'zh']?.file ?? '';
  if (!file.endsWith('.tsv')) return readMarkdownTables(read(file));
  const { rows } = readSdkTable(read(file));
  const column = lang === 'zh' ? 1 : 2;
  return [{ sections: [], header: [], rows: rows.map((r) => [r[0] ?? '', r[column] ?? '']) }];
}

/** A row of the site's data as the source would write its cells in `lang`. */
function cellsOf(table: Table, row: Table['rows'][number], lang: string): string[] {
  const code = row.catchAll ? words(row.catchAll, lang) : row.codes.join('/');
  const columns = table.columns ? COLUMNS.slice(1).filter((c) => table.columns?.[c]) : ['message'];
  return [
    code,
    ...columns.map((column) =>
      column === 'name'
        ? (row.name ?? '')
        : column === 'billed'
          ? String(row.billed)
          : words(row[column as 'message' | 'advice'], lang),
    ),
  ];
}

/** A source row's cells as the site's data holds them: codes split at "/", <br> as line breaks, 是/否 as true/false. */
function sourceCells(source: SourceTable, cells: string[]): string[] {
  const billed = source.header.findIndex((h) => /是否|Billable/.test(h));
  return cells.map((cell, i) => {
    const plain = plainCell(cell);
    if (i === 0)
      return plain
        .split('/')
        .map((c) => c.trim())
        .join('/');
    return i === billed ? String(BILLED[plain]) : plain;
  });
}

describe('every source document', () => {
  for (const document of DOCUMENT_IDS) {
    for (const lang of documentLanguages(document)) {
      describe(`${document} (${lang})`, () => {
        const source = sourceTables(document, lang);
        const data = tablesOf(document);

        it('has each of its tables on the site, in source order, under the same headings', () => {
          expect(data.length).toBe(source.length);
          data.forEach((table, i) =>
            expect(
              table.sections.map((s) => words(s, lang)),
              table.id,
            ).toEqual(source[i]?.sections ?? []),
          );
        });

        it('has the same column headers', () => {
          data.forEach((table, i) => {
            const columns = COLUMNS.flatMap((c) => (table.columns?.[c] ? [words(table.columns[c], lang)] : []));
            expect(columns, table.id).toEqual(source[i]?.header.map(plainCell) ?? []);
          });
        });

        it('has every row with the same codes and the same text in every cell', () => {
          data.forEach((table, i) => {
            const rows = source[i]?.rows ?? [];
            expect(table.rows.length, table.id).toBe(rows.length);
            table.rows.forEach((row, r) => {
              const expected = sourceCells(source[i] as SourceTable, rows[r] ?? []);
              expect(cellsOf(table, row, lang), `${table.id} row ${r + 1}`).toEqual(expected);
            });
          });
        });

        it('keeps its prose and callouts verbatim, and every paragraph of it', () => {
          const file = documentOf(document).languages[lang]?.file ?? '';
          if (file.endsWith('.tsv')) return;
          const text = read(file).replace(/\*\*/g, '');
          const kept = data.flatMap((t) => [
            ...t.prose.map((p) => ('code' in p ? p.code : words(p, lang))),
            ...[...t.notices, ...t.tips].flat().map((item) => words(item, lang)),
          ]);
          for (const paragraph of kept) for (const line of paragraph.split('\n')) expect(text, line).toContain(line);
          const keptLines = new Set(kept.flatMap((p) => p.split('\n').map((l) => l.trim())));
          const dropped = readParagraphs(read(file).replace(/\*\*/g, '')).filter((p) => !keptLines.has(p));
          expect(dropped).toEqual([]);
        });
      });
    }
  }
});

describe('the seeds', () => {
  it('count 17 tables, 344 rows, 357 code mentions and 268 distinct codes, as the sources README states', () => {
    const seeds = catalog.tables.filter((t) => 'deprecated' in documentOf(t.document));
    const rows = seeds.flatMap((t) => t.rows);
    const mentions = rows.flatMap((r) => r.codes);
    expect(seeds).toHaveLength(17);
    expect(rows).toHaveLength(344);
    expect(mentions).toHaveLength(357);
    expect(new Set(mentions).size).toBe(268);
  });

  it('keep the X-ErrNo note with the image-download table', () => {
    const note = catalog.byTable.get('image/download')?.prose[0];
    expect(note && !('code' in note) ? note.official.zh : '').toContain('X-ErrNo');
  });
});

describe('the documents of today', () => {
  // The distinct codes of each document, as an independent parser counted them when the document was imported.
  const COUNTED: Partial<Record<DocumentId, number>> = {
    'faceid-saas-error-codes': 158,
    'faceid-intl-error-codes': 64,
    'api3-common-and-iai-2018': 90,
    'cloud-infinite-error-codes': 100,
    'api3-faceid': 102,
    'api3-ocr': 63,
    'api3-iai': 98,
  };

  it('hold the number of distinct codes their README counts, each', () => {
    const counts = Object.fromEntries(
      Object.keys(COUNTED).map((d) => [
        d,
        new Set(tablesOf(d as DocumentId).flatMap((t) => t.rows.flatMap((r) => r.codes))).size,
      ]),
    );
    expect(counts).toEqual(COUNTED);
  });
});
