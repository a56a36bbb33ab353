import type { WarningPosition } from '../schemas/warning-position';

/**
 * English names of the provenances, still read by the decoder's script (src/scripts/decoder-view.ts). The pages
 * name them from the dictionary (`pages.provenance`); once the decoder takes its words from the page too, this
 * file goes.
 */
export const PROVENANCE_LABEL: Record<WarningPosition['provenance'], string> = {
  'official-example': 'Official worked example',
  'integration-practice': 'Integration practice (not official)',
  undocumented: 'Not documented',
};
