// The code tables as the YAML files hold them, read directly (not through the site's code), so tests can derive
// what a page must show from the data itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

export interface Row {
  codes: string[];
  message: string;
  advice?: string;
  /** Our English for the message and the advice. */
  en: { message: string; advice?: string };
}
export interface Table {
  /** "image/face" */
  id: string;
  title: string;
  order: number;
  kind?: 'codes' | 'warnings';
  source: { document: string; section: string; part?: string };
  columns: { code: string; message: string; advice?: string };
  prose: string[];
  notices: string[][];
  /** Our English for the title, the part, the column headers, the prose and the notices (same structure). */
  en: {
    title: string;
    part?: string;
    columns: { code: string; message: string; advice?: string };
    prose?: string[];
    notices?: string[][];
  };
  rows: Row[];
}

const DIR = new URL('../../content/tables/', import.meta.url).pathname;

export function readTables(): Table[] {
  return readdirSync(DIR)
    .flatMap((product) => readdirSync(join(DIR, product)).map((file) => ({ product, file })))
    .map(({ product, file }) => {
      const data = load(readFileSync(join(DIR, product, file), 'utf8')) as Omit<Table, 'id' | 'prose' | 'notices'> &
        Partial<Pick<Table, 'prose' | 'notices'>>;
      return { id: `${product}/${file.replace(/\.yaml$/, '')}`, ...data, prose: data.prose ?? [], notices: data.notices ?? [] };
    })
    .sort((a, b) => a.order - b.order);
}

/** Every (table, row) where `code` appears. */
export function placesOf(code: string): { table: Table; row: Row }[] {
  return readTables().flatMap((table) =>
    table.rows.filter((row) => row.codes.includes(code)).map((row) => ({ table, row })),
  );
}

/** Every distinct code. */
export function allCodes(): string[] {
  return [...new Set(readTables().flatMap((t) => t.rows.flatMap((r) => r.codes)))];
}
