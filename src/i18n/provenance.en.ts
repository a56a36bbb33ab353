// Ships to the browser inside the decoder's English words (src/i18n/results/decoder.en.ts): keep it to these words.
import type { Provenance } from '../schemas/warning-position';

/**
 * How sure a position's meaning is (its provenance in content/idcard-multiwarning.yaml), in English, as the positions
 * table labels it; the decoder's sentence uses the same words lower-cased (src/i18n/results/decoder.en.ts).
 */
export const PROVENANCE_EN: Record<Provenance, string> = {
  'official-example': 'Official worked example',
  'integration-practice': 'Integration practice (not official)',
  undocumented: 'Not documented',
};
