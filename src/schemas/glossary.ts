import { z } from 'astro/zod';

/** One term of content/glossary.yaml: the English every translation uses for the Chinese term it is keyed by. */
const GlossaryTermSchema = z.strictObject({
  /** The English term; a translation of a text holding the Chinese term holds this as whole words (letter case aside). */
  en: z.string().min(1, 'the English term is empty'),
  /** Renderings by meaning a translation may hold instead, where the literal `en` would mislead; the note says when. */
  also: z.array(z.string().min(1, 'an accepted rendering is empty')).min(1).optional(),
  /** One line on what the term means here, or how it is used (and, with `also`, when each rendering applies). */
  note: z
    .string()
    .min(1, 'the note is empty')
    .refine((note) => !note.includes('\n'), 'the note is one line'),
});

/** The whole glossary: Chinese term → its English and a note. Terms are Chinese, so hold at least one CJK character. */
export const GlossarySchema = z.record(
  z.string().regex(/\p{Script=Han}/u, 'a glossary term is a Chinese term (it holds a Han character)'),
  GlossaryTermSchema,
);

export type Glossary = z.infer<typeof GlossarySchema>;
