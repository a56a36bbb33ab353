import { z } from 'astro/zod';
import { TextString } from './text';

/** How sure we are of a position's meaning (see shared research on the ID-card multi-warning string). */
const PROVENANCE = ['official-example', 'integration-practice', 'undocumented'] as const;
export type Provenance = (typeof PROVENANCE)[number];

/** The positions of the ID-card OCR multi-warning string, as entry ids: exactly "1" (leftmost) to "8". */
export const WARNING_POSITION_IDS = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;

/**
 * One position of the ID-card OCR 8-character multi-warning string (content/idcard-multiwarning.yaml, in Chinese);
 * the entry id is the position, "1" = leftmost. Not in the source tables: the meanings come from the official worked
 * example or from integration practice, and the evidence is ours.
 */
export const WarningPositionSchema = z
  .strictObject({
    /** The warning's meaning in Chinese, as the official example or integration code words it; absent when undocumented. */
    meaning: TextString.optional(),
    /** Where the meaning comes from. */
    provenance: z.enum(PROVENANCE),
    /** One line on the evidence, shown to readers, in Chinese (ours, not the sources'). */
    evidence: TextString,
  })
  .refine((p) => (p.provenance === 'undocumented') === (p.meaning === undefined), {
    message: 'a position has a meaning exactly when its provenance is not "undocumented"',
    path: ['meaning'],
  });

export type WarningPositionInput = z.infer<typeof WarningPositionSchema>;

/** Our translation of the positions into one language (content/translations/<lang>/idcard-multiwarning.yaml). */
export const PositionTranslationSchema = z.partialRecord(
  z.enum(WARNING_POSITION_IDS),
  z.strictObject({
    /** The meaning, exactly when the position has one. */
    meaning: TextString.optional(),
    evidence: TextString,
  }),
);

export type PositionTranslation = z.infer<typeof PositionTranslationSchema>;
