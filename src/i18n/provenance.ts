// Ships to the browser inside the decoder's words (src/i18n/results/decoder.*.ts): keep it to these few words.
import type { WarningPosition } from '../schemas/warning-position';

/** A word for each provenance of an ID-card warning position (content/idcard-multiwarning.yaml): how sure its meaning is. */
type ProvenanceWords = Record<WarningPosition['provenance'], string>;

/**
 * The provenances in English, as labels (the positions table on the ID-card page); the decoder's sentence uses them
 * mid-sentence, see midSentence().
 */
export const PROVENANCE_EN: ProvenanceWords = {
  'official-example': 'Official worked example',
  'integration-practice': 'Integration practice (not official)',
  undocumented: 'Not documented',
};

/** The provenances in Chinese: the same words in the positions table and in the decoder's sentence. */
export const PROVENANCE_ZH: ProvenanceWords = {
  'official-example': '官方示例',
  'integration-practice': '集成实践（非官方）',
  undocumented: '未见说明',
};

/** Labels worded for the middle of an English sentence: "— official worked example." */
export function midSentence(words: ProvenanceWords): ProvenanceWords {
  const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  return {
    'official-example': lower(words['official-example']),
    'integration-practice': lower(words['integration-practice']),
    undocumented: lower(words.undocumented),
  };
}
