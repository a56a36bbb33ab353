// The ID-card multi-warning positions with their translations, each text in every language of the site.
import type { PositionTranslation, Provenance, WarningPositionInput } from '../schemas/warning-position';
import type { Text } from '../schemas/text';
import { SOURCE_LANG } from './i18n';
import { TRANSLATED_LANGS } from './translate-table';

/** One position of the ID-card multi-warning string. */
export interface PositionInfo {
  /** 1 = leftmost. */
  position: number;
  provenance: Provenance;
  /** The meaning: Tencent's words when it comes from the official example, else ours; absent when undocumented. */
  meaning?: Text;
  /** Ours, in every language. */
  evidence: Text;
}

/**
 * The positions, 1 to 8, from their entries (keyed "1" to "8") and the translations (keyed by language). Throws,
 * naming the file, when a translation lacks a position's meaning or evidence, or gives a meaning it has none of.
 */
export function positionsOf(
  entries: { id: string; data: WarningPositionInput }[],
  translations: { id: string; data: PositionTranslation; filePath?: string | undefined }[],
): PositionInfo[] {
  const problems: string[] = [];
  const positions = entries.map(({ id, data }): PositionInfo => {
    const meaning: Text | undefined =
      data.meaning === undefined
        ? undefined
        : data.provenance === 'official-example'
          ? { official: { [SOURCE_LANG]: data.meaning }, ours: {} }
          : { official: {}, ours: { [SOURCE_LANG]: data.meaning } };
    const evidence: Text = { official: {}, ours: { [SOURCE_LANG]: data.evidence } };
    for (const lang of TRANSLATED_LANGS) {
      const t = translations.find((x) => x.id === lang);
      const file = t?.filePath ?? `content/translations/${lang}/idcard-multiwarning.yaml`;
      const ours = t?.data[id as keyof PositionTranslation];
      if (!ours) {
        problems.push(`${file}: position "${id}" is missing`);
        continue;
      }
      evidence.ours[lang] = ours.evidence;
      if (meaning && ours.meaning !== undefined) meaning.ours[lang] = ours.meaning;
      else if (meaning)
        problems.push(`${file}: "${id}".meaning: the translation of ${JSON.stringify(data.meaning)} is missing`);
      else if (ours.meaning !== undefined)
        problems.push(`${file}: "${id}".meaning: position ${id} has no meaning (it is undocumented): remove it`);
    }
    return { position: Number(id), provenance: data.provenance, ...(meaning ? { meaning } : {}), evidence };
  });
  if (problems.length > 0) throw new Error(`Malformed content:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return positions.sort((a, b) => a.position - b.position);
}
