import { z } from 'astro/zod';
import { DOCUMENT_IDS, documentLanguages, PRODUCT_IDS, type DocumentId } from '../registry';
import { CodeRowSchema } from './code-row';
import { TABLE_KINDS } from './table-kind';
import { CARRIERS } from '../lib/carriers';
import { OfficialText, TextString, type OfficialTextInput } from './text';
import { SOURCE_LANG } from '../lib/i18n';

/** A paragraph of a section's prose: text, or a verbatim code block (the same in every language). */
const ProseSchema = z.union([OfficialText, z.strictObject({ code: z.string().min(1) })]);

/** A callout of the section (`>!` a notice, `>?` a tip): one paragraph, or several list items. */
const Callout = z.array(OfficialText).min(1);

/** The columns a table can have, in the order the sources write them. */
export const COLUMNS = ['code', 'name', 'message', 'advice', 'billed'] as const;

/**
 * One table of a source document as Tencent publishes it: where it sits, its headers, prose and rows, in each
 * language of the document. The site's own translations are apart (content/translations/<lang>/, TableTranslation).
 */
export const CodeTableSchema = z
  .strictObject({
    /** Which product the table documents (src/registry.ts). */
    product: z.enum(PRODUCT_IDS),
    /** The source document it comes from (src/registry.ts). */
    document: z.enum(DOCUMENT_IDS),
    /** Position of the table within the whole site, following the order of the sources. */
    order: z.number().int().nonnegative(),
    /** What the table lists (TABLE_KINDS). */
    kind: z.enum(TABLE_KINDS).default('codes'),
    /**
     * Where a response carries the table's codes, as its source says (`X-ErrNo`: the header of a failed image
     * download; `Error.Code`: an API 3.0 error; `ErrCode`: a FaceID verification result). A paste naming one of these
     * gets the meanings of these tables first.
     */
    carriedIn: z.array(z.enum(CARRIERS)).default([]),
    /**
     * The headings above the table, outermost first, verbatim; the last is the table's own. Empty for a table whose
     * source has no heading (the SDK tables: their heading is made from the product and the API).
     */
    sections: z.array(OfficialText).default([]),
    /** Set when a section holds more than one table: which one this is, in our words (Chinese; other languages in the translations). */
    part: TextString.optional(),
    /**
     * The column headers, verbatim; `name`, `advice` and `billed` only in tables that have those columns. Absent for a
     * table whose source has no header row (the SDK tables: a code and its description, headed by the dictionary).
     */
    columns: z
      .strictObject({
        code: OfficialText,
        name: OfficialText.optional(),
        message: OfficialText,
        advice: OfficialText.optional(),
        billed: OfficialText.optional(),
      })
      .optional(),
    /** The paragraphs of the sections that explain the table, verbatim (line breaks kept). */
    prose: z.array(ProseSchema).default([]),
    /** The sections' `>!` callouts, verbatim. */
    notices: z.array(Callout).default([]),
    /** The sections' `>?` callouts (tips), verbatim. */
    tips: z.array(Callout).default([]),
    /** Other tables to point the reader to, by id (e.g. the bank-card codes and their warning table). */
    related: z.array(z.string().min(1)).default([]),
    /** The table of a current document that took this deprecated table's place, by id. */
    successor: z.string().min(1).optional(),
    /** The rows in source order. */
    rows: z.array(CodeRowSchema).min(1),
  })
  .superRefine((table, ctx) => {
    const languages = documentLanguages(table.document as DocumentId);
    /** An official text is in exactly the document's languages; null (an empty cell) only where `empty` allows. */
    const check = (text: OfficialTextInput | undefined, path: (string | number)[], empty = false) => {
      if (text === undefined) return;
      const given = typeof text === 'string' ? [SOURCE_LANG] : Object.keys(text);
      const missing = languages.filter((lang) => !given.includes(lang));
      const extra = given.filter((lang) => !(languages as string[]).includes(lang));
      const nulls = typeof text === 'string' ? [] : Object.entries(text).filter(([, value]) => value === null);
      const issue = (message: string) => ctx.addIssue({ code: 'custom', path, message });
      if (typeof text === 'string' && languages.length > 1)
        issue(
          `${table.document} is published in ${languages.join(' and ')}: write the text in each, { ${languages.map((l) => `${l}: …`).join(', ')} }`,
        );
      else if (missing.length)
        issue(`the text lacks ${missing.join(', ')}: ${table.document} is published in ${languages.join(' and ')}`);
      if (extra.length)
        issue(
          `${table.document} is not published in ${extra.join(', ')}: that text is a translation (content/translations/)`,
        );
      if (nulls.length && !empty) issue('only a row cell may be empty (null)');
      if (nulls.length === given.length) issue('a text is empty in every language');
    };
    table.sections.forEach((s, i) => check(s, ['sections', i]));
    for (const column of COLUMNS) check(table.columns?.[column], ['columns', column]);
    table.prose.forEach((p, i) => check(typeof p === 'object' && 'code' in p ? undefined : p, ['prose', i]));
    for (const field of ['notices', 'tips'] as const)
      table[field].forEach((items, n) => items.forEach((item, i) => check(item, [field, n, i])));

    table.rows.forEach((row, index) => {
      const name = `row ${index + 1} (${row.codes.join('/') || 'catchAll'})`;
      check(row.catchAll, ['rows', index, 'catchAll']);
      check(row.message, ['rows', index, 'message'], true);
      check(row.advice, ['rows', index, 'advice'], true);
      // A row has a cell exactly where its table has a column.
      for (const column of ['name', 'advice', 'billed'] as const) {
        const header = table.columns?.[column];
        if ((header === undefined) === (row[column] === undefined)) continue;
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, column],
          message: header
            ? `${name} has no "${column}" cell, but the table has that column`
            : `${name} has a "${column}" cell, but the table has no such column (columns.${column})`,
        });
      }
    });
  });

export type CodeTableInput = z.infer<typeof CodeTableSchema>;
