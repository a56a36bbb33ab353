import { z } from 'astro/zod';
import { CodeRowSchema } from './code-row';

/** The two source documents, kept in `content/sources/`. */
export const SOURCE_DOCUMENTS = ['image-services-error-codes.md', 'faceid-response-codes.md'] as const;

/** One table of a source document: its provenance, its prose and its rows. */
export const CodeTableSchema = z
  .strictObject({
    /** Which product family the table belongs to: 万象优图 image services or FaceID 人脸核身. */
    product: z.enum(['image', 'faceid']),
    /** Position of the table within the whole site, following the order of the sources. */
    order: z.number().int().nonnegative(),
    /** "codes" for response/error codes; "warnings" for advisory warning codes (the call still succeeded). */
    kind: z.enum(['codes', 'warnings']).default('codes'),
    /** The section heading as the source writes it, e.g. "人脸错误码说明". */
    title: z.string().min(1),
    /** Our short English label for navigation; not in the sources. */
    label: z.string().min(1),
    /** Where the table comes from. */
    source: z.strictObject({
      /** File name of the source document in `content/sources/`. */
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
    /** The rows in source order. */
    rows: z.array(CodeRowSchema).min(1),
  })
  .superRefine((table, ctx) => {
    // Rows must agree with the columns: advice exactly when the table has an advice column.
    table.rows.forEach((row, index) => {
      if (Boolean(table.columns.advice) !== (row.advice !== undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'advice'],
          message: table.columns.advice
            ? `row ${index + 1} (${row.codes.join('/')}) has no advice, but the table has a "${table.columns.advice}" column`
            : `row ${index + 1} (${row.codes.join('/')}) has advice, but the table has no advice column`,
        });
      }
    });
  });

export type CodeTable = z.infer<typeof CodeTableSchema>;
