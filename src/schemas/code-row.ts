import { z } from 'astro/zod';
import { english, EnglishText } from './translation';

/** A code as the sources write it: ASCII digits with an optional leading minus. */
const CodeSchema = z.string().regex(/^-?\d+$/, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not a code: a code is ASCII digits with an optional leading "-", e.g. "-1102"`,
});

/** One row of a source table, exactly as the source writes it, with its English translation beside it. */
export const CodeRowSchema = z.strictObject({
  /** Every code the row's first cell lists, in source order ("66660004/66660034/-4007" is three). */
  codes: z.array(CodeSchema).min(1, 'a row needs at least one code'),
  /** The meaning cell (含义 / 返回信息 / 错误码说明), verbatim; source `<br>` line breaks become "\n". */
  message: z.string().min(1, 'the meaning cell is empty'),
  /** The handling-advice cell (处理措施), verbatim, for tables that have that column; "-" stays "-". */
  advice: z
    .string()
    .min(1, 'the advice cell is empty; leave the field out when the table has no advice column')
    .optional(),
  /** Our English translation of the row's texts (see content/glossary.yaml); advice exactly when the row has advice. */
  en: english(
    {
      message: EnglishText,
      advice: EnglishText.optional(),
    },
    'en: { message: …, advice: … } beside the row (advice only when the row has advice)',
  ),
});

export type CodeRow = z.infer<typeof CodeRowSchema>;
