import { z } from 'astro/zod';
import { TextString } from './text';

/** Our translation of one row's texts, for the cells Tencent has no words for in the language. */
const RowTranslation = z.strictObject({
  catchAll: TextString.optional(),
  message: TextString.optional(),
  advice: TextString.optional(),
});

/** A callout's items, in order. */
const Callout = z.array(TextString).min(1);

/**
 * The site's translation of one table into one language (content/translations/<lang>/<product>/<table>.yaml): a text
 * for every text of the table that Tencent does not publish in that language, and a short label for navigation. The
 * catalog checks it against its table: a missing text, or a text Tencent already publishes, stops the build.
 */
export const TableTranslationSchema = z.strictObject({
  /** Our short name of the table, for navigation and search results. */
  label: TextString,
  /** The headings, as in the table file (outermost first), when the document is not published in this language. */
  sections: z.array(TextString).optional(),
  /** The part (source.part of the table), when the table has one. */
  part: TextString.optional(),
  /** The column headers the document does not publish in this language. */
  columns: z
    .strictObject({
      code: TextString,
      name: TextString,
      message: TextString,
      advice: TextString,
      billed: TextString,
    })
    .partial()
    .optional(),
  /** The prose paragraphs, in order, code blocks left out (they are the same in every language). */
  prose: z.array(TextString).optional(),
  notices: z.array(Callout).optional(),
  tips: z.array(Callout).optional(),
  /** Rows by their first code (or, for a catchAll row, its word in the source language). */
  rows: z.record(z.string(), RowTranslation).default({}),
});

export type TableTranslation = z.infer<typeof TableTranslationSchema>;
