// Build time: the indexes every page needs, from the content collections. Pure: the collections come in as entries,
// and every problem that joins two files (a table and its translation, a table and another it names) stops the build
// here, naming the file and the field.
import type { CodeTableInput } from '../schemas/code-table';
import type { TableTranslation } from '../schemas/table-translation';
import { DOCUMENTS, DOCUMENT_IDS, type DocumentId } from '../registry';
import { compareCodes, foldCode } from './codes';
import type { ContentLang } from './i18n';
import { translateTable, TRANSLATED_LANGS, type Row, type Table, type TranslationFile } from './translate-table';

export type { Row, Table } from './translate-table';

/** A collection entry as the catalog receives it: its id, its data, and the file it was read from. */
export interface Entry<T> {
  id: string;
  data: T;
  /** The file the entry was read from, relative to the project root (set by the content loaders). */
  filePath?: string | undefined;
}

/** One place a code appears: a row of a table. */
export interface Occurrence {
  table: Table;
  row: Row;
  /** 0-based index of the row in its table. */
  rowIndex: number;
  /** The code as this table writes it (an API 3.0 name may be written in another letter case elsewhere). */
  code: string;
}

/** Everything the sources say about one distinct code. */
export interface CodeSummary {
  /** The code as the first table that lists it writes it: its page's address. */
  code: string;
  occurrences: Occurrence[];
  /** Other codes listed in the same row as this one, in any table. */
  sharedWith: string[];
  /** True when the tables word the code differently (another meaning, or the same meaning in other words). */
  meaningsDiffer: boolean;
}

export interface Catalog {
  /** Tables in source order. */
  tables: Table[];
  /** Distinct codes: numbers by value, then API 3.0 names alphabetically. */
  codes: CodeSummary[];
  /** A code by its folded form (foldCode): an API 3.0 name in any letter case. */
  byCode: Map<string, CodeSummary>;
  byTable: Map<string, Table>;
}

/** A problem found while building the catalog, as a build error lists it. */
class CatalogError extends Error {
  constructor(problems: string[]) {
    super(`Malformed content:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CatalogError';
  }
}

const tableFile = (e: Entry<unknown>) => e.filePath ?? `content/tables/${e.id}.yaml`;
const translationFile = (id: string, lang: ContentLang) => `content/translations/${lang}/tables/${id}.yaml`;

/** Each table joined with its translations; problems for a missing, incomplete or stray translation. */
function translated(entries: Entry<CodeTableInput>[], translations: Entry<TableTranslation>[]) {
  const byId = new Map(translations.map((t) => [t.id, t]));
  const problems: string[] = [];
  const ids = new Set(entries.map((e) => e.id));
  for (const t of translations) {
    const [lang, ...rest] = t.id.split('/');
    if (!ids.has(rest.join('/')))
      problems.push(`${t.filePath ?? t.id}: no table content/tables/${rest.join('/')}.yaml to translate into ${lang}`);
  }
  const tables = entries.map((entry) => {
    const files: Partial<Record<ContentLang, TranslationFile>> = {};
    for (const lang of TRANSLATED_LANGS) {
      const t = byId.get(`${lang}/${entry.id}`);
      if (t) files[lang] = { file: t.filePath ?? translationFile(entry.id, lang), data: t.data };
    }
    const joined = translateTable(entry.id, tableFile(entry), entry.data, files, (lang) =>
      translationFile(entry.id, lang),
    );
    problems.push(...joined.problems);
    return joined.table;
  });
  return { tables, problems };
}

/** Problems of the tables' places and links: a shared `order`, a `related` or `successor` naming no table. */
function linkProblems(tables: Table[], byTable: Map<string, Table>): string[] {
  const problems: string[] = [];
  tables.forEach((table, i) => {
    const previous = tables[i - 1];
    if (previous && previous.order === table.order)
      problems.push(
        `${table.file}: field "order": ${table.order} is also the order of ${previous.file}; each table needs its own place`,
      );
    const links: [string, string | undefined][] = [
      ...table.related.map((id, k): [string, string] => [`related.${k}`, id]),
      ['successor', table.successor],
    ];
    for (const [field, id] of links) {
      if (id === undefined) continue;
      if (id === table.id) problems.push(`${table.file}: field "${field}": "${id}" is the table itself`);
      else if (!byTable.has(id))
        problems.push(
          `${table.file}: field "${field}": no table has the id "${id}" (a table's id is its path under tables/ without ".yaml")`,
        );
    }
  });
  return problems;
}

