import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainCell, readMarkdownTables } from '../support/markdown-tables';
import { SOURCE_DOCUMENTS } from '../../src/registry';
import { readTables } from '../support/tables';

// The site's data must say exactly what the two source documents say, row for row.
const SOURCES = new URL('../../content/sources/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, SOURCES), 'utf8');
const DOCUMENTS = SOURCE_DOCUMENTS;
const source = DOCUMENTS.flatMap((document) =>
  readMarkdownTables(read(document)).map((table) => ({ document, ...table })),
);
const data = readTables();

describe('the content tables', () => {
  it('are the 17 tables of the sources, in source order', () => {
    expect(source).toHaveLength(17);
    expect(data.map((t) => [t.source.document, t.source.section])).toEqual(source.map((t) => [t.document, t.section]));
  });

  it('have the sources column headers', () => {
    data.forEach((table, i) => {
      const header = source[i]?.header.map(plainCell) ?? [];
      const columns = [table.columns.code, table.columns.message, table.columns.advice].filter(Boolean);
      expect(columns, table.id).toEqual(header);
    });
  });

  it('have every row of the sources with the same codes, meaning and advice', () => {
    data.forEach((table, i) => {
      const rows = source[i]?.rows ?? [];
      expect(table.rows.length, table.id).toBe(rows.length);
      table.rows.forEach((row, r) => {
        const [codes = '', message = '', advice] = rows[r] ?? [];
        const where = `${table.id} row ${r + 1}`;
        expect(row.codes, where).toEqual(codes.split('/').map((c) => c.trim()));
        expect(row.message, where).toBe(plainCell(message));
        expect(row.advice, where).toBe(advice === undefined ? undefined : plainCell(advice));
      });
    });
  });

  it('count 344 rows, 357 code mentions and 268 distinct codes, as the sources README states', () => {
    const rows = data.flatMap((t) => t.rows);
    const mentions = rows.flatMap((r) => r.codes);
    expect(rows).toHaveLength(344);
    expect(mentions).toHaveLength(357);
    expect(new Set(mentions).size).toBe(268);
  });

  it('keep the sources prose and notices verbatim', () => {
    const text = DOCUMENTS.map(read).join('\n').replace(/\*\*/g, '');
    const prose = data.flatMap((t) => [...t.prose, ...t.notices.flat()]);
    expect(prose.length).toBeGreaterThanOrEqual(6);
    for (const paragraph of prose) {
      for (const line of paragraph.split('\n')) expect(text, line).toContain(line);
    }
  });

  it('keep the X-ErrNo note with the image-download table', () => {
    expect(data.find((t) => t.id === 'image/download')?.prose.join('')).toContain('X-ErrNo');
  });
});
