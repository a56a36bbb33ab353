// Build time: a table file (Tencent's texts) joined with the site's translations of it (one file per language) into
// the table the pages show, each text in every language of the site. Pure: problems come back as sentences naming
// the file and the field, and the catalog stops the build with them.
import type { CodeRowInput } from '../schemas/code-row';
import type { CodeTableInput } from '../schemas/code-table';
import type { TableKind } from '../schemas/table-kind';
import type { Carrier } from './carriers';
import type { TableTranslation } from '../schemas/table-translation';
import { officialOf, type OfficialTextInput, type Text } from '../schemas/text';
import type { DocumentId, ProductId } from '../registry';
import { CONTENT_LANGS, SOURCE_LANG, type ContentLang } from './i18n';

/** One row of a table, every text in every language of the site. */
export interface Row {
  /** What the row's translations are keyed by: its first code, or its catchAll word in the source language. */
  key: string;
  codes: string[];
  catchAll?: Text;
  name?: string;
  message: Text;
  advice?: Text;
  billed?: boolean;
}

/** A prose paragraph: text, or a verbatim code block. */
export type Prose = Text | { code: string };

/** One table of a source document, every text in every language of the site (official, or ours). */
export interface Table {
  /** "<product>/<table>": the path of its file under content/tables, and of its page. */
  id: string;
  /** The table file, relative to the project root. */
  file: string;
  product: ProductId;
  document: DocumentId;
  order: number;
  kind: TableKind;
  carriedIn: Carrier[];
  sections: Text[];
  part?: Text;
  /** Our short name of the table in each language but the source language (whose pages use the heading). */
  label: Partial<Record<ContentLang, string>>;
  /** Absent when the source has no header row (the SDK tables). */
  columns?: { code: Text; name?: Text; message: Text; advice?: Text; billed?: Text };
  prose: Prose[];
  notices: Text[][];
  tips: Text[][];
  related: string[];
  successor?: string;
  rows: Row[];
}

/** A translation file as the catalog receives it. */
export interface TranslationFile {
  file: string;
  data: TableTranslation;
}

/** The languages the site translates into: every content language but the source's. */
export const TRANSLATED_LANGS = CONTENT_LANGS.filter((lang) => lang !== SOURCE_LANG);

/** The row key translations use. */
const rowKey = (row: Pick<CodeRowInput, 'codes' | 'catchAll'>): string =>
  row.codes[0] ?? (row.catchAll === undefined ? '' : (officialOf(row.catchAll)[SOURCE_LANG] ?? ''));

/** Joins texts and their translations, one language at a time, collecting what is missing or extra. */
class Joiner {
  readonly problems: string[] = [];
  constructor(
    private readonly lang: ContentLang,
    private readonly file: string,
  ) {}

  /** The text `given` in every language, with the translation `ours` where Tencent has no words in this language. */
  text(given: OfficialTextInput, ours: string | undefined, path: string, into?: Text): Text {
    const official = officialOf(given);
    const text = into ?? { official, ours: {} };
    const words = official[this.lang];
    if (typeof words === 'string') {
      if (ours !== undefined)
        this.problem(
          path,
          `Tencent publishes this text in ${this.lang} (${JSON.stringify(words)}): remove the translation`,
        );
    } else if (ours === undefined) {
      const source = official[SOURCE_LANG] ?? Object.values(official).find((v) => typeof v === 'string');
      this.problem(path, `the translation is missing (the original is ${JSON.stringify(source)})`);
    } else text.ours[this.lang] = ours;
    return text;
  }

  /** A list of texts (headings, prose, a callout): translated item by item when the list has a translation. */
  list(given: OfficialTextInput[], ours: string[] | undefined, path: string, into: Text[] = []): Text[] {
    if (ours && ours.length !== given.length)
      this.problem(path, `holds ${ours.length} item(s) where the table has ${given.length}`);
    return given.map((item, i) => this.text(item, ours?.[i], `${path}.${i}`, into[i]));
  }

  problem(path: string, message: string) {
    this.problems.push(`${this.file}: ${path}: ${message}`);
  }
}

