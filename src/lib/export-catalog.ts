import type { CodeTable } from '../schemas/code-table';
import type { Catalog } from './build-catalog';
import { codePageHref, rowHref, tableHref } from './paths';
import { tableHeading } from './table-heading';

/**
 * The public /codes.json export: every table and row with the URLs of its page, rows and codes, in both languages
 * (the official Chinese, and our English under `en` at table and row level).
 * `origin` is the site's origin ("https://example.com"); URLs are absolute so the file is useful on its own.
 */
export function exportCatalog(catalog: Catalog, origin: string, base: string) {
  const absolute = (path: string) => new URL(path, origin).href;
  return {
    tables: catalog.tables.map(({ id, data }) => ({
      id,
      product: data.product,
      kind: data.kind,
      title: data.title,
      heading: tableHeading(data),
      label: data.label,
      source: data.source,
      columns: data.columns,
      prose: data.prose,
      notices: data.notices,
      en: data.en,
      url: absolute(tableHref(base, id)),
      rows: data.rows.map((row) => ({
        ...row, // codes, message, advice when the table has that column, and `en` (the English of both)
        urls: Object.fromEntries(row.codes.map((code) => [code, absolute(rowHref(base, id, code))])),
      })),
    })),
    codes: catalog.codes.map(({ code, occurrences, meaningsDiffer }) => ({
      code,
      url: absolute(codePageHref(base, code)),
      tables: occurrences.map((o) => o.table.id),
      meaningsDiffer,
    })),
  };
}

/** A table as the browser lookup sees it: [id, heading, English label, kind]. */
export type LookupTable = [id: string, heading: string, label: string, kind: CodeTable['kind']];
/**
 * One meaning of a code: [index into `tables`, the official Chinese meaning, our English]. The lookup's files carry
 * the English apart (lookup-shards.ts), loaded on the English pages only.
 */
export type LookupMeaning = [table: number, message: string, en?: string];
/**
 * The code lookup as the search box and the decoder use it: the tables (by index; in the browser, those of the
 * shards loaded so far), and the codes loaded so far.
 */
export interface LookupIndex {
  tables: Record<number, LookupTable>;
  codes: Record<string, LookupMeaning[]>;
}

/** The whole code lookup: every code with its meanings in both languages, nothing else (served in shards: lookup-shards.ts). */
export function buildLookupIndex(catalog: Catalog): LookupIndex {
  const index = new Map(catalog.tables.map((t, i) => [t.id, i]));
  return {
    tables: catalog.tables.map(({ id, data }) => [id, tableHeading(data), data.label, data.kind]),
    codes: Object.fromEntries(
      catalog.codes.map(({ code, occurrences }) => [
        code,
        occurrences.map((o): LookupMeaning => [index.get(o.table.id) ?? -1, o.row.message, o.row.en.message]),
      ]),
    ),
  };
}
