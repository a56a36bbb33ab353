import { z } from 'astro/zod';
import { english, EnglishText } from './translation';

/** How sure we are of a position's meaning (see shared research on the ID-card multi-warning string). */
const PROVENANCE = ['official-example', 'integration-practice', 'undocumented'] as const;

/** The positions of the ID-card OCR multi-warning string, as entry ids: exactly "1" (leftmost) to "8". */
export const WARNING_POSITION_IDS = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;

/** One position of the ID-card OCR 8-character multi-warning string; the entry id is the position, "1" = leftmost. */
export const WarningPositionSchema = z
  .strictObject({
    /** The warning's meaning in Chinese, as the official example or integration code words it; absent when undocumented. */
    meaning: z.string().min(1).optional(),
    /** Where the meaning comes from. */
    provenance: z.enum(PROVENANCE),
    /** One line on the evidence, shown to readers, in Chinese (ours, not the sources'). */
    evidence: z.string().min(1),
    /** Our English translation: the meaning exactly when there is one, and the evidence. */
    en: english(
      {
        meaning: EnglishText.optional(),
        evidence: EnglishText,
      },
      'en: { meaning: …, evidence: … } beside the position',
    ),
  })
  .refine((p) => (p.provenance === 'undocumented') === (p.meaning === undefined), {
    message: 'a position has a meaning exactly when its provenance is not "undocumented"',
    path: ['meaning'],
  })
  .refine((p) => (p.meaning === undefined) === (p.en.meaning === undefined), {
    message: 'a position has an English meaning (en.meaning) exactly when it has a Chinese one (meaning)',
    path: ['en', 'meaning'],
  });

export type WarningPosition = z.infer<typeof WarningPositionSchema>;