/** The table's texts with no translation yet: each official text, with an empty `ours`. */
function untranslated(id: string, file: string, data: CodeTableInput): Table {
  const text = (t: OfficialTextInput): Text => ({ official: officialOf(t), ours: {} });
  const row = (r: CodeRowInput): Row => ({
    key: rowKey(r),
    codes: r.codes,
    ...(r.catchAll !== undefined ? { catchAll: text(r.catchAll) } : {}),
    ...(r.name !== undefined ? { name: r.name } : {}),
    message: text(r.message),
    ...(r.advice !== undefined ? { advice: text(r.advice) } : {}),
    ...(r.billed !== undefined ? { billed: r.billed } : {}),
  });
  const columns = data.columns
    ? (Object.fromEntries(
        Object.entries(data.columns).flatMap(([k, v]) => (v === undefined ? [] : [[k, text(v)]])),
      ) as Table['columns'])
    : undefined;
  return {
    id,
    file,
    product: data.product,
    document: data.document,
    order: data.order,
    kind: data.kind,
    carriedIn: data.carriedIn,
    sections: data.sections.map(text),
    ...(data.part !== undefined ? { part: { official: {}, ours: { [SOURCE_LANG]: data.part } } } : {}),
    label: {},
    ...(columns ? { columns } : {}),
    prose: data.prose.map((p) => (typeof p === 'object' && 'code' in p ? p : text(p))),
    notices: data.notices.map((items) => items.map(text)),
    tips: data.tips.map((items) => items.map(text)),
    related: data.related,
    ...(data.successor !== undefined ? { successor: data.successor } : {}),
    rows: data.rows.map(row),
  };
}

/** Adds the translation `t` into `lang` to `table` (whose file data is `data`); returns the problems found. */
function translate(table: Table, data: CodeTableInput, lang: ContentLang, t: TranslationFile): string[] {
  const join = new Joiner(lang, t.file);
  const { data: tr } = t;
  table.label[lang] = tr.label;
  join.list(data.sections, tr.sections, 'sections', table.sections);
  if (table.part) {
    if (tr.part === undefined)
      join.problem('part', `the translation of the part ${JSON.stringify(data.part)} is missing`);
    else table.part.ours[lang] = tr.part;
  } else if (tr.part !== undefined) join.problem('part', 'the table has no part: remove it');
  for (const [column, given] of Object.entries(data.columns ?? {})) {
    const key = column as keyof NonNullable<Table['columns']>;
    const into = table.columns?.[key];
    if (given !== undefined && into) join.text(given, tr.columns?.[key], `columns.${column}`, into);
  }
  if (!data.columns && tr.columns) join.problem('columns', 'the table has no header row to translate: remove it');
  const paragraphs = data.prose.flatMap((p, i) => (typeof p === 'object' && 'code' in p ? [] : [{ p, i }]));
  join.list(
    paragraphs.map(({ p }) => p),
    tr.prose,
    'prose',
    paragraphs.map(({ i }) => table.prose[i] as Text),
  );
  for (const field of ['notices', 'tips'] as const) {
    if (tr[field] && tr[field].length !== data[field].length)
      join.problem(field, `holds ${tr[field].length} callout(s) where the table has ${data[field].length}`);
    data[field].forEach((items, n) => join.list(items, tr[field]?.[n], `${field}.${n}`, table[field][n]));
  }
  translateRows(join, table, data, tr);
  return join.problems;
}

function translateRows(join: Joiner, table: Table, data: CodeTableInput, tr: TableTranslation) {
  const keys = new Set(table.rows.map((r) => r.key));
  for (const key of Object.keys(tr.rows))
    if (!keys.has(key)) join.problem(`rows.${key}`, `no row of ${table.file} has the code ${JSON.stringify(key)}`);
  data.rows.forEach((given, i) => {
    const row = table.rows[i];
    if (!row) return;
    const ours = tr.rows[row.key] ?? {};
    const at = `rows.${row.key}`;
    for (const cell of ['catchAll', 'message', 'advice'] as const) {
      const text = given[cell];
      const into = row[cell];
      if (text !== undefined && into) join.text(text, ours[cell], `${at}.${cell}`, into);
      else if (ours[cell] !== undefined) join.problem(`${at}.${cell}`, `the row has no ${cell}: remove it`);
    }
  });
}

/**
 * The table of file `file` (id `id`, data `data`) in every language of the site, with `translations` by language.
 * Returns the problems instead when a translation is missing, incomplete, or translates what Tencent publishes.
 */
export function translateTable(
  id: string,
  file: string,
  data: CodeTableInput,
  translations: Partial<Record<ContentLang, TranslationFile>>,
  translationFile: (lang: ContentLang) => string,
): { table: Table; problems: string[] } {
  const table = untranslated(id, file, data);
  const problems = TRANSLATED_LANGS.flatMap((lang) => {
    const t = translations[lang];
    if (!t)
      return [
        `${translationFile(lang)}: is missing: every table needs its translation into ${lang} (at least its label)`,
      ];
    return translate(table, data, lang, t);
  });
  return { table, problems };
}
