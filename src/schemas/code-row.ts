import { z } from 'astro/zod';
import { isCode, MAX_CODE_DIGITS, MAX_NAME_LENGTH } from '../lib/codes';
import { OfficialText } from './text';

/** A code as the sources write it: a number ("-1102") or an API 3.0 name ("FailedOperation.LifePhotoDetectFaces"). */
const CodeSchema = z.string().refine(isCode, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not a code: a code is a number of at most ${MAX_CODE_DIGITS} digits without leading zeros, with an optional "-" ("-1102", "0"), or an API 3.0 name of at most ${MAX_NAME_LENGTH} characters ("FailedOperation.ImageDecodeFailed", "LimitExceeded")`,
});

/** One row of a source table, exactly as the source writes it, in each language the source publishes. */
export const CodeRowSchema = z
  .strictObject({
    /** Every code the row's first cell lists, in source order ("66660004/66660034/-4007" is three). */
    codes: z.array(CodeSchema).default([]),
    /** Set when the first cell is a word standing for every other code (其他, Other) instead of codes. */
    catchAll: OfficialText.optional(),
    /** The error name column of a table that has one (错误信息: "InternalError"), the same in every language. */
    name: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9]*$/, 'an error name is one word of letters and digits')
      .optional(),
    /** The meaning cell (含义, 返回信息, 说明…); source `<br>` line breaks become "\n". */
    message: OfficialText,
    /** The handling cell (处理措施, Action), for tables that have that column; "-" stays "-". */
    advice: OfficialText.optional(),
    /** The billing cell (是否收费, 是否计费, Billable: 是/否, Yes/No), for tables that have that column. */
    billed: z.boolean().optional(),
  })
  .refine((row) => row.codes.length > 0 !== (row.catchAll !== undefined), {
    message: 'a row lists at least one code, or (only) a catchAll word in place of codes',
    path: ['codes'],
  });

export type CodeRowInput = z.infer<typeof CodeRowSchema>;
