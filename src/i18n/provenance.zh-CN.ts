// Ships to the browser inside the decoder's Chinese words (src/i18n/results/decoder.zh-CN.ts): keep it to these words.
import type { Provenance } from '../schemas/warning-position';

/**
 * How sure a position's meaning is (its provenance in content/idcard-multiwarning.yaml), in Chinese: the same words
 * in the positions table and in the decoder's sentence.
 */
export const PROVENANCE_ZH: Record<Provenance, string> = {
  'official-example': '官方示例',
  'integration-practice': '集成实践（非官方）',
  undocumented: '未见说明',
};
