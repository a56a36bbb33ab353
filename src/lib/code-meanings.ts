import type { Occurrence } from './build-catalog';
import type { Lang } from './i18n';
import { plainIn } from './texts';

/**
 * The meanings of a code as a page in `lang` words them, each once, in the order of the code's occurrences: a code
 * listed with the same meaning in several tables says it once.
 */
export function distinctMeanings(occurrences: Pick<Occurrence, 'row'>[], lang: Lang): string[] {
  return [...new Set(occurrences.map(({ row }) => plainIn(row.message, lang)))];
}
