// The catalog as data for others: the public /codes.json, and the code lookup the search box and the decoder read
// (served in shards, src/lib/lookup-shards.ts). The lookup types ship to the browser; the builders run at build time.
import type { TableKind } from '../schemas/table-kind';
import type { Carrier } from './carriers';
import { DOCUMENT_IDS, documentOf, PRODUCT_IDS, type DocumentId, type ProductId } from '../registry';
import type { Catalog, Row, Table } from './build-catalog';
import { documentUrl } from './documents';
import { CONTENT_LANGS, LANGS, SOURCE_LANG, type Lang } from './i18n';
import { codePageHref, rowHref, tableHref, withBase } from './paths';
import { headingText } from './table-heading';
import { tableColumns } from './table-columns';
import { shownIn } from './texts';
import type { PositionInfo } from './warning-positions';

/** The version of the /codes.json shape (docs/codes-json.md). */
export const CODES_JSON_VERSION = 2;

/**
 * The public /codes.json export: the languages, products and documents with their provenance, every table and row
 * with the URLs of its page, rows and codes, every code, and the ID-card warning positions. Every text is
 * `{ official: { <lang>: words | null }, ours: { <lang>: words } }`: Tencent's wording (null where Tencent left the
 * cell empty) and the site's translation where Tencent has none. `origin` is the site's origin; URLs are absolute.
 */
export function exportCatalog(
  catalog: Catalog,
  positions: PositionInfo[],
  origin: string,
  base: string,
  names: Record<ProductId, Partial<Record<string, string>>>,
) {
  const absolute = (path: string) => new URL(path, origin).href;
  return {
    version: CODES_JSON_VERSION,
    languages: CONTENT_LANGS,
    sourceLanguage: SOURCE_LANG,
    products: PRODUCT_IDS.map((id) => ({ id, name: names[id] })),
    documents: DOCUMENT_IDS.map((id) => exportDocument(id, (file) => absolute(withBase(base, `sources/${file}`)))),
    tables: catalog.tables.map((table) => ({
      id: table.id,
      product: table.product,
      document: table.document,
      kind: table.kind,
      heading: headingText(table),
      sections: table.sections,
      ...(table.part ? { part: table.part } : {}),
      label: table.label,
      columns: Object.fromEntries(tableColumns(table).map((c) => [c.key, c.header])),
      prose: table.prose,
      notices: table.notices,
      tips: table.tips,
      related: table.related,
      ...(table.successor ? { successor: table.successor } : {}),
      url: absolute(tableHref(base, table.id)),
      rows: table.rows.map(({ key: _key, ...row }) => ({
        ...row,
        urls: Object.fromEntries(row.codes.map((code) => [code, absolute(rowHref(base, table.id, code))])),
      })),
    })),
    codes: catalog.codes.map(({ code, occurrences, meaningsDiffer }) => ({
      code,
      url: absolute(codePageHref(base, code)),
      tables: occurrences.map((o) => o.table.id),
      meaningsDiffer,
    })),
    warningPositions: positions,
  };
}

/** A document with its provenance; `served` gives the address the site serves a source file at. */
function exportDocument(id: DocumentId, served: (file: string) => string) {
  const { languages, licence, deprecated, successor, api } = documentOf(id);
  return {
    id,
    languages: Object.fromEntries(
      Object.entries(languages).map(([lang, file]) => [
        lang,
        { ...file, url: documentUrl(file), served: served(file.file) },
      ]),
    ),
    licence: licence ?? null,
    deprecated: deprecated ?? null,
    successor: successor ?? null,
    api: api ?? null,
  };
}

/**
 * A table as the browser lookup sees it, in one language: [id, its name in that language (product · label or
 * heading), kind, product, document, whether the document is deprecated (1) or current (0), where a response carries
 * its codes].
 */
export type LookupTable = [
  id: string,
  name: string,
  kind: TableKind,
  product: ProductId,
  document: DocumentId,
  deprecated: 0 | 1,
  carriedIn: Carrier[],
];
/**
 * One meaning of a code, in one language: [index into `tables`, the text shown, its origin ("o" Tencent's, "u"
 * ours), and Tencent's original beside it when the text shown is not it].
 */
export type LookupMeaning = [table: number, text: string, origin: 'o' | 'u', original?: string];
/**
 * The code lookup as the search box and the decoder use it, in the page's language: the tables (by index; in the
 * browser, those of the shards loaded so far), and the codes loaded so far.
 */
export interface LookupIndex {
  tables: Record<number, LookupTable>;
  codes: Record<string, LookupMeaning[]>;
}

/** How a table is named in a result list in `lang`: its product and its label, or its heading where there is none. */
function lookupName(table: Table, lang: Lang, products: Record<ProductId, { short: string }>): string {
  const label = table.label[LANGS[lang].content];
  const heading = shownIn(headingText(table), lang)?.text ?? table.id;
  return `${products[table.product].short} · ${label ?? heading}`;
}

function lookupMeaning(tableIndex: number, row: Row, lang: Lang): LookupMeaning {
  const shown = shownIn(row.message, lang);
  const meaning: LookupMeaning = [tableIndex, shown?.text ?? '', shown?.origin === 'ours' ? 'u' : 'o'];
  if (shown?.original) meaning.push(shown.original.text);
  return meaning;
}

/** The whole code lookup in `lang`: every code with its meanings, nothing else (served in shards: lookup-shards.ts). */
export function buildLookupIndex(
  catalog: Catalog,
  lang: Lang,
  products: Record<ProductId, { short: string }>,
): LookupIndex {
  const index = new Map(catalog.tables.map((t, i) => [t.id, i]));
  return {
    tables: catalog.tables.map((table): LookupTable => [
      table.id,
      lookupName(table, lang, products),
      table.kind,
      table.product,
      table.document,
      'deprecated' in documentOf(table.document) ? 1 : 0,
      table.carriedIn,
    ]),
    codes: Object.fromEntries(
      catalog.codes.map(({ code, occurrences }) => [
        code,
        occurrences.map((o) => lookupMeaning(index.get(o.table.id) ?? -1, o.row, lang)),
      ]),
    ),
  };
}
