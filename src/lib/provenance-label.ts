import type { WarningPosition } from '../schemas/warning-position';

/** How each provenance of a warning position is named, on the positions table and in the decoder. */
export const PROVENANCE_LABEL: Record<WarningPosition['provenance'], string> = {
  'official-example': 'Official worked example',
  'integration-practice': 'Integration practice (not official)',
  undocumented: 'Not documented',
};
