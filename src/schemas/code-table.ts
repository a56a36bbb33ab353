import { z } from 'astro/zod';
import { PRODUCT_IDS, PRODUCTS, SOURCE_DOCUMENTS } from '../registry';
import { CodeRowSchema } from './code-row';
import { TABLE_KINDS } from './table-kind';
import { english, EnglishText, lineBreakMismatch } from './translation';

/** One table of a source document: its provenance, its prose and its rows, each text with its English beside it. */
export const CodeTableSchema = z
  .strictObject({
    /** Which product family the table belongs to (see src/registry.ts). */
    product: z.enum(PRODUCT_IDS),
    /** Position of the table within the whole site, following the order of the sources. */
    order: z.number().int().nonnegative(),
    /** What the table lists (TABLE_KINDS). */
    kind: z.enum(TABLE_KINDS).default('codes'),
    /** The section heading as the source writes it, e.g. "人脸错误码说明". */
    title: z.string().min(1),
    /** Our short English label for navigation; not in the sources. */
    label: z.string().min(1),
    /** Where the table comes from. */
    source: z.strictObject({
      /** File name of the source document in `content/sources/`: the document of the table's product. */
      document: z.enum(SOURCE_DOCUMENTS),
      /** The heading of the section that holds the table, verbatim. */
      section: z.string().min(1),
      /** Set when a section holds more than one table: which one this is, in our words. */
      part: z.string().min(1).optional(),
    }),
    /** The table's column headers, verbatim from the source. */
    columns: z.strictObject({
      code: z.string().min(1),
      message: z.string().min(1),
      /** Present only when the source table has a handling-advice column. */
      advice: z.string().min(1).optional(),
    }),
    /** Prose paragraphs of the section that explain the table, verbatim (line breaks kept). */
    prose: z.array(z.string().min(1)).default([]),
    /** The section's `>!` callouts, verbatim: one entry per callout, holding one paragraph or several list items. */
    notices: z.array(z.array(z.string().min(1)).min(1)).default([]),
    /** Other tables to point the reader to, by id (e.g. the bank-card codes and their warning table). */
    related: z.array(z.string().min(1)).default([]),
    /** Our English translation of the table's texts, with the same structure as the Chinese (see content/glossary.yaml). */
    en: english(
      {
        title: EnglishText,
        /** Exactly when `source.part` is set. */
        part: EnglishText.optional(),
        columns: z.strictObject({ code: EnglishText, message: EnglishText, advice: EnglishText.optional() }),
        prose: z.array(EnglishText).default([]),
        notices: z.array(z.array(EnglishText).min(1)).default([]),
      },
      'en: { title, columns, prose, notices } beside the table',
    ),
    /** The rows in source order. */
    rows: z.array(CodeRowSchema).min(1),
  })
  .superRefine((table, ctx) => {
    const expected = PRODUCTS[table.product].document;
    if (table.source.document !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['source', 'document'],
        message: `a "${table.product}" table comes from ${expected}, not ${table.source.document}`,
      });
    }
    // Each English text sits where its Chinese does: same fields, same number of paragraphs, items and line breaks.
    const pair = (path: (string | number)[], zh: string | undefined, en: string | undefined, what: string) => {
      if ((zh === undefined) !== (en === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path,
          message:
            zh === undefined
              ? `${what} has an English text but no Chinese one; remove the English`
              : `${what} has no English translation (the Chinese is ${JSON.stringify(zh)})`,
        });
      } else if (zh !== undefined && en !== undefined) {
        const mismatch = lineBreakMismatch(zh, en);
        if (mismatch) ctx.addIssue({ code: 'custom', path, message: `${what}: ${mismatch}` });
      }
    };
    const { en } = table;
    pair(['en', 'title'], table.title, en.title, 'the title');
    pair(['en', 'part'], table.source.part, en.part, 'the part (source.part)');
    pair(['en', 'columns', 'code'], table.columns.code, en.columns.code, 'the code column header');
    pair(['en', 'columns', 'message'], table.columns.message, en.columns.message, 'the meaning column header');
    pair(['en', 'columns', 'advice'], table.columns.advice, en.columns.advice, 'the advice column header');
    const paragraphs = Math.max(table.prose.length, en.prose.length);
    for (let i = 0; i < paragraphs; i++)
      pair(['en', 'prose', i], table.prose[i], en.prose[i], `prose paragraph ${i + 1}`);
    const notices = Math.max(table.notices.length, en.notices.length);
    for (let n = 0; n < notices; n++) {
      const [zh = [], tr = []] = [table.notices[n], en.notices[n]];
      for (let i = 0; i < Math.max(zh.length, tr.length); i++) {
        pair(['en', 'notices', n, i], zh[i], tr[i], `notice ${n + 1}, item ${i + 1}`);
      }
    }

    table.rows.forEach((row, index) => {
      const name = `row ${index + 1} (${row.codes.join('/')})`;
      // Rows must agree with the columns: advice exactly when the table has an advice column.
      if (Boolean(table.columns.advice) !== (row.advice !== undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'advice'],
          message: table.columns.advice
            ? `${name} has no advice, but the table has a "${table.columns.advice}" column`
            : `${name} has advice, but the table has no advice column`,
        });
      }
      pair(['rows', index, 'en', 'message'], row.message, row.en.message, `${name}, meaning`);
      pair(['rows', index, 'en', 'advice'], row.advice, row.en.advice, `${name}, advice`);
    });
  });

export type CodeTable = z.infer<typeof CodeTableSchema>;
