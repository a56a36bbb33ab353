import { z } from 'astro/zod';
import { CONTENT_LANGS, SOURCE_LANG, type ContentLang } from '../lib/i18n';
import { withoutInvisible } from '../lib/invisible';

/** Longest text of a cell, heading or paragraph, in characters: the longest in the sources is under 300. */
const MAX_TEXT = 2_000;
/** Words a writer leaves where a text is still to come. */
const PLACEHOLDER = /\b(?:TODO|FIXME|TBD|XXX|lorem ipsum)\b/i;

/** Why `text` cannot be published, or undefined when it can. */
function textProblem(text: string): string | undefined {
  if (text.trim() === '') return text === '' ? 'the text is empty' : 'the text holds only blanks';
  if (text.length > MAX_TEXT) return `the text is ${text.length} characters long; a text holds at most ${MAX_TEXT}`;
  if (!text.isWellFormed()) return 'the text holds a lone surrogate (half of a character that was cut)';
  if (withoutInvisible(text) !== text)
    return 'the text holds an invisible character (a zero-width space, a bidi control, a BOM…): remove it';
  // eslint-disable-next-line no-control-regex -- the control characters are what this looks for
  if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(text)) return 'the text holds a control character (a tab…)';
  if (text !== text.trim()) return 'the text starts or ends with blanks';
  const placeholder = PLACEHOLDER.exec(text)?.[0];
  if (placeholder) return `the text holds the placeholder "${placeholder}": write the text`;
  return undefined;
}

/** One text as a content file writes it: a string that textProblem lets through. */
export const TextString = z.string({ error: 'a text is a string' }).check((ctx) => {
  const problem = textProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
});

/**
 * One text of a source, as Tencent publishes it: a string when the document is in one language (the source language,
 * Chinese), else the text in each language of the document, `null` where Tencent left the cell empty.
 */
const InLanguages = z
  .partialRecord(z.enum(CONTENT_LANGS), TextString.nullable())
  .refine((text) => Object.keys(text).length > 0, { message: 'a text names at least one language' });
export type OfficialTextInput = string | z.infer<typeof InLanguages>;
// Checked by the form it is written in, so a bad text says what is wrong with it (a union would only say that it
// matches neither form).
export const OfficialText = z.custom<OfficialTextInput>().check((ctx) => {
  const result = (typeof ctx.value === 'string' ? TextString : InLanguages).safeParse(ctx.value);
  if (result.success) return;
  for (const issue of result.error.issues)
    ctx.issues.push({ code: 'custom', message: issue.message, path: issue.path, input: ctx.value });
});

/** A text of a source in each language the source publishes: the words, or null where Tencent left the cell empty. */
export type Official = Partial<Record<ContentLang, string | null>>;

/** The official text of a file entry in the shape every text has after reading: a plain string is the source language's. */
export function officialOf(text: OfficialTextInput): Official {
  return typeof text === 'string' ? { [SOURCE_LANG]: text } : text;
}

/**
 * One text of the site in every language it shows: Tencent's wording (`official`: the words, or null where Tencent
 * left the cell empty) and the site's translation where Tencent has no words in a language (`ours`).
 */
export interface Text {
  official: Official;
  ours: Partial<Record<ContentLang, string>>;
}
