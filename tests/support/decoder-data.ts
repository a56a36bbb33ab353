// The decoder's data as the pages give it: the warning positions and the code lookup in one language, built from
// the content by the site's own builders.
import type { DecoderData } from '../../src/lib/decode-warnings';
import { buildLookupIndex } from '../../src/lib/export-catalog';
import type { Lang } from '../../src/lib/i18n';
import { dictionary } from '../../src/i18n';
import { catalog, positions } from './tables';

export function readDecoderData(lang: Lang = 'zh-CN'): DecoderData {
  return { positions, lookup: buildLookupIndex(catalog, lang, dictionary(lang).products) };
}