/** Every place each code appears, by folded code; problems for a code listed twice in one table. */
function occurrencesOf(tables: Table[]) {
  const occurrences = new Map<string, Occurrence[]>();
  const problems: string[] = [];
  for (const table of tables) {
    const seen = new Map<string, number>();
    table.rows.forEach((row, rowIndex) => {
      for (const code of row.codes) {
        const folded = foldCode(code);
        const earlier = seen.get(folded);
        // Row anchors are per code, so a code may appear once per table.
        if (earlier !== undefined)
          problems.push(
            `${table.file}: rows ${earlier + 1} and ${rowIndex + 1}, field "codes": code ${code} appears twice in one table`,
          );
        seen.set(folded, rowIndex);
        occurrences.set(folded, [...(occurrences.get(folded) ?? []), { table, row, rowIndex, code }]);
      }
    });
  }
  return { occurrences, problems };
}

/** Whether two rows word their meaning differently in a language Tencent words both in. */
function worded(a: Row, b: Row): boolean {
  return Object.entries(a.message.official).some(([lang, words]) => {
    const other = b.message.official[lang as keyof Row['message']['official']];
    return typeof words === 'string' && typeof other === 'string' && words !== other;
  });
}

/**
 * Builds the indexes every page needs from the collections' entries. Throws, naming the files, when a translation is
 * missing or translates what Tencent publishes, when a code repeats within one table, when two tables share an
 * `order`, and when `related` or `successor` names a table that does not exist.
 */
export function buildCatalog(entries: Entry<CodeTableInput>[], translations: Entry<TableTranslation>[] = []): Catalog {
  const joined = translated(entries, translations);
  const tables = joined.tables.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const byTable = new Map(tables.map((t) => [t.id, t]));
  const found = occurrencesOf(tables);
  const problems = [...joined.problems, ...linkProblems(tables, byTable), ...found.problems];
  if (problems.length > 0) throw new CatalogError(problems);

  const codes = [...found.occurrences.values()]
    .map((list): CodeSummary => {
      const [first] = list;
      const code = first?.code ?? '';
      const shared = new Set(list.flatMap((o) => o.row.codes).filter((c) => foldCode(c) !== foldCode(code)));
      return {
        code,
        occurrences: list,
        sharedWith: [...shared].sort(compareCodes),
        meaningsDiffer: list.some((o, i) => list.slice(i + 1).some((p) => worded(o.row, p.row))),
      };
    })
    .sort((a, b) => compareCodes(a.code, b.code));
  return { tables, codes, byCode: new Map(codes.map((c) => [foldCode(c.code), c])), byTable };
}

/** Whether a document is one of Tencent's deprecated pages. */
const isDeprecated = (id: DocumentId): boolean => 'deprecated' in DOCUMENTS[id];

/**
 * A code's occurrences grouped by product and source document, the current documents first (in the registry's
 * order), each group's rows in table order: what a code page lists.
 */
export function occurrenceGroups(
  summary: CodeSummary,
): { product: Table['product']; document: DocumentId; occurrences: Occurrence[] }[] {
  const groups = new Map<string, { product: Table['product']; document: DocumentId; occurrences: Occurrence[] }>();
  for (const o of summary.occurrences) {
    const key = `${o.table.document}|${o.table.product}`;
    const group = groups.get(key) ?? { product: o.table.product, document: o.table.document, occurrences: [] };
    group.occurrences.push(o);
    groups.set(key, group);
  }
  const rank = (g: { document: DocumentId }) =>
    (isDeprecated(g.document) ? 1 : 0) * 1000 + DOCUMENT_IDS.indexOf(g.document);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}
