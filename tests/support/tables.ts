// The code tables as the YAML files hold them, read directly (not through the site's loaders and catalog) and parsed
// with the site's own schemas, so tests can derive what a page must show from the data itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import type { CodeRow } from '../../src/schemas/code-row';
import { CodeTableSchema, type CodeTable } from '../../src/schemas/code-table';

export type Row = CodeRow;
export type Table = CodeTable & {
  /** "image/face" */
  id: string;
};

const DIR = fileURLToPath(new URL('../../content/tables/', import.meta.url));

export function readTables(): Table[] {
  return readdirSync(DIR)
    .flatMap((product) => readdirSync(join(DIR, product)).map((file) => ({ product, file })))
    .map(({ product, file }) => {
      const path = join(DIR, product, file);
      const parsed = CodeTableSchema.safeParse(load(readFileSync(path, 'utf8')));
      if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`);
      return { id: `${product}/${file.replace(/\.yaml$/, '')}`, ...parsed.data };
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
