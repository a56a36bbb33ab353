import { z } from 'astro/zod';

/** An English text beside the Chinese it translates: this site's translation, never the official wording. */
export const EnglishText = z
  .string({ error: (issue) => (issue.input === undefined ? 'the English translation is missing' : undefined) })
  .min(1, 'the English text is empty');

/** The `en` object beside a text; its absence fails the build with a message saying what to add. */
export function english<Shape extends z.core.$ZodLooseShape>(shape: Shape, what: string) {
  return z.strictObject(shape, {
    error: (issue) => (issue.input === undefined ? `the English translation is missing: add ${what}` : undefined),
  });
}

/** How many line breaks a text holds; a translation keeps them in the same places, so the same number. */
const lineBreaks = (text: string) => text.split('\n').length - 1;

/** An issue message when a translation's line breaks differ from its original's, else undefined. */
export function lineBreakMismatch(original: string, translation: string): string | undefined {
  const [zh, en] = [lineBreaks(original), lineBreaks(translation)];
  return zh === en
    ? undefined
    : `the English has ${en} line break(s) where the Chinese has ${zh}; keep them in the same places`;
}
